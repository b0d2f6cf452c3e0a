import ArgumentParser
import CasePilot
import Dispatch
import FoundationEssentials

/// `casepilot`: the interactive REPL by default; `ask` for one-shot and scripted answers.
struct CasePilotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casepilot",
        abstract: "A medical-coding assistant that answers from official data and reviewed knowledge.",
        discussion: "Run without a subcommand for the interactive REPL.",
        subcommands: [ReplCommand.self, AskCommand.self, DataCommand.self],
        defaultSubcommand: ReplCommand.self
    )
}

/// The entry point: the everyday one-shot `ask` starts answering at once (``AskRequest/plain(_:)``),
/// and without Swift concurrency unless an LLM phrases the answer; every other command line goes
/// through ArgumentParser.
@main
enum CasePilotMain {
    static func main() {
        guard let request = AskRequest.plain(Array(CommandLine.arguments.dropFirst())) else {
            runAsync { await CasePilotCommand.main() }
        }
        let environment = ProcessEnvironment.relevant()
        let options: LLMOptions
        do {
            guard let phrasing = try AskCommand.reportingFailures({ try request.answerWithoutLLM(environment: environment) }) else { return }
            options = phrasing
        } catch {
            AskCommand.exit(withError: error)
        }
        // An LLM phrases the answer.
        runAsync {
            do {
                try await request.answer(phrasedWith: options, environment: environment)
            } catch {
                AskCommand.exit(withError: error)
            }
        }
    }

    /// Runs `body` on the main actor, then exits.
    private static func runAsync(_ body: @escaping @MainActor () async -> Void) -> Never {
        Task { @MainActor in
            await body()
            CasePilotCommand.exit()
        }
        dispatchMain()
    }
}
