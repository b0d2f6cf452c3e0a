/// Description → code search over the imported code sets and the authored code entries.
extension CodeLookup {
    /// How close an authored title or keyword must come to the description to be taken for its name.
    static let naming = 0.75

    /// The least score of an official description that holds every word of the question for it to
    /// count as naming it (``searchByDescription(_:)``): below it, the words are a few of many.
    static let holdingScore = 0.15

    /// Words that ask for a code.
    static let codeRequestWords: Set<String> = ["code", "codes", "cpt", "hcpcs", "icd", "icd10", "icd10cm", "icd10pcs", "pcs", "dx"]

    /// "What is the code for type 2 diabetes with hyperglycemia?", "Lumbar microdiscectomy code?".
    ///
    /// The code sets hold no CPT descriptions, so an authored code entry whose title or a keyword
    /// all but names the description (``naming``), more closely than the best official
    /// description, answers first ("knee replacement": 27447 before L5700, a prosthetic socket;
    /// "pneumonia" stays a diagnosis, not the "pneumonia vaccine"). Then an official description
    /// that matches closely (the code sets name every ICD-10 and HCPCS code). A looser official
    /// match for a CPT procedure ("Lumbar sympathectomy" for a microdiscectomy) would mislead: an
    /// authored entry whose title or keywords hold every word of the description is the answer
    /// when no official code in use holds them all. Not when the question names another code set.
    /// Otherwise a question that asks for no code is answered by an authored entry that shares its
    /// words, if any; else the loose official candidates are shown with a warning, with the
    /// authored entries that share words with the question.
    func searchByDescription(_ question: ParsedQuestion) throws -> Resolution {
        // The articles that share the question's words, searched once whichever rule asks first.
        var sharingWords: [SearchHit]?
        func articlesSharingWords() throws -> [SearchHit] {
            if let sharingWords { return sharingWords }
            let found = try knowledgeBase.search(words: question.words, kinds: [.article], requiring: ArticleLookup.distinctiveWords(question), limit: 3)
            sharingWords = found
            return found
        }
        // A kind of code named by its letter, in a question outside a look-up frame or with nothing
        // else in it ("What are J codes?", "J codes"; not "J code for ondansetron" or "Kenalog
        // injection J code"), is the code set's article.
        if ArticleLookup.namesCodeLetter(question), CodeSearch.parts(question.text).framing == question.text,
           !Answerer.isPhrase(question) || CodeSearch.contentWords(question.text).allSatisfy({ $0.count == 1 }) {
            let articles = try articlesSharingWords()
            if !articles.isEmpty { return authoredAnswer(articles) }
        }
        // Two things compared without codes ("cpt vs hcpcs", "difference between CPT and HCPCS
        // codes"): the article written to answer it, if one was.
        if question.codes.isEmpty, question.words.contains(where: Answerer.comparisonWords.contains),
           let article = try ArticleLookup(knowledgeBase: knowledgeBase).authoredArticle(question) {
            return authoredAnswer([article])
        }
        let content = CodeSearch.contentWords(CodeSearch.described(question.text))
        // What an abbreviation stands for, or a term that is only a code set's name ("What does
        // HCPCS stand for?", "What is CPT?"): the article a keyword names word for word.
        if content.isEmpty || ArticleLookup.asksForExpansion(question), let term = ArticleLookup.definedTerm(question),
           let article = try ArticleLookup(knowledgeBase: knowledgeBase).keywordArticle(term) {
            return authoredAnswer([article])
        }
        guard !content.isEmpty else {
            var resolution = Resolution()
            resolution.add("Say what the code should describe: the condition, procedure or supply, for example \"ICD-10 code for type 2 diabetes with hyperglycemia\" or \"HCPCS code for a folding walker\".")
            resolution.warnings.append("no description to search for")
            return resolution
        }
        let systems = CodeSearch.systems(for: question.text)
        let official = CodeSearch.asksForCPT(question.text) ? [] : try officialCodes(question, systems: systems)
        // Misspelt words the official search read as the code sets spell them ("knee replacment")
        // are read so for the authored titles too.
        let named = official.first?.spelling.map { CodeSearch.contentWords($0.described) } ?? content
        // An exact official description (score 1) cannot be named more closely. A procedure's code
        // is the same on either side ("right knee injection" is 20610; the side is a modifier).
        // A dose is no word of a title ("Depo-Medrol 80mg" is the drug's entry, whose units follow).
        let drug = DrugUnits.dose(in: question.text) == nil ? named : CodeSearch.withoutDose(named)
        let titled = systems == CodeSearch.currentSystems && official.first?.score != 1 ? try titledEntries(drug, optional: CodeSearch.sideWords) : []
        // An authored entry that its title or a keyword all but names, more closely than the best
        // official description: "Tdap vaccine" is 90715, not a quality measure's "… not
        // administering td or tdap vaccine".
        if let closest = titled.first, closest.closeness >= Self.naming, closest.closeness > (official.first?.score ?? 0) {
            let answer = try withBilateralPolicy(authoredAnswer(titled.map(\.hit)), for: question)
            // A drug's entry named with a dose ("Depo-Medrol 80mg") says the dose's units too.
            guard closest.hit.entry.system == .hcpcs,
                  let record = try knowledgeBase.codeRecord(system: CodeSystem.hcpcs.rawValue, code: closest.hit.entry.key) else { return answer }
            return try withUnits(answer, of: record, for: question)
        }
        // A term that an article's keyword says word for word, as the question parser reads both
        // ("E/M", "what is E/M"), when no code names it closely: the article.
        if official.first.map({ $0.score < CodeSearch.closeMatch }) ?? true,
           let term = ArticleLookup.definedTerm(question) ?? (Answerer.isBareTerm(question) ? question.words : nil),
           let article = try ArticleLookup(knowledgeBase: knowledgeBase).keywordArticle(term) {
            return authoredAnswer([article])
        }
        // A condition due to an organism that no code names whole ("UTI due to E. coli"): two codes.
        if official.first?.holdsAll != true, let pair = try conditionAndOrganism(question) {
            return pair
        }
        // Conditions or services joined by "and" that no code names together ("chest pain and
        // shortness of breath"): a code for each.
        if official.first.map({ !$0.holdsAll && $0.score < CodeSearch.closeMatch }) ?? true, let each = try eachPart(question) {
            return each
        }
        // What a kind of code is ("What is an add-on code?", "What are HCC codes?"): an article, not
        // a description that shares the words (modifier KA, "Add on option/accessory for wheelchair").
        let asksWhatCodesAre = Self.asksWhatAKindOfCodeIs(question)
        if asksWhatCodesAre {
            // The article a keyword names outright first ("add-on code": how add-on codes work, not
            // the NCCI edits of them).
            if let named = try ArticleLookup(knowledgeBase: knowledgeBase).namedArticle(question) {
                return authoredAnswer([named])
            }
            let articles = try articlesSharingWords()
            if !articles.isEmpty { return authoredAnswer(articles) }
        }
        // A close official match answers, unless it is a terminated code found by similar words only.
        if let best = official.first, best.score >= CodeSearch.closeMatch, best.score == 1 || best.record.terminationDate == nil {
            // A description quoted exactly says nothing beyond the code's title for a note to pair.
            let paired = best.score == 1 ? nil : try pairedCode(for: best.record, question: question)
            return try withPairedCodes(paired, in: try withUnits(try officialAnswer(official), of: best.record, for: question), of: best.record, question: question)
        }
        // The code a tabular note pairs with the best official match, looked for once, when needed.
        var paired: PairedCode??
        func pairedWithBest() throws -> PairedCode? {
            if let paired { return paired }
            let found = try official.first.flatMap { try pairedCode(for: $0.record, question: question) }
            paired = .some(found)
            return found
        }
        // In the code set's words: "hip fracture" is held by "… neck of right femur …"; or with the
        // code its tabular note pairs it with ("diabetic foot ulcer right heel": E11.621 and L97.419).
        // Not by a description so long that it holds a few words by chance: "psychotherapy with an
        // E/M" is no care management code whose paragraph mentions both.
        func officialHoldsAll() throws -> Bool {
            try official.contains { $0.record.terminationDate == nil && $0.holdsAll && $0.score >= Self.holdingScore } || pairedWithBest() != nil
        }
        if !titled.isEmpty, try !officialHoldsAll() {
            return try withBilateralPolicy(authoredAnswer(titled.map(\.hit)), for: question)
        }
        let related = try knowledgeBase.search(words: question.words, categories: [.cpt], requiring: ArticleLookup.distinctiveWords(question), limit: 3)
        // A question that names no code ("What does status indicator B mean?") is about a concept:
        // an authored entry that shares its words answers it before a loose official description.
        // So is a yes/no or how question without a look-up frame ("How many characters can an
        // ICD-10-CM code have?", "Are HCPCS S codes valid for Medicare?").
        let asksNoCode = question.words.allSatisfy { !Self.codeRequestWords.contains($0) }
        // "What are HCC codes?" asks what a kind of code is, as a yes/no or how question does.
        let asksAboutCodes = (Classifier.clauseOpeners.contains(question.words[0]) || asksWhatCodesAre) && CodeSearch.parts(question.text).framing == question.text
        // Not a bare term that an official description holds ("hypertensive chronic kidney disease
        // stage 3" is I12.9, not the renal panel that mentions kidney disease).
        if try asksNoCode && !(Answerer.isPhrase(question) && officialHoldsAll()) || asksAboutCodes {
            if !related.isEmpty { return authoredAnswer(related) }
            // An article of another category ("What are HCC codes?" is risk adjustment, a guideline).
            let articles = try articlesSharingWords()
            if !articles.isEmpty { return authoredAnswer(articles) }
        }
        // A question an article was written to answer, with no close official match ("is there a
        // code for a telehealth visit by phone?": the telemedicine codes article, not T1014).
        if let article = try ArticleLookup(knowledgeBase: knowledgeBase).authoredArticle(question) {
            return authoredAnswer([article])
        }
        // An authored entry whose title and keywords hold most of the words, more of them than any
        // official description, when none holds them all: "code for the Tdap vaccine product" is
        // 90715 (keyword "Tdap vaccine"), not Z71.85's "vaccine product safety counseling". Not for
        // a comparison ("difference between CPT Category I and Category III" is a concept).
        if titled.isEmpty, systems == CodeSearch.currentSystems, !question.words.contains(where: Answerer.comparisonWords.contains), try !officialHoldsAll() {
            let mostly = try mostlyTitledEntries(drug, beating: official.first?.score ?? 0)
            if !mostly.isEmpty { return try withBilateralPolicy(authoredAnswer(mostly), for: question) }
        }
        if let best = official.first {
            var resolution = try withPairedCodes(try pairedWithBest(), in: try withUnits(try officialAnswer(official), of: best.record, for: question), of: best.record, question: question)
            Self.list(related.filter { $0.entry.kind == .code }, as: "Authored code entries that share words with the question", in: &resolution)
            return resolution
        }
        guard !related.isEmpty else {
            var resolution = Resolution()
            resolution.add("No code in CasePilot's knowledge base matches that description. Importing the official code sets (`casepilot data import hcpcs|icd10cm|icd10pcs FILE`) adds their descriptions to the search.")
            resolution.warnings.append("no matching code in the knowledge base")
            return resolution
        }
        // Without a look-up frame the question is about a concept: an article on it comes before a
        // code entry that shares its words ("the difference between CPT Category I and Category III"
        // is not 0500T, a Category III code).
        guard Classifier.describedStart(question.words) == nil, !Classifier.endsInCodeNoun(question.words) else { return authoredAnswer(related) }
        return authoredAnswer(related.filter { $0.entry.kind == .article } + related.filter { $0.entry.kind != .article })
    }

