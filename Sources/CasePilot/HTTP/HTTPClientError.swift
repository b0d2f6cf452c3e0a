/// Why an HTTP transfer failed.
///
/// A struct around a private code so that new kinds can be added without breaking callers.
/// Its message never contains request headers or bodies (where credentials live).
struct HTTPClientError: Error, Sendable, CustomStringConvertible {
    enum Code: Sendable, Hashable {
        case invalidRequest
        case couldNotResolve
        case couldNotConnect
        case timedOut
        case tls
        case connectionLost
        case cancelled
        case responseTooLarge
        case transport
    }

    let code: Code
    /// A sentence for the user, without credentials.
    let message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    static func invalidRequest(_ message: String) -> HTTPClientError { .init(.invalidRequest, message) }
    static let cancelled = HTTPClientError(.cancelled, "the request was cancelled")
    static func responseTooLarge(limit: Int) -> HTTPClientError {
        .init(.responseTooLarge, "the response was larger than \(limit / 1_048_576) MB")
    }

    /// The total time allowed ran out.
    var isTimeout: Bool { code == .timedOut }
    /// The caller cancelled the transfer.
    var isCancelled: Bool { code == .cancelled }
    /// No connection could be made (refused, unreachable, unknown host).
    var isConnectFailure: Bool { code == .couldNotConnect || code == .couldNotResolve }
    /// The connection broke before the response was complete.
    var isConnectionLost: Bool { code == .connectionLost }

    var description: String { message }
}
