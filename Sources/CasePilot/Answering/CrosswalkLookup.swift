/// Answers crosswalk questions: ICD-9-CM ↔ ICD-10-CM/PCS through the imported GEMs, with authored
/// articles as background.
struct CrosswalkLookup {
    let knowledgeBase: KnowledgeBase

    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        if let current = try stillValid(question) { return current }
        // "What replaced M54.5?": newer ICD-10 codes replaced it, not ICD-9 ones; its look-up shows
        // the codes now below it.
        if Self.asksWhatReplacedAnICD10Code(question) { return try CodeLookup(knowledgeBase: knowledgeBase).resolve(question) }
        let lookUp = ArticleLookup(knowledgeBase: knowledgeBase)
        // "What CPT goes with Z00.00?", "crosswalk 99213 to ICD-10": no official table pairs
        // procedures with diagnoses (the GEMs map ICD-9 to ICD-10 only), so the article that
        // answers ("diagnoses that support 95810": the sleep apnea article), unless it is the GEMs'
        // or none: then the one on pairing them, and the codes named.
        if Self.pairsProceduresWithDiagnoses(question) {
            // A procedure whose authored entry names a diagnosis code as ICD-10-CM writes it ("which
            // diagnosis goes with G0008": Z23; not G0103 read as G01.03) is answered by the entry first.
            var named = Resolution()
            for code in question.codes where code.isProcedure {
                guard let entry = try knowledgeBase.entry(for: code),
                      QuestionParser().parse(entry.body).codes.contains(where: { $0.system == .icd10cm && entry.body.contains($0.display) }) else { continue }
                named.add(entry)
                entry.codeReference.map { named.add(code: $0) }
            }
            let articles = try lookUp.resolve(question, category: .crosswalks)
            let gems = try knowledgeBase.article(id: "gems-general-equivalence-mappings")
            guard !ArticleLookup.answers(articles, in: .crosswalks) || articles.citations.first == gems?.citation,
                  let pairing = try knowledgeBase.article(id: "cpt-icd-pairing-medical-necessity") else { return named.merged(articles) }
            var resolution = named
            resolution.add(pairing)
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
            // "What replaced CPT 99201?": without an article on it, the code's own entry says. So
            // does a code's authored entry when the article found is on neither the codes nor the
            // question's topic: "99356 and 99357 were deleted - what replaced them" is not the
            // article on the inpatient codes that replaced others, nor "G0105 corresponds to which
            // cpt code" the 60-day overpayment rule; "instead of 96127 for the depression screen" is
            // the depression screening article.
            let procedures = question.codes.filter(\.isProcedure)
            if !procedures.isEmpty, try !articles.warnings.isEmpty
                || !Self.isAbout(articles, procedures, question) && procedures.contains(where: { try knowledgeBase.entry(for: $0) != nil }) {
                return try CodeLookup(knowledgeBase: knowledgeBase).resolve(question)
            }
            return articles
        }
        if let citation = articles.citations.first, let first = articles.paragraphs.first, !question.codes.isEmpty, articles.warnings.isEmpty {
            resolution.add(first, citation: citation)
        }
        return resolution
    }

    /// "What replaced G0180?" of codes the imported code sets still list as valid: nothing did, the
    /// answer says so, then what each code is. `nil` for any other question, or when a code is
    /// missing, terminated, a header or authored as deleted.
    private func stillValid(_ question: ParsedQuestion) throws -> Resolution? {
        let codes = question.codes.filter { $0.system != .modifier }
        guard !codes.isEmpty, question.words.contains(where: Self.replacementWords.contains) else { return nil }
        var resolution = Resolution()
        for code in codes {
            guard [.hcpcs, .icd10cm, .icd10pcs].contains(code.system), let record = try CodeFacts(knowledgeBase: knowledgeBase).record(code),
                  record.terminationDate == nil, record.billable != false, try knowledgeBase.entry(for: code)?.isDeleted != true,
                  let dataset = Dataset(rawValue: record.dataset), let info = try knowledgeBase.datasetInfo(dataset) else { return nil }
            resolution.add("\(code.system.rawValue) \(record.display) has not been replaced: it is a current code in the imported \(dataset.title), \(info.release)"
                + (record.codeSystem == .hcpcs ? " (no termination date)." : " (valid for claims)."), citation: DatasetCitation.citation(info))
        }
        resolution.merge(try CodeLookup(knowledgeBase: knowledgeBase).resolve(question))
        return resolution
    }

    /// Whether the question asks for the procedure codes of a diagnosis code ("what CPT goes with
    /// Z00.00?") or the diagnosis codes of a procedure code ("crosswalk 99213 to ICD-10"), with no
    /// word of ICD-9.
    static func pairsProceduresWithDiagnoses(_ question: ParsedQuestion) -> Bool {
        let words = Set(question.words)
        // A modifier changes nothing of it (nor is "free T4" the toe modifier T4).
        let codes = question.codes.filter { $0.system != .modifier }
        // ICD-10-PCS is a procedure code set: "CPT 27130 to ICD-10-PCS" maps procedures.
        guard !question.mentionsICD9, !codes.isEmpty, words.isDisjoint(with: ["pcs", "icd10pcs"]) else { return false }
        let asksForProcedures = !words.isDisjoint(with: ["cpt", "hcpcs", "procedure"])
        let asksForDiagnoses = !words.isDisjoint(with: ["icd", "icd10", "icd10cm", "diagnosis", "diagnoses", "dx"])
        return codes.allSatisfy(\.isProcedure) ? asksForDiagnoses : codes.allSatisfy { $0.system == .icd10cm } && asksForProcedures
    }

    /// Whether the article that opens `articles` names one of `codes`, or, unless the question asks
    /// what replaced them, its title names a word of the question's topic (its distinctive words
    /// other than codes and years).
    static func isAbout(_ articles: Resolution, _ codes: [CodeToken], _ question: ParsedQuestion) -> Bool {
        guard let article = articles.leadEntry else { return false }
        let text = EntryText.full(article)
        if codes.contains(where: { text.contains($0.display) }) { return true }
        guard !question.words.contains(where: successionWords.contains) else { return false }
        let title = ArticleLookup.titleWords(articles)
        let codeWords = question.codeWords()
        return ArticleLookup.distinctiveWords(question).contains {
            !codeWords.contains($0) && !QuestionParser.isYear($0) && title.contains(CodeSearch.normalized($0))
        }
    }

    /// Words that ask what replaced a code.
    static let replacementWords: Set<String> = ["replaced", "replaces", "replacement", "successor"]

    /// Words that ask what came after a code: what replaced it, or that it is no longer used.
    static let successionWords = replacementWords.union(["deleted", "gone", "retired", "terminated"])

    /// Whether the question asks what replaced ICD-10 codes, with no word of ICD-9.
    static func asksWhatReplacedAnICD10Code(_ question: ParsedQuestion) -> Bool {
        !question.codes.isEmpty && question.codes.allSatisfy { $0.system == .icd10cm || $0.system == .icd10pcs } && !question.mentionsICD9
            && question.words.contains(where: replacementWords.contains)
    }
}
