import Foundation
@testable import CasePilot

/// A labelled question from `Fixtures/classifier-*.tsv` (`category<TAB>question`).
struct LabelledQuestion: Sendable {
    let category: Category
    let question: String
    let line: Int


    /// A set of the training corpus compiled into the library.
    static func corpus(_ set: String) -> [LabelledQuestion] {
        TrainingCorpus.examples(in: set).enumerated().map { LabelledQuestion(category: $1.category, question: $1.question, line: $0 + 1) }
    }

    static func load(_ name: String) throws -> [LabelledQuestion] {
        let url = TestPaths.fixtures.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
            if line.isEmpty || line.hasPrefix("#") { return nil }
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let category = Category(rawValue: String(parts[0])) else {
                throw CasePilotError.badInput("\(name):\(offset + 1): expected `category<TAB>question`")
            }
            return LabelledQuestion(category: category, question: String(parts[1]), line: offset + 1)
        }
    }
}

/// Accuracy of the classifier over a set, with a per-category report.
struct ClassifierReport {
    let total: Int
    let correct: Int
    let misses: [(LabelledQuestion, Classification)]
    let perCategory: [Category: (correct: Int, total: Int)]

    var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }

    init(_ questions: [LabelledQuestion], classifier: Classifier) {
        var correct = 0
        var misses: [(LabelledQuestion, Classification)] = []
        var perCategory: [Category: (correct: Int, total: Int)] = [:]
        for labelled in questions {
            let result = classifier.classify(labelled.question)
            let hit = result.category == labelled.category
            perCategory[labelled.category, default: (0, 0)].total += 1
            if hit {
                correct += 1
                perCategory[labelled.category, default: (0, 0)].correct += 1
            } else {
                misses.append((labelled, result))
            }
        }
        self.total = questions.count
        self.correct = correct
        self.misses = misses
        self.perCategory = perCategory
    }

    /// The overall figure and per-category counts; `listMisses` adds each misclassified question
    /// (never used for the held-out set, so that nobody tunes on it).
    func summary(listMisses: Bool) -> String {
        var lines = [String(format: "%d/%d correct (%.1f %%)", correct, total, accuracy * 100)]
        for category in Category.allCases {
            if let counts = perCategory[category] {
                lines.append("  \(category.rawValue): \(counts.correct)/\(counts.total)")
            }
        }
        for (labelled, result) in misses where listMisses {
            lines.append("  miss (line \(labelled.line)): expected \(labelled.category.rawValue), got \(result.category.rawValue) — \(labelled.question)")
        }
        return lines.joined(separator: "\n")
    }
}