    /// The answer to a pasted official description: the codes that carry it (``Answerer/quotedDescription(_:)``),
    /// with the billing units of the dose it names. A short description's codes are followed by
    /// their neighbours (``CodeSearch/withNeighbours(_:typed:systems:)``).
    func quotedAnswer(_ hits: [CodeSearch.Hit], for question: ParsedQuestion) throws -> Resolution {
        guard let best = hits.first else { return Resolution() }
        let search = CodeSearch(knowledgeBase: knowledgeBase)
        let systems = Answerer.describedSystems
        let listed = best.byShortDescription ? try search.withNeighbours(hits, typed: try search.similar(to: question.text, systems: systems), systems: systems) : hits
        return try withUnits(try officialAnswer(Array(listed.prefix(5))), of: best.record, for: question)
    }

    /// Whether the question asks what a kind of code is: "What is an add-on code?", "What are HCC
    /// codes?" (not "What is the code for …").
    static func asksWhatAKindOfCodeIs(_ question: ParsedQuestion) -> Bool {
        let words = question.words
        guard let opening = [["what", "are"], ["what", "is", "a"], ["what", "is", "an"]].first(where: words.starts(with:)) else { return false }
        // The kind between the opening and "code(s)".
        return ["code", "codes"].contains(words.last ?? "") && words.count > opening.count + 1 && CodeSearch.parts(question.text).framing == question.text
    }

