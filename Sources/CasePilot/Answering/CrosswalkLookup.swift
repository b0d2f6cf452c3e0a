/// Answers crosswalk questions: ICD-9-CM ↔ ICD-10-CM/PCS through the imported GEMs, with authored
/// articles as background.
struct CrosswalkLookup {
    let knowledgeBase: KnowledgeBase

    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        // "What replaced M54.5?": newer ICD-10 codes replaced it, not ICD-9 ones; its look-up shows
        // the codes now below it.
        if Self.asksWhatReplacedAnICD10Code(question) { return try CodeLookup(knowledgeBase: knowledgeBase).resolve(question) }
        var resolution = Resolution()
        let codes = question.codes.filter { [.icd9cm, .icd10cm, .icd10pcs].contains($0.system) }
        for code in codes.prefix(3) {
            resolution.merge(try GEMAnswer(knowledgeBase: knowledgeBase).mappings(for: code, mentionsICD9: question.mentionsICD9))
        }
        let articles = try ArticleLookup(knowledgeBase: knowledgeBase).resolve(question, category: .crosswalks)
        if resolution.isEmpty {
            // "What replaced CPT 99201?": without an article on it, the code's own entry says.
            if !articles.warnings.isEmpty, question.codes.contains(where: \.isProcedure) {
                return try CodeLookup(knowledgeBase: knowledgeBase).resolve(question)
            }
            return articles
        }
        if let citation = articles.citations.first, let first = articles.paragraphs.first, !question.codes.isEmpty, articles.warnings.isEmpty {
            resolution.add(first, citation: citation)
        }
        return resolution
    }

    /// Whether the question asks what replaced ICD-10 codes, with no word of ICD-9.
    static func asksWhatReplacedAnICD10Code(_ question: ParsedQuestion) -> Bool {
        !question.codes.isEmpty && question.codes.allSatisfy { $0.system == .icd10cm || $0.system == .icd10pcs } && !question.mentionsICD9
            && question.words.contains { ["replaced", "replaces", "replacement", "successor"].contains($0) }
    }
}
