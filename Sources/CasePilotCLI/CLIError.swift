import ArgumentParser
import CasePilot
import FoundationEssentials
@preconcurrency import Glibc

/// A failure reported to the user with a sysexits-style exit code.
struct CLIError: Error {
    enum Kind: Int32 {
        case usage = 64, badInput = 65, unavailable = 69, `internal` = 70
    }

    let kind: Kind
    let message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    init(wrapping error: any Error) {
        switch error {
        case let error as CLIError: self = error
        case let error as KnowledgeFormatError: self.init(.badInput, error.description)
        case let error as CasePilotError:
            self.init(error.isBadInput ? .badInput : error.isUsage ? .usage : error.isUnavailable ? .unavailable : .internal, error.message)
        case let error as DatabaseError: self.init(.internal, error.description)
        default: self.init(.internal, String(describing: error))
        }
    }
}

extension ParsableCommand {
    /// Runs `body`, printing a CasePilot failure on stderr and exiting with its code.
    static func reportingFailures<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch {
            throw reported(error)
        }
    }

    /// Runs `body`, printing a CasePilot failure on stderr and exiting with its code.
    static func reportingFailures<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch {
            throw reported(error)
        }
    }

    /// The exit code for `error`, after writing it on standard error unless it is one already.
    private static func reported(_ error: any Error) -> any Error {
        if error is ExitCode { return error }
        let failure = CLIError(wrapping: error)
        StandardError.write("casepilot: \(failure.message)\n")
        return ExitCode(failure.kind.rawValue)
    }
}

/// Writes to standard error.
enum StandardError {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
