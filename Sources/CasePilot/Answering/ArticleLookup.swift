import Synchronization

/// Answers topic questions (guidelines, compliance, coverage, crosswalks) from authored articles.
struct ArticleLookup {
    let knowledgeBase: KnowledgeBase

    /// Words in most articles: an article that shares only these with a question does not answer
    /// it ("Does Medicare cover acupuncture for back pain?" is not about colorectal screening, though
    /// both say "Medicare" and "cover"). An article must hold two of the question's other words
    /// (one when it has fewer than three).
    static let commonWords: Set<String> = [
        "medicare", "medicaid", "cms", "cover", "covers", "covered", "coverage", "pay", "pays", "paid", "payment",
        "bill", "bills", "billed", "billing", "claim", "claims", "code", "codes", "coding", "coded", "report", "reported", "reporting",
        "patient", "patients", "service", "services", "rule", "rules", "part", "use", "used", "can", "does", "get",
        "physician", "practitioner", "provider", "providers", "medical", "em",
        // The framing of a question, not its topic.
        "difference", "differences", "mean", "means", "meaning", "definition", "define", "defined", "explain", "allowed", "okay", "ok", "still", "ever",
        "legal", "illegal", "lawful", "unlawful", "permitted", "prohibited",
        "correct", "right", "wrong", "way", "best", "proper", "properly", "appropriate", "usually",
        "replaced", "replace", "replaces", "itself", "themselves", "alone", "under", "much", "many", "like", "go", "goes",
    ]

    /// How much better an entry of the question's own category ranks than others (bm25 ranks are negative).
    static let ownCategoryWeight = 1.5

    /// `hit`'s rank, favouring entries of `category`.
    static func weighted(_ hit: SearchHit, in category: Category) -> Double {
        hit.rank * (hit.entry.category == category ? ownCategoryWeight : 1)
    }

    /// The question's words that an answering entry should share (see ``commonWords``).
    static func distinctiveWords(_ question: ParsedQuestion) -> [String] {
        let words = question.words
        // A part of Medicare is a phrase of its own ("part b": not any "B", nor hepatitis C), the
        // first one named: "Part B or Part D" asks which part, one topic.
        let part = words.indices.first { $0 > 0 && words[$0].count == 1 && KnowledgeBase.compounds.contains([words[$0 - 1], words[$0]]) }
        return words.indices.compactMap { index in
            let word = words[index]
            if index == part { return words[index - 1] + " " + word }
            // A code set's letter is a word of its own: "Z code", "J codes".
            return !commonWords.contains(word) && !KnowledgeBase.stopWords.contains(word)
                && (word.count > 1 || CodeLetter.isNamed(at: index, in: words)) ? word : nil
        }
    }

    /// The names of code sets that are stop words elsewhere ("CPT code for …"), but the topic of
    /// "cpt vs hcpcs".
    static let codeSetNames: Set<String> = ["cpt", "hcpcs"]

    /// Common words that tell apart questions on one topic: whether a service is covered, what
    /// is paid or owed, or how it is billed ("What does Part B cover?", "What does the patient pay
    /// under Part B?"), each word as its kind.
    static let askingKinds: [String: String] = [
        "cover": "cover", "covers": "cover", "covered": "cover", "coverage": "cover",
        "pay": "pay", "pays": "pay", "paid": "pay", "payment": "pay",
        "bill": "bill", "bills": "bill", "billed": "bill", "billing": "bill",
    ]

    /// The words a question is about: its distinctive words and the code sets it names.
    static func askedTopic(_ question: ParsedQuestion) -> [String] {
        distinctiveWords(question) + question.words.filter(codeSetNames.contains)
    }

    /// What a question asks, whatever its framing: its topic (``askedTopic(_:)``) and the kinds of
    /// its asking words (``askingKinds``), as ``CodeSearch/normalized(_:)`` reads them ("what is
    /// covered under part b" and "What does Medicare Part B cover?" are both {"part b", "cover"}).
    static func askedWords(_ question: ParsedQuestion) -> Set<String> {
        let topic = askedTopic(question)
        guard !topic.isEmpty else { return [] }
        return Set(topic.map(CodeSearch.normalized) + question.words.compactMap { askingKinds[$0] })
    }

