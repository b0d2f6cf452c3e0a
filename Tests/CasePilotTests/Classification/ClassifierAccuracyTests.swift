import Foundation
import Testing
@testable import CasePilot

/// The classifier on the labelled question sets. The lexicon was tuned on the train and dev sets;
/// the held-out set was written separately, later, and is never used for tuning: its test reports
/// only figures, never the questions it gets wrong.
@Suite struct ClassifierAccuracyTests {
    let classifier = Classifier()

    @Test func heldOutAccuracyIsAtLeast95Percent() throws {
        let questions = try LabelledQuestion.load("classifier-heldout.tsv")
        #expect(questions.count >= 100)
        let report = ClassifierReport(questions, classifier: classifier)
        print("Classifier accuracy, held-out set: \(report.summary(listMisses: false))")
        #expect(report.accuracy >= 0.95, "held-out accuracy \(report.summary(listMisses: false))")
    }

    @Test(arguments: ["classifier-train.tsv", "classifier-dev.tsv"])
    func tuningSetAccuracy(file: String) throws {
        let questions = try LabelledQuestion.load(file)
        #expect(questions.count >= 150)
        let report = ClassifierReport(questions, classifier: classifier)
        print("Classifier accuracy, \(file): \(report.summary(listMisses: true))")
        #expect(report.accuracy >= 0.95, "\(file): \(report.summary(listMisses: true))")
    }

    @Test func everyCategoryIsCoveredByBothSets() throws {
        for name in ["classifier-train.tsv", "classifier-dev.tsv", "classifier-heldout.tsv"] {
            let categories = Set(try LabelledQuestion.load(name).map(\.category))
            #expect(categories == Set(Category.allCases), "\(name) covers \(categories)")
        }
    }

    @Test func confidenceAndRunnerUp() {
        let result = classifier.classify("mod 59 vs XS")
        #expect(result.category == .modifiers)
        #expect(result.confidence > 0.5 && result.confidence <= 1)
        #expect(result.runnerUp != nil && result.runnerUp != .modifiers)
    }

    @Test func outOfScopeIsUnknown() {
        #expect(classifier.classify("what's the weather in Chicago tomorrow").category == .unknown)
        #expect(classifier.classify("asdf qwer").category == .unknown)
    }
}

/// `CASEPILOT_EXPLAIN="question" swift test --filter explain` prints the scores for one question.
@Test func explain() {
    guard let question = ProcessInfo.processInfo.environment["CASEPILOT_EXPLAIN"] else { return }
    let result = Classifier().classify(question)
    print("explain: \(result.category) \(result.confidence) \(result.scores.sorted { $0.value > $1.value })")
}
