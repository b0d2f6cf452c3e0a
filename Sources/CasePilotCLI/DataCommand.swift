import ArgumentParser
import CasePilot

/// `casepilot data`: import, list and remove the official datasets.
struct DataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Import, list and remove the official CMS/CDC datasets.",
        subcommands: [DataImportCommand.self, DataStatusCommand.self, DataRemoveCommand.self]
    )
}

extension DataCommand {
    /// Checks a dataset name and an optional setting as typed by the user.
    static func validate(dataset: String, setting: String?) throws {
        guard Dataset(rawValue: dataset) != nil else {
            throw ValidationError("unknown dataset '\(dataset)'; expected one of \(Dataset.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let setting, Setting(rawValue: setting) == nil {
            throw ValidationError("unknown setting '\(setting)'; expected practitioner, hospital or dme")
        }
    }
}
