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
        let parser = QuestionParser()
        let trained = Classifier(parser: parser)
        let bytes = StoredClassifier.stored(trained)
        let (counts, lexicon) = try #require(StoredClassifier.tables(count: bytes.count) { Array(bytes[$0]) })
        let stored = Classifier(parser: parser, trainedCounts: counts, lexicon: lexicon)
        let questions = try LabelledQuestion.load("classifier-heldout.tsv").map(\.question) + ["", "what is 99213", "bundling 29881 with 29877 modifier 59"]
        for question in questions {
            #expect(stored.classify(question) == trained.classify(question), "\(question)")
        }
    }

    @Test func theEngineStoresItsCountsAndTheNextEngineReadsThem() throws {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let configuration = EngineConfiguration(databasePath: directory.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge)
        let first = try CasePilotEngine(configuration: configuration)

        let knowledgeBase = try KnowledgeBase(path: configuration.databasePath)
        let fingerprint = try #require(try knowledgeBase.meta("knowledge_fingerprint"))
        let trainedBy = try #require(FileStamp.executable) + " knowledge " + fingerprint
        let stored = try #require(try knowledgeBase.classifierTables(trainedBy: trainedBy) { try $0.bytes(0..<$0.count) })
        #expect(stored == StoredClassifier.stored(first.classifier))
        #expect(StoredClassifier.tables(count: stored.count - 1) { Array(stored[$0]) } == nil)
        #expect(StoredClassifier.tables(count: 3) { Array(stored[$0]) } == nil)
        #expect(try knowledgeBase.classifierTables(trainedBy: "another build") { try $0.bytes(0..<$0.count) } == nil)

        let second = try CasePilotEngine(configuration: configuration)
        #expect(second.classifier.trainedCounts == first.classifier.trainedCounts)
        #expect(second.classifier.lexicon == Classifier.builtLexicon)
        #expect(second.classify("can I bill 99213 with 99214") == first.classify("can I bill 99213 with 99214"))
    }
}
