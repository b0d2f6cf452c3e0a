import ArgumentParser

/// `casepilot data`: import, list and remove the official datasets.
struct DataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Import, list and remove the official CMS/CDC datasets.",
        subcommands: [DataImportCommand.self, DataStatusCommand.self, DataRemoveCommand.self]
    )
}
