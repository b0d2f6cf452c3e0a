extension KnowledgeBase {
    /// Runs `read` on the classifier tables stored by `trainedBy`; `nil` when none were or another
    /// build stored them.
    func classifierTables<T>(trainedBy: String, _ read: (BlobReader) throws -> T?) throws -> T? {
        let stored = try database.statement("SELECT id FROM classifier_counts WHERE id = 1 AND trained_by = ?").rows([.text(trainedBy)]) { $0.integer(0) }
        guard let rowid = stored.first ?? nil else { return nil }
        return try database.withBlob(table: "classifier_counts", column: "counts", rowid: rowid, read)
    }

    /// Keeps the classifier tables made by `trainedBy` (an executable and a knowledge fingerprint).
    func storeClassifierTables(_ tables: [UInt8], trainedBy: String) throws {
        try database.statement("INSERT OR REPLACE INTO classifier_counts(id, trained_by, counts) VALUES (1, ?, ?)")
            .run([.text(trainedBy), .blob(tables)])
    }
}
