import ArgumentParser

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

/// The entry point: the everyday one-shot `ask` starts answering at once (``AskRequest/plain(_:)``);
/// every other command line goes through ArgumentParser.
@main
enum CasePilotMain {
    static func main() async {
        guard let request = AskRequest.plain(Array(CommandLine.arguments.dropFirst())) else {
            await CasePilotCommand.main()
            return
        }
        do {
            try await request.run()
        } catch {
            AskCommand.exit(withError: error)
        }
    }
}
