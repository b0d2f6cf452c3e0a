/// Routes a classified question to its category handler and composes the answer.
struct Answerer {
    let knowledgeBase: KnowledgeBase

    /// The category's answer. Whatever the category, five facts come with it: the codes CasePilot
    /// computes (``computesCodes(_:)``; for a look-up they are the answer), the
    /// billing units of a drug code for the dose asked about ("J1885 for 60 mg"), the units of timed
    /// therapy minutes ("how many units for 38 minutes?"), a place of service asked for by name
    /// ("which POS for a telehealth visit at home?"), all first, and the code of an adult BMI, which
    /// follows the diagnosis it goes with ("morbid obesity, BMI 42": E66.01, then Z68.41, then the
    /// other candidates) and otherwise comes first too.
    func resolve(_ question: ParsedQuestion, category: Category) throws -> Resolution {
        guard category != .unknown else { return try resolveInCategory(question, category: category) }
        // A pasted official description is answered by its codes alone: the codes, ages or lengths
        // it mentions ("not therapeutically equivalent to J2185", "patients 66 - 80 years of age")
        // are part of the description, not the question.
        if category == .cpt, case let quoted = try quotedDescription(question), !quoted.isEmpty {
            return try CodeLookup(knowledgeBase: knowledgeBase).quotedAnswer(quoted, for: question)
        }
        var computed = try LesionExcision(knowledgeBase: knowledgeBase).resolve(question)
        computed.merge(try WoundRepair(knowledgeBase: knowledgeBase).resolve(question))
        computed.merge(try PreventiveVisit(knowledgeBase: knowledgeBase).resolve(question))
        computed.merge(try OfficeVisitTime(knowledgeBase: knowledgeBase).resolve(question))
        computed.merge(try AnimalBite(knowledgeBase: knowledgeBase).resolve(question))
        computed.merge(try GestationWeeks(knowledgeBase: knowledgeBase).resolve(question))
        computed.merge(try CurrentDrug(knowledgeBase: knowledgeBase).resolve(question))
        computed.merge(try Sepsis(knowledgeBase: knowledgeBase).resolve(question))
        computed.merge(try UncontrolledDiabetes(knowledgeBase: knowledgeBase).resolve(question))
        computed.merge(try FeeScheduleFacts(knowledgeBase: knowledgeBase).conversionFactor(question))
        // A count picks a code of a family only for a look-up ("trigger point injections in 4
        // muscles"), not in a question about a rule ("the 8 minute rule").
        if category == .cpt, computed.isEmpty { computed = try CountedRange(knowledgeBase: knowledgeBase).resolve(question) }
        if category == .cpt, !computed.isEmpty { return computed }
        let bmi = try BodyMassIndex(knowledgeBase: knowledgeBase).resolve(question)
        var answer: Resolution
        var first = Resolution()
        if bmi.isEmpty || category != .cpt {
            answer = try resolveInCategory(question, category: category)
            first = bmi
        } else {
            // A look-up is for what the question describes besides the BMI ("morbid obesity"), if anything.
            let rest = QuestionParser().parse(BodyMassIndex.withoutValue(question.text))
            answer = CodeSearch.contentWords(CodeSearch.described(rest.text)).isEmpty ? Resolution() : try resolveInCategory(rest, category: category)
            if answer.isEmpty { first = bmi } else { answer.merge(bmi, at: .afterFirst) }
        }
        first.merge(computed)
        first.merge(try DrugUnits(knowledgeBase: knowledgeBase).resolve(question))
        first.merge(TimedUnits.resolve(question))
        if question.asksForPlaceOfServiceByName {
            let places = try PlaceOfServiceFacts(knowledgeBase: knowledgeBase).named(in: question)
            // A look-up for a place of service by name is answered by the places: the code sets'
            // descriptions that share its words ("urgent needs" in a care-management code) are not,
            // unless the question asks for a code ("the code for catheterization …, all places of service").
            first.merge(places)
            if category == .cpt, !places.isEmpty, !question.words.contains(where: CodeLookup.codeRequestWords.contains) { return first }
        }
        guard !first.isEmpty else { return answer }
        // A category answer that only says it found nothing adds nothing to the facts ("and BMI 36?"
        // after a look-up has no guideline article to go with its code).
        guard !answer.isNotFound else { return first }
        first.merge(answer)
        return first
    }