    /// Whether one of `entry`'s authored questions asks what `question` asks (``askedWords(_:)``).
    static func isAuthoredAnswer(_ entry: StoredEntry, to question: ParsedQuestion) -> Bool {
        let asked = askedWords(question)
        guard !asked.isEmpty else { return false }
        // Read only when it holds the words asked: most of a search's questions do not.
        let topic = asked.filter { askingKinds[$0] == nil }
        return authoredQuestions(of: entry).contains { authored in
            topic.allSatisfy(authored.lowered.contains) && askedWords(ofAuthored: authored.text) == asked
        }
    }

    /// `entry`'s authored questions, each as written and lower-cased; read once per process by the
    /// text of its list (the same entries come back on every ask, and a changed list is read anew).
    private static func authoredQuestions(of entry: StoredEntry) -> [(text: String, lowered: String)] {
        if let known = readQuestions.withLock({ $0[entry.questionList] }) { return known }
        let read = entry.questions.map { ($0, $0.lowercased()) }
        readQuestions.withLock { $0[entry.questionList] = read }
        return read
    }

    /// What an authored question asks (``askedWords(_:)``), parsed once per process.
    private static func askedWords(ofAuthored text: String) -> Set<String> {
        if let known = authoredAsks.withLock({ $0[text] }) { return known }
        let asked = askedWords(QuestionParser().parse(text))
        authoredAsks.withLock { $0[text] = asked }
        return asked
    }

    private static let readQuestions = Mutex<[String: [(text: String, lowered: String)]]>([:])
    private static let authoredAsks = Mutex<[String: Set<String>]>([:])

    /// The article written to answer the question (``isAuthoredAnswer(_:to:)``), among those that
    /// share its words, code sets' names included ("cpt vs hcpcs").
    func authoredArticle(_ question: ParsedQuestion, categories: [Category]? = nil, kinds: [KnowledgeEntry.Kind] = [.article]) throws -> SearchHit? {
        try knowledgeBase.search(words: Self.askedTopic(question), categories: categories, kinds: kinds, keepingStopWords: true, limit: 6)
            .first { Self.isAuthoredAnswer($0.entry, to: question) }
    }

    /// Whether the question names a kind of code by its letter ("What are J codes?", "Z code").
    static func namesCodeLetter(_ question: ParsedQuestion) -> Bool {
        question.words.indices.contains { CodeLetter.isNamed(at: $0, in: question.words) }
    }

    /// The words an answering article must hold: the topic words, not the codes named beside them
    /// ("What is the NDC for J1885?" is the NDC article, which names no J-code); with nothing but
    /// codes, one of the codes ("When can I bill 99292 for a Medicare patient?"). A year is no
    /// topic ("covid test coverage 2024" is not any article that says "2024" and "test"), nor is
    /// the `framing` of the caller's kind of question ("goes" of "which modifier goes on …").
    static func requiredWords(_ question: ParsedQuestion, framing: Set<String> = []) -> [String] {
        let distinctive = distinctiveWords(question).filter { !QuestionParser.isYear($0) && !framing.contains($0) }
        let codeWords = question.codeWords()
        let topic = distinctive.filter { !codeWords.contains($0) }
        return topic.isEmpty ? distinctive : topic
    }

    /// The question with the codes a follow-up carries from the previous turn ("is it covered by
    /// Medicare?" after 99396) among its words, as if typed: the article must be about them too,
    /// not any that shares "covered" and "Medicare".
    static func withCarriedCodes(_ question: ParsedQuestion) -> ParsedQuestion {
        let carried = question.codes.filter { !question.words.contains($0.code.lowercased()) && !question.words.contains($0.display.lowercased()) }
        guard !carried.isEmpty else { return question }
        return ParsedQuestion(text: question.text, words: question.words + carried.map { $0.code.lowercased() }, codes: question.codes,
                              mentionsICD9: question.mentionsICD9, setting: question.setting)
    }

