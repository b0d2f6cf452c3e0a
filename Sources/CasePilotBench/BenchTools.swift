import CasePilot
import Foundation

/// The programs and folders a run needs, found before anything is measured.
struct BenchTools: Sendable {
    let home: URL
    let casepilot: String
    let sqlite3: String
    let python3: String

    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    static func locate(casepilot explicit: String?, home explicitHome: String?) throws -> BenchTools {
        guard let home = CasePilotHome.locate(explicit: explicitHome) else {
            throw Missing(description: "no folder with Knowledge/ found; run from the repository or pass --home")
        }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("casepilot").path
        let casepilot = explicit ?? beside
        guard FileManager.default.isExecutableFile(atPath: casepilot) else {
            throw Missing(description: "no casepilot binary at \(casepilot); build it first in the same configuration "
                + "(swift build -c release --product casepilot, with the same --scratch-path) or pass --casepilot")
        }
        guard let sqlite3 = ProcessRunner.which("sqlite3") else { throw Missing(description: "sqlite3 is needed (apt-get install sqlite3)") }
        guard let python3 = ProcessRunner.which("python3") else { throw Missing(description: "python3 is needed") }
        return BenchTools(home: home, casepilot: casepilot, sqlite3: sqlite3, python3: python3)
    }
}
