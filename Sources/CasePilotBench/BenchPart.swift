import ArgumentParser

/// A part of the bench that can be run on its own (`--only`), for a quick loop while improving it.
enum BenchPart: String, CaseIterable, ExpressibleByArgument {
    /// The description→code evaluation (imports the shared datasets first unless `--database` holds them).
    case description
    /// In-process answer latency and throughput (likewise), with the slowest questions.
    case answering
    /// The one-shot `casepilot ask` against the `sqlite3` look-up (likewise).
    case oneShot = "one-shot"
}
