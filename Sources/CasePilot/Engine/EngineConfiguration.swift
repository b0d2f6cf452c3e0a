import FoundationEssentials

/// Where the engine keeps its knowledge base and finds its authored knowledge.
public struct EngineConfiguration: Sendable {
    /// The SQLite file; `":memory:"` for an in-memory knowledge base.
    public var databasePath: String
    /// The path of the `Knowledge/` folder to build from; `nil` to use the knowledge base as it is.
    public var knowledgePath: String?

    /// The `Knowledge/` folder to build from, as a file URL (``knowledgePath``).
    public var knowledgeDirectory: URL? {
        get { knowledgePath.map { URL(fileURLWithPath: $0, isDirectory: true) } }
        set { knowledgePath = newValue?.path }
    }

    /// Creates a configuration.
    /// - Parameters:
    ///   - databasePath: the SQLite file (default: ``defaultDatabasePath(environment:)``).
    ///   - knowledgeDirectory: the `Knowledge/` folder, rebuilt into the database when it changes.
    public init(databasePath: String = EngineConfiguration.defaultDatabasePath(), knowledgeDirectory: URL?) {
        self.databasePath = databasePath
        self.knowledgePath = knowledgeDirectory?.path
    }

    /// Creates a configuration from file-system paths. A new process that takes its paths as
    /// strings never builds a URL: the first `URL.path` of a process costs a one-shot ask 5 %.
    /// - Parameters:
    ///   - databasePath: the SQLite file.
    ///   - knowledgePath: the `Knowledge/` folder, rebuilt into the database when it changes.
    public init(databasePath: String, knowledgePath: String?) {
        self.databasePath = databasePath
        self.knowledgePath = knowledgePath
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
