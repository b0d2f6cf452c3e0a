/// Diabetes documented as "uncontrolled" ("uncontrolled type 2 diabetes", "DM2 uncontrolled"):
/// the ICD-10-CM Index codes it by what it means, "with hyperglycemia" for high blood sugar or
/// "with hypoglycemia" for low, so the answer gives both codes of the diabetes type and says to
/// query when the record does not say which; then the guideline article. ("Poorly controlled" and
/// "out of control" mean hyperglycemia alone: ``ClinicalAbbreviations/diabetesControl(_:)``.)
/// Every code is found by its title in the imported code set.
struct UncontrolledDiabetes {
    let knowledgeBase: KnowledgeBase

    /// The diabetes type as the titles name it: type 1 when the question says so, else type 2,
    /// the default when the type is not documented (Official Guidelines I.C.4.a.2).
    struct Reading: Equatable {
        var type: String
        var typeDocumented: Bool
    }

    /// Words of the diabetes itself; any other content word (a complication, another condition)
    /// makes it another question, which the description search answers.
    private static let diabetesWords: Set<String> = [
        "uncontrolled", "diabetes", "diabetic", "mellitus", "dm", "type", "1", "2", "i", "ii", "one", "two", "icd", "10", "cm", "icd10", "icd10cm",
    ]

    static func reading(_ question: ParsedQuestion) -> Reading? {
        // ICD-9-CM has codes of its own for uncontrolled diabetes (the fifth digit 2 or 3).
        guard question.codes.isEmpty, question.words.contains("uncontrolled"), !question.mentionsICD9 else { return nil }
        let words = CodeSearch.contentWords(ClinicalAbbreviations.expanded(CodeSearch.described(question.text)).lowercased())
        guard words.contains(where: { $0 == "diabetes" || $0 == "diabetic" || $0 == "dm" }), words.allSatisfy(diabetesWords.contains) else { return nil }
        let typeOne = words.containsPair { $0 == "type" && ["1", "i", "one"].contains($1) }
        let typeTwo = words.containsPair { $0 == "type" && ["2", "ii", "two"].contains($1) }
        guard !(typeOne && typeTwo) else { return nil }
        return Reading(type: typeOne ? "type 1" : "type 2", typeDocumented: typeOne || typeTwo)
    }

    /// Both readings' codes, then the article; empty for another question, without the code set,
    /// or when a title is not found (the look-up answers then).
    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        guard let reading = Self.reading(question), let info = try knowledgeBase.datasetInfo(.icd10cm) else { return Resolution() }
        let search = CodeSearch(knowledgeBase: knowledgeBase)
        func titled(_ text: String) throws -> CodeRecord? {
            try search.search(text, systems: [CodeSystem.icd10cm.rawValue], limit: 3).first { $0.holdsAll && $0.record.billable != false }?.record
        }
        let diabetes = "\(reading.type) diabetes mellitus"
        guard let high = try titled("\(diabetes) with hyperglycemia"), let low = try titled("\(diabetes) with hypoglycemia without coma"),
              let lowComa = try titled("\(diabetes) with hypoglycemia with coma") else { return Resolution() }
        var lines = ["\"Uncontrolled\" diabetes is coded by what it means (ICD-10-CM Index: Diabetes, uncontrolled):"]
        lines.append("- high blood sugar: \(high.display) \(high.description)")
        lines.append("- low blood sugar: \(low.display) \(low.description) (\(lowComa.display) with coma)")
        lines.append("When the record does not say which, query the provider.")
        if !reading.typeDocumented {
            lines.append("The type is not stated, so these are type 2 codes, the default (Official Guidelines I.C.4.a.2).")
        }
        var resolution = Resolution()
        resolution.add(lines.joined(separator: "\n"), citation: DatasetCitation.citation(info))
        for record in [high, low, lowComa] {
            resolution.add(code: CodeReference(system: .icd10cm, code: record.display, description: record.description))
        }
        if let article = try knowledgeBase.article(id: "icd10cm-diabetes-mellitus") {
            resolution.add(article)
        }
        return resolution
    }
}
