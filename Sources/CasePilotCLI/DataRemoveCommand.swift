import ArgumentParser
import CasePilot

/// `casepilot data remove DATASET`: drops an imported dataset.
struct DataRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove an imported dataset (all settings, or one with --setting)."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The dataset: \(Dataset.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "dataset"))
    var dataset: String

    @Option(name: .long, help: ArgumentHelp("Remove only this setting (practitioner, hospital, dme).", valueName: "setting"))
    var setting: String?

    func validate() throws {
        try DataCommand.validate(dataset: dataset, setting: setting)
    }

    func run() async throws {
        try await Self.reportingFailures {
            let engine = try global.openEngine()
            let removed = try await engine.removeDataset(Dataset(rawValue: dataset)!, setting: setting.flatMap(Setting.init(rawValue:)))
            print(removed ? "Removed \(dataset)\(setting.map { " (\($0))" } ?? "")." : "\(dataset) was not imported; nothing to remove.")
        }
    }
}
