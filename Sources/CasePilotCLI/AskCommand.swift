import ArgumentParser
import CasePilot
import FoundationEssentials

/// `casepilot ask`: one answer, or one answer per stdin line.
struct AskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer one question, or each line of standard input when no question is given.",
        discussion: "With --json every answer is one JSON object on one line (JSON Lines for stdin input, one object per input line, in order)."
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup(title: "LLM") var llmFlags: LLMFlags

    @Flag(name: .long, help: "Print the answer as one JSON object.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Force a category instead of classifying (\(Category.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "id"))
    var category: String?

    @Argument(help: "The question (quote it, or pass the words after `--` if it starts with a dash).")
    var question: [String] = []

    func validate() throws {
        if let category, Category(rawValue: category) == nil {
            throw ValidationError("unknown category '\(category)'; expected one of \(Category.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() async throws {
        try await request.run()
    }

    /// The parsed options as plain values.
    var request: AskRequest {
        AskRequest(db: global.db, home: global.home, json: json, category: category.flatMap(Category.init(rawValue:)), llm: llmFlags.settings, question: question)
    }
}
