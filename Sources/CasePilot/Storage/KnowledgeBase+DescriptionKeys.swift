extension KnowledgeBase {
    /// A file imported before descriptions were keyed (schema 2) gains the `description_key` column,
    /// and one before short descriptions were (schema 10) the `short_key` column; their rows get
    /// their keys from the stored descriptions, so their codes are found without importing them
    /// again. Runs inside the upgrade transaction, before the columns' indexes are created.
    func addDescriptionKeys() throws {
        let columns = try database.statement("SELECT name FROM pragma_table_info('code')").rows { $0.string(0) }
        guard !columns.isEmpty else { return }
        for column in ["description_key", "short_key"] where !columns.contains(column) {
            try database.execute("ALTER TABLE code ADD COLUMN \(column) INTEGER")
        }
        for (key, text) in [("description_key", "description"), ("short_key", "short_description")] {
            let rows = try database.statement("SELECT id, \(text) FROM code WHERE \(key) IS NULL AND \(text) IS NOT NULL")
                .rows { ($0.integer(0) ?? 0, $0.string(1)) }
            let update = try database.uncachedStatement("UPDATE code SET \(key) = ? WHERE id = ?")
            for (id, description) in rows {
                try update.run([.integer(Int64(DescriptionKey.key(description))), .integer(id)])
            }
        }
    }

    /// Imported codes whose description (or, with `short`, short description) has the normalized
    /// form of `text` (see ``DescriptionKey``), in code order.
    /// - Parameter systems: only these code systems (empty: all).
    func codes(describedAs text: String, systems: [String], short: Bool = false) throws -> [CodeRecord] {
        // Without statistics the planner may prefer the (system, code) index for `system IN (?)` and
        // scan a whole code system (~20 ms); the key index finds the few rows directly.
        let (among, values) = Self.systems(systems, column: "c.system", after: [.integer(Int64(DescriptionKey.key(text)))])
        let (index, column) = short ? ("code_short_key", "short_key") : ("code_description_key", "description_key")
        let sql = "SELECT \(CodeRecord.columns) FROM code c INDEXED BY \(index) WHERE c.\(column) = ?\(among)"
        let rows = try database.statement(sql + " ORDER BY c.system, c.code").rows(values, CodeRecord.init)
        guard !rows.isEmpty else { return [] }
        // The key is a hash: compare the normalized texts so that a collision never answers.
        let normalized = DescriptionKey.normalized(text)
        return rows.filter { DescriptionKey.normalized((short ? $0.shortDescription : $0.description) ?? "") == normalized }
    }

    /// Imported codes with an inclusion term whose essential words are those of `text` (see
    /// ``InclusionTerm``), each with the term as printed, in code order.
    /// - Parameter systems: only these code systems (empty: all).
    func codes(termed text: String, systems: [String]) throws -> [(record: CodeRecord, term: String)] {
        let (among, values) = Self.systems(systems, column: "t.system", after: [.integer(Int64(DescriptionKey.key(text)))])
        let sql = "SELECT \(CodeRecord.columns), t.term FROM code_term t JOIN code c ON c.system = t.system AND c.code = t.code WHERE t.term_key = ?\(among)"
        let normalized = DescriptionKey.normalized(text)
        // The key is a hash: compare the normalized texts so that a collision never answers.
        return try database.statement(sql + " ORDER BY c.system, c.code").rows(values) { row in
            (CodeRecord(row: row), row.string(CodeRecord.columnCount))
        }.filter { DescriptionKey.normalized(InclusionTerm.essential($0.term)) == normalized }
    }

    /// The condition " AND column IN (?, …)" for `systems` (none when empty: all systems), and the
    /// values to bind: `values` first, then the systems.
    static func systems(_ systems: [String], column: String, after values: [DatabaseValue]) -> (condition: String, values: [DatabaseValue]) {
        guard !systems.isEmpty else { return ("", values) }
        return (" AND \(column) IN (\(systems.map { _ in "?" }.joined(separator: ",")))", values + systems.map { .text($0) })
    }
}