    /// Whether the question describes something whose code CasePilot computes: wound repairs with
    /// their lengths ("laceration repair 3 cm face"), skin lesions excised or shaved with their sizes
    /// ("excision of a 1.2 cm benign lesion of the back"), a preventive visit with the patient's age
    /// ("preventive visit 45 year old established"), an office visit with its total time
    /// ("established patient office visit 35 minutes"), a bite ("dog bite left hand"), a pregnancy's
    /// weeks ("28 weeks pregnant, routine prenatal visit"), a condition with its drug ("afib on Eliquis"),
    /// sepsis with its cause or severity ("sepsis due to pneumonia"), "uncontrolled" diabetes, a
    /// count that a family of codes steps by ("trigger point injections in 4 muscles").
    static func computesCodes(_ question: ParsedQuestion) -> Bool {
        !WoundRepair.reading(question.text).repairs.isEmpty || !LesionExcision.reading(question.text).lesions.isEmpty
            || PreventiveVisit.request(in: question) != nil || OfficeVisitTime.request(in: question) != nil || AnimalBite.reading(question) != nil
            || GestationWeeks.weeks(in: question) != nil || CurrentDrug.reading(question) != nil || Sepsis.reading(question) != nil
            || UncontrolledDiabetes.reading(question) != nil || CountedRange.counts(question)
    }

    /// A follow-up that changes what the previous question computed its code from (a repair's
    /// length, site or type; a lesion's size, site or pathology; the patient's age or status at a
    /// preventive visit; an office visit's minutes or patient): the previous question with the
    /// change; `nil` for any other question.
    static func changedComputation(_ question: ParsedQuestion, previous: ParsedQuestion) -> String? {
        WoundRepair.followUp(question.text, after: previous.text) ?? LesionExcision.followUp(question.text, after: previous.text)
            ?? PreventiveVisit.followUp(question, after: previous)
            ?? OfficeVisitTime.followUp(question, after: previous)
    }

    /// Whether the question sets codes of one code set side by side ("99203 vs 99213", "the
    /// difference between G0438 and G0439"): each code's look-up answers it.
    static func comparesCodes(_ question: ParsedQuestion) -> Bool {
        let systems = Set(question.codes.map { $0.isProcedure ? CodeSystem.cpt : $0.system })
        return question.codes.count >= 2 && systems.count == 1 && question.words.contains(where: comparisonWords.contains)
    }

    static let comparisonWords: Set<String> = ["vs", "versus", "difference", "differences", "differ", "compare", "compared", "comparison"]

    /// Whether an authored article compares the question's codes: its title names one of them and
    /// its text every one ("Screening colonoscopy: G0121/G0105 for Medicare vs 45378 ...").
    func articleCompares(_ question: ParsedQuestion) throws -> Bool {
        let codes = question.codes.map { $0.display.lowercased() }
        return try knowledgeBase.search(words: question.words, kinds: [.article], limit: 5).contains { hit in
            let title = hit.entry.title.lowercased()
            let text = title + " " + hit.entry.body.lowercased()
            return codes.contains { title.contains($0) } && codes.allSatisfy { text.contains($0) }
        }
    }

