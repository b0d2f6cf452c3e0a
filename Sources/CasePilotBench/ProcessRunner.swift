import Foundation

/// Runs a child process to completion, timing it from spawn to exit.
enum ProcessRunner {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `executable` with `arguments`; stdout goes to `stdout` (discarded when `nil`).
    /// - Returns: the wall time in seconds from launch to exit.
    /// - Throws: ``Failure`` when the process cannot start or exits non-zero.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], stdin: String? = nil, stdout: FileHandle? = nil,
                    environment: [String: String]? = nil) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = stdout ?? FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        let input = stdin.map { _ in Pipe() }
        process.standardInput = input ?? FileHandle.nullDevice
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        if let input, let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = Stopwatch.seconds(clock.now - start)
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus): \(text)")
        }
        return elapsed
    }

    /// The full path of `name` on `PATH`, or `nil`.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
