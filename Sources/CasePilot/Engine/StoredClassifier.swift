/// The engine's classifier without re-training in every process: the learned counts are kept in
/// the knowledge base, marked with the executable and the knowledge that trained them.
enum StoredClassifier {
    /// Loads the stored counts when this build trained them on this knowledge; otherwise trains
    /// and stores the counts for the next process (a read-only file just means training again).
    static func load(parser: QuestionParser, from knowledgeBase: KnowledgeBase) -> Classifier {
        guard let executable = FileStamp.executable, let knowledge = try? knowledgeBase.meta("knowledge_fingerprint") else {
            return Classifier(parser: parser)
        }
        let trainedBy = "\(executable) knowledge \(knowledge)"
        if let bytes = try? knowledgeBase.classifierCounts(trainedBy: trainedBy), let counts = FeatureCounts(bytes: bytes) {
            return Classifier(parser: parser, trainedCounts: counts)
        }
        let classifier = Classifier(parser: parser)
        try? knowledgeBase.storeClassifierCounts(classifier.trainedCounts.bytes, trainedBy: trainedBy)
        return classifier
    }
}
