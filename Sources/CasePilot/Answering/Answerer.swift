/// Routes a classified question to its category handler and composes the answer.
struct Answerer {
    let knowledgeBase: KnowledgeBase

    /// The category's answer. Whatever the category, three facts come first: the billing units of a
    /// drug code for the dose asked about ("J1885 for 60 mg"), the units of timed therapy minutes
    /// ("how many units for 38 minutes?"), and a place of service asked for by name ("which POS for
    /// a telehealth visit at home?").
    func resolve(_ question: ParsedQuestion, category: Category) throws -> Resolution {
        let answer = try resolveInCategory(question, category: category)
        guard category != .unknown else { return answer }
        var first = try DrugUnits(knowledgeBase: knowledgeBase).resolve(question)
        first.merge(TimedUnits.resolve(question))
        if question.asksForPlaceOfServiceByName { first.merge(try PlaceOfServiceFacts(knowledgeBase: knowledgeBase).named(in: question)) }
        guard !first.isEmpty else { return answer }
        first.merge(answer)
        return first
    }

    /// How closely a bare phrase must match an official description to be taken for a look-up.
    static let barePhraseMatch = 0.75
    /// First words of a phrase that is a request or a question of another kind, not a term.
    private static let requestOpeners: Set<String> = [
        "what", "whats", "which", "who", "where", "why", "how", "tell", "write", "give", "show", "translate", "please",
        "best", "good", "i", "my", "we", "you", "hi", "hello", "thanks", "thx",
    ]

    /// Whether a question without any coding signal is a bare term that an official code
    /// description all but names ("acute bronchitis", "hyperlipidemia", "walker"): typed into a
    /// coding assistant, such a term asks for its code.
    func namesACode(_ question: ParsedQuestion) throws -> Bool {
        guard (1...6).contains(question.words.count), question.codes.isEmpty,
              !Classifier.clauseOpeners.contains(question.words[0]), !Self.requestOpeners.contains(question.words[0]),
              let best = try CodeSearch(knowledgeBase: knowledgeBase).search(question.text, systems: CodeSearch.currentSystems, limit: 1).first
        else { return false }
        return best.score >= Self.barePhraseMatch && best.record.terminationDate == nil
    }

    /// What a "how do I code …" question asks to code ("a bee sting"), when it names no code.
    static func codedThing(_ question: ParsedQuestion) -> String? {
        let words = question.words
        guard question.codes.isEmpty,
              let verb = words.indices.dropFirst().first(where: { words[$0] == "code" && ["i", "we", "you", "to"].contains(words[$0 - 1]) }),
              verb + 1 < words.count else { return nil }
        return words[(verb + 1)...].joined(separator: " ")
    }

    private func resolveInCategory(_ question: ParsedQuestion, category: Category) throws -> Resolution {
        switch category {
        case .cpt:
            return try CodeLookup(knowledgeBase: knowledgeBase).resolve(question)
        case .modifiers:
            return try ModifierLookup(knowledgeBase: knowledgeBase).resolve(question)
        case .ncci:
            return try NCCILookup(knowledgeBase: knowledgeBase).resolve(question)
        case .crosswalks:
            return try CrosswalkLookup(knowledgeBase: knowledgeBase).resolve(question)
        case .coverage:
            return try CoverageLookup(knowledgeBase: knowledgeBase).resolve(question)
        case .guidelines:
            let articles = try ArticleLookup(knowledgeBase: knowledgeBase).resolve(question, category: category)
            // "How do I code a bee sting?" without an article on it: the code sets name the thing.
            if !articles.warnings.isEmpty, let thing = Self.codedThing(question) {
                let lookUp = try CodeLookup(knowledgeBase: knowledgeBase).resolve(QuestionParser().parse("code for " + thing))
                if lookUp.warnings.isEmpty, !lookUp.codes.isEmpty { return lookUp }
            }
            return articles
        case .compliance:
            return try ArticleLookup(knowledgeBase: knowledgeBase).resolve(question, category: category)
        case .unknown:
            var resolution = Resolution()
            resolution.add(Self.outOfScope)
            return resolution
        }
    }

    static let outOfScope = "That doesn't look like a medical-coding question, so CasePilot can't help with it. Ask about a code (\"What is CPT 99213?\"), a coding guideline, a modifier, a crosswalk, NCCI edits, compliance or Medicare coverage."

    static let emptyQuestion = "Please type a question, for example \"What is CPT code 99213?\" or \"What does modifier 25 mean?\"."
}
