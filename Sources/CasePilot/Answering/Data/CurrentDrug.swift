/// A condition with the drug the patient takes for it ("afib on Eliquis", "type 2 diabetes on
/// insulin"): the condition's code, then the long-term drug use code Z79.- of the drug's class as an
/// additional code (Official Guidelines I.C.21.c.3). The class's code comes from the imported code
/// set, found by its title.
struct CurrentDrug {
    let knowledgeBase: KnowledgeBase

    /// Drugs by name (generic and brand) with the words of their Z79 title's class.
    private static let classes = [String: String](wordLists: [
        ("anticoagulants", "anticoagulant anticoagulants warfarin coumadin eliquis apixaban xarelto rivaroxaban pradaxa dabigatran savaysa edoxaban enoxaparin lovenox heparin"),
        ("antithrombotics antiplatelets", "antiplatelet antiplatelets clopidogrel plavix prasugrel effient ticagrelor brilinta"),
        ("aspirin", "aspirin asa"),
        ("insulin", "insulin lantus humalog novolog levemir tresiba basaglar toujeo"),
        ("oral hypoglycemic drugs", "metformin glucophage glipizide glyburide glimepiride pioglitazone actos januvia sitagliptin jardiance empagliflozin farxiga dapagliflozin"),
        ("injectable non insulin antidiabetic drugs", "ozempic semaglutide trulicity dulaglutide victoza liraglutide mounjaro tirzepatide byetta exenatide"),
        ("systemic steroids", "prednisone prednisolone methylprednisolone medrol dexamethasone"),
        ("opiate analgesic", "opioid opioids oxycodone hydrocodone morphine methadone tramadol"),
        ("non steroidal anti inflammatories", "nsaid nsaids ibuprofen naproxen meloxicam celecoxib"),
    ])

    private static let patientWords: Set<String> = ["patient", "patients", "pt", "the", "a", "my", "is", "he", "she", "who", "currently", "code", "for", "icd", "10"]

    /// The condition and the drug class of "CONDITION on DRUG"; `nil` for any other question.
    static func reading(_ question: ParsedQuestion) -> (condition: String, drug: String, drugClass: String)? {
        let words = question.words
        // "not on insulin" says the patient does not take it.
        guard question.codes.isEmpty, let on = words.lastIndex(of: "on"), on > 0, on + 1 < words.count,
              !["not", "no", "never", "off"].contains(words[on - 1]) else { return nil }
        let after = words[(on + 1)...].filter { !["long", "term", "chronic", "daily", "current", "therapy"].contains($0) }
        guard after.count == 1, let drug = after.first, let drugClass = classes[drug] else { return nil }
        // "patient on long term aspirin" names no condition: the drug use code alone.
        let before = words[..<on].filter { !patientWords.contains($0) }
        let condition = CodeSearch.contentWords(CodeSearch.described(before.joined(separator: " "))).isEmpty ? "" : words[..<on].joined(separator: " ")
        return (condition, drug, drugClass)
    }

    /// The condition's look-up, then the drug use code; empty for another question or without the code set.
    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        guard let reading = Self.reading(question), let info = try knowledgeBase.datasetInfo(.icd10cm),
              let use = try CodeSearch(knowledgeBase: knowledgeBase).search("long term current use of \(reading.drugClass)", systems: [CodeSystem.icd10cm.rawValue], limit: 1).first,
              use.holdsAll, use.record.code.hasPrefix("Z79") else { return Resolution() }
        var resolution = reading.condition.isEmpty ? Resolution() : try CodeLookup(knowledgeBase: knowledgeBase).resolve(QuestionParser().parse("code for " + reading.condition))
        guard resolution.warnings.isEmpty, reading.condition.isEmpty || !resolution.codes.isEmpty else { return Resolution() }
        var drugUse = Resolution()
        drugUse.add("\(use.record.display) \(use.record.description): the patient takes \(reading.drug) long term, coded as an additional code after the condition (Official Guidelines I.C.21.c.3; not for a drug given for a short course).",
                    citation: DatasetCitation.citation(info))
        drugUse.add(code: CodeReference(system: .icd10cm, code: use.record.display, description: use.record.description))
        resolution.merge(drugUse, at: .afterFirst)
        return resolution
    }
}
