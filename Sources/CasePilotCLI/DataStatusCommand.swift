import ArgumentParser
import CasePilot
import FoundationEssentials

/// `casepilot data status`: what is imported, with provenance.
struct DataStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "List the imported datasets: release, source files, rows and import time."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Print JSON (one array of datasets).")
    var json = false

    func run() async throws {
        try await Self.reportingFailures {
            let status = try await global.openEngine().status()
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(status.datasets), as: UTF8.self))
                return
            }
            print("Authored knowledge entries: \(status.authoredEntries)")
            guard !status.datasets.isEmpty else {
                print("No datasets imported. Import one with `casepilot data import DATASET FILE...`.")
                return
            }
            for info in status.datasets {
                let name = info.setting.isEmpty ? info.name : "\(info.name) (\(info.setting))"
                print("\(name): release \(info.release), \(info.rowCount) rows, imported \(info.importedAt)")
                print("    from \(info.sourceFiles)")
                print("    sha256 \(info.checksum)")
            }
            let missing = Dataset.allCases.filter { dataset in !status.datasets.contains { $0.name == dataset.rawValue } }
            if !missing.isEmpty { print("Not imported: \(missing.map(\.rawValue).joined(separator: ", "))") }
        }
    }
}