    /// The best article(s) for the question in `category`, falling back to any category unless
    /// `onlyCategory`. Words of `framing` are not required of the article (see ``requiredWords(_:framing:)``).
    func resolve(_ asked: ParsedQuestion, category: Category, kinds: [KnowledgeEntry.Kind] = [.article], onlyCategory: Bool = false,
                 framing: Set<String> = []) throws -> Resolution {
        let question = Self.withCarriedCodes(asked)
        var resolution = Resolution()
        // The entry of a code named that was written to answer the question ("Can I bill G2211
        // with a new patient?"), not an article that shares its other words (new and established patients).
        for code in question.codes.prefix(2) {
            guard let entry = try knowledgeBase.entry(for: code), Self.isAuthoredAnswer(entry, to: question) else { continue }
            resolution.add(entry)
            entry.codeReference.map { resolution.add(code: $0) }
            try addMentionedCodes(question, to: &resolution)
            return resolution
        }
        let distinctive = Self.distinctiveWords(question)
        var hits: [SearchHit] = []
        // Only common words and no code ("What is the difference between Z codes and V codes?"):
        // whatever article shares them would be a guess, unless one was written to answer it
        // ("cpt vs hcpcs", below).
        if distinctive.isEmpty && question.codes.isEmpty {
            hits = try authoredArticle(question, categories: onlyCategory ? [category] : nil, kinds: kinds).map { [$0] } ?? []
        } else {
            // The question's own category first, unless another category's entry matches far better
            // ("how do I bill a telehealth visit?" is classified guidelines; the telehealth article is coverage).
            // The framing ranks nothing either.
            let unframed = question.words.filter { !framing.contains($0) }
            let ranked = unframed.contains { !KnowledgeBase.stopWords.contains($0) } ? unframed : question.words
            hits = try knowledgeBase.search(words: ranked, categories: onlyCategory ? [category] : nil, kinds: kinds, requiring: Self.requiredWords(question, framing: framing), limit: 6)
                .sorted { Self.weighted($0, in: category) < Self.weighted($1, in: category) }
        }
        // The hit written to answer the question (``isAuthoredAnswer(_:to:)``), found once.
        var authoredHit = hits.firstIndex { Self.isAuthoredAnswer($0.entry, to: question) }
        // "What are NCCI edits?": the article whose title or keyword names the term outright, not
        // the one that repeats its words most ("Deleted NCCI edits").
        if let named = try namedArticle(question), !onlyCategory || named.entry.category == category {
            hits = [named]
            authoredHit = Self.isAuthoredAnswer(named.entry, to: question) ? 0 : nil
        } else if case let topicFraming = Self.framingWords(category), let topic = Self.topic(question, ignoring: topicFraming),
                  hits.first.map({ !Self.names($0.entry, topic) }) ?? true, authoredHit == nil,
                  let named = try namedArticle(topic, framing: topicFraming) {
            // "Does Medicare cover telehealth?", "how do I code a telehealth visit?": the article
            // that names the topic, not the one that mentions it most (mental health services,
            // consultations) without naming it; nor none, when the framing's other words are not in
            // it ("DSMT coverage limits"). Not when an article found was written to answer the
            // question ("how many diagnosis codes can go on a claim": the claim forms article, not
            // one with "diagnosis" in a keyword).
            hits = [named]
            authoredHit = Self.isAuthoredAnswer(named.entry, to: question) ? 0 : nil
        }
        // A question an article was written to answer, in other framing: "what does part b cover"
        // is Part B's article ("What does Medicare Part B cover?"), not the vaccines article that
        // says "Part B" most.
        if let authored = authoredHit {
            hits.insert(hits.remove(at: authored), at: 0)
        } else if let keyed = Self.firstHoldingKeyword(hits.map(\.entry), question), keyed > 0 {
            // An article with a keyword of three words or more that the question says whole: "Can
            // I bill an injection and an office visit on the same day?" is the article keyed "office
            // visit and injection same day", not the preventive visit's that says "same day" more.
            hits.insert(hits.remove(at: keyed), at: 0)
        } else if let best = hits.first, distinctive.count <= 2, !Self.names(best.entry, distinctive),
                  let authored = try authoredArticle(question, categories: onlyCategory ? [category] : nil, kinds: kinds) {
            // One that the question's other words ranked lower than an article that does not name
            // its topic ("what services are covered under part b": the vaccines article says "Part B"
            // most, but its title names vaccines too).
            hits = [authored]
        }
        // A misspelt word ("acupunture") finds no article: read as the knowledge spells it, the
        // question is asked again, and the answer says how it was read.
        if hits.isEmpty, let correction = try SpellingCorrection(knowledgeBase: knowledgeBase).corrected(question) {
            var reread = try resolve(correction.question, category: category, kinds: kinds, onlyCategory: onlyCategory, framing: framing)
            if reread.warnings.isEmpty {
                reread.add(correction.note)
                return reread
            }
        }
        if let best = hits.first {
            for hit in hits.prefix(2) where hit === best || hit.rank <= best.rank * 0.8 {
                resolution.add(hit.entry)
                hit.entry.codeReference.map { resolution.add(code: $0) }
            }
        } else {
            resolution.add("CasePilot's knowledge base has no authored article that answers this \(category.displayName) question yet, so it will not guess. Try rephrasing with the key term (for example the rule, program or code involved).")
            resolution.warnings.append(Self.noArticle(category))
        }
        try addMentionedCodes(question, to: &resolution)
        return resolution
    }

