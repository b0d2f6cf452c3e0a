import CasePilot

extension BenchRun {
    /// `--only answering`: latency and throughput, with the ten slowest questions.
    func measureAnswering(into report: inout Report) async throws {
        let answering = try await AnswerBenchmark(engine: try await engineWithEveryDataset(), questions: QuestionMix.questions, asks: asks).run()
        report.sections = [Report.answeringSection(answering, slowest: 10)]
        report.targets = [Report.latencyTarget(answering)]
    }

    /// The one-shot ask alone, on a knowledge base holding every dataset.
    func measureOneShot(into report: inout Report) async throws {
        _ = try await engineWithEveryDataset()
        let oneShot = try measureOneShot()
        var section = Report.Section(title: "One-shot ask (all datasets imported)")
        section.add(oneShot)
        report.sections = [section]
        report.targets = [Report.oneShotTarget(oneShot)]
    }

    /// `casepilot ask` in cold processes against the `sqlite3` look-up.
    func measureOneShot() throws -> OneShotBenchmark.Result {
        print("Cold processes: casepilot ask against sqlite3 (\(runs) runs each)…")
        return try OneShotBenchmark(casepilot: tools.casepilot, sqlite3: tools.sqlite3, database: database, home: tools.home.path, runs: runs).run()
    }
}
