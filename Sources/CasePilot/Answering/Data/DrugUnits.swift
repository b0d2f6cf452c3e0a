import FoundationEssentials

/// Billing units of a HCPCS drug code for a dose, from the amount in the code's official
/// description: "Injection, ketorolac tromethamine, per 15 mg" makes 60 mg four units. A dose that
/// is not a multiple of that amount is rounded up to the next whole unit, as CMS instructs for
/// drugs billed in units of the HCPCS descriptor.
struct DrugUnits {
    let knowledgeBase: KnowledgeBase

    /// An amount of a drug with its unit, in the unit's base (milligrams, millilitres or units).
    struct Amount {
        enum Dimension { case mass, volume, units }
        let value: Double
        let dimension: Dimension
        /// As written ("15 mg").
        let text: String
    }

    /// Unit words, with their dimension and factor to the dimension's base unit.
    static let units: [String: (dimension: Amount.Dimension, factor: Double)] = [
        "mg": (.mass, 1), "milligram": (.mass, 1), "milligrams": (.mass, 1),
        "mcg": (.mass, 0.001), "microgram": (.mass, 0.001), "micrograms": (.mass, 0.001),
        "g": (.mass, 1000), "gm": (.mass, 1000), "gram": (.mass, 1000), "grams": (.mass, 1000),
        "ml": (.volume, 1), "cc": (.volume, 1),
        "unit": (.units, 1), "units": (.units, 1), "iu": (.units, 1),
    ]

    /// Words that ask for units; without one, only a terse question ("J3301 40 mg") does.
    private static let unitWords: Set<String> = ["unit", "units", "dose", "dosage", "bill", "billed", "report", "reported", "many"]

    /// The units of the first HCPCS code in the question whose description carries an amount, for
    /// the dose the question names ("J1885 for 60 mg"); empty without a dose or such a code, and
    /// for a question that quotes a description naming another code ("…, 1 mg (use q0164)").
    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        // "What is the code for Injection, heparin …, not therapeutically equivalent to J1644, per
        // 1000 units?" quotes a description: its code and amount are not a dose to convert.
        guard !CodeLookup.asksForACode(question),
              question.words.count <= 6 || question.words.contains(where: Self.unitWords.contains),
              let dose = Self.dose(in: question.text) else { return Resolution() }
        var codes = question.codes.filter { $0.system == .hcpcs }.map(\.code)
        if codes.isEmpty, question.words.contains(where: Self.unitWords.contains) { codes = try brandCodes(question) }
        for code in codes {
            guard let record = try knowledgeBase.codeRecord(system: CodeSystem.hcpcs.rawValue, code: code),
                  let units = try units(of: dose, record: record) else { continue }
            return units
        }
        return Resolution()
    }

    /// The HCPCS codes of authored entries that name a drug of the question by a keyword ("how many
    /// units of Xolair 300 mg?": J2357, whose keywords hold "Xolair") or by the first word of their
    /// title, the drug's generic name ("1 gram of ceftriaxone": J0696 "Ceftriaxone sodium injection").
    private func brandCodes(_ question: ParsedQuestion) throws -> [String] {
        let words = ArticleLookup.distinctiveWords(question).filter { $0.contains(where: \.isLetter) && !Self.units.keys.contains($0) && !Self.unitWords.contains($0) }
        guard !words.isEmpty else { return [] }
        return try knowledgeBase.search(words: words, kinds: [.code], limit: 3)
            .filter { hit in
                hit.entry.system == .hcpcs && (hit.entry.keywords.contains { keyword in words.contains(keyword.lowercased()) }
                    || CodeSearch.tokens(hit.entry.title).first.map(words.contains) == true)
            }
            .map(\.entry.key)
    }

    /// The dose a question names ("60 mg"), a mass or volume before a count of units.
    static func dose(in text: String) -> Amount? {
        let doses = amounts(in: text.lowercased())
        return doses.first { $0.dimension != .units } ?? doses.first
    }

    /// How many units of the HCPCS code `record` make `dose`; `nil` when its description names no
    /// amount or the dose is already a count of units.
    func units(of dose: Amount, record: CodeRecord) throws -> Resolution? {
        guard let per = Self.amounts(in: record.description.lowercased()).last,
              let dataset = Dataset(rawValue: record.dataset), let info = try knowledgeBase.datasetInfo(dataset) else { return nil }
        // "J1885, 2 units" already counts billing units.
        if dose.dimension == .units, per.dimension != .units { return nil }
        var resolution = Resolution()
        let citation = DatasetCitation.citation(info)
        let name = "HCPCS \(record.display) (\"\(record.description)\")"
        guard per.dimension == dose.dimension else {
            resolution.add("\(name) is billed per \(per.text); convert the dose of \(dose.text) to that unit first.", citation: citation)
            return resolution
        }
        let ratio = dose.value / per.value
        let whole = abs(ratio - ratio.rounded()) < 1e-9 && ratio >= 1
        let billed = whole ? Int(ratio.rounded()) : max(1, Int(ratio.rounded(.up)))
        var text = "\(dose.text) of \(name) is \(billed) unit\(billed == 1 ? "" : "s") (\(dose.text) ÷ \(per.text) = \(Self.plain(ratio)))."
        if !whole {
            text += " A dose that is not a whole multiple of the descriptor amount is rounded up to the next unit."
        }
        text += " Drug left over from a single-dose vial is reported on its own line with modifier JW; JZ says none was discarded."
        resolution.add(text, citation: citation)
        resolution.add(code: CodeReference(system: record.codeSystem, code: record.display, description: record.description))
        return resolution
    }

    /// `value` with at most three decimals and no trailing zeros ("4", "2.5", "0.333").
    static func plain(_ value: Double) -> String {
        var text = NumberText.fixed(value, decimals: 3)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The amounts written in `text` (lower-case), in order: "60 mg", "1,000 mcg", "0.5mg", "2 g".
    static func amounts(in text: String) -> [Amount] {
        // Most questions hold no number at all.
        guard text.utf8.contains(where: \.isASCIIDigit) || !text.utf8.allSatisfy({ $0 < 0x80 }) else { return [] }
        let characters = Array(text)
        var found: [Amount] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isNumber, index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber) else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isNumber || ((characters[end] == "." || characters[end] == ",") && end + 1 < characters.count && characters[end + 1].isNumber) {
                end += 1
            }
            let number = string(characters, index..<end).replacing(",", with: "")
            var wordStart = end
            while wordStart < characters.count, characters[wordStart] == " " { wordStart += 1 }
            var wordEnd = wordStart
            while wordEnd < characters.count, characters[wordEnd].isLetter { wordEnd += 1 }
            let word = string(characters, wordStart..<wordEnd)
            if let value = Double(number), value > 0, let unit = units[word] {
                found.append(Amount(value: value * unit.factor, dimension: unit.dimension, text: "\(number) \(word)"))
            }
            index = max(end, index + 1)
        }
        return found
    }

    /// The characters in `range` as a string, appended one by one: `String(characters[range])`
    /// is generic over the slice, whose metadata a new process builds by scanning every conformance.
    private static func string(_ characters: [Character], _ range: Range<Int>) -> String {
        var text = ""
        for index in range { text.append(characters[index]) }
        return text
    }
}