    /// The official codes for the description, best first; those of the letter the framing names
    /// first ("J code for ondansetron" is J2405, the injection, before S0119, the tablet).
    private func officialCodes(_ question: ParsedQuestion, systems: [String]) throws -> [CodeSearch.Hit] {
        let search = CodeSearch(knowledgeBase: knowledgeBase)
        guard let letter = CodeSearch.codeLetter(inFramingOf: question.text) else { return try search.search(question.text, systems: systems) }
        let hits = try search.search(question.text, systems: systems, limit: 50)
        func lettered(_ hit: CodeSearch.Hit) -> Bool { hit.record.code.hasPrefix(letter) && hit.record.system != CodeSystem.modifier.rawValue }
        return Array((hits.filter(lettered) + hits.filter { !lettered($0) }).prefix(5))
    }

    /// Authored code entries (or articles of any category) whose title or keywords hold every one
    /// of `content`, the most closely named first. Ten by the full-text rank, then the three most closely named: "EKG code" is
    /// 93000, whose keyword is "EKG", though 93005 and 93010 mention ECGs more often.
    /// - Parameters:
    ///   - framing: words of the titles and keywords that do not count ("coverage" of the keyword
    ///     "telehealth coverage" when a coverage question asks about telehealth); with framing,
    ///     numbers do not count either.
    ///   - optional: words of `content` that a title need not hold, though they count for closeness.
    func titledEntries(_ content: [String], kinds: [KnowledgeEntry.Kind] = [.code], framing: Set<String> = [],
                       optional: Set<String> = []) throws -> [(hit: SearchHit, closeness: Double)] {
        // Without the framing, numbers are no topic either ("colonoscopy every 10 years" names the
        // topic "colonoscopy").
        func named(_ text: String) -> String {
            framing.isEmpty ? text : CodeSearch.tokens(text).filter { !framing.contains($0) && !$0.allSatisfy(\.isNumber) }.joined(separator: " ")
        }
        let required = content.filter { !optional.contains($0) }
        let titled = try knowledgeBase.search(words: required.isEmpty ? content : required, kinds: kinds, everyWordInTitle: true, limit: 10)
            .map { hit in
                let names = [hit.entry.title] + hit.entry.keywords
                // One that also holds the optional words comes first ("bilateral knee X-ray" is the
                // X-ray of both knees whose keyword says "bilateral").
                let words = required.count == content.count ? [] : Set(names.flatMap { CodeSearch.tokens($0).map(CodeSearch.normalized) })
                let holdsAll = content.allSatisfy { words.contains(CodeSearch.normalized($0)) }
                // One that does not is as close as its name is to the other words: the side of a
                // procedure is a modifier, not a word its name lacks ("bilateral cataract surgery").
                let asked = holdsAll ? content : required
                return (hit: hit, closeness: names.map { CodeSearch.closeness(of: named($0), to: asked) }.max() ?? 0, holdsAll: holdsAll)
            }
            .sorted { $0.holdsAll != $1.holdsAll ? $0.holdsAll : $0.closeness > $1.closeness }
        return titled.prefix(3).map { ($0.hit, $0.closeness) }
    }

