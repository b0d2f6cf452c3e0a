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
        if let bytes = try? knowledgeBase.classifierCounts(trainedBy: trainedBy), let (counts, lexicon) = tables(bytes) {
            return Classifier(parser: parser, trainedCounts: counts, lexicon: lexicon)
        }
        let classifier = Classifier(parser: parser)
        try? knowledgeBase.storeClassifierCounts(stored(classifier), trainedBy: trainedBy)
        return classifier
    }

    /// The classifier's tables as one blob: the length of the counts (4 bytes, little-endian),
    /// the counts (``FeatureCounts``), then the lexicon (``LexiconTable``).
    static func stored(_ classifier: Classifier) -> [UInt8] {
        let counts = classifier.trainedCounts.bytes
        return withUnsafeBytes(of: UInt32(counts.count).littleEndian, Array.init) + counts + classifier.lexicon.bytes
    }

    /// The tables of a blob that ``stored(_:)`` made; `nil` when it is not one.
    static func tables(_ bytes: [UInt8]) -> (FeatureCounts, LexiconTable)? {
        guard bytes.count >= 4 else { return nil }
        let length = Int(bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self).littleEndian })
        guard bytes.count >= 4 + length, let counts = FeatureCounts(bytes: Array(bytes[4..<(4 + length)])),
              let lexicon = LexiconTable(bytes: Array(bytes[(4 + length)...])) else { return nil }
        return (counts, lexicon)
    }
}
