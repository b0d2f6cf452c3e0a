/// An error from CasePilot that speaks to the user.
///
/// A struct around a private code so that new kinds can be added without breaking clients.
public struct CasePilotError: Error, Sendable, CustomStringConvertible {
    enum Code: Sendable, Equatable {
        case knowledgeUnavailable
        case badInput
        case usage
        case unavailable
        case `internal`
    }

    let code: Code
    /// A sentence for the user: what happened and, where it helps, what to do.
    public let message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    static func knowledgeUnavailable(_ message: String) -> CasePilotError { .init(.knowledgeUnavailable, message) }
    static func badInput(_ message: String) -> CasePilotError { .init(.badInput, message) }
    static func usage(_ message: String) -> CasePilotError { .init(.usage, message) }
    static func unavailable(_ message: String) -> CasePilotError { .init(.unavailable, message) }
    static func `internal`(_ message: String) -> CasePilotError { .init(.internal, message) }

    /// The input (a data or knowledge file) was malformed; nothing was changed.
    public var isBadInput: Bool { code == .badInput }
    /// The request itself was wrong (a missing or contradictory option).
    public var isUsage: Bool { code == .usage }
    /// A needed service or file is unavailable.
    public var isUnavailable: Bool { code == .unavailable || code == .knowledgeUnavailable }

    public var description: String { message }
}
