import Foundation
import Testing
@testable import CasePilot

/// The classifier on the labelled question sets. The lexicon was tuned on, and the model learns from, the train and two dev sets (`TrainingCorpus`);
/// the held-out set was written separately, later, and is never used for tuning: its test reports
/// only figures, never the questions it gets wrong.
@Suite struct ClassifierAccuracyTests {
    /// The engine's classifier, trained once for the whole run.
    let classifier = SharedEngine.engine.classifier

    /// The product's classifier: the engine's, which also learns from the questions in `Knowledge/`.
    @Test func heldOutAccuracyIsAtLeast95Percent() throws {
        let questions = try LabelledQuestion.load("classifier-heldout.tsv")
        #expect(questions.count >= 100)
        let report = ClassifierReport(questions, classifier: SharedEngine.engine.classifier)
        print("Classifier accuracy, held-out set: \(report.summary(listMisses: false))")
        #expect(report.accuracy >= 0.95, "held-out accuracy \(report.summary(listMisses: false))")
    }

    @Test(arguments: ["train", "dev", "dev2", "dev3", "dev4", "dev5", "dev6"])
    func trainingSetAccuracy(set: String) throws {
        let questions = LabelledQuestion.corpus(set)
        #expect(questions.count >= 150)
        let report = ClassifierReport(questions, classifier: classifier)
        print("Classifier accuracy, \(set) set (learned from): \(report.summary(listMisses: true))")
        #expect(report.accuracy >= 0.95, "\(set): \(report.summary(listMisses: true))")
    }

    /// Cross-check: a model that never saw the newest set still classifies it well.
    @Test func newestSetWithoutLearningIt() throws {
        let corpus = ["train", "dev", "dev2", "dev3", "dev4", "dev5"].flatMap { TrainingCorpus.examples(in: $0) }
        let blind = Classifier(parser: QuestionParser(), corpus: corpus)
        let report = ClassifierReport(LabelledQuestion.corpus("dev6"), classifier: blind)
        print("Classifier accuracy, dev6 with a model trained without it: \(report.summary(listMisses: true))")
        #expect(report.accuracy >= 0.85)
    }

    @Test func everyCategoryIsCoveredByEverySet() throws {
        for questions in [LabelledQuestion.corpus("train"), LabelledQuestion.corpus("dev"), LabelledQuestion.corpus("dev2"), LabelledQuestion.corpus("dev3"), LabelledQuestion.corpus("dev4"), LabelledQuestion.corpus("dev5"), LabelledQuestion.corpus("dev6"), try LabelledQuestion.load("classifier-heldout.tsv")] {
            #expect(Set(questions.map(\.category)) == Set(Category.allCases))
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
