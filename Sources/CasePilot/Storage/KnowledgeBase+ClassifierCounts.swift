extension KnowledgeBase {
    /// The classifier counts stored by `trainedBy`, or `nil` when none were or another build stored them.
    func classifierCounts(trainedBy: String) throws -> [UInt8]? {
        try database.statement("SELECT counts FROM classifier_counts WHERE id = 1 AND trained_by = ?")
            .rows([.text(trainedBy)]) { $0.blob(0) }.first ?? nil
    }

    /// Keeps the classifier counts trained by `trainedBy` (an executable and a knowledge fingerprint).
    func storeClassifierCounts(_ counts: [UInt8], trainedBy: String) throws {
        try database.statement("INSERT OR REPLACE INTO classifier_counts(id, trained_by, counts) VALUES (1, ?, ?)")
            .run([.text(trainedBy), .blob(counts)])
    }
}
