import Dispatch
import FoundationEssentials
@preconcurrency import Glibc
import Synchronization

/// Ctrl-C (SIGINT) for the REPL: while an answer runs it cancels that answer; otherwise it ends
/// the program as Ctrl-C always does (exit status 130).
///
/// One `DispatchSource` watches SIGINT for the rest of the process, installed on first use (on
/// Linux, libdispatch does not reliably deliver to a second source for the same signal).
final class InterruptSignal: Sendable {
    static let shared = InterruptSignal()

    private struct State {
        var onInterrupt: (@Sendable () -> Void)?
        /// Kept so the source lives as long as the process.
        var source: (any DispatchSourceSignal)?
    }

    private let state = Mutex(State())

    private init() {
        signal(SIGINT, SIG_IGN)
        state.withLock { state in
            let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
            source.setEventHandler { [self] in interrupted() }
            source.resume()
            state.source = source
        }
    }

    private func interrupted() {
        if let cancel = state.withLock({ $0.onInterrupt }) {
            cancel()
        } else {
            print()
            exit(130)
        }
    }

    /// Runs `body` with Ctrl-C cancelling `task` instead of ending the program.
    func cancelling<Success: Sendable>(_ task: Task<Success, any Error>, _ body: () async throws -> Success) async throws -> Success {
        state.withLock { $0.onInterrupt = { task.cancel() } }
        defer { state.withLock { $0.onInterrupt = nil } }
        return try await body()
    }
}
