import CasePilot
import Foundation

/// Accuracy on the repository's labelled question sets: classification per category and, for the
/// evaluation set, whether the answer holds the expected facts. Reports figures only, never the
/// questions it gets wrong (the held-out set must not become a tuning set).
struct ClassificationEvaluation {
    struct Tally: Sendable {
        var correct = 0
        var total = 0
        var rate: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }

    struct Result: Sendable {
        let name: String
        let overall: Tally
        let perCategory: [(Category, Tally)]
        /// Answers in the right category that contain every expected fact (evaluation set only).
        let factRecall: Tally?
    }

    let engine: CasePilotEngine

    /// Scores `file` (`category<TAB>question[<TAB>fact|fact]`).
    func run(_ file: URL) async throws -> Result {
        let text = try String(contentsOf: file, encoding: .utf8)
        var overall = Tally()
        var perCategory: [Category: Tally] = [:]
        var facts: Tally?
        for (offset, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, let expected = Category(rawValue: fields[0]) else {
                throw ProcessRunner.Failure(description: "\(file.lastPathComponent):\(offset + 1): expected `category<TAB>question`")
            }
            let hit = engine.classify(fields[1]).category == expected
            overall.total += 1
            perCategory[expected, default: Tally()].total += 1
            if hit {
                overall.correct += 1
                perCategory[expected, default: Tally()].correct += 1
            }
            if fields.count == 3 {
                let answer = try await engine.ask(fields[1])
                let body = answer.answer.lowercased()
                let complete = answer.category == expected && fields[2].split(separator: "|").allSatisfy { body.contains($0.lowercased()) }
                facts = facts ?? Tally()
                facts?.total += 1
                if complete { facts?.correct += 1 }
            }
        }
        let categories = Category.allCases.compactMap { category in perCategory[category].map { (category, $0) } }
        return Result(name: file.lastPathComponent, overall: overall, perCategory: categories, factRecall: facts)
    }
}
