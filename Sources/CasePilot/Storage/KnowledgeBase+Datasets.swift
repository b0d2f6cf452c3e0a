extension KnowledgeBase {
    /// Provenance of every imported dataset, by name and setting.
    func datasets() throws -> [DatasetInfo] {
        try database.statement("SELECT name, setting, release, source_files, checksum, row_count, imported_at FROM dataset ORDER BY name, setting")
            .rows { row in
                DatasetInfo(name: row.string(0), setting: row.string(1), release: row.string(2), sourceFiles: row.string(3),
                            checksum: row.string(4), rowCount: Int(row.integer(5) ?? 0), importedAt: row.string(6))
            }
    }
}
