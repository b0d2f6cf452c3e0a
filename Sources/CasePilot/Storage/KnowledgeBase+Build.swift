import FoundationEssentials

extension KnowledgeBase {
    /// Rebuilds the authored knowledge from `source` when its fingerprint changed.
    ///
    /// The files are not even read while their stamps (size, times) are those of the last check.
    /// Parses everything first, so a malformed file throws before anything is written;
    /// the rebuild itself is one transaction.
    /// - Returns: `true` when the knowledge was rebuilt.
    @discardableResult
    func refreshKnowledge(from source: KnowledgeSource) throws -> Bool {
        let files = try source.files()
        let signature = source.signature(of: files)
        let stored = try meta("knowledge_fingerprint")
        if stored != nil, try meta("knowledge_signature") == signature { return false }
        let contents = try source.read(files)
        let fingerprint = KnowledgeSource.fingerprint(of: contents)
        if stored == fingerprint {
            try? setMeta("knowledge_signature", signature) // only spares the next reading; may fail on a read-only file
            return false
        }
        let entries = try KnowledgeSource.entries(from: contents)
        try replaceKnowledge(with: entries, fingerprint: fingerprint, signature: signature)
        return true
    }

    func replaceKnowledge(with entries: [KnowledgeEntry], fingerprint: String, signature: String) throws {
        try database.transaction {
            try database.execute("DELETE FROM kb_related; DELETE FROM kb_entry; INSERT INTO kb_fts(kb_fts) VALUES ('delete-all');")
            let insert = try database.statement("""
                INSERT INTO kb_entry(kind, system, key, category, title, body, questions, keywords, status, source, url, as_of, file, line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let related = try database.statement("INSERT INTO kb_related(entry_id, system, code) VALUES (?, ?, ?)")
            for entry in entries {
                let questions = entry.questions.joined(separator: "\n")
                let keywords = entry.keywords.joined(separator: ", ")
                try insert.run([
                    .text(entry.kind.rawValue), .text(entry.system?.rawValue ?? ""), .text(entry.key),
                    .text(entry.category.rawValue), .text(entry.title), .text(entry.body), .text(questions),
                    .text(keywords), .text(entry.isDeleted ? "deleted" : "active"), .text(entry.source),
                    DatabaseValue(entry.url), .text(entry.asOf), .text(entry.file), .integer(Int64(entry.line)),
                ])
                let id = database.lastInsertRowID
                for code in entry.related {
                    try related.run([.integer(id), .text(code.system.rawValue), .text(code.display)])
                }
            }
            try database.execute(Schema.knowledgeIndex)
            try recordKnowledgeWords()
            try setMeta("knowledge_fingerprint", fingerprint)
            try setMeta("knowledge_signature", signature)
            try setMeta("knowledge_entries", String(entries.count))
        }
    }
}
