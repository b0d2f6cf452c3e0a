import FoundationEssentials

/// How one question may use the LLM.
///
/// With no ``configuration`` the engine answers from the knowledge base only, exactly as
/// ``CasePilotEngine/ask(_:following:category:)`` does.
public struct LLMOptions: Sendable {
    /// The endpoint to use, or `nil` for knowledge-base answers only.
    public var configuration: LLMConfiguration?
    /// Throw ``CasePilotError`` (unavailable) instead of falling back to the knowledge-base answer
    /// when the LLM cannot answer.
    public var isRequired: Bool
    /// Send questions even when they look like they carry patient identifiers.
    public var allowsPHI: Bool
    /// The `Prompts/` folder with `system.md` and one `<category>.md` per category.
    public var promptsDirectory: URL?

    /// Creates options.
    /// - Parameters:
    ///   - configuration: the endpoint, or `nil` for no LLM.
    ///   - isRequired: fail instead of falling back when the LLM cannot answer.
    ///   - allowsPHI: send questions that look like they carry patient identifiers.
    ///   - promptsDirectory: the `Prompts/` folder (read at every question, so edits apply at once).
    public init(configuration: LLMConfiguration?, isRequired: Bool = false, allowsPHI: Bool = false, promptsDirectory: URL?) {
        self.configuration = configuration
        self.isRequired = isRequired
        self.allowsPHI = allowsPHI
        self.promptsDirectory = promptsDirectory
    }

    /// Knowledge-base answers only.
    public static let disabled = LLMOptions(configuration: nil, promptsDirectory: nil)
}
