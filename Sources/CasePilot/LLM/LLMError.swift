/// Why the LLM could not answer; the engine turns it into a warning or an unavailable error.
///
/// A struct around a private code, so kinds can be added without breaking callers. Messages
/// are redacted of the API key before they are stored.
struct LLMError: Error, Sendable, CustomStringConvertible {
    enum Code: Sendable, Hashable {
        case timedOut
        case unreachable
        case httpStatus
        case rateLimited
        case malformedResponse
        case streamInterrupted
        case emptyReply
        case promptUnavailable
        case privacy
        case transport
    }

    let code: Code
    /// What happened, for the user.
    let message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    var description: String { message }
}
