import Foundation

/// The practitioner PTP file imported by the `sqlite3` shell's `.import` and by a Python script.
///
/// Both read the CSV already decompressed to a temporary file (CasePilot's import, timed by
/// ``ImportBenchmark``, reads the `.csv.gz` and decompresses as it goes).
struct PTPComparison {
    struct Result: Sendable {
        let rows: Int
        let shellImport: Double
        let shellImportAndIndex: Double
        let python: Double
    }

    static let practitionerFile = "ncci-ptp/ptp_practitioner_2024-07-01.csv.gz"

    let dataFolder: URL
    let sqlite3: String
    let python3: String
    let script: String
    let workFolder: URL

    func run() throws -> Result {
        let csv = workFolder.appendingPathComponent("ptp_practitioner.csv")
        _ = FileManager.default.createFile(atPath: csv.path, contents: nil)
        let output = try FileHandle(forWritingTo: csv)
        try ProcessRunner.run("/usr/bin/env", ["gzip", "-dc", dataFolder.appendingPathComponent(Self.practitionerFile).path], stdout: output)
        try output.close()

        let shellDatabase = workFolder.appendingPathComponent("shell.sqlite").path
        let script = """
            CREATE TABLE ptp(column_1 TEXT, column_2 TEXT, deletion_date TEXT, modifier_indicator TEXT, ptp_edit_rationale TEXT);
            .mode csv
            .import --skip 1 \(csv.path) ptp

            """
        let shellImport = try ProcessRunner.run(sqlite3, [shellDatabase], stdin: script)
        let index = try ProcessRunner.run(sqlite3, [shellDatabase, "CREATE INDEX ptp_pair ON ptp(column_1, column_2);"])

        let count = Pipe()
        try ProcessRunner.run(sqlite3, [shellDatabase, "SELECT count(*) FROM ptp;"], stdout: count.fileHandleForWriting)
        try count.fileHandleForWriting.close()
        let rows = Int(String(decoding: count.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0

        let pythonDatabase = workFolder.appendingPathComponent("python.sqlite").path
        let python = try ProcessRunner.run(python3, [self.script, csv.path, pythonDatabase])
        return Result(rows: rows, shellImport: shellImport, shellImportAndIndex: shellImport + index, python: python)
    }
}
