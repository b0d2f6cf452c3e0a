import CasePilot
import Foundation

/// Description→code in the style of Soroush et al. (NEJM AI 2024): the official description is
/// given, the code is expected back.
///
/// Some codes share their official description with another code of the same set (in ICD-10-CM
/// mostly a header and its only child, e.g. A08.3 and A08.39). The question then carries nothing
/// that tells them apart, so besides the strict score the result counts an answer that names a
/// code with the identical description ("a twin") as right, and says how many items were ambiguous.
struct DescriptionEvaluation {
    /// One official (code, description) pair.
    struct Item: Sendable {
        let code: String
        let description: String
    }

    /// One item whose expected code was not answered first.
    struct Miss: Sendable {
        let item: Item
        let category: CasePilot.Category
        let answered: [String]
        /// Whether the first answered code shares the item's official description.
        let twinAnswered: Bool
    }

    struct Result: Sendable {
        let codeSet: String
        let population: Int
        /// Codes of the population whose normalized description is shared with another code.
        let sharedInPopulation: Int
        /// Groups of codes with one shared description (each group can have only one code first).
        let sharedGroups: Int
        let asked: Int
        /// Asked items whose description is shared with another code.
        let ambiguous: Int
        let top1: Int
        let top3: Int
        /// Top-1 where a code with the identical description counts as the expected one.
        let top1AnyTwin: Int
        /// Exact top-1 when the description is asked on its own, as pasted from a code list.
        let pastedTop1: Int
        /// Exact top-1 with one letter dropped from the description's longest word (``misspelt(_:)``).
        let misspeltTop1: Int
        let misses: [Miss]
        var top1Rate: Double { Double(top1) / Double(asked) }
        var top3Rate: Double { Double(top3) / Double(asked) }
        var top1AnyTwinRate: Double { Double(top1AnyTwin) / Double(asked) }
        var pastedTop1Rate: Double { Double(pastedTop1) / Double(asked) }
        var misspeltTop1Rate: Double { Double(misspeltTop1) / Double(asked) }
        /// The best exact top-1 over the whole population by a description's words alone: one code per
        /// shared group (punctuation can tell a few apart: "Blindness, right eye" and "Blindness right eye").
        var ceiling: Double { Double(population - sharedInPopulation + sharedGroups) / Double(population) }
    }

    let engine: CasePilotEngine

    /// Asks "What is the code for <description>?" for each item and scores the answer's codes;
    /// then the description alone, as a coder pastes it from a code list, and framed with one letter
    /// dropped (top-1 only).
    func run(codeSet: String, population: [Item], count: Int, seed: UInt64) async throws -> Result {
        let sample = Self.sample(population, count: count, seed: seed)
        let twins = Self.twins(population)
        var top1 = 0, top3 = 0, anyTwin = 0, ambiguous = 0, pastedTop1 = 0, misspeltTop1 = 0
        var misses: [Miss] = []
        for item in sample {
            let answer = try await engine.ask("What is the code for \(item.description)?")
            let codes = answer.codes.prefix(3).map { Self.normalized($0.code) }
            let expected = Self.normalized(item.code)
            let sameDescription = twins[Self.normalizedDescription(item.description)] ?? [expected]
            if sameDescription.count > 1 { ambiguous += 1 }
            if codes.contains(expected) { top3 += 1 }
            let twinFirst = codes.first.map(sameDescription.contains) ?? false
            if twinFirst { anyTwin += 1 }
            if codes.first == expected {
                top1 += 1
            } else {
                misses.append(Miss(item: item, category: answer.category, answered: codes, twinAnswered: twinFirst))
            }
            let pasted = try await engine.ask(item.description)
            if pasted.codes.first.map({ Self.normalized($0.code) }) == expected { pastedTop1 += 1 }
            let misspelt = try await engine.ask("What is the code for \(Self.misspelt(item.description))?")
            if misspelt.codes.first.map({ Self.normalized($0.code) }) == expected { misspeltTop1 += 1 }
        }
        let shared = twins.values.filter { $0.count > 1 }
        return Result(codeSet: codeSet, population: population.count, sharedInPopulation: shared.reduce(0) { $0 + $1.count },
                      sharedGroups: shared.count, asked: sample.count, ambiguous: ambiguous, top1: top1, top3: top3,
                      top1AnyTwin: anyTwin, pastedTop1: pastedTop1, misspeltTop1: misspeltTop1, misses: misses)
    }

    /// ICD-10-CM codes of every level below the blocks (categories, subcategories, billable codes).
    static func icd10cm(_ url: URL) throws -> [Item] {
        try rows(url).compactMap { fields in
            guard fields.count >= 5, fields[2] != "chapter", fields[2] != "block" else { return nil }
            return Item(code: fields[0], description: fields[4])
        }
    }

    /// HCPCS Level II codes (record type 3) without a termination date, by their description or,
    /// with `short`, by their short description as printed on claims ("Inj pembrolizumab").
    static func hcpcs(_ url: URL, short: Bool = false) throws -> [Item] {
        try rows(url).compactMap { fields in
            guard fields.count > 46, fields[2] == "3", fields[46].trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return Item(code: fields[0], description: fields[short ? 4 : 3])
        }
    }

    /// `description` with the middle letter of its longest word (of six letters or more) dropped, as
    /// a coder typing fast might: "Essential (primary) hypertension" → "Essential (primary) hypertnsion".
    static func misspelt(_ description: String) -> String {
        let words = description.split { !$0.isLetter }
        guard let longest = words.max(by: { $0.count < $1.count }), longest.count >= 6 else { return description }
        let middle = longest.index(longest.startIndex, offsetBy: longest.count / 2)
        var text = description
        text.remove(at: middle)
        return text
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

    /// The codes of each normalized description.
    static func twins(_ items: [Item]) -> [String: Set<String>] {
        var codes: [String: Set<String>] = [:]
        for item in items { codes[normalizedDescription(item.description), default: []].insert(normalized(item.code)) }
        return codes
    }

    /// Lower-case words (runs of letters and digits, or of symbols such as `<`, `>=`, `%`), one space
    /// between them: punctuation only separates ("Blindness, right eye" = "blindness right eye"),
    /// symbols count ("< 140 mmhg" ≠ ">= 140 mmhg").
    static func normalizedDescription(_ text: String) -> String {
        var words: [String] = []
        var word = ""
        var wordIsSymbol = false
        for character in text.lowercased() {
            let isWord = character.isLetter || character.isNumber
            let isSymbol = character.isSymbol || character == "%"
            if (!isWord && !isSymbol) || (!word.isEmpty && isSymbol != wordIsSymbol) {
                if !word.isEmpty { words.append(word) }
                word = ""
            }
            if isWord || isSymbol {
                word.append(character)
                wordIsSymbol = isSymbol
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
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
