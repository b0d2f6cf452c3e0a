/// The ICD-10-CM Z68 code for an adult's body mass index ("morbid obesity, BMI 42" → Z68.41 "Body
/// mass index [BMI] 40.0-44.9, adult"), read from the ranges of the imported code set's titles.
/// Children's BMI codes go by percentile for age, not by value, so a value only finds adult codes.
struct BodyMassIndex {
    let knowledgeBase: KnowledgeBase

    /// The ICD-10-CM category of BMI codes.
    static let category = "Z68"

    /// The BMI value a question names: "BMI 42", "BMI of 38.5", "bmi is 41", "BMI: 27"; `nil` when it
    /// names none or names a child's percentile.
    static func value(in text: String) -> Double? {
        // Most questions never say "bmi": a byte scan settles them before any string work.
        let bytes = Array(text.utf8)
        guard bytes.indices.dropLast(2).contains(where: { bytes[$0] | 0x20 == 0x62 && bytes[$0 + 1] | 0x20 == 0x6D && bytes[$0 + 2] | 0x20 == 0x69 }) else { return nil }
        let lower = text.lowercased()
        guard let bmi = word(in: lower), !lower.contains("percentile") else { return nil }
        var rest = lower[bmi.upperBound...].drop { !$0.isNumber && !$0.isLetter }
        for filler in ["of ", "is ", "was ", "= "] where rest.hasPrefix(filler) {
            rest = rest.dropFirst(filler.count).drop { $0 == " " }
        }
        let number = rest.prefix { $0.isNumber || $0 == "." }
        guard let value = Double(number.hasSuffix(".") ? String(number.dropLast()) : String(number)), value > 0, value < 200 else { return nil }
        return value
    }

    /// `text` without its BMI and value, in lower case: what else the question describes ("morbid
    /// obesity"), without the word that joined the BMI to it ("obesity with BMI 35" is "obesity", not
    /// the "obesity with alveolar hypoventilation" of E66.2), nor the patient's age group the BMI
    /// codes name ("BMI 32 adult" describes nothing else: "adult" is not M83.9 "Adult osteomalacia").
    static func withoutValue(_ text: String) -> String {
        let lower = text.lowercased()
        guard let bmi = word(in: lower) else { return lower }
        let rest = lower[bmi.upperBound...]
        let end = rest.firstIndex { $0.isNumber }.flatMap { start in rest[start...].firstIndex { !$0.isNumber && $0 != "." } } ?? rest.endIndex
        var before = lower[..<bmi.lowerBound].split(separator: " ")
        var after = lower[end...].split(separator: " ")
        if before.last == "adult" { before.removeLast() }
        if let joiner = before.last, ["with", "and", "w/"].contains(joiner) { before.removeLast() }
        if let group = after.firstIndex(where: { $0.filter(\.isLetter) == "adult" }), group < 3,
           after[..<group].allSatisfy({ ["in", "for", "an", "a", ","].contains($0) }) {
            after.removeFirst(group + 1)
        }
        return (before + after).joined(separator: " ")
    }

    /// Where "bmi" stands as a word in `lower` ("resubmit" holds none).
    private static func word(in lower: String) -> Range<String.Index>? {
        var start = lower.startIndex
        while let range = lower[start...].firstRange(of: "bmi") {
            let before = range.lowerBound == lower.startIndex ? nil : lower[lower.index(before: range.lowerBound)]
            let after = range.upperBound == lower.endIndex ? nil : lower[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return range }
            start = range.upperBound
        }
        return nil
    }

    /// The adult BMI code whose range holds the value the question names; empty without a value or
    /// without the ICD-10-CM code set.
    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        guard let value = Self.value(in: question.text),
              let info = try knowledgeBase.datasetInfo(.icd10cm) else { return Resolution() }
        let adult = try knowledgeBase.codes(system: CodeSystem.icd10cm.rawValue, startingWith: Self.category, limit: 100)
            .filter { $0.billable != false && $0.description.lowercased().hasSuffix(", adult") }
        guard let record = adult.first(where: { Self.range(of: $0.description)?.contains(value) == true }) else { return Resolution() }
        var resolution = Resolution()
        let shown = value.rounded() == value ? String(Int(value)) : String(value)
        resolution.add(
            "An adult BMI of \(shown) is ICD-10-CM \(record.display) — \(record.description). A BMI code is a secondary code: report it only "
                + "with a related diagnosis the provider documents (obesity, overweight, malnutrition); the value itself may come from "
                + "other clinicians' notes, such as a dietitian's (Official Guidelines I.B.14). Patients under 20 take the percentile codes instead.",
            citation: DatasetCitation.citation(info))
        resolution.add(code: CodeReference(system: .icd10cm, code: record.display, description: record.description))
        return resolution
    }

    /// The values a title's range covers: "40.0-44.9" (to the next tenth), "19.9 or less", "70 or greater".
    static func range(of description: String) -> ClosedRange<Double>? {
        let words = description.lowercased().split { $0 == " " || $0 == "," }
        guard let index = words.firstIndex(where: { $0.first?.isNumber == true }) else { return nil }
        let bounds = words[index].split(separator: "-").compactMap { Double($0) }
        if bounds.count == 2 { return bounds[0]...(bounds[1] + 0.09) }
        guard bounds.count == 1, index + 2 < words.count else { return nil }
        switch words[index + 2] {
        case "less": return 0...(bounds[0] + 0.09)
        case "greater": return bounds[0]...Double.greatestFiniteMagnitude
        default: return nil
        }
    }
}