    /// Authored code entries whose title and keywords together hold the most of `content`'s words,
    /// at least two and at least ``mostlyNamed`` of them, a larger share than `official` (the best
    /// official description's closeness), then others that hold two or more; the request's chatter
    /// ("doc", "help") is no word of it. Empty when none does. "Placing a TB skin test" is 86580,
    /// titled "PPD (Mantoux) TB skin test placement".
    func mostlyTitledEntries(_ content: [String], beating official: Double) throws -> [SearchHit] {
        let asked = content.filter { !KnowledgeBase.stopWords.contains($0) && !Self.requestChatter.contains($0) }
        let wanted = Set(asked.map(CodeSearch.normalized))
        guard wanted.count >= 2 else { return [] }
        // Each entry's names (title and keywords) and their words, read once.
        let held = try knowledgeBase.search(words: asked, kinds: [.code], requiring: asked, limit: 10).map { hit in
            let names = [hit.entry.title] + hit.entry.keywords
            let words = CodeSearch.normalizedWords(names.joined(separator: ", "))
            return (hit: hit, names: names, words: words, count: wanted.intersection(words).count)
        }
        guard let most = held.map(\.count).max(), most >= 2 else { return [] }
        let share = Double(most) / Double(wanted.count)
        guard share >= Self.mostlyNamed, share > official else { return [] }
        // The most held first; of those that hold as many, a plain service before a complicated one
        // the question does not ask for ("I&D of an abscess" is 10060, not 10061), then the one a
        // single name of which comes closest: 90715's keyword "Tdap vaccine" before 90471, the
        // administration, whose names hold both words apart.
        return held.filter { $0.count >= 2 }
            .map { entry in
                (hit: entry.hit, count: entry.count, complicated: !entry.words.subtracting(wanted).isDisjoint(with: Self.complicating),
                 closeness: entry.names.map { CodeSearch.closeness(of: $0, to: asked) }.max() ?? 0)
            }
            .sorted {
                if $0.count != $1.count { return $0.count > $1.count }
                return $0.complicated != $1.complicated ? !$0.complicated : $0.closeness > $1.closeness
            }
            .prefix(3).map(\.hit)
    }