    /// The warning of a resolution that no article answers.
    static func noArticle(_ category: Category) -> String {
        "no matching \(category.displayName) article in the knowledge base"
    }

    /// Whether an article answers `resolution` (``resolve(_:category:kinds:onlyCategory:framing:)``
    /// in `category`), whatever else it warns about (a code the question names that is not known).
    static func answers(_ resolution: Resolution, in category: Category) -> Bool {
        !resolution.warnings.contains(noArticle(category))
    }

    /// The term a "what is …" question asks to define, without function words: "NCCI edits" of "What
    /// are NCCI edits?", "add code" of "What is an add-on code?", "MUE" of "What does MUE stand
    /// for?"; `nil` for another question, one with codes, or a term of more than four words.
    static func definedTerm(_ question: ParsedQuestion) -> [String]? {
        guard question.codes.isEmpty, let asked = askedTerm(withoutCodeSetContext(question.words)) else { return nil }
        let term = CodeSearch.tokens(asked.joined(separator: " ")).filter { !CodeSearch.function.contains($0) && !pronouns.contains($0) }
        return (1...4).contains(term.count) ? term : nil
    }

    /// The words without a closing "in" and the code set it names: "what is NOS in ICD-10" asks
    /// what NOS is.
    private static func withoutCodeSetContext(_ words: [String]) -> [String] {
        guard let context = words.lastIndex(of: "in"), context > 0, context + 1 < words.count,
              words[(context + 1)...].allSatisfy(codeSetContextWords.contains) else { return words }
        return Array(words[..<context])
    }

    private static let codeSetContextWords: Set<String> = ["icd", "icd10", "icd10cm", "icd10pcs", "icd9", "10", "9", "cm", "pcs", "cpt", "hcpcs", "coding", "billing"]

    /// What a follow-up defines is the previous answer's ("what does it mean"), not a term.
    private static let pronouns: Set<String> = ["it", "this", "that", "these", "those", "they", "them"]

    /// Whether a definition question asks what an abbreviation stands for ("What does HCPCS stand
    /// for?", "the full form of MDM"): a name, never a description of a code.
    static func asksForExpansion(_ question: ParsedQuestion) -> Bool {
        let words = question.words
        return definedTerm(question) != nil
            && (words.suffix(2).elementsEqual(["stand", "for"]) || words.suffix(2).elementsEqual(["stands", "for"])
                || ["abbreviation", "acronym"].contains(where: words.contains) || words.contains("full") && words.contains("form"))
    }

    /// What asks for a definition before the term: "the meaning of X", "the full form of X".
    private static let definitionOpenings = [["meaning", "of"], ["definition", "of"], ["full", "form", "of"], ["abbreviation"], ["acronym"]]

