import FoundationEssentials

extension KnowledgeBase {
    /// Runs `body` as one atomic import of `dataset` in `setting`.
    ///
    /// The previous data of that dataset and setting is removed, `body` inserts the new rows,
    /// indexes and full-text tables are rebuilt and the provenance row is written, all in one
    /// transaction: if anything throws, everything rolls back and the previous data is intact.
    /// Durability is relaxed only for the duration (`synchronous = NORMAL`, which in WAL mode
    /// can lose the last commit on power loss but never corrupts the file) and the page cache
    /// is enlarged so that index builds stay in memory.
    func importing(_ dataset: Dataset, setting: Setting?, _ body: () throws -> DatasetInfo) throws -> DatasetInfo {
        try database.execute("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY")
        defer { try? database.execute("PRAGMA synchronous = FULL; PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT") }
        let info = try database.transaction {
            try clear(dataset, setting: setting)
            let info = try body()
            try finish(dataset, setting: setting)
            try database.statement("""
                INSERT OR REPLACE INTO dataset(name, setting, release, source_files, checksum, row_count, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).run([.text(info.name), .text(info.setting), .text(info.release), .text(info.sourceFiles),
                          .text(info.checksum), .integer(Int64(info.rowCount)), .text(info.importedAt)])
            return info
        }
        // Fold the big write-ahead log back into the database file now rather than on a later read.
        try? database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return info
    }

    /// A bulk insert into the knowledge base (only valid inside ``importing(_:setting:_:)``).
    func bulkInsert(_ sql: String) throws -> BulkInsert {
        try BulkInsert(database: database, sql: sql)
    }

    /// The id of a PTP rationale text, added when new.
    func ptpRationaleID(_ text: String) throws -> Int {
        try database.statement("INSERT OR IGNORE INTO ptp_rationale(text) VALUES (?)").run([.text(text)])
        return Int(try database.scalarInteger("SELECT id FROM ptp_rationale WHERE text = ?", [.text(text)]) ?? 0)
    }

    /// Removes an imported dataset (all settings when `setting` is `nil`).
    /// - Returns: whether anything was imported.
    @discardableResult
    func remove(_ dataset: Dataset, setting: Setting?) throws -> Bool {
        try database.transaction {
            let settings = setting.map { [$0.rawValue] } ?? (dataset.settings.isEmpty ? [""] : dataset.settings.map(\.rawValue))
            var found = false
            for name in settings {
                found = try (database.scalarInteger("SELECT count(*) FROM dataset WHERE name = ? AND setting = ?", [.text(dataset.rawValue), .text(name)]) ?? 0) > 0 || found
                try clear(dataset, setting: Setting(rawValue: name))
                try database.statement("DELETE FROM dataset WHERE name = ? AND setting = ?").run([.text(dataset.rawValue), .text(name)])
            }
            return found
        }
    }

    private func clear(_ dataset: Dataset, setting: Setting?) throws {
        switch dataset {
        case .hcpcs, .icd10cm, .icd10pcs, .gems:
            try database.statement("INSERT INTO code_fts(code_fts, rowid, description) SELECT 'delete', id, description FROM code WHERE dataset = ?")
                .run([.text(dataset.rawValue)])
            try database.statement("DELETE FROM code WHERE dataset = ?").run([.text(dataset.rawValue)])
            try database.statement("INSERT INTO code_term_fts(code_term_fts, rowid, term) SELECT 'delete', rowid, term FROM code_term WHERE dataset = ?")
                .run([.text(dataset.rawValue)])
            try database.statement("DELETE FROM code_term WHERE dataset = ?").run([.text(dataset.rawValue)])
            try database.statement("DELETE FROM code_note WHERE dataset = ?").run([.text(dataset.rawValue)])
            try database.statement("DELETE FROM spelling_word WHERE source = ?").run([.text(dataset.rawValue)])
            if dataset == .gems { try database.execute("DELETE FROM gem") }
        case .ncciPTP:
            let setting = setting ?? .practitioner
            try database.execute("DROP TABLE IF EXISTS \(Schema.ptpTable(setting))")
            try database.execute(Schema.createPTPTable(setting))
        case .mue:
            try database.statement("DELETE FROM mue WHERE setting = ?").run([.text((setting ?? .practitioner).rawValue)])
        case .aoc:
            try database.execute("DELETE FROM aoc_edit")
        case .pfsRVU:
            try database.execute("DELETE FROM fee_schedule")
        case .lcdIndex:
            try database.execute("DELETE FROM lcd_document; INSERT INTO lcd_fts(lcd_fts) VALUES ('delete-all')")
        case .pos:
            try database.execute("DELETE FROM place_of_service")
        }
    }

    private func finish(_ dataset: Dataset, setting: Setting?) throws {
        switch dataset {
        case .hcpcs, .icd10cm, .icd10pcs, .gems:
            try database.statement("INSERT INTO code_fts(rowid, description) SELECT id, description FROM code WHERE dataset = ?")
                .run([.text(dataset.rawValue)])
            // One merged index: spread over the segments of several imports, a word as common as
            // "subsequent" (22,000 titles) was read segment by segment, 2 ms a question instead of 0.1.
            try database.execute("INSERT INTO code_fts(code_fts) VALUES ('optimize')")
            try database.statement("INSERT INTO code_term_fts(rowid, term) SELECT rowid, term FROM code_term WHERE dataset = ?").run([.text(dataset.rawValue)])
            try recordWords(of: dataset)
        case .ncciPTP:
            let table = Schema.ptpTable(setting ?? .practitioner)
            try database.execute("CREATE INDEX \(table)_pair ON \(table)(column1, column2)")
        case .lcdIndex:
            try database.execute("INSERT INTO lcd_fts(lcd_fts) VALUES ('rebuild')")
        case .mue, .aoc, .pfsRVU, .pos:
            break
        }
    }
}
