import Foundation
import Testing
@testable import CasePilot

/// The classifier's learned counts and lexicon table as stored in the knowledge base, so that a
/// new process need not re-train or rebuild them.
@Suite struct StoredModelTests {
    let counts = FeatureCounts(categories: 3, examples: [(0, ["a", "b", "a"]), (1, ["b", "c d"]), (2, [])])

    @Test func countsSurviveTheirBytes() throws {
        let loaded = try #require(FeatureCounts(bytes: counts.bytes))
        #expect(loaded == counts)
        #expect(loaded.featureCount == 3)
        #expect((0..<3).map(loaded.documents) == [1, 1, 1])
        #expect((0..<3).map(loaded.total) == [3, 2, 0])
        let a = try #require(loaded.row(of: "a"))
        let pair = try #require(loaded.row(of: "c d"))
        #expect((0..<3).map { loaded.count(row: a, category: $0) } == [2, 0, 0])
        #expect((0..<3).map { loaded.count(row: pair, category: $0) } == [0, 1, 0])
        for unseen in ["", "ab", "c", "z", "é"] { #expect(loaded.row(of: unseen) == nil, "\(unseen)") }
    }

    @Test func damagedBytesAreRefusedOrFindNothing() throws {
        let bytes = counts.bytes
        #expect(FeatureCounts(bytes: []) == nil)
        #expect(FeatureCounts(bytes: Array(bytes.dropLast())) == nil)
        #expect(FeatureCounts(bytes: bytes + [0]) == nil)
        #expect(FeatureCounts(bytes: [0] + bytes.dropFirst()) == nil)
        let offsets = 12 + 8 * 3
        var lastPastTheEnd = bytes
        lastPastTheEnd[offsets + 4 * 3] = 200
        #expect(FeatureCounts(bytes: lastPastTheEnd) == nil)
        // An offset between the first and the last is checked by the look-ups that read it.
        var backwards = bytes
        backwards[offsets + 4] = 200 // the second feature would start after the end of the text
        let damaged = try #require(FeatureCounts(bytes: backwards))
        for feature in ["a", "b", "c d", "z"] { #expect(damaged.row(of: feature) == nil, "\(feature)") }
    }

    @Test func aStoredModelClassifiesExactlyLikeTheTrainedOne() throws {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let parser = QuestionParser()
        let trained = Classifier(parser: parser)
        let path = directory.appendingPathComponent("tables").path
        try StoredClassifier.write(StoredClassifier.stored(trained, trainedBy: "this build"), to: path)
        let file = try #require(MappedFile(path: path))
        let (counts, lexicon) = try #require(StoredClassifier.tables(in: file, trainedBy: "this build"))
        let stored = Classifier(parser: parser, trainedCounts: counts, lexicon: lexicon)
        let questions = try LabelledQuestion.load("classifier-heldout.tsv").map(\.question) + ["", "what is 99213", "bundling 29881 with 29877 modifier 59"]
        for question in questions {
            #expect(stored.classify(question) == trained.classify(question), "\(question)")
        }
    }

    @Test func theEngineStoresItsTablesBesideTheKnowledgeBaseAndTheNextEngineMapsThem() throws {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let configuration = EngineConfiguration(databasePath: directory.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge)
        let first = try CasePilotEngine(configuration: configuration)

        let knowledgeBase = try KnowledgeBase(path: configuration.databasePath)
        let path = try #require(StoredClassifier.path(of: knowledgeBase))
        #expect(path == configuration.databasePath + "-classifier")
        let fingerprint = try #require(try knowledgeBase.meta("knowledge_fingerprint"))
        let trainedBy = try #require(FileStamp.executable) + " knowledge " + fingerprint
        let contents = StoredClassifier.stored(first.classifier, trainedBy: trainedBy)
        #expect(FileManager.default.contents(atPath: path).map(Array.init) == contents)
        let file = try #require(MappedFile(path: path))
        #expect(StoredClassifier.tables(in: file, trainedBy: trainedBy) != nil)
        #expect(StoredClassifier.tables(in: file, trainedBy: "another build") == nil)
        // A damaged file is not used (and the next engine trains and writes it again).
        for damaged in [Array(contents.prefix(3)), Array(contents.dropLast()), [0] + contents.dropFirst()] {
            let damagedPath = directory.appendingPathComponent("damaged").path
            try StoredClassifier.write(damaged, to: damagedPath)
            #expect(StoredClassifier.tables(in: try #require(MappedFile(path: damagedPath)), trainedBy: trainedBy) == nil)
        }
        #expect(StoredClassifier.path(of: try KnowledgeBase(path: ":memory:")) == nil)

        let second = try CasePilotEngine(configuration: configuration)
        #expect(second.classifier.trainedCounts == first.classifier.trainedCounts)
        #expect(second.classifier.lexicon == Classifier.builtLexicon)
        #expect(second.classify("can I bill 99213 with 99214") == first.classify("can I bill 99213 with 99214"))
    }
}