    /// The words between a definition question's opening and its closing: "what is X", "define X",
    /// "what is the meaning of X", "what does X stand for", "what does X mean".
    private static func askedTerm(_ words: [String]) -> ArraySlice<String>? {
        if let opening = [["what", "is"], ["what", "are"], ["whats"], ["define"]].first(where: words.starts(with:)) {
            var asked = words.dropFirst(opening.count)
            if asked.first == "the" { asked = asked.dropFirst() }
            if let framing = definitionOpenings.first(where: asked.starts(with:)) { asked = asked.dropFirst(framing.count) }
            return asked
        }
        if let opening = definitionOpenings.first(where: words.starts(with:)) { return words.dropFirst(opening.count) }
        guard let opening = [["what", "does"], ["what", "do"]].first(where: words.starts(with:)),
              let closing = [["stand", "for"], ["stands", "for"], ["mean"]].first(where: { words.count > opening.count + $0.count && words.suffix($0.count).elementsEqual($0) })
        else { return nil }
        return words.dropFirst(opening.count).dropLast(closing.count)
    }

    /// The words that frame a question of `category` rather than name its topic: a coverage
    /// question's frequency and policy words too ("how often", "LCD").
    static func framingWords(_ category: Category) -> Set<String> {
        category == .coverage ? CoverageLookup.ignored : commonWords
    }

    /// What a question asks about, without its `framing` words, stop words or numbers: "telehealth"
    /// of "does Medicare cover telehealth in 2024?"; `nil` for one with codes or more than three
    /// such words.
    static func topic(_ question: ParsedQuestion, ignoring framing: Set<String>) -> [String]? {
        guard question.codes.isEmpty else { return nil }
        let topic = question.words.filter { !framing.contains($0) && !KnowledgeBase.stopWords.contains($0) && !$0.allSatisfy(\.isNumber) }
        return (1...3).contains(topic.count) ? topic : nil
    }

    /// The article whose title or a keyword names the term a "what is …" question asks to define
    /// (``definedTerm(_:)``), or a term typed alone ("global period": the global package, not the
    /// modifiers article that repeats the words), if one does.
    func namedArticle(_ question: ParsedQuestion) throws -> SearchHit? {
        let term = Self.definedTerm(question) ?? (Answerer.isBareTerm(question) ? CodeSearch.contentWords(CodeSearch.described(question.text)) : nil)
        return try term.flatMap { try namedArticle($0) }
    }

    /// The article with a keyword that is `term` word for word, as the question parser reads
    /// words ("E/M" is the one word "em"; "CPT" is a keyword, though too common a word to search
    /// for elsewhere) and without function words, as ``definedTerm(_:)`` reads the term
    /// ("coordination of benefits"), if one has.
    func keywordArticle(_ term: [String]) throws -> SearchHit? {
        let parser = QuestionParser()
        return try knowledgeBase.search(words: term, kinds: [.article], everyWordInTitle: true, keepingStopWords: true, limit: 20)
            .first { hit in hit.entry.keywords.contains { parser.parse($0).words.filter { !CodeSearch.function.contains($0) } == term } }
    }

    /// The article whose title or a keyword names `term`, if one does, `framing` words aside.
    func namedArticle(_ term: [String], framing: Set<String> = []) throws -> SearchHit? {
        guard let named = try CodeLookup(knowledgeBase: knowledgeBase).titledEntries(term, kinds: [.article], framing: framing).first,
              named.closeness >= CodeLookup.naming else { return nil }
        return named.hit
    }

    /// The first of `entries` with a keyword whose every word the question holds, a keyword that
    /// says three things or more, and most of what the question says (``keyedShare`` of its
    /// ``distinctiveWords(_:)``): "TENS unit for chronic low back pain" is not the acupuncture
    /// article keyed "chronic low back pain". Words that say something are neither stop words, nor
    /// common (``commonWords``), nor a code set's name or a number ("ICD-10 codes" says nothing of a
    /// topic); compared as ``CodeSearch/normalized(_:)`` reads them.
    static func firstHoldingKeyword(_ entries: [StoredEntry], _ question: ParsedQuestion) -> Int? {
        let least = max(3, Int((keyedShare * Double(distinctiveWords(question).count)).rounded(.up)))
        var asked: Set<String>?
        return entries.firstIndex { entry in
            let keyed = tellingKeywords(of: entry).filter { $0.count >= least }
            guard !keyed.isEmpty else { return false }
            let words = asked ?? Set(question.words.map(CodeSearch.normalized))
            asked = words
            return keyed.contains { $0.isSubset(of: words) }
        }
    }

