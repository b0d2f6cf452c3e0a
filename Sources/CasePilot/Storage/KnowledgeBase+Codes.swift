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

    /// The FTS5 query for rows holding all but one of `terms` (quoted terms, three or more).
    static func allButOne(_ terms: [String]) -> String {
        terms.indices.map { left in "(" + terms.indices.filter { $0 != left }.map { terms[$0] }.joined(separator: " AND ") + ")" }
            .joined(separator: " OR ")
    }

    /// Codes with an inclusion term matching `match` (an FTS5 query), with the term, at most
    /// `limit`, in code order.
    func termCandidates(match: String, systems: [String], limit: Int) throws -> [(record: CodeRecord, term: String)] {
        let (among, values) = Self.systems(systems, column: "t.system", after: [.text(match)])
        let sql = """
            SELECT \(CodeRecord.columns), t.term FROM code_term_fts CROSS JOIN code_term t ON t.rowid = code_term_fts.rowid
            JOIN code c ON c.system = t.system AND c.code = t.code WHERE code_term_fts MATCH ?\(among) ORDER BY c.system, c.code LIMIT \(limit)
            """
        return try database.statement(sql).rows(values) { row in (CodeRecord(row: row), row.string(CodeRecord.columnCount)) }
    }

    /// Full-text candidates for a description search: rows matching `match` (an FTS5 query), best
    /// bm25 first; when no more than `limit` rows match, all of them in code order, with rank 0.
    func codeCandidates(match: String, systems: [String], limit: Int) throws -> [(CodeRecord, Double)] {
        // CROSS JOIN keeps the full-text match as the outer loop (the planner may otherwise walk a whole code system).
        let (among, values) = Self.systems(systems, column: "f.system", after: [.text(match)])
        let matches = "FROM code_fts CROSS JOIN code f ON f.id = code_fts.rowid WHERE code_fts MATCH ?\(among)"
        // bm25 counts every row that holds each word ("subsequent" is in 22,000 ICD-10-CM titles),
        // which costs more than the match itself: it only orders matches that are too many to read.
        // Either way the ids are chosen first and only the chosen rows are read.
        let ids = try database.statement("SELECT f.id \(matches) LIMIT \(limit + 1)").rows(values) { $0.integer(0) ?? 0 }
        if ids.count <= limit {
            guard !ids.isEmpty else { return [] }
            // One statement per power of two of ids, the list padded with its last id: preparing
            // a statement for every list cost as much as reading the rows.
            var size = 1
            while size < ids.count { size *= 2 }
            let padded = ids + Array(repeating: ids[ids.count - 1], count: size - ids.count)
            let sql = "SELECT \(CodeRecord.columns), 0 FROM code c WHERE c.id IN (\(Array(repeating: "?", count: size).joined(separator: ","))) ORDER BY c.system, c.code"
            return try database.statement(sql).rows(padded.map { .integer($0) }) { row in (CodeRecord(row: row), 0) }
        }
        let sql = "SELECT \(CodeRecord.columns), r.rank FROM (SELECT f.id, bm25(code_fts) AS rank \(matches) ORDER BY rank, f.id LIMIT \(limit)) r"
            + " JOIN code c ON c.id = r.id ORDER BY r.rank, r.id"
        return try database.statement(sql).rows(values) { row in (CodeRecord(row: row), row.real(CodeRecord.columnCount) ?? 0) }
    }
}