    /// The codes whose official description the question is, word for word, as pasted from a code
    /// list ("Injection, pembrolizumab, 1 mg"; "Hyperbaric oxygen under pressure, full body
    /// chamber, per 30 minute interval"), else those whose short description it is, as printed on
    /// a claim or a remittance ("Inj pembrolizumab"): such a question asks for them, whatever other
    /// words it holds or however long it is. One or two index look-ups (``DescriptionKey``). Not a
    /// modifier's description: "Bilateral procedure" typed alone is a modifier question.
    func quotedDescription(_ question: ParsedQuestion) throws -> [CodeSearch.Hit] {
        // A question or request ("what is …", "can I …") is no description, unless it opens as a
        // few official texts do.
        guard Self.isPhrase(question) || question.words.first.map(Self.descriptionOpeners.contains) == true else { return [] }
        let search = CodeSearch(knowledgeBase: knowledgeBase)
        let whole = try search.describedExactly(as: question.text, systems: Self.describedSystems)
        // Short descriptions have at most 60 characters (28 in HCPCS).
        guard whole.isEmpty, question.text.utf8.count <= Self.longestShortDescription else { return whole }
        let short = try search.describedExactly(as: question.text, systems: Self.describedSystems, short: true)
        // The short description of codes restricted to a setting it does not say is searched as a
        // description ("Blood glucose test strips" is A4772's, "…, for dialysis"; A4253 is for everyone).
        return short.allSatisfy { CodeSearch.restricts($0.record.description, beyond: question.text) } ? [] : short
    }

    /// First words of official texts that open like a question: "Do not resuscitate" (Z66), and
    /// short descriptions "Who …" (wrist-hand orthoses), "Hi …" (high), "Best …", "Should …".
    private static let descriptionOpeners: Set<String> = ["do", "who", "hi", "best", "should"]

    /// The longest short description of the code sets' files, with room for spacing.
    private static let longestShortDescription = 80

    /// Whether the question is an official code with its own description, as a line of a code
    /// list, a claim or a problem list reads ("E11.9 Type 2 diabetes mellitus without
    /// complications", "Inj pembrolizumab (J9271)"): it asks what the code is, whatever the
    /// classifier reads in the description.
    func labelsACode(_ question: ParsedQuestion) throws -> Bool {
        // An ICD-10-CM category ("Z47 Orthopedic aftercare") is too short to be read as a code on its own.
        let first = question.text.prefix { !$0.isWhitespace }
        let category = first.count == 3 && first.first!.isLetter && first.dropFirst().allSatisfy(\.isNumber)
            ? CodeToken(system: .icd10cm, code: first.uppercased()) : nil
        let named = question.codes.filter { $0.system != .modifier }
        let codes = named.isEmpty ? [category].compactMap { $0 } : named
        guard codes.count == 1, let code = codes.first, code.system != .cpt,
              let record = try knowledgeBase.codeRecord(system: code.system.rawValue, code: code.code) else { return false }
        var label = question.text.lowercased()
        for spelling in Set([code.display, code.code]) { label = label.replacing(spelling.lowercased(), with: " ") }
        let normalized = DescriptionKey.normalized(label)
        return !normalized.isEmpty && ([record.description] + [record.shortDescription].compactMap { $0 }).contains { DescriptionKey.normalized($0) == normalized }
    }

    static let describedSystems = [CodeSystem.hcpcs, .icd10cm, .icd10pcs].map(\.rawValue)

    /// How closely a bare phrase must match an official description to be taken for a look-up.
    static let barePhraseMatch = 0.75
    /// First words of a phrase that is a request or a question of another kind, not a term.
    private static let requestOpeners: Set<String> = [
        "what", "whats", "which", "who", "where", "why", "how", "tell", "write", "give", "show", "translate", "please",
        "best", "good", "i", "my", "we", "you", "hi", "hello", "thanks", "thx",
    ]

    /// Whether a question is a phrase ("left knee osteoarthritis"), not a question or request
    /// ("is …", "what …", "tell me …"). A patient opening does not count: "my patient has a
    /// history of stroke" is the phrase "a history of stroke".
    static func isPhrase(_ question: ParsedQuestion) -> Bool {
        let words = question.words.dropFirst(CodeSearch.patientOpening(question.words))
        guard let first = words.first else { return false }
        // "I&D of abscess" opens with a procedure, not with "I".
        if words.starts(with: ["i", "d"]) { return true }
        return !Classifier.clauseOpeners.contains(first) && !requestOpeners.contains(first) && !asksForModifier(words)
    }

