import Foundation

/// The built `casepilot` executable, run as a user would.
enum CLIExecutable {
    static let url: URL? = {
        // Tests run from .build/<config>/CasePilotPackageTests.xctest; the executable sits beside it.
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + [TestPaths.repository.appendingPathComponent(".build/debug")]
        return candidates.map { $0.appendingPathComponent("casepilot") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()
}

/// One finished run of the `casepilot` executable.
struct CommandRun {
    let status: Int32
    let stdout: String
    let stderr: String
    var all: String { stdout + stderr }

    /// Runs `casepilot` with `arguments` and `environment` in `directory`, feeding `input` on stdin.
    static func casepilot(_ arguments: [String], environment: [String: String], input: String? = nil, in directory: URL = TestPaths.repository) throws -> CommandRun {
        let process = Process()
        process.executableURL = CLIExecutable.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        // A child that exits early (a usage or data error) closes its stdin: don't die of SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        if let input { try? standardInput.fileHandleForWriting.write(contentsOf: Data(input.utf8)) }
        try? standardInput.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRun(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }
}
