/// A condition "due to" an organism that no single ICD-10-CM code names: the condition's code and
/// the organism's code from B95–B97 ("… as the cause of diseases classified elsewhere"), as the
/// condition's "use additional code (B95-B97) to identify infectious agent" note asks.
extension CodeLookup {
    /// The categories of infectious agents coded beside the condition they cause.
    static let agentCategories = ["B95", "B96", "B97"]

    /// The condition and the organism of "UTI due to E. coli"; `nil` without "due to".
    static func organismParts(_ described: String) -> (condition: String, organism: String)? {
        let lower = described.lowercased()
        guard let range = lower.firstRange(of: " due to ") else { return nil }
        let condition = String(lower[..<range.lowerBound]), organism = String(lower[range.upperBound...])
        guard !CodeSearch.contentWords(condition).isEmpty, !CodeSearch.contentWords(organism).isEmpty else { return nil }
        return (condition, organism)
    }

    /// The B95–B97 code that names `organism` ("e coli": B96.20), if one does.
    func agentCode(_ organism: String) throws -> CodeSearch.Hit? {
        try CodeSearch(knowledgeBase: knowledgeBase).search(organism + " as the cause of diseases classified elsewhere", systems: [CodeSystem.icd10cm.rawValue], limit: 20)
            .first { hit in Self.agentCategories.contains { hit.record.code.hasPrefix($0) } && hit.holdsAll }
    }

    /// Both codes, when the question's description joins a condition and an organism with "due to"
    /// and ICD-10-CM has a code for each; `nil` otherwise.
    func conditionAndOrganism(_ question: ParsedQuestion) throws -> Resolution? {
        guard let parts = Self.organismParts(CodeSearch.described(question.text)) else { return nil }
        let search = CodeSearch(knowledgeBase: knowledgeBase)
        let diagnosis = [CodeSystem.icd10cm.rawValue]
        guard let condition = try search.search(parts.condition, systems: diagnosis, limit: 1).first, condition.holdsAll,
              let organism = try agentCode(parts.organism),
              let info = try knowledgeBase.datasetInfo(.icd10cm) else { return nil }
        var resolution = Resolution()
        let first = condition.record, second = organism.record
        let header = first.billable == false ? " (a header: use a more specific code below it)" : ""
        resolution.add("Code both: ICD-10-CM \(first.display) — \(first.description)\(header), then \(second.display) — \(second.description), which names the infectious agent.",
                       citation: DatasetCitation.citation(info))
        if let notes = try CodeFacts(knowledgeBase: knowledgeBase).notes(first, kinds: [.codeFirst, .useAdditionalCode, .codeAlso]) {
            resolution.add(notes)
        }
        for record in [first, second] {
            resolution.add(code: CodeReference(system: record.codeSystem, code: record.display, description: record.description))
        }
        return resolution
    }
}