    /// Whether a phrase opens by asking for a modifier ("modifier for interpretation only"): a
    /// request whose answer is a modifier, not a term to look up (X5's description holds
    /// "interpretation" and "only").
    private static func asksForModifier(_ words: ArraySlice<String>) -> Bool {
        words.count > 2 && ["modifier", "modifiers", "mod"].contains(words.first!) && words.dropFirst().first == "for"
    }

    /// A short phrase without codes ("left knee osteoarthritis", "hearing aids", "patient with
    /// CHF"): a term typed on its own, not a question. Eight words at most, or fourteen of which
    /// ten at most say something ("diabetic foot ulcer right heel limited to breakdown of skin",
    /// "type 2 diabetes with hyperglycemia and long term insulin use").
    static func isBareTerm(_ question: ParsedQuestion) -> Bool {
        let length = question.words.count - CodeSearch.patientOpening(question.words)
        return question.codes.isEmpty && isPhrase(question)
            && (length <= 8 || length <= 14 && CodeSearch.contentWords(CodeSearch.described(question.text)).count <= 10)
    }

    /// What a bare phrase asks about, when it is one: an article's topic when the article's title
    /// or a keyword names it more closely than any code ("hearing aids", "medical necessity"), else
    /// a look-up when a code names it (``codeNaming(_:)``); `nil` for anything else. A phrase the
    /// classifier found no coding words in (`outOfScope`) is a look-up too when an authored code
    /// entry's title and keywords hold every one of its words, however loosely they name it
    /// ("earwax removal with irrigation" is 69209, "ear irrigation for impacted wax").
    func bareTermCategory(_ question: ParsedQuestion, outOfScope: Bool = false) throws -> Category? {
        guard Self.isBareTerm(question) else { return nil }
        // "obesity with BMI 35": the value names its code, and the rest, if anything, is looked up with it.
        if BodyMassIndex.value(in: question.text) != nil {
            let rest = QuestionParser().parse(BodyMassIndex.withoutValue(question.text))
            if try rest.isEmpty || codeNaming(rest) != nil { return .cpt }
        }
        let code = try codeNaming(question)
        let content = CodeSearch.contentWords(CodeSearch.described(question.text))
        let lookUp = CodeLookup(knowledgeBase: knowledgeBase)
        if let topic = try lookUp.titledEntries(content, kinds: [.article]).first,
           topic.closeness >= CodeLookup.naming, topic.closeness > code ?? 0 {
            return topic.hit.entry.category
        }
        // Conditions joined by "and" that no code names together, each named by one ("chest pain and
        // shortness of breath").
        if code == nil, let parts = CodeLookup.joinedParts(CodeSearch.described(question.text)),
           try parts.allSatisfy({ try codeNaming(QuestionParser().parse($0)) != nil }) {
            return .cpt
        }
        // An authored entry's title or keywords that hold every word, or all but one of four or
        // more besides sizes ("punch biopsy of 4 mm lesion on arm": 11104 "Skin punch biopsy — the
        // first lesion …"; not "excision of 3 cm lung lesion", which 11400's title holds but for the organ).
        if code == nil, outOfScope, CodeSearch.systems(for: question.text) == CodeSearch.currentSystems {
            let named = content.filter { !$0.allSatisfy(\.isNumber) && LengthUnit($0) == nil }
            if try !lookUp.titledEntries(content).isEmpty
                || named.count >= 4 && !lookUp.mostlyTitledEntries(named, beating: Double(named.count - 1) / Double(named.count) - 0.01).isEmpty {
                return .cpt
            }
        }
        return code == nil ? nil : .cpt
    }

