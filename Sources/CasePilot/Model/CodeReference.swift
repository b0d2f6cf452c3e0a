/// A code an answer is about, with a description from the knowledge base when one is known.
public struct CodeReference: Sendable, Codable, Hashable {
    /// The code system.
    public let system: CodeSystem
    /// The code as printed (`99213`, `E11.9`, `25`).
    public let code: String
    /// A plain-language description, or an empty string when none is known.
    public let description: String

    /// Creates a code reference.
    public init(system: CodeSystem, code: String, description: String = "") {
        self.system = system
        self.code = code
        self.description = description
    }
}
