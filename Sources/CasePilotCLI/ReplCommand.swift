import ArgumentParser
import CasePilot
import Foundation

/// `casepilot` with no arguments: an interactive question-and-answer loop.
struct ReplCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Ask questions interactively (the default). Type `quit` or press Ctrl-D to leave."
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup(title: "LLM") var llmFlags: LLMFlags

    func run() async throws {
        try await Self.reportingFailures {
            let engine = try global.openEngine()
            let turn = StreamedTurn(engine: engine, llm: try llmFlags.options(home: global.home))
            let interactive = isatty(STDIN_FILENO) == 1
            if interactive {
                let status = try await engine.status()
                print("CasePilot — \(status.authoredEntries) knowledge entries, \(status.datasets.count) datasets imported. Ask a coding question; `quit` or Ctrl-D leaves.")
            }
            var previous: Answer?
            while true {
                if interactive {
                    print("casepilot> ", terminator: "")
                    fflush(nil)
                }
                guard let line = readLine(strippingNewline: true) else { break }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if ["quit", "exit", "/quit", "/exit", ":q"].contains(trimmed.lowercased()) { break }
                if trimmed.isEmpty { continue }
                guard let answer = try await turn.run(trimmed, following: previous) else { continue }
                if answer.category != .unknown { previous = answer }
            }
        }
    }
}
