import ArgumentParser

/// `casepilot`: the interactive REPL by default; `ask` for one-shot and scripted answers.
@main
struct CasePilotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casepilot",
        abstract: "A medical-coding assistant that answers from official data and reviewed knowledge.",
        discussion: "Run without a subcommand for the interactive REPL.",
        subcommands: [ReplCommand.self, AskCommand.self, DataCommand.self],
        defaultSubcommand: ReplCommand.self
    )
}
