/// A malformed entry in `Knowledge/`: which file, which line, what was expected.
public struct KnowledgeFormatError: Error, Sendable, CustomStringConvertible {
    /// The file, relative to the knowledge folder.
    public let file: String
    /// The 1-based line number.
    public let line: Int
    /// What was wrong and what was expected.
    public let message: String

    public var description: String {
        "Knowledge/\(file):\(line): \(message). The knowledge base was not changed."
    }
}
