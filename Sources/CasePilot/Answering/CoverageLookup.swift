/// Answers coverage questions from authored articles and, when imported, the LCD/article index.
struct CoverageLookup {
    let knowledgeBase: KnowledgeBase

    /// Words that are not the topic of a coverage document: the question's framing, and how
    /// often, when or under what terms ("every 10 years", "after 2025", "is an ABN required").
    static let ignored: Set<String> = ArticleLookup.commonWords.union([
        "lcd", "lcds", "ncd", "ncds", "article", "articles", "local", "determination", "policy", "policies", "find", "list", "show", "there",
        "every", "year", "years", "yearly", "month", "months", "often", "frequency", "times", "limit", "limits", "many", "much",
        "after", "before", "until", "since", "anymore",
        "require", "required", "requires", "requirement", "requirements", "needed",
    ])

    /// Words that ask whether or how a payer covers something.
    private static let coverageWords: Set<String> = ["cover", "covers", "covered", "coverage", "pay", "pays", "paid", "medicare", "medicaid", "payer", "insurance", "reimburse", "reimbursed"]

    /// Whether the question asks about coverage in words ("Does Medicare cover …"), not only by
    /// what the classifier learned of its topic ("preventive visit 45 year old").
    static func asksAboutCoverage(_ question: ParsedQuestion) -> Bool {
        question.words.contains(where: coverageWords.contains)
    }

    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        // "What is LCD L33797?": the documents named by id, then what else the question asks.
        let named = try namedDocuments(question)
        guard !named.isEmpty else { return try resolveTopic(question) }
        let ids = Set(question.coverageDocumentIDs.map { $0.lowercased() })
        let topic = question.words.filter { !ids.contains($0) && !KnowledgeBase.stopWords.contains($0) && !Self.ignored.contains($0) && !Self.coverageWords.contains($0) }
        return topic.isEmpty ? named : named.merged(try resolveTopic(question))
    }

    /// The LCDs and articles the question names by id (not read as codes), from the imported
    /// index with contractor, dates and address; an id the index lacks, or the index missing, is said.
    private func namedDocuments(_ question: ParsedQuestion) throws -> Resolution {
        var resolution = Resolution()
        let ids = question.coverageDocumentIDs.filter { id in !question.codes.contains { $0.code == id } }
        guard !ids.isEmpty else { return resolution }
        guard let info = try knowledgeBase.datasetInfo(.lcdIndex) else {
            resolution.add("The Medicare Coverage Database index is not imported, so CasePilot cannot say what \(ids.joined(separator: " and ")) \(ids.count == 1 ? "is" : "are"). Import it with `casepilot data import lcd-index FILE`.")
            resolution.warnings.append("the Medicare Coverage Database index is not imported")
            return resolution
        }
        var lines: [String] = []
        for id in ids {
            guard let document = try knowledgeBase.lcdDocument(id: id) else {
                lines.append("- \(id) is not in the imported index: check the number; it may be newer than the index or no longer listed in it.")
                resolution.warnings.append("\(id) was not found in the Medicare Coverage Database index")
                continue
            }
            var line = "\(Self.line(document))."
            if let effective = document.effectiveDate { line += " Effective \(effective)." }
            if let url = document.url { line += " \(url)" }
            lines.append(line)
        }
        let found = resolution.warnings.count < ids.count
        resolution.add("Medicare Coverage Database (index \(info.release)):\n" + lines.joined(separator: "\n")
                       + (found ? "\nOpen the LCD for the covered indications and the billing article for the codes." : ""), citation: DatasetCitation.citation(info))
        return resolution
    }

    /// One document as a line of a list: "- L33797 (LCD): Oxygen and Oxygen Equipment — contractor".
    private static func line(_ document: LCDRecord) -> String {
        var line = "- \(document.documentID) (\(document.documentType)): \(document.title)"
        if let contractor = document.contractor { line += " — \(contractor)" }
        if let retired = document.retirementDate { line += " [retired \(retired)]" }
        return line
    }

    /// The answer about the question's topic: the authored articles, the LCD index's documents
    /// and the fee schedule status of the codes named.
    private func resolveTopic(_ question: ParsedQuestion) throws -> Resolution {
        let lookUp = ArticleLookup(knowledgeBase: knowledgeBase)
        var status = try feeScheduleStatus(question)
        // "Is 99215 covered by Medicare?" asks about the code alone: a coverage article about it
        // ("Is 99406 covered": tobacco cessation counselling), else its fee schedule status, not an
        // article of another topic that mentions it (prolonged services for 99215).
        let onlyCode = !status.isEmpty && Self.asksOnlyAboutItsCodes(question)
        let articles = try lookUp.resolve(question, category: .coverage, onlyCategory: onlyCode)
        if onlyCode, !ArticleLookup.answers(articles, in: .coverage) {
            try lookUp.addMentionedCodes(question, to: &status)
            return status
        }
        let resolution = try withDocuments(articles, question)
        // Not beside the fee schedule facts of a code's own look-up.
        guard !status.isEmpty, status.citations.allSatisfy({ !resolution.citations.contains($0) }) else { return resolution }
        // After the article that answers; first when none does.
        if ArticleLookup.answers(articles, in: .coverage) { return resolution.merged(status) }
        return status.merged(resolution)
    }

    /// Whether the question's topic is only its codes: "is 99215 covered by Medicare?".
    private static func asksOnlyAboutItsCodes(_ question: ParsedQuestion) -> Bool {
        let codeWords = question.codeWords()
        return !codeWords.isEmpty && ArticleLookup.requiredWords(question).allSatisfy(codeWords.contains)
    }

    /// The fee schedule status of each procedure code the question names: Medicare's national
    /// word on whether it pays for the service at all ("N: non-covered service" for 99396).
    private func feeScheduleStatus(_ question: ParsedQuestion) throws -> Resolution {
        var resolution = Resolution()
        guard !question.procedureCodes.isEmpty, let info = try knowledgeBase.datasetInfo(.pfsRVU) else { return resolution }
        for code in question.procedureCodes.prefix(3) {
            guard let row = try knowledgeBase.feeSchedule(code.code).first(where: { $0.modifier.isEmpty }) else { continue }
            let payable = ["A", "R", "T"].contains(row.status)
                ? " Payable under the fee schedule; whether a claim is covered still depends on Medicare's coverage rules (NCDs, LCDs) and medical necessity." : ""
            resolution.add("Medicare physician fee schedule (\(info.release)) status of \(code.display): \(IndicatorMeanings.status(row.status)).\(payable)",
                           citation: DatasetCitation.citation(info))
            resolution.add(code: code.reference)
        }
        return resolution
    }

    /// `resolution` with the Medicare Coverage Database documents on the question's topic, when
    /// the LCD index is imported: first when no authored article answered or LCDs are asked for.
    private func withDocuments(_ articles: Resolution, _ question: ParsedQuestion) throws -> Resolution {
        var resolution = articles
        guard let info = try knowledgeBase.datasetInfo(.lcdIndex) else { return resolution }
        let topic = question.words.filter { !KnowledgeBase.stopWords.contains($0) && !Self.ignored.contains($0) && !$0.allSatisfy(\.isNumber) }
        // A drug's documents are the drug's topic: its other words ("injections for migraine") are
        // the indications inside them, not in their titles.
        let drugs = topic.compactMap { DrugBrands.genericNames[$0] }
        let words = drugs.isEmpty ? topic : drugs
        let documents = try knowledgeBase.lcdDocuments(matching: words, limit: 8)
        guard !documents.isEmpty else { return resolution }
        let asksForLCD = question.words.contains { ["lcd", "lcds", "article", "articles", "local"].contains($0) }
        if !resolution.warnings.isEmpty || asksForLCD {
            // No authored article answered, or the question is about LCDs: lead with the index.
            resolution = Resolution()
        }
        var index = Resolution()
        index.add("Medicare Coverage Database documents matching \"\(words.joined(separator: " "))\" (index \(info.release)):\n" + documents.map(Self.line).joined(separator: "\n")
                  + "\nOpen the LCD for the covered indications and the billing article for the codes.", citation: DatasetCitation.citation(info))
        // Documents that name the topic, which no article does ("does Medicare cover wound care?":
        // the Wound Care LCDs, before the foot care article that shares "care"), come first. The
        // article found names it most often, and then no other article need be looked for.
        if !resolution.isEmpty, let topic = ArticleLookup.topic(question, ignoring: Self.ignored), Self.names(documents[0], topic),
           resolution.leadEntry.map({ !ArticleLookup.names($0, topic) }) ?? true,
           try ArticleLookup(knowledgeBase: knowledgeBase).namedArticle(topic, framing: Self.ignored) == nil {
            return index.merged(resolution)
        }
        return resolution.merged(index)
    }

    /// Whether the title of an LCD index document holds every word of `topic` ("Wound Care" of
    /// "wound care").
    static func names(_ document: LCDRecord, _ topic: [String]) -> Bool {
        let title = CodeSearch.normalizedWords(document.title)
        return topic.allSatisfy { title.contains(CodeSearch.normalized($0)) }
    }

    /// Whether the imported LCD index has a document that names `topic` (``names(_:_:)``): "is
    /// dialysis covered?" is a coverage question though no article names dialysis.
    func documentsName(_ topic: [String]) throws -> Bool {
        try knowledgeBase.lcdDocuments(matching: topic, limit: 1).first.map { Self.names($0, topic) } ?? false
    }
}