    /// Words of a service's name that make it the harder variant of one asked about plainly.
    static let complicating: Set<String> = ["complicated", "complex", "multiple"]

    /// The share of a question's words that an authored entry's names must hold to answer it
    /// without holding them all (``mostlyTitledEntries(_:beating:)``).
    static let mostlyNamed = 0.5

    /// Words of a request that describe no service: who asks, who did it, the plea.
    static let requestChatter: Set<String> = ["doc", "doctor", "coder", "help", "hi", "hello", "clue", "here", "too", "also", "thanks", "please"]

    /// `resolution` with the billing units of a dose the question names ("ceftriaxone 1 gram") in
    /// the HCPCS drug code found for it; not for a question that names codes of its own (an
    /// official description quoted with "use J1885" in it).
    private func withUnits(_ resolution: Resolution, of record: CodeRecord, for question: ParsedQuestion) throws -> Resolution {
        guard question.codes.isEmpty, record.system == CodeSystem.hcpcs.rawValue, let dose = DrugUnits.dose(in: question.text),
              let units = try DrugUnits(knowledgeBase: knowledgeBase).units(of: dose, record: record) else { return resolution }
        var combined = resolution
        combined.add(units.text, citation: units.citations.first)
        return combined
    }

    /// The best official descriptions, with a warning when even the best is not close.
    private func officialAnswer(_ hits: [CodeSearch.Hit]) throws -> Resolution {
        var resolution = Resolution()
        guard let best = hits.first, let dataset = Dataset(rawValue: best.record.dataset), let info = try knowledgeBase.datasetInfo(dataset) else {
            return resolution
        }
        let record = best.record
        let status = record.billable == false ? " (a header: use a more specific code below it)" : record.terminationDate != nil ? " (termination date \(DatasetCitation.date(record.terminationDate) ?? ""))" : ""
        let sharing = try sharingDescription(record)
        let owner = sharing.isEmpty ? "its" : record.display + "'s"
        let term = best.term.map { " " + Self.termSentence($0, header: best.termHeader) }
            ?? (best.byShortDescription ? record.shortDescription.map { " \"\($0)\" is \(owner) short description." } : nil) ?? ""
        let spelling = best.spelling.map { " (\($0.note))" } ?? ""
        let lead = sharing.isEmpty ? Self.bestMatch + "\(record.codeSystem.rawValue) \(record.display) — \(record.description)\(status)."
            : Self.shared([record] + sharing)
        resolution.add(lead + term + spelling, citation: DatasetCitation.citation(info))
        // What else the code needs on the claim ("use additional code to identify the stage of CKD").
        if let notes = try CodeFacts(knowledgeBase: knowledgeBase).notes(record, kinds: [.codeFirst, .useAdditionalCode, .codeAlso]) {
            resolution.add(notes)
        }
        let others = hits.dropFirst().filter { $0.score > 0 && !sharing.contains($0.record) }
        if !others.isEmpty {
            resolution.add("Other candidates:\n" + others.map { hit in
                "- \(hit.record.codeSystem.rawValue) \(hit.record.display) — \(Self.abridged(hit.record.description))\(Self.standing(hit.record))"
            }.joined(separator: "\n"))
        }
        for found in [record] + sharing + others.map(\.record) {
            resolution.add(code: CodeReference(system: found.codeSystem, code: found.display, description: found.description))
        }
        if record.billable == false {
            resolution.merge(try CodeFacts(knowledgeBase: knowledgeBase).headerChildren(record, citation: DatasetCitation.citation(info)))
        }
        if best.score < CodeSearch.closeMatch { resolution.warnings.append("no official description matches closely; check the candidates against the record") }
        return resolution
    }

