/// The engine's classifier without re-training in every process: the learned counts and the
/// lexicon's table are kept in the knowledge base, marked with the executable and the knowledge
/// that made them.
enum StoredClassifier {
    /// Loads the stored tables when this build made them on this knowledge; otherwise trains and
    /// stores the tables for the next process (a read-only file just means training again).
    static func load(parser: QuestionParser, from knowledgeBase: KnowledgeBase) -> Classifier {
        guard let executable = FileStamp.executable, let knowledge = try? knowledgeBase.meta("knowledge_fingerprint") else {
            return Classifier(parser: parser)
        }
        let trainedBy = "\(executable) knowledge \(knowledge)"
        if let stored = try? knowledgeBase.classifierTables(trainedBy: trainedBy, { try tables(count: $0.count, read: $0.bytes) }) {
            return Classifier(parser: parser, trainedCounts: stored.counts, lexicon: stored.lexicon)
        }
        let classifier = Classifier(parser: parser)
        try? knowledgeBase.storeClassifierTables(stored(classifier), trainedBy: trainedBy)
        return classifier
    }

    /// The classifier's tables as one blob: the length of the counts (4 bytes, little-endian),
    /// the counts (``FeatureCounts``), then the lexicon (``LexiconTable``).
    static func stored(_ classifier: Classifier) -> [UInt8] {
        let counts = classifier.trainedCounts.bytes
        return withUnsafeBytes(of: UInt32(counts.count).littleEndian, Array.init) + counts + classifier.lexicon.bytes
    }

    /// The tables of a blob that ``stored(_:)`` made, `count` bytes long, whose parts `read`
    /// gives; `nil` when it is not one.
    static func tables(count: Int, read: (Range<Int>) throws -> [UInt8]) rethrows -> (counts: FeatureCounts, lexicon: LexiconTable)? {
        guard count >= 4 else { return nil }
        let length = Int(try read(0..<4).withUnsafeBytes { $0.loadUnaligned(as: UInt32.self).littleEndian })
        guard count >= 4 + length, let counts = FeatureCounts(bytes: try read(4..<(4 + length))),
              let lexicon = LexiconTable(bytes: try read((4 + length)..<count)) else { return nil }
        return (counts, lexicon)
    }
}
