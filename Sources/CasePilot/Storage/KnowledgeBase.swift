import FoundationEssentials

/// The SQLite knowledge base: schema, authored knowledge and imported datasets.
///
/// Owned by one engine at a time, which serialises access to it.
final class KnowledgeBase {
    let database: Database

    /// Opens the knowledge base at `path` (`":memory:"` for an in-memory one), creating the schema.
    init(path: String) throws {
        database = try Database(path: path)
        try migrate()
    }

    private var searchFunctionsRegistered = false

    /// Values worked out from the content, by key, and the content version they hold for.
    private var remembered: (version: [Int64], values: [String: Any]) = ([], [:])

    /// `compute()`'s value for `key`, worked out once for one question (``forgetRemembered()``)
    /// while the content stays the same: a question asks the same description search more than
    /// once (whether a bare term names a code, then its answer). An import, a knowledge rebuild or
    /// another process's commit forgets every value.
    func remembering<Value>(_ key: String, _ compute: () throws -> Value) throws -> Value {
        let version = try database.contentVersion()
        if version != remembered.version { remembered = (version, [:]) }
        if let value = remembered.values[key] as? Value { return value }
        let value = try compute()
        remembered.values[key] = value
        return value
    }

    /// Forgets the values of ``remembering(_:_:)``: each question works its searches out anew, so
    /// that a question asked again costs what it cost the first time.
    func forgetRemembered() {
        remembered.values.removeAll(keepingCapacity: true)
    }

    /// Registers the knowledge search's functions (`knowledgeRank`, `phrasePresence`) on first use:
    /// a one-shot question that searches no knowledge does not touch SQLite's full-text code.
    func registerSearchFunctions() throws {
        guard !searchFunctionsRegistered else { return }
        try BM25Function.register(Self.knowledgeRank, on: database)
        try PhrasePresence.register(Self.phrasePresence, on: database)
        searchFunctionsRegistered = true
    }

    /// `bm25` of the authored knowledge's full-text table (`kb_fts`), keeping what it reads of the
    /// whole table between searches.
    static let knowledgeRank = "kb_bm25"
    /// Whether a `kb_fts` row holds enough of a search's required words (`PhrasePresence`).
    static let phrasePresence = "kb_holds"

    private func migrate() throws {
        try database.execute(Schema.meta)
        let version = try meta("schema_version")
        if version == Schema.version { return }
        if let version, !Schema.inPlaceUpgrades.contains(version), try !upgradeEmptyDatasets() {
            throw CasePilotError.knowledgeUnavailable(
                "the knowledge base \(database.path) has schema version \(version); this CasePilot expects \(Schema.version). Remove the file (or choose another with --db) and import the datasets again.")
        }
        try database.transaction {
            // The full-text index is made again: its columns may have changed.
            try database.execute("DROP TABLE IF EXISTS kb_fts; DROP TABLE IF EXISTS classifier_counts")
            try database.execute(Schema.knowledge)
            try database.execute(Schema.knowledgeIndex)
            try addDescriptionKeys()
            try database.execute(Schema.datasets)
            // Terms imported before schema 8 have no full-text index yet.
            try database.execute("INSERT INTO code_term_fts(code_term_fts) VALUES ('rebuild')")
            // A file of schema 11 or older has no spelling words yet.
            try recordMissingWords()
            try database.statement("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)").run([.text(Schema.version)])
        }
    }

    /// An older file without imported datasets is upgraded in place: its dataset tables are
    /// dropped and recreated (authored knowledge is rebuilt from `Knowledge/` anyway).
    private func upgradeEmptyDatasets() throws -> Bool {
        let imported = (try? database.scalarInteger("SELECT count(*) FROM dataset")) ?? 0
        guard imported == 0 else { return false }
        try database.transaction {
            for table in Schema.datasetTables { try database.execute("DROP TABLE IF EXISTS \(table)") }
            for setting in Setting.allCases { try database.execute("DROP TABLE IF EXISTS \(Schema.ptpTable(setting))") }
            try database.execute("DELETE FROM meta WHERE key = 'knowledge_fingerprint'")
        }
        return true
    }

    func meta(_ key: String) throws -> String? {
        try database.scalarText("SELECT value FROM meta WHERE key = ?", [.text(key)])
    }

    func setMeta(_ key: String, _ value: String) throws {
        try database.statement("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)").run([.text(key), .text(value)])
    }
}

@available(*, unavailable)
extension KnowledgeBase: Sendable {}
