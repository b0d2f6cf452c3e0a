import CasePilot
import FoundationEssentials

/// One line typed at the REPL: a question or a `/command`.
enum ReplInput: Equatable {
    case question(String)
    case blank
    case help
    case sources
    case json
    /// `/category ID`; `nil` when ID is missing or unknown (the text is kept for the message).
    case category(Category?, String)
    case data
    case clear
    case quit
    case unknown(String)

    /// The commands and what they do, for `/help`.
    static let commands: [(name: String, summary: String)] = [
        ("/help", "this list"),
        ("/sources", "the sources of the last answer"),
        ("/json", "toggle JSON output of answers"),
        ("/category ID", "force a category for the next question (\(Category.allCases.map(\.rawValue).joined(separator: ", ")))"),
        ("/data", "knowledge and imported datasets"),
        ("/clear", "forget the conversation (follow-ups start afresh)"),
        ("/quit", "leave (also `quit`, `exit` or Ctrl-D)"),
    ]

    /// Reads a line: control characters are dropped, surrounding white space ignored.
    init(_ line: String) {
        let cleaned = String(String.UnicodeScalarView(line.unicodeScalars.filter { $0.properties.generalCategory != .control || $0 == "\t" }))
        let text = String(cleaned.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if text.isEmpty { self = .blank; return }
        if ["quit", "exit", ":q", ":quit", ":exit"].contains(text.lowercased()) { self = .quit; return }
        guard text.hasPrefix("/") else { self = .question(text); return }
        let words = text.dropFirst().split(separator: " ", omittingEmptySubsequences: true)
        let name = words.first.map { $0.lowercased() } ?? ""
        let argument = words.dropFirst().joined(separator: " ")
        switch name {
        case "help", "?": self = .help
        case "sources", "source": self = .sources
        case "json": self = .json
        case "category": self = .category(Category(rawValue: argument.lowercased()), argument)
        case "data": self = .data
        case "clear": self = .clear
        case "quit", "exit", "q": self = .quit
        default: self = .unknown(String(text.prefix(40)))
        }
    }
}