    /// How closely a code names a bare term, when one does ("acute bronchitis", "hyperlipidemia",
    /// "walker", "EKG"): an authored code entry's title or keyword, or an official description that
    /// all but names it. Typed into a coding assistant, such a term asks for its code.
    func codeNaming(_ question: ParsedQuestion) throws -> Double? {
        guard Self.isBareTerm(question) else { return nil }
        let systems = CodeSearch.systems(for: question.text)
        // A dose is the amount given, not the drug ("ceftriaxone 1 gram" is J0696 "…, per 250 mg").
        let dosed = DrugUnits.dose(in: question.text) != nil
        func withoutDose(_ words: [String]) -> [String] { dosed ? CodeSearch.withoutDose(words) : words }
        // An authored code entry's title or keyword: "EKG", "strep test", "Rocephin 1 gram".
        if systems == CodeSearch.currentSystems,
           let named = try CodeLookup(knowledgeBase: knowledgeBase).titledEntries(withoutDose(CodeSearch.contentWords(CodeSearch.described(question.text)))).first,
           named.closeness >= CodeLookup.naming {
            return named.closeness
        }
        // The search the look-up's answer makes (the same limit: it is worked out once).
        let found = try CodeSearch(knowledgeBase: knowledgeBase).search(question.text, systems: systems)
        guard let best = found.first, best.record.terminationDate == nil else { return nil }
        // "UTI due to E. coli": the condition names its code; the organism has one of its own.
        if !best.holdsAll, let parts = CodeLookup.organismParts(CodeSearch.described(question.text)),
           try CodeLookup(knowledgeBase: knowledgeBase).agentCode(parts.organism) != nil {
            return try codeNaming(QuestionParser().parse(parts.condition))
        }
        // An external cause (V00–Y99) tells how an injury happened: an article's keyword that names
        // "hearing aids" as closely wins over W44.G1, a hearing aid entering a natural orifice.
        let closeness = Self.isExternalCause(best.record) ? best.score * 0.99 : best.score
        if best.score >= Self.barePhraseMatch { return closeness }
        // A phrase of two words or more that the description holds in any order ("left knee
        // osteoarthritis" is M17.12 "Unilateral primary osteoarthritis, left knee"), or all but one
        // in four, or one of three, when it is a close match ("abdominal pain right lower quadrant"
        // is R10.31 "Right lower quadrant pain", "pain in left heel" M79.672 "Pain in left foot";
        // "stretches for diabetic foot ulcer" is no look-up).
        let asked = withoutDose(CodeSearch.contentWords(CodeSearch.searched(question.text, systems: [best.record.system])))
        // The description, or the inclusion term it was found by ("Personal history of stroke NOS …").
        // (A term inherited from a header holds them with the code's title: "toe ulcer right".)
        let missed = best.termHeader != nil && best.holdsAll ? 0
            : asked.count - ([best.record.description] + (best.term.map { [$0] } ?? [])).map { CodeSearch.held(of: asked, in: $0) }.max()!
        // A drug with its dose names the one drug code that holds its name, per an amount.
        let drug = dosed && !asked.isEmpty && !DrugUnits.amounts(in: best.record.description.lowercased()).isEmpty
            && !found.prefix(2).dropFirst().contains { CodeSearch.holds($0.record.description, every: asked) }
        let named = (asked.count(where: { $0.contains(where: \.isLetter) }) >= 2 || drug)
            && (missed == 0 || missed <= max(asked.count / 4, asked.count >= 3 ? 1 : 0) && best.score >= CodeSearch.closeMatch)
        if named || Self.headsDiagnosis(asked, best.record) { return closeness }
        // Two codes the tabular pairs name it together ("diabetic foot ulcer right heel": E11.621,
        // whose note asks for the ulcer's site, L97.419).
        return try CodeLookup(knowledgeBase: knowledgeBase).pairedCode(for: best.record, question: question) != nil ? closeness : nil
    }

