import CasePilot
import Foundation

/// Description→code in the style of Soroush et al. (NEJM AI 2024): the official description is
/// given, the code is expected back.
struct DescriptionEvaluation {
    /// One official (code, description) pair.
    struct Item: Sendable {
        let code: String
        let description: String
    }

    struct Result: Sendable {
        let codeSet: String
        let population: Int
        let asked: Int
        let top1: Int
        let top3: Int
        var top1Rate: Double { Double(top1) / Double(asked) }
        var top3Rate: Double { Double(top3) / Double(asked) }
    }

    let engine: CasePilotEngine

    /// Asks "What is the code for <description>?" for each item and scores the answer's codes.
    func run(codeSet: String, population: [Item], count: Int, seed: UInt64) async throws -> Result {
        let sample = Self.sample(population, count: count, seed: seed)
        var top1 = 0
        var top3 = 0
        for item in sample {
            let answer = try await engine.ask("What is the code for \(item.description)?")
            let codes = answer.codes.prefix(3).map { Self.normalized($0.code) }
            let expected = Self.normalized(item.code)
            if codes.first == expected { top1 += 1 }
            if codes.contains(expected) { top3 += 1 }
        }
        return Result(codeSet: codeSet, population: population.count, asked: sample.count, top1: top1, top3: top3)
    }

    /// ICD-10-CM codes of every level below the blocks (categories, subcategories, billable codes).
    static func icd10cm(_ url: URL) throws -> [Item] {
        try rows(url).compactMap { fields in
            guard fields.count >= 5, fields[2] != "chapter", fields[2] != "block" else { return nil }
            return Item(code: fields[0], description: fields[4])
        }
    }

    /// HCPCS Level II codes (record type 3) without a termination date.
    static func hcpcs(_ url: URL) throws -> [Item] {
        try rows(url).compactMap { fields in
            guard fields.count > 46, fields[2] == "3", fields[46].trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return Item(code: fields[0], description: fields[3])
        }
    }

    /// `count` distinct items drawn with SplitMix64 from `seed`.
    static func sample(_ items: [Item], count: Int, seed: UInt64) -> [Item] {
        var state = seed
        var chosen = Set<Int>()
        var picked: [Item] = []
        while picked.count < min(count, items.count) {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            let index = Int(z % UInt64(items.count))
            if chosen.insert(index).inserted { picked.append(items[index]) }
        }
        return picked
    }

    private static func normalized(_ code: String) -> String {
        code.uppercased().filter { $0 != "." && !$0.isWhitespace }
    }

    private static func rows(_ url: URL) throws -> [[String]] {
        let data = try Data(contentsOf: url)
        let text = String(decoding: data, as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).dropFirst().map(CSVLine.fields)
    }
}
