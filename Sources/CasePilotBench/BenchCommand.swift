import ArgumentParser
import CasePilot
import Foundation

/// `casepilot-bench`: speed and accuracy of CasePilot with every shared dataset imported, side by
/// side with the `sqlite3` shell and a plain Python import; writes `BENCHMARKS.md`.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casepilot-bench",
        abstract: "Benchmarks and evaluates CasePilot; prints a table and rewrites BENCHMARKS.md.",
        discussion: "Build in release mode: scripts/build-release.sh && .build/release/casepilot-bench. Needs sqlite3, python3 and gzip on PATH."
    )

    @Option(help: "The folder of official datasets.")
    var data = "../shared/data"

    @Option(help: "Descriptions sampled per code set for the description→code evaluation.")
    var questions = 200

    @Option(help: "In-process asks timed for latency (and again for throughput).")
    var asks = 2_000

    @Option(help: "Cold-process runs of `casepilot ask` and of the sqlite3 look-up (alternating; the medians are compared).")
    var runs = 40

    @Option(help: "Seed of the description sample.")
    var seed: UInt64 = 2026

    @Option(help: "The folder holding Knowledge/ (default: found as casepilot finds it).")
    var home: String?

    @Option(help: "The release casepilot binary (default: beside this executable).")
    var casepilot: String?

    @Option(help: "Where to write the figures (default: BENCHMARKS.md in the home folder; with --only, nowhere).")
    var output: String?

    @Option(help: "Run only this part of the bench (\(BenchPart.allCases.map(\.rawValue).joined(separator: ", "))).")
    var only: BenchPart?

    @Option(help: "With --only: the knowledge base file to use and keep; the datasets it holds are not imported again.")
    var database: String?

    @Flag(help: "Print every description→code miss: the code expected, the codes answered, the description.")
    var showMisses = false

    func validate() throws {
        guard questions > 0, asks > 0, runs > 0 else { throw ValidationError("--questions, --asks and --runs must be positive") }
        guard FileManager.default.fileExists(atPath: URL(fileURLWithPath: data).appendingPathComponent("ncci-ptp").path) else {
            throw ValidationError("no data folder at \(data) (expected ncci-ptp/ and the other dataset folders)")
        }
        guard database == nil || only != nil else {
            throw ValidationError("--database only goes with --only: a full run measures the imports into a fresh knowledge base")
        }
    }

    func run() async throws {
        #if DEBUG
        print("warning: a debug build; build with `scripts/build-release.sh` for meaningful figures")
        #endif
        let tools = try BenchTools.locate(casepilot: casepilot, home: home)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("casepilot-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let database = self.database.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? work.appendingPathComponent("casepilot.sqlite").path
        let dataFolder = URL(fileURLWithPath: data).standardizedFileURL

        var report = Report(machine: Machine.current())
        let runner = BenchRun(tools: tools, dataFolder: dataFolder, database: database, work: work, questions: questions,
                              asks: asks, runs: runs, seed: seed, showMisses: showMisses)
        switch only {
        case nil: try await runner.measure(into: &report)
        case .description: try await runner.measureDescriptions(into: &report)
        case .answering: try await runner.measureAnswering(into: &report)
        case .oneShot: try await runner.measureOneShot(into: &report)
        }

        print(report.text)
        // A partial run never overwrites BENCHMARKS.md by default: that file holds one whole run.
        guard let destination = output ?? (only == nil ? tools.home.appendingPathComponent("BENCHMARKS.md").path : nil) else { return }
        try report.markdown(command: "scripts/build-release.sh && .build/release/casepilot-bench" + (only.map { " --only \($0.rawValue)" } ?? "")).write(toFile: destination, atomically: true, encoding: .utf8)
        print("\nWrote \(destination)")
    }
}