    /// The billable ICD-10-CM code whose description holds every word of a bare term and matches
    /// it closely: E66.01 "Morbid (severe) obesity due to excess calories" of "morbid obesity"; not
    /// for a term of words that only qualify a condition ("initial encounter", "other specified"),
    /// nor an external cause ("hearing aids").
    func diagnosisNaming(_ question: ParsedQuestion) throws -> CodeRecord? {
        guard Self.isBareTerm(question),
              CodeSearch.contentWords(CodeSearch.described(question.text)).contains(where: { !CodeSearch.commonWords.contains($0) && $0 != "specified" }),
              let best = try CodeSearch(knowledgeBase: knowledgeBase).search(question.text, systems: [CodeSystem.icd10cm.rawValue], limit: 1).first,
              best.holdsAll, best.score >= CodeSearch.closeMatch, best.record.billable == true, best.record.terminationDate == nil,
              !Self.isExternalCause(best.record)
        else { return nil }
        return best.record
    }

    /// An ICD-10-CM external cause (V00–Y99): how an injury happened, not a condition.
    private static func isExternalCause(_ record: CodeRecord) -> Bool {
        record.system == CodeSystem.icd10cm.rawValue && "VWXY".contains(record.code.prefix(1))
    }

    /// Whether one word names a diagnosis title: the condition it names before "and" or a comma
    /// ("dizziness": R42 "Dizziness and giddiness"; "syncope": R55 "Syncope and collapse"), the
    /// one after a last "and" ("hyponatremia": E87.1 "Hypo-osmolality and hyponatremia"), or the
    /// abbreviation it gives in brackets ("nstemi": I21.4 "Non-ST elevation (NSTEMI) myocardial infarction").
    private static func headsDiagnosis(_ asked: [String], _ record: CodeRecord) -> Bool {
        guard asked.count == 1, let word = asked.first, word.count >= 5, record.system == CodeSystem.icd10cm.rawValue else { return false }
        let title = record.description.lowercased()
        return [word + " and ", word + ", "].contains { title.hasPrefix($0) } || title.hasSuffix(" and " + word) || title.contains("(\(word))")
    }

