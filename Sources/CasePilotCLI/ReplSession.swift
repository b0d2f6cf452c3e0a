import CasePilot
import FoundationEssentials

/// The REPL's state between lines: the conversation, the output mode and a forced category.
struct ReplSession {
    let engine: CasePilotEngine
    let turn: StreamedTurn
    /// Whether output may be styled for a terminal (stdin and stdout are terminals).
    let styled: Bool

    /// The answer follow-ups refer to (cleared by `/clear` and by off-topic questions).
    private(set) var context: Answer?
    /// The last answer printed, for `/sources`.
    private(set) var last: Answer?
    private(set) var jsonOutput = false
    private(set) var forcedCategory: Category?

    init(engine: CasePilotEngine, llm: LLMOptions, styled: Bool) {
        self.engine = engine
        self.turn = StreamedTurn(engine: engine, llm: llm)
        self.styled = styled
    }

    private var style: TerminalStyle { styled ? .standardOutput() : .plain }

    /// One line saying what is loaded and how to get help.
    func welcome() async throws -> String {
        let status = try await engine.status()
        let datasets = status.datasets.isEmpty
            ? "no datasets imported"
            : "datasets " + status.datasets.map { info in
                (info.setting.isEmpty ? info.name : "\(info.name) (\(info.setting))") + " \(info.release)"
            }.joined(separator: ", ")
        var line = "CasePilot — \(status.authoredEntries) knowledge entries, \(datasets)"
        if let configuration = turn.llm.configuration {
            line += "; answers phrased by the LLM" + (configuration.model.map { " \($0)" } ?? "")
        }
        line += ". Ask a coding question; /help lists commands, Ctrl-D leaves."
        let style = self.style
        return style.bold(style.wrap(line))
    }

    /// Handles one input line.
    /// - Returns: `false` when the user asked to leave.
    mutating func handle(_ line: String) async -> Bool {
        let style = self.style
        switch ReplInput(line) {
        case .blank:
            break
        case .quit:
            return false
        case .help:
            let width = ReplInput.commands.map(\.name.count).max() ?? 0
            let lines = ReplInput.commands.map { command in
                style.wrap("  " + command.name + String(repeating: " ", count: width + 2 - command.name.count) + command.summary, indent: String(repeating: " ", count: width + 4))
            }
            say(["Ask a question in plain words; a follow-up (\"and with modifier 59?\") refers to the previous answer's codes."] + lines + ["Keys: arrows recall history (kept between sessions), Ctrl-C abandons the line or stops an answer, Ctrl-D leaves."], style: style)
        case .sources:
            guard let last else {
                say(["No answer yet."], style: style)
                return true
            }
            say([AnswerRenderer.sourcesList(last, style: style)], style: .plain)
        case .json:
            jsonOutput.toggle()
            say([jsonOutput ? "Answers are now printed as JSON." : "Answers are now printed as text."], style: style)
        case .category(let category?, _):
            forcedCategory = category
            say(["The next question will be answered as \(category.rawValue)."], style: style)
        case .category(nil, let text):
            let choices = Category.allCases.map(\.rawValue).joined(separator: ", ")
            say([text.isEmpty ? "Usage: /category ID, with ID one of \(choices)." : "Unknown category '\(text.prefix(40))'; expected one of \(choices)."], style: style)
        case .data:
            await showData(style: style)
        case .clear:
            (context, last, forcedCategory) = (nil, nil, nil)
            say(["Conversation cleared; the next question starts afresh."], style: style)
        case .unknown(let command):
            say(["Unknown command \(command); type /help for the list."], style: style)
        case .question(let question):
            await ask(question, style: style)
        }
        return true
    }

    private mutating func ask(_ question: String, style: TerminalStyle) async {
        let category = forcedCategory
        forcedCategory = nil
        do {
            guard let answer = try await turn.run(question, following: context, category: category, output: jsonOutput ? .json : .text(style)) else { return }
            last = answer
            if answer.category != .unknown { context = answer }
        } catch {
            StandardError.write("casepilot: \(CLIError(wrapping: error).message)\n\n")
        }
    }

    private func showData(style: TerminalStyle) async {
        do {
            let status = try await engine.status()
            var lines = ["Authored knowledge entries: \(status.authoredEntries)"]
            for info in status.datasets {
                let name = info.setting.isEmpty ? info.name : "\(info.name) (\(info.setting))"
                lines.append("\(name): release \(info.release), \(info.rowCount) rows, imported \(info.importedAt)")
            }
            let missing = Dataset.allCases.filter { dataset in !status.datasets.contains { $0.name == dataset.rawValue } }
            if !missing.isEmpty { lines.append("Not imported: \(missing.map(\.rawValue).joined(separator: ", ")) (casepilot data import DATASET FILE...)") }
            say(lines.map { style.wrap($0, indent: "    ") }, style: .plain)
        } catch {
            StandardError.write("casepilot: \(CLIError(wrapping: error).message)\n\n")
        }
    }

    /// Prints lines (wrapped unless already done) and a blank line.
    private func say(_ lines: [String], style: TerminalStyle) {
        print(lines.map { style.wrap($0) }.joined(separator: "\n"))
        print()
    }
}