    /// The other codes of `record`'s code set with its official description word for word: the
    /// HCPCS file gives "Patient refused to participate" to seven current quality codes of
    /// different measures, so the description alone cannot decide between them. Not a header
    /// (ICD-10-CM O71.8 above O71.89 shares its words; only O71.89 is reported), nor a terminated
    /// code beside a current one (a drug's C code ended when its J code began). One index look-up.
    private func sharingDescription(_ record: CodeRecord) throws -> [CodeRecord] {
        guard record.billable != false else { return [] }
        return try knowledgeBase.codes(describedAs: record.description, systems: [record.system])
            .filter { $0 != record && $0.billable != false && ($0.terminationDate == nil || record.terminationDate != nil) }
    }

    /// How an answer names codes that share one official description (``sharingDescription(_:)``),
    /// the search's first, then the others in code order: no one of them is the best match.
    static func shared(_ records: [CodeRecord]) -> String {
        let first = records[0]
        let codes = records.map { $0.display + standing($0) }.joined(separator: ", ")
        return "\(records.count) \(first.codeSystem.rawValue) codes share this official description word for word: \(codes) — \(first.description). "
            + "The description alone does not tell them apart: choose by what the record shows and what the program the code is reported under asks for."
    }

    /// " (a header)" or " (terminated <date>)" after a code in a list, else "".
    static func standing(_ record: CodeRecord) -> String {
        if record.billable == false { return " (a header)" }
        return record.terminationDate.flatMap(DatasetCitation.date).map { " (terminated \($0))" } ?? ""
    }

    /// ``withPairedCode(_:in:of:)``, and after an additional code the code that its own note asks
    /// for in turn, when the question names it ("hypertensive CKD stage 5 on dialysis": I12.0, then
    /// N18.6 for the stage as I12.0's note asks, then Z99.2 for the dialysis status as N18.6's asks).
    private func withPairedCodes(_ paired: PairedCode?, in resolution: Resolution, of best: CodeRecord, question: ParsedQuestion) throws -> Resolution {
        guard let paired, !paired.comesFirst, let (next, note) = try additionalCode(for: paired.record, question: question),
              next.record != best else { return withPairedCode(paired, in: resolution, of: best) }
        let then = PairedCode(record: next.record, note: note, comesFirst: false, term: next.term, termHeader: next.termHeader)
        // Each is placed after the best match: the last first.
        return withPairedCode(paired, in: withPairedCode(then, in: resolution, of: paired.record), of: best)
    }

