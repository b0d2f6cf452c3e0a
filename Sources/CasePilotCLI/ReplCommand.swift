import ArgumentParser
import CasePilot
import FoundationEssentials
@preconcurrency import Glibc

/// `casepilot` with no arguments: an interactive question-and-answer loop.
struct ReplCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Ask questions interactively (the default). Type /help for commands; /quit or Ctrl-D leaves.",
        discussion: """
            On a terminal, lines are edited with libedit and the history is kept in \
            $XDG_STATE_HOME/casepilot/history (default ~/.local/state/casepilot/history). With piped \
            input, each line is answered without prompts or colour.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup(title: "LLM") var llmFlags: LLMFlags

    func run() async throws {
        try await Self.reportingFailures {
            let engine = try global.openEngine()
            let interactive = isatty(STDIN_FILENO) == 1
            let editing = interactive && isatty(STDOUT_FILENO) == 1
            var session = ReplSession(engine: engine, llm: try llmFlags.settings.options(home: global.home), styled: editing)
            if interactive { print(try await session.welcome()) }
            let editor = editing ? LineEditor(prompt: "casepilot> ", historyFile: LineEditor.defaultHistoryFile()) : nil
            while true {
                let line: String
                if let editor {
                    switch editor.read() {
                    case .line(let text): line = text
                    case .cancelled: continue
                    case .end:
                        print()
                        return
                    }
                } else {
                    if interactive {
                        print("casepilot> ", terminator: "")
                        fflush(nil)
                    }
                    guard let text = readLine(strippingNewline: true) else { return }
                    line = text
                }
                guard await session.handle(line) else { return }
            }
        }
    }
}