    /// What a "how do I code …" or "how do I bill for …" question asks to code ("a bee sting", "an
    /// IUD insertion"), when it names no code, with its verb.
    static func codedThing(_ question: ParsedQuestion) -> (thing: String, verb: String)? {
        let words = question.words
        guard question.codes.isEmpty,
              let verb = words.indices.dropFirst().first(where: { ["code", "bill"].contains(words[$0]) && ["i", "we", "you", "to"].contains(words[$0 - 1]) }) else { return nil }
        let thing = words[(verb + 1)...].drop { $0 == "for" }
        return thing.isEmpty ? nil : (thing.joined(separator: " "), words[verb])
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
            let articles = ArticleLookup(knowledgeBase: knowledgeBase)
            guard let coded = Self.codedThing(question) else { return try articles.resolve(question, category: category) }
            // "How do I code a bee sting?" without a guideline article on it: the code sets name the
            // thing ("how to code chronic pain" is G89.2-, not the acupuncture coverage article that
            // shares "chronic pain"). How to bill a thing may be another category's ("how do I bill a
            // telehealth visit?": the telehealth coverage article).
            let own = try articles.resolve(question, category: category, onlyCategory: coded.verb == "code")
            // A guideline article whose title names most of the thing answers how to code it ("how do
            // I code hypertension with CKD?"), without a look-up; the words that join conditions are
            // no part of a name.
            let thing = CodeSearch.contentWords(coded.thing).filter { !["with", "plus"].contains($0) }.map(CodeSearch.normalized)
            func namesTheThing(_ articles: Resolution) -> Bool {
                let title = ArticleLookup.titleWords(articles)
                return articles.warnings.isEmpty && 2 * thing.count(where: title.contains) > thing.count
            }
            if namesTheThing(own) { return own }
            // The articles of every category, searched once whichever rule asks first.
            var everyCategory: Resolution?
            func articlesOfEveryCategory() throws -> Resolution {
                if let everyCategory { return everyCategory }
                let found = try articles.resolve(question, category: category)
                everyCategory = found
                return found
            }
            let lookUp = try CodeLookup(knowledgeBase: knowledgeBase).resolve(QuestionParser().parse("code for " + coded.thing))
            let named = !lookUp.codes.isEmpty && lookUp.warnings.isEmpty
            // A thing no code names closely, whose name an article of another category's title
            // holds ("how do I code a screening colonoscopy with polyp removal?": the coverage
            // article on a screening colonoscopy that finds a polyp, not a guideline article that
            // mentions screening).
            if !named, coded.verb == "code", case let any = try articlesOfEveryCategory(), namesTheThing(any) { return any }
            // Another article, which only shares words with the thing ("long-term" of the uncertain
            // diagnoses article for "long term use of anticoagulants"), answers unless an official
            // code set names the thing (Z79.01), or an authored CPT entry does and the article's title
            // holds none of the thing's words ("a pregnancy test" is 81025, not the COVID-19 article
            // that shares "test"; "a pap smear" stays the Pap test article).
            if own.warnings.isEmpty {
                let ownNamesPart = thing.contains(where: ArticleLookup.titleWords(own).contains)
                return named && coded.verb == "code" && (lookUp.codes.first?.system != .cpt || !ownNamesPart) ? lookUp : own
            }
            if named { return lookUp }
            // A thing the code sets name only loosely is still its codes ("a history of stroke":
            // Z86.73, with a warning to check it), not an article that mentions the thing; whether
            // one may code it ("can I code BMI 42 without …") is an article's question. (An article
            // written to answer the question is what the look-up itself answers with: "how do I code
            // a Pap smear at an annual exam?" is the G0101/Q0091 article, not a loose G0446.)
            if !lookUp.codes.isEmpty && coded.verb == "code" && question.words.first == "how" { return lookUp }
            return coded.verb == "code" ? try articlesOfEveryCategory() : own
        case .compliance:
            return try ArticleLookup(knowledgeBase: knowledgeBase).resolve(question, category: category)
        case .unknown:
            var resolution = Resolution()
            // "what is 9921": a code with a digit too few or too many, not a question out of scope.
            if let number = Self.mistypedCode(question) {
                resolution.add("\(number) is not a code of any code set: CPT codes have five characters (five digits, or four digits and F or T), HCPCS Level II codes a letter and four digits, ICD-10-CM codes a letter, two characters, a dot and up to four more. Check the code and ask again, for example \"What is CPT 99213?\".")
                resolution.warnings.append("not a valid code: \(number)")
                return resolution
            }
            resolution.add(Self.outOfScope)
            // A bare term may be a diagnosis or supply whose code set is not imported yet.
            if Self.isBareTerm(question) {
                let missing = try [Dataset.icd10cm, .hcpcs].filter { try knowledgeBase.datasetInfo($0) == nil }
                if !missing.isEmpty {
                    resolution.add(MissingData.codeSets(missing))
                }
            }
            return resolution
        }
    }

    /// A number of four or six digits in a short question that names nothing else ("what is 9921",
    /// "992133?"): a code mistyped; not a year ("what is 2024").
    static func mistypedCode(_ question: ParsedQuestion) -> String? {
        let numbers = question.words.filter { word in word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && (word.count == 4 || word.count == 6) }
        guard question.codes.isEmpty, question.words.count <= 5, numbers.count == 1, let number = numbers.first,
              !QuestionParser.isYear(number) else { return nil }
        return number
    }

    static let outOfScope = "That doesn't look like a medical-coding question, so CasePilot can't help with it. Ask about a code (\"What is CPT 99213?\"), a coding guideline, a modifier, a crosswalk, NCCI edits, compliance or Medicare coverage."

    static let emptyQuestion = "Please type a question, for example \"What is CPT code 99213?\" or \"What does modifier 25 mean?\"."
}