    /// `resolution`, the official answer for `best`, with the code a tabular note pairs it with
    /// (``pairedCode(for:question:)``): a "code first" code before it, an additional code second.
    private func withPairedCode(_ paired: PairedCode?, in resolution: Resolution, of best: CodeRecord) -> Resolution {
        guard let paired else { return resolution }
        let record = paired.record
        var answer = resolution
        // Placed by the note, though it may be a candidate of the search already.
        answer.codes.removeAll { $0.system == record.codeSystem && $0.code == record.display }
        let named = "\(record.codeSystem.rawValue) \(record.display) — \(record.description)"
        var added = Resolution()
        added.add(code: CodeReference(system: record.codeSystem, code: record.display, description: record.description))
        if paired.comesFirst {
            added.add("Code first \(named), as \(best.display)'s note asks: \"Code first \(paired.note)\". Then:")
            added.merge(answer)
            return added
        }
        let instruction = paired.note.hasPrefix("code ") ? "Use additional " + paired.note : "Use additional code: " + paired.note
        let header = record.billable == false ? " (a header: report the code below it that the record supports)" : ""
        let term = paired.term.map { " " + Self.termSentence($0, header: paired.termHeader) } ?? ""
        added.add("Code also \(named)\(header), as \(best.display)'s note asks: \"\(instruction)\".\(term)")
        answer.merge(added, at: .afterFirst)
        return answer
    }

    /// How an answer says that a code was found by an inclusion term, its own or one of a header
    /// above it (``CodeSearch/Hit/termHeader``).
    static func termSentence(_ term: String, header: CodeRecord?) -> String {
        header.map { "\($0.display) above it lists \"\(term)\" as an inclusion term, which holds for every code below it." }
            ?? "It lists \"\(term)\" as an inclusion term."
    }

    /// How an answer names the official description that matches best.
    static let bestMatch = "Best match: "

    /// The longest length of a candidate's description in the answer's list.
    static let candidateLength = 240

    /// A description cut at a word before ``candidateLength`` characters, with "…": some HCPCS
    /// descriptions run to 4,000 characters (G0556–G0558). The codes of the answer keep them whole.
    static func abridged(_ description: String) -> String {
        guard description.count > candidateLength else { return description }
        let start = description.prefix(candidateLength)
        let cut = start.lastIndex(of: " ") ?? start.endIndex
        var kept = description[..<cut]
        while let last = kept.last, " ,;:".contains(last) { kept = kept.dropLast() }
        return kept + " …"
    }

    /// `resolution` with the fee schedule's bilateral indicator of its procedure code, for a
    /// procedure asked for on both sides ("bilateral knee injection": whether modifier 50 applies).
    private func withBilateralPolicy(_ resolution: Resolution, for question: ParsedQuestion) throws -> Resolution {
        guard question.words.contains(where: { $0 == "bilateral" || $0 == "both" }), let code = resolution.codes.first,
              code.system == .cpt || code.system == .hcpcs, let info = try knowledgeBase.datasetInfo(.pfsRVU),
              let fee = try knowledgeBase.feeSchedule(code.code).first(where: { $0.modifier.isEmpty }),
              let policy = IndicatorMeanings.modifierPolicy("50", fee) else { return resolution }
        var combined = resolution
        combined.add("Both sides: \(code.code) has \(policy) (Medicare physician fee schedule \(info.release)).", citation: DatasetCitation.citation(info))
        return combined
    }

    /// Authored code entries and code-system articles ("what are Category II codes?"), best first.
    private func authoredAnswer(_ hits: [SearchHit]) -> Resolution {
        var resolution = Resolution()
        guard let top = hits.first else { return resolution }
        resolution.add(top.entry)
        top.entry.codeReference.map { resolution.add(code: $0) }
        Self.list(Array(hits.dropFirst()), as: "Other candidates", in: &resolution)
        return resolution
    }

    /// Adds one line naming `hits` after `lead`, with their codes and citations.
    private static func list(_ hits: [SearchHit], as lead: String, in resolution: inout Resolution) {
        guard !hits.isEmpty else { return }
        resolution.add("\(lead): " + hits.map { EntryText.oneLine($0.entry) }.joined(separator: "; ") + ".")
        for hit in hits {
            hit.entry.codeReference.map { resolution.add(code: $0) }
            if !resolution.citations.contains(hit.entry.citation) { resolution.citations.append(hit.entry.citation) }
        }
    }
}
