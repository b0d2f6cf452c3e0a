import ArgumentParser
import CasePilot
import FoundationEssentials

/// Options every subcommand shares: where the knowledge base and the knowledge folder are.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The knowledge-base file (default: $CASEPILOT_DB or ~/.local/share/casepilot/casepilot.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The folder holding Knowledge/ and Prompts/ (default: $CASEPILOT_HOME, else found from the working directory or the executable).", valueName: "path"))
    var home: String?

    /// Opens the engine, turning failures into a message and the right exit code.
    func openEngine() throws -> CasePilotEngine {
        try Self.openEngine(db: db, home: home)
    }

    /// Opens the engine of the `--db` and `--home` options given (`nil`: not given).
    static func openEngine(db: String?, home: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CasePilotEngine {
        CasePilotEngine(try openKnowledge(db: db, home: home, environment: environment))
    }

    /// Opens the synchronous engine of the `--db` and `--home` options given (`nil`: not given).
    static func openKnowledge(db: String?, home explicitHome: String?, environment: [String: String]) throws -> KnowledgeEngine {
        // Paths, not URLs: reading a URL's path the first time was 7 % of a one-shot ask's own work.
        let home = CasePilotHome.locatePath(explicit: explicitHome, environment: environment)
        if let explicitHome, home == nil {
            throw CLIError(.usage, "--home \(explicitHome) does not contain a Knowledge/ folder")
        }
        let configuration = EngineConfiguration(
            databasePath: db ?? EngineConfiguration.defaultDatabasePath(environment: environment),
            knowledgePath: home.map { $0 + "/Knowledge" })
        do {
            return try KnowledgeEngine(configuration: configuration)
        } catch {
            throw CLIError(wrapping: error)
        }
    }
}
