/// Answers coverage questions from authored articles and, when imported, the LCD/article index.
struct CoverageLookup {
    let knowledgeBase: KnowledgeBase

    /// Words that are not the topic of a coverage document: the question's framing, and how
    /// often or under what terms ("every 10 years", "is an ABN required").
    private static let ignored: Set<String> = ArticleLookup.commonWords.union([
        "lcd", "lcds", "ncd", "ncds", "article", "articles", "local", "determination", "policy", "policies", "find", "list", "show", "there",
        "every", "year", "years", "yearly", "month", "months", "often", "frequency", "times", "limit", "limits", "many", "much",
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
        var resolution = try ArticleLookup(knowledgeBase: knowledgeBase).resolve(question, category: .coverage)
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
        let lines = documents.map { document -> String in
            var line = "- \(document.documentID) (\(document.documentType)): \(document.title)"
            if let contractor = document.contractor { line += " — \(contractor)" }
            if let retired = document.retirementDate { line += " [retired \(retired)]" }
            return line
        }
        resolution.add("Medicare Coverage Database documents matching \"\(words.joined(separator: " "))\" (index \(info.release)):\n" + lines.joined(separator: "\n")
                       + "\nOpen the LCD for the covered indications and the billing article for the codes.", citation: DatasetCitation.citation(info))
        return resolution
    }
}
