import Foundation

/// `casepilot ask` from a cold process against the `sqlite3` shell reading the same row.
struct OneShotBenchmark {
    struct Result: Sendable {
        let runs: Int
        let askMedian: Double
        let sqliteMedian: Double
        var ratio: Double { askMedian / sqliteMedian }
    }

    /// The question asked, and the SQL an equivalent single look-up runs.
    static let question = "What is CPT code 99213?"
    static let lookup = "SELECT title, body FROM kb_entry WHERE kind = 'code' AND system = 'CPT' AND key = '99213';"

    let casepilot: String
    let sqlite3: String
    let database: String
    let home: String
    let runs: Int

    func run() throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["CASEPILOT_HOME"] = home
        let ask = ["ask", "--db", database, Self.question]
        let shell = [database, Self.lookup]
        // One untimed run of each first; the runs then alternate so that both see the same cache state.
        try ProcessRunner.run(casepilot, ask, environment: environment)
        let probe = Pipe()
        try ProcessRunner.run(sqlite3, shell, stdout: probe.fileHandleForWriting)
        try probe.fileHandleForWriting.close()
        guard !probe.fileHandleForReading.readDataToEndOfFile().isEmpty else {
            throw ProcessRunner.Failure(description: "the sqlite3 look-up found no row for 99213 in \(database)")
        }
        var asks: [Double] = []
        var lookups: [Double] = []
        for _ in 0..<runs {
            asks.append(try ProcessRunner.run(casepilot, ask, environment: environment))
            lookups.append(try ProcessRunner.run(sqlite3, shell))
        }
        return Result(runs: runs, askMedian: Percentiles(asks).median, sqliteMedian: Percentiles(lookups).median)
    }
}
