extension KnowledgeBase {
    /// The provenance of an imported dataset, or `nil` when it is not imported.
    func datasetInfo(_ dataset: Dataset, setting: Setting? = nil) throws -> DatasetInfo? {
        try database.statement("SELECT name, setting, release, source_files, checksum, row_count, imported_at FROM dataset WHERE name = ? AND setting = ?")
            .rows([.text(dataset.rawValue), .text(setting?.rawValue ?? "")]) { row in
                DatasetInfo(name: row.string(0), setting: row.string(1), release: row.string(2), sourceFiles: row.string(3),
                            checksum: row.string(4), rowCount: Int(row.integer(5) ?? 0), importedAt: row.string(6))
            }.first
    }

    /// An imported code (`code` without dots).
    func codeRecord(system: String, code: String) throws -> CodeRecord? {
        try database.statement("SELECT \(CodeRecord.columns) FROM code c WHERE c.system = ? AND c.code = ?")
            .rows([.text(system), .text(code)], CodeRecord.init).first
    }

    /// The codes whose parent is `code`, in code order.
    func children(system: String, of code: String) throws -> [CodeRecord] {
        try database.statement("SELECT \(CodeRecord.columns) FROM code c WHERE c.system = ? AND c.parent = ? ORDER BY c.code")
            .rows([.text(system), .text(code)], CodeRecord.init)
    }

    /// Codes that extend `prefix` (for files without header rows), in code order.
    func codes(system: String, startingWith prefix: String, limit: Int) throws -> [CodeRecord] {
        try database.statement("SELECT \(CodeRecord.columns) FROM code c WHERE c.system = ? AND c.code > ? AND c.code < ? ORDER BY c.code LIMIT ?")
            .rows([.text(system), .text(prefix), .text(prefix + "\u{7F}"), .integer(Int64(limit))], CodeRecord.init)
    }

    /// Full-text candidates for a description search: rows matching `match` (an FTS5 query), best bm25 first.
    func codeCandidates(match: String, systems: [String], limit: Int) throws -> [(CodeRecord, Double)] {
        var sql = "SELECT \(CodeRecord.columns), bm25(code_fts) FROM code_fts JOIN code c ON c.id = code_fts.rowid WHERE code_fts MATCH ?"
        var values: [DatabaseValue] = [.text(match)]
        if !systems.isEmpty {
            sql += " AND c.system IN (\(systems.map { _ in "?" }.joined(separator: ",")))"
            values += systems.map { .text($0) }
        }
        sql += " ORDER BY bm25(code_fts) LIMIT \(limit)"
        return try database.statement(sql).rows(values) { row in (CodeRecord(row: row), row.real(10) ?? 0) }
    }
}
