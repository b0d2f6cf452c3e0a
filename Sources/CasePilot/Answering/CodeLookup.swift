/// Answers code look-ups (`cpt`): what a code means, its status, and description-to-code search.
struct CodeLookup {
    let knowledgeBase: KnowledgeBase

    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        let codes = question.codes.filter { $0.system != .modifier }
        guard !codes.isEmpty else { return try searchByDescription(question) }
        var resolution = Resolution()
        for code in codes.prefix(4) {
            resolution.merge(try describe(code))
        }
        return resolution
    }

    /// Everything the knowledge base knows about one code.
    func describe(_ code: CodeToken) throws -> Resolution {
        var resolution = Resolution()
        if let entry = try knowledgeBase.entry(for: code) {
            resolution.add(code: CodeReference(system: code.system, code: code.display, description: entry.title))
            resolution.add(EntryText.full(entry), citation: entry.citation)
        } else {
            resolution.add(code: code.reference)
            resolution.add(MissingData.code(code))
            resolution.warnings.append(MissingData.warning(code))
        }
        return resolution
    }

    /// "What is the code for a flu shot?": authored code entries ranked by full-text search.
    func searchByDescription(_ question: ParsedQuestion) throws -> Resolution {
        var resolution = Resolution()
        let hits = try knowledgeBase.search(words: question.words, kinds: [.code], limit: 3)
        guard let best = hits.first else {
            resolution.add("No code in CasePilot's knowledge base matches that description. Importing the official code sets (`casepilot data import hcpcs|icd10cm|icd10pcs FILE`) adds their descriptions to the search.")
            resolution.warnings.append("no matching code in the knowledge base")
            return resolution
        }
        resolution.add(EntryText.full(best.entry), citation: best.entry.citation)
        best.entry.codeReference.map { resolution.add(code: $0) }
        let others = hits.dropFirst()
        if !others.isEmpty {
            resolution.add("Other candidates: " + others.map { EntryText.oneLine($0.entry) }.joined(separator: "; ") + ".")
            for hit in others {
                hit.entry.codeReference.map { resolution.add(code: $0) }
                if !resolution.citations.contains(hit.entry.citation) { resolution.citations.append(hit.entry.citation) }
            }
        }
        return resolution
    }
}
