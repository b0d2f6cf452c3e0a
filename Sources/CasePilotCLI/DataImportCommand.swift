import ArgumentParser
import CasePilot
import FoundationEssentials

/// `casepilot data import DATASET FILE...`: one atomic import with provenance.
struct DataImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import official dataset files (replacing the previous import of that dataset and setting).",
        discussion: """
            DATASET is one of \(Dataset.allCases.map(\.rawValue).joined(separator: ", ")). Files may be .txt, .csv, .xml, \
            .gz or .zip. The import is atomic: if a file is malformed, nothing is changed (exit 65).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The dataset: \(Dataset.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "dataset"))
    var dataset: String

    @Argument(help: ArgumentHelp("The files to import.", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("The setting of NCCI/MUE files (practitioner, hospital, dme); detected from the file name when omitted.", valueName: "setting"))
    var setting: String?

    @Option(name: .long, help: ArgumentHelp("The release to record (e.g. 2024-07-01); detected from the file name or contents when omitted.", valueName: "release"))
    var release: String?

    func validate() throws {
        try DataCommand.validate(dataset: dataset, setting: setting)
        if files.isEmpty { throw ValidationError("give at least one file to import") }
    }

    func run() async throws {
        try await Self.reportingFailures {
            for file in files where !FileManager.default.isReadableFile(atPath: file) {
                throw CLIError(.badInput, "\(file): no such readable file; nothing was changed")
            }
            let engine = try global.openEngine()
            let meter = ProgressMeter.standardError()
            var progress: (@Sendable (ImportProgress) -> Void)?
            if let meter { progress = { meter.show($0) } }
            let info = try await engine.importDataset(
                Dataset(rawValue: dataset)!, files: files.map { URL(fileURLWithPath: $0) },
                setting: setting.flatMap(Setting.init(rawValue:)), release: release,
                progress: progress)
            meter?.finish()
            let place = info.setting.isEmpty ? "" : " (\(info.setting))"
            let stated = info.release != DatasetInfo.unstatedRelease
            print("Imported \(info.name)\(place), \(stated ? "release \(info.release)" : info.release): \(info.rowCount) rows from \(info.sourceFiles).")
            if !stated {
                print("Neither the file names nor their contents state the release; import again with --release (e.g. --release 2025-10) so that answers can cite it.")
            }
        }
    }
}
