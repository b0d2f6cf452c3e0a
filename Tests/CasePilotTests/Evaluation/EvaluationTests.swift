import Foundation
import Testing
@testable import CasePilot

/// The public evaluation set: each question with its expected category and the facts a correct
/// answer must contain (`Fixtures/evaluation.tsv`: `category<TAB>question<TAB>fact|fact`).
@Suite struct EvaluationTests {
    struct Item {
        let line: Int
        let category: Category
        let question: String
        let facts: [String]
    }

    static func load() throws -> [Item] {
        let text = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("evaluation.tsv"), encoding: .utf8)
        return try text.split(separator: "\n").enumerated().compactMap { offset, line in
            if line.hasPrefix("#") { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, let category = Category(rawValue: fields[0]) else {
                throw CasePilotError.badInput("evaluation.tsv:\(offset + 1): expected `category<TAB>question<TAB>facts`")
            }
            return Item(line: offset + 1, category: category, question: fields[1], facts: fields[2].split(separator: "|").map(String.init))
        }
    }

    @Test func answersContainTheExpectedFacts() async throws {
        let items = try Self.load()
        #expect(items.count >= 150)
        var passed = 0
        var perCategory: [Category: (passed: Int, total: Int)] = [:]
        var failures: [String] = []
        for item in items {
            let answer = try await SharedEngine.engine.ask(item.question)
            let text = answer.answer.lowercased()
            let missing = item.facts.filter { !text.contains($0.lowercased()) }
            let ok = answer.category == item.category && missing.isEmpty
            perCategory[item.category, default: (0, 0)].total += 1
            if ok {
                passed += 1
                perCategory[item.category, default: (0, 0)].passed += 1
            } else {
                failures.append("  line \(item.line) [\(item.category.rawValue) → \(answer.category.rawValue)] \(item.question) — missing: \(missing)")
            }
        }
        let rate = Double(passed) / Double(items.count)
        var report = [String(format: "Evaluation: %d/%d answers correct (%.1f %%)", passed, items.count, rate * 100)]
        report += Category.allCases.compactMap { category in perCategory[category].map { "  \(category.rawValue): \($0.passed)/\($0.total)" } }
        print((report + failures).joined(separator: "\n"))
        #expect(rate >= 0.90, "\(report.joined(separator: "\n"))")
    }
}
