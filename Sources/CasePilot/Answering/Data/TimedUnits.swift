/// Units of 15-minute timed therapy codes from treatment minutes, by Medicare's 8-minute rule:
/// units come from the total timed minutes of the day (8–22 minutes one unit, 23–37 two, …), then
/// each code gets its whole 15-minute units and any unit left goes to the code with the most minutes
/// left over ("33 minutes of 97110 and 7 minutes of 97140" are three units: two and one).
enum TimedUnits {
    static let citation = Citation(
        source: "Medicare Claims Processing Manual (Pub. 100-04) Ch. 5 §20.2", release: "2025",
        reference: "the 8-minute rule, applied by CasePilot", url: "https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/clm104c05.pdf")

    /// Words that ask for units.
    private static let unitWords: Set<String> = ["unit", "units"]
    private static let minuteWords: Set<String> = ["min", "mins", "minute", "minutes"]

    /// Minutes of treatment, with the code they were spent on when the question says so.
    struct Treatment: Equatable {
        let minutes: Int
        let code: String?
    }

    /// Units of total timed minutes: none under 8, then one more every 15 minutes.
    static func units(totalMinutes minutes: Int) -> Int {
        minutes < 8 ? 0 : (minutes + 7) / 15
    }

    /// The minutes a question names, each with the code it was spent on ("33 minutes of 97110",
    /// "97140 for 7 min").
    static func treatments(in question: ParsedQuestion) -> [Treatment] {
        let codes = Set(question.codes.filter(\.isProcedure).map(\.code))
        let words = CodeSearch.tokens(question.text)
        var found: [Treatment] = []
        func code(at index: Int) -> String? {
            index >= 0 && index < words.count && codes.contains(words[index].uppercased()) ? words[index].uppercased() : nil
        }
        for (index, word) in words.enumerated() where index + 1 < words.count && minuteWords.contains(words[index + 1]) {
            // "the 8-minute rule" names the rule, not minutes of treatment.
            guard let minutes = Int(word), minutes > 0, minutes < 1_000, index + 2 >= words.count || words[index + 2] != "rule" else { continue }
            // "33 minutes of 97110", "97140 for 7 min", "97530 20 minutes".
            let after = index + 2 < words.count && words[index + 2] == "of" ? code(at: index + 3) : nil
            let before = index > 0 && words[index - 1] == "for" ? code(at: index - 2) : code(at: index - 1)
            found.append(Treatment(minutes: minutes, code: after ?? before))
        }
        return found
    }

    /// The units for the minutes the question names, when it asks for units; empty otherwise.
    static func resolve(_ question: ParsedQuestion) -> Resolution {
        var resolution = Resolution()
        let treatments = treatments(in: question)
        // E/M visits are chosen by total time, not counted in 15-minute units.
        guard !treatments.isEmpty, question.words.contains(where: unitWords.contains),
              !question.codes.contains(where: { PTPAnswer.isEvaluationAndManagement($0.code) }) else { return resolution }
        let total = treatments.reduce(0) { $0 + $1.minutes }
        let units = units(totalMinutes: total)
        var text = "By Medicare's 8-minute rule, \(total) total timed minute\(total == 1 ? "" : "s") of 15-minute timed codes \(units == 1 ? "is" : "are") \(units) unit\(units == 1 ? "" : "s")"
        text += units == 0 ? " (fewer than 8 minutes bills no timed unit)." : " (8–22 minutes are 1 unit, 23–37 are 2, 38–52 are 3, and one more every 15 minutes)."
        let perCode = treatments.compactMap { treatment in treatment.code.map { ($0, treatment.minutes) } }
        if perCode.count == treatments.count, Set(perCode.map(\.0)).count > 1 {
            text += " " + split(units, among: perCode)
        }
        text += " Untimed codes (evaluations, unattended modalities) are one unit each and their minutes do not count; CPT's own per-code rule, which some payers use, can differ."
        resolution.add(text, citation: citation)
        return resolution
    }

    /// Each code's whole 15-minute units first, then the units left to the codes with the most
    /// minutes left over.
    static func split(_ units: Int, among treatments: [(code: String, minutes: Int)]) -> String {
        var given = treatments.map { min($0.minutes / 15, units) }
        var left = units - given.reduce(0, +)
        let byRemainder = treatments.indices.sorted { treatments[$0].minutes % 15 > treatments[$1].minutes % 15 }
        for index in byRemainder where left > 0 && treatments[index].minutes % 15 > 0 {
            given[index] += 1
            left -= 1
        }
        let parts = treatments.indices.map { "\(treatments[$0].code) \(given[$0]) unit\(given[$0] == 1 ? "" : "s") (\(treatments[$0].minutes) minutes)" }
        return "Split by minutes: " + parts.joined(separator: ", ") + "."
    }
}
