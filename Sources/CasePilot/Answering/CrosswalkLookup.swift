/// Answers crosswalk questions: ICD-9-CM ↔ ICD-10-CM/PCS through the imported GEMs, with authored
/// articles as background.
struct CrosswalkLookup {
    let knowledgeBase: KnowledgeBase

    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        // "What replaced M54.5?": newer ICD-10 codes replaced it, not ICD-9 ones; its look-up shows
        // the codes now below it.
        if Self.asksWhatReplacedAnICD10Code(question) { return try CodeLookup(knowledgeBase: knowledgeBase).resolve(question) }
        let lookUp = ArticleLookup(knowledgeBase: knowledgeBase)
        // "What CPT goes with Z00.00?", "crosswalk 99213 to ICD-10": no official table pairs
        // procedures with diagnoses (the GEMs map ICD-9 to ICD-10 only), so the article that
        // answers ("diagnoses that support 95810": the sleep apnea article), unless it is the GEMs'
        // or none: then the one on pairing them, and the codes named.
        if Self.pairsProceduresWithDiagnoses(question) {
            let articles = try lookUp.resolve(question, category: .crosswalks)
            let gems = try knowledgeBase.article(id: "gems-general-equivalence-mappings")
            guard !ArticleLookup.answers(articles, in: .crosswalks) || articles.citations.first == gems?.citation,
                  let pairing = try knowledgeBase.article(id: "cpt-icd-pairing-medical-necessity") else { return articles }
            var resolution = Resolution()
            resolution.add(EntryText.full(pairing), citation: pairing.citation)
            try lookUp.addMentionedCodes(question, to: &resolution)
            return resolution
        }
        var resolution = Resolution()
        let codes = question.codes.filter { [.icd9cm, .icd10cm, .icd10pcs].contains($0.system) }
        for code in codes.prefix(3) {
            resolution.merge(try GEMAnswer(knowledgeBase: knowledgeBase).mappings(for: code, mentionsICD9: question.mentionsICD9))
        }
        let articles = try lookUp.resolve(question, category: .crosswalks)
        if resolution.isEmpty {
            // "What replaced CPT 99201?": without an article on it, the code's own entry says; so
            // does the authored entry of a deleted code when the article found names none of the
            // codes ("99356 and 99357 were deleted - what replaced them" is not the article on the
            // inpatient codes that replaced others).
            let procedures = question.codes.filter(\.isProcedure)
            let articleNamesThem = procedures.contains { articles.paragraphs.first?.contains($0.display) == true }
            let asksForSuccessor = question.words.contains(where: Self.successionWords.contains)
            if !procedures.isEmpty, try !articles.warnings.isEmpty
                || asksForSuccessor && !articleNamesThem && procedures.contains(where: { try knowledgeBase.entry(for: $0) != nil }) {
                return try CodeLookup(knowledgeBase: knowledgeBase).resolve(question)
            }
            return articles
        }
        if let citation = articles.citations.first, let first = articles.paragraphs.first, !question.codes.isEmpty, articles.warnings.isEmpty {
            resolution.add(first, citation: citation)
        }
        return resolution
    }

    /// Whether the question asks for the procedure codes of a diagnosis code ("what CPT goes with
    /// Z00.00?") or the diagnosis codes of a procedure code ("crosswalk 99213 to ICD-10"), with no
    /// word of ICD-9.
    static func pairsProceduresWithDiagnoses(_ question: ParsedQuestion) -> Bool {
        let words = Set(question.words)
        // ICD-10-PCS is a procedure code set: "CPT 27130 to ICD-10-PCS" maps procedures.
        guard !question.mentionsICD9, !question.codes.isEmpty, words.isDisjoint(with: ["pcs", "icd10pcs"]) else { return false }
        let asksForProcedures = !words.isDisjoint(with: ["cpt", "hcpcs", "procedure"])
        let asksForDiagnoses = !words.isDisjoint(with: ["icd", "icd10", "icd10cm", "diagnosis", "diagnoses", "dx"])
        return question.codes.allSatisfy(\.isProcedure) ? asksForDiagnoses : question.codes.allSatisfy { $0.system == .icd10cm } && asksForProcedures
    }

    /// Words that ask what came after a code.
    static let successionWords: Set<String> = ["replaced", "replaces", "replacement", "successor", "deleted", "gone", "retired", "terminated"]

    /// Whether the question asks what replaced ICD-10 codes, with no word of ICD-9.
    static func asksWhatReplacedAnICD10Code(_ question: ParsedQuestion) -> Bool {
        !question.codes.isEmpty && question.codes.allSatisfy { $0.system == .icd10cm || $0.system == .icd10pcs } && !question.mentionsICD9
            && question.words.contains { ["replaced", "replaces", "replacement", "successor"].contains($0) }
    }
}