    /// The words of each of `entry`'s keywords that say something (``firstHoldingKeyword(_:_:)``),
    /// normalized; read once per process by the text of its list.
    private static func tellingKeywords(of entry: StoredEntry) -> [Set<String>] {
        if let known = readKeywords.withLock({ $0[entry.keywordList] }) { return known }
        let read = entry.keywords.map { keyword in
            Set(CodeSearch.tokens(keyword).filter { word in
                !KnowledgeBase.stopWords.contains(word) && !commonWords.contains(word) && !CodeSearch.framing.contains(word)
                    && !CodeSearch.function.contains(word) && !word.allSatisfy(\.isNumber) && word != "cm"
            }.map(CodeSearch.normalized))
        }
        readKeywords.withLock { $0[entry.keywordList] = read }
        return read
    }

    private static let readKeywords = Mutex<[String: [Set<String>]]>([:])

    /// The share of a question's distinctive words that a keyword it holds must say (``firstHoldingKeyword(_:_:)``).
    static let keyedShare = 0.75

    /// Whether an entry's title and keywords hold every word of `topic` (as ``CodeSearch/normalized(_:)``
    /// reads words). A set of words: this runs on every coverage question with a topic, and a
    /// description profile of a whole keyword list cost a tenth of the question.
    static func names(_ entry: StoredEntry, _ topic: [String]) -> Bool {
        var held = CodeSearch.normalizedWords(entry.title)
        for keyword in entry.keywords { held.formUnion(CodeSearch.normalizedWords(keyword)) }
        return topic.allSatisfy { held.contains(CodeSearch.normalized($0)) }
    }

    /// The words of the title of the article that leads `resolution`, as ``CodeSearch/normalized(_:)``
    /// reads them.
    static func titleWords(_ resolution: Resolution) -> Set<String> {
        resolution.leadEntry.map { CodeSearch.normalizedWords($0.title) } ?? []
    }

    /// Names the codes the question mentions, with their authored titles (else their official
    /// descriptions), after the article.
    func addMentionedCodes(_ question: ParsedQuestion, to resolution: inout Resolution) throws {
        var lines: [String] = []
        // Not a code whose entry the answer already holds.
        for code in question.codes.prefix(4) where !resolution.codes.contains(where: { $0.system == code.system && $0.code == code.display }) {
            if let entry = try knowledgeBase.entry(for: code) {
                resolution.add(code: CodeReference(system: code.system, code: code.display, description: entry.title))
                lines.append(EntryText.oneLine(entry))
                if !resolution.citations.contains(entry.citation) { resolution.citations.append(entry.citation) }
            } else if let record = try CodeFacts(knowledgeBase: knowledgeBase).record(code), let dataset = Dataset(rawValue: record.dataset),
                      let info = try knowledgeBase.datasetInfo(dataset) {
                resolution.add(code: CodeReference(system: record.codeSystem, code: record.display, description: record.description))
                lines.append("\(record.codeSystem.rawValue) \(record.display) — \(record.description)")
                let citation = DatasetCitation.citation(info)
                if !resolution.citations.contains(citation) { resolution.citations.append(citation) }
            } else {
                resolution.add(code: code.reference)
                resolution.warnings.append(MissingData.warning(code))
            }
        }
        if !lines.isEmpty { resolution.add("Codes in your question: " + lines.joined(separator: "; ") + ".") }
        // "What is the global period for 27447?": the fee schedule's figure first, then the article
        // that explains it.
        if question.asksForPaymentDetails {
            var facts = Resolution()
            for code in question.codes.prefix(4) where code.isProcedure {
                if let fees = try FeeScheduleFacts(knowledgeBase: knowledgeBase).describe(code, detailed: true) { facts.merge(fees) }
            }
            if !facts.isEmpty {
                facts.merge(resolution)
                resolution = facts
            }
        }
    }
}

private func === (lhs: SearchHit, rhs: SearchHit) -> Bool { lhs.entry.id == rhs.entry.id }
