import FoundationEssentials

/// Where the engine keeps its knowledge base and finds its authored knowledge.
public struct EngineConfiguration: Sendable {
    /// The SQLite file; `":memory:"` for an in-memory knowledge base.
    public var databasePath: String
    /// The `Knowledge/` folder to build from; `nil` to use the knowledge base as it is.
    public var knowledgeDirectory: URL?

    /// Creates a configuration.
    /// - Parameters:
    ///   - databasePath: the SQLite file (default: ``defaultDatabasePath(environment:)``).
    ///   - knowledgeDirectory: the `Knowledge/` folder, rebuilt into the database when it changes.
    public init(databasePath: String = EngineConfiguration.defaultDatabasePath(), knowledgeDirectory: URL?) {
        self.databasePath = databasePath
        self.knowledgeDirectory = knowledgeDirectory
    }

    /// `CASEPILOT_DB` if set, else `$XDG_DATA_HOME/casepilot/casepilot.sqlite`
    /// (`~/.local/share/casepilot/casepilot.sqlite`).
    public static func defaultDatabasePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["CASEPILOT_DB"], !path.isEmpty { return path }
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + "/.local/share"
        return base + "/casepilot/casepilot.sqlite"
    }
}
