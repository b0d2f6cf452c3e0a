/// Description → code search over the imported code sets.
///
/// Four tiers; each only when the ones before it find nothing:
/// 1. **Exact description**: codes whose official description has the same normalized words as
///    the question's description part (``DescriptionKey``; one index look-up). Several codes can
///    share one description (an ICD-10-CM header and its only child, a terminated HCPCS code and
///    its successor); they are all listed, in ``exactOrder(_:_:spelled:)``: which one is asked
///    for, the question cannot tell.
/// 2. **Inclusion term**: ICD-10-CM codes listing the description as an inclusion term, without
///    its nonessential modifiers ("high blood pressure", "hypertension" → I10; ``InclusionTerm``).
/// 3. **Exact short description**, as printed on claims and remittances, abbreviations as the
///    code set spells them ("Inj pembrolizumab", "Pwr adpt pneum vad, rep veh"): its codes first,
///    then tier 4's for the first code's description, then tier 4's for the words typed.
/// 4. **Similar descriptions**: candidates from FTS5 (every content word, else any word, by bm25;
///    a dose's words left out) and ICD-10-CM codes whose inclusion terms hold the words (a
///    header's terms hold for the codes below it: ``withCodesBelow(_:term:asked:)``), ranked:
///    codes in use before terminated ones; a condition before a history of it (unless asked); the
///    patient's own history before a relative's (unless asked); a code for everyone before a paediatric or dialysis one (unless asked); a primary neoplasm
///    before a secondary one (unless asked); a code that names more of the conditions joined by
///    "with" or "and" or named by an adjective ("hypertensive CKD"); a description that holds every
///    word asked about (a range "stage 1 through stage 4" holds "stage 3"); how closely the
///    official description (or its head) matches the question's words (Jaccard overlap of word
///    sets, so a plain phrasing finds codes whose description adds little to it;
///    ``similarity(_:description:whole:)``); the whole description's closeness (with the dose); no
///    unasked "with" condition; type 2 for diabetes without a type; a title led
///    by the question's first word; ``preferred(_:_:)``; the shorter code (the broader concept for
///    a loose phrasing); bm25 (only computed when too many codes match to read them all); code.
struct CodeSearch {
    let knowledgeBase: KnowledgeBase

    /// The score from which an official description counts as a close match (1: the same words).
    static let closeMatch = 0.5

    /// A ranked candidate.
    struct Hit {
        let record: CodeRecord
        let score: Double
        /// The inclusion term the description matched, when it matched one.
        var term: String? = nil
        /// The header that lists `term`, when the code inherits it (``withCodesBelow(_:term:asked:)``).
        var termHeader: CodeRecord? = nil
        /// The description (or term) holds every word asked about.
        var holdsAll = true
        /// Found by its short description, not its description.
        var byShortDescription = false
        /// How misspelt words of the question were read, when they were (``SpellingCorrection``),
        /// and the description as read.
        var spelling: (note: String, described: String)? = nil
    }

    /// The best codes for a description, best first (worked out once per question:
    /// ``KnowledgeBase/remembering(_:_:)``).
    func search(_ text: String, systems: [String], limit: Int = 5) throws -> [Hit] {
        try knowledgeBase.remembering("description search \(limit) \(systems) \(text)") { try searching(text, systems: systems, limit: limit) }
    }

    private func searching(_ text: String, systems: [String], limit: Int) throws -> [Hit] {
        let described = Self.described(text)
        let hits = try search(typed: ClinicalAbbreviations.expanded(described), asPrinted: described, systems: systems, limit: limit)
        // A misspelt word ("hypertention") leaves no description holding every word: read as the
        // code sets spell it, the question is searched again, and answered so if that holds them all.
        guard hits.first.map({ !$0.holdsAll || $0.score < Self.closeMatch }) ?? true,
              let correction = try SpellingCorrection(knowledgeBase: knowledgeBase).corrected(described) else { return hits }
        let corrected = try search(typed: ClinicalAbbreviations.expanded(correction.text), asPrinted: correction.text, systems: systems, limit: limit)
        guard let best = corrected.first, best.holdsAll, hits.first.map({ !$0.holdsAll || best.score > $0.score }) ?? true else { return hits }
        return corrected.map { hit in
            var read = hit
            read.spelling = (correction.note, correction.text)
            return read
        }
    }

    /// - Parameters:
    ///   - plain: the description part of the question, abbreviations spelled out.
    ///   - asPrinted: the description part as typed, for the short descriptions' abbreviations.
    private func search(typed plain: String, asPrinted: String, systems: [String], limit: Int) throws -> [Hit] {
        let diagnosis = CodeSystem.icd10cm.rawValue
        if systems.count > 1, systems.contains(diagnosis), ClinicalAbbreviations.inDiagnosisWords(plain) != plain {
            // ICD-10-CM says "malignant neoplasm" where HCPCS says "cancer": each in its own words,
            // the closer matches first ("code for colon cancer" is C18.9, not a G-code reporting
            // the disease status of colon cancer for a quality measure).
            // Each list keeps its own order (a diabetic ulcer's site before a closer pressure ulcer).
            var diagnoses = try search(typed: plain, asPrinted: asPrinted, systems: [diagnosis], limit: limit)[...]
            var others = try search(typed: plain, asPrinted: asPrinted, systems: systems.filter { $0 != diagnosis }, limit: limit)[...]
            var merged: [Hit] = []
            while merged.count < limit, !diagnoses.isEmpty || !others.isEmpty {
                // The closer of the two heads: one holding every word, else the higher score.
                let takesOther = diagnoses.first.map { one in
                    others.first.map { $0.holdsAll != one.holdsAll ? $0.holdsAll : $0.score > one.score } ?? false
                } ?? true
                merged.append(takesOther ? others.removeFirst() : diagnoses.removeFirst())
            }
            return merged
        }
        let described = Self.inWords(of: systems, plain)
        // The code set's own words first, then the question's as typed: "lung cancer" is the
        // inclusion term "Lung cancer NOS" of C34.90.
        for phrase in described == plain ? [described] : [described, plain] {
            let exact = try describedExactly(as: phrase, systems: systems)
            // A description quoted exactly is answered by the codes that carry it; similar descriptions
            // would only add noise (and a full-text ranking) to a question that is already settled.
            guard exact.isEmpty else { return Array(exact.prefix(limit)) }
            var termed = try knowledgeBase.codes(termed: phrase, systems: systems)
            guard termed.isEmpty else {
                if termed.count > 1 {
                    let spelled = Self.spelled(phrase)
                    termed.sort { Self.exactOrder($0.record, $1.record, spelled: spelled) }
                }
                return Array(termed.prefix(limit).map { Hit(record: $0.record, score: 1, term: $0.term) })
            }
        }
        let short = try describedExactly(as: asPrinted, systems: systems, short: true)
        let typed = try similarDescriptions(described, asTyped: plain, systems: systems)
        // A short description whose code is restricted to a setting not asked about comes after a
        // description that holds every word for everyone: "blood glucose test strips" is A4253 "…
        // for home blood glucose monitor …", not A4772, whose short description it is ("…, for dialysis").
        func restricted(_ hit: Hit) -> Bool { Self.restricts(hit.record.description, beyond: plain) }
        if !short.isEmpty, short.allSatisfy(restricted), let first = typed.first, first.holdsAll, !restricted(first) {
            return Array(Self.joined([first], try withNeighbours(short, typed: typed, systems: systems)).prefix(limit))
        }
        return Array(try withNeighbours(short, typed: typed, systems: systems).prefix(limit))
    }

    /// Tier 4 alone, for a text that is a description whole (no framing to split off: "Onc dx
    /// colon …" is no "dx code for colon …").
    func similar(to text: String, systems: [String]) throws -> [Hit] {
        let plain = ClinicalAbbreviations.expanded(text.lowercased())
        return try similarDescriptions(Self.inWords(of: systems, plain), asTyped: plain, systems: systems)
    }

    /// A short description's codes (`short`), then the codes whose descriptions are like the first
    /// one's, then `typed` (those like the words typed): some short descriptions are generic ("Bls"
    /// is only the non-emergency ambulance; "Walker"). Just `typed` without a short description.
    func withNeighbours(_ short: [Hit], typed: [Hit], systems: [String]) throws -> [Hit] {
        guard let first = short.first else { return typed }
        return Self.joined(short, Self.joined(try similar(to: first.record.description, systems: systems), typed))
    }

    /// `first`, then the hits of `then` for other codes.
    static func joined(_ first: [Hit], _ then: [Hit]) -> [Hit] {
        let codes = Set(first.map(\.record))
        return first + then.filter { !codes.contains($0.record) }
    }

    /// Tiers 1 and 3: the codes whose official description (or, with `short`, short description)
    /// has the normalized words of `phrase`, in ``exactOrder(_:_:spelled:)``.
    func describedExactly(as phrase: String, systems: [String], short: Bool = false) throws -> [Hit] {
        var records = try knowledgeBase.codes(describedAs: phrase, systems: systems, short: short)
        if records.count > 1 {
            let spelled = Self.spelled(phrase)
            records.sort { Self.exactOrder($0, $1, spelled: spelled) }
        }
        return records.map { Hit(record: $0, score: 1, byShortDescription: short) }
    }

    /// The description part of `text` in the words of the code sets searched: abbreviations and
    /// lay names spelled out, and the words of ICD-10-PCS or ICD-10-CM titles when only one is searched.
    static func searched(_ text: String, systems: [String]) -> String {
        inWords(of: systems, ClinicalAbbreviations.expanded(Self.described(text)))
    }

    /// `described` in the words of ICD-10-PCS, ICD-10-CM or ICD-9-CM titles when only that code set
    /// is searched.
    private static func inWords(of systems: [String], _ described: String) -> String {
        if systems == [CodeSystem.icd10pcs.rawValue] { return PCSTerms.expanded(described) }
        if systems == [CodeSystem.icd10cm.rawValue] { return ClinicalAbbreviations.inDiagnosisWords(described, encounters: true) }
        if systems.first == CodeSystem.icd9cm.rawValue { return ClinicalAbbreviations.inICD9Words(described) }
        return described
    }

    /// Tier 2: codes ranked by word overlap with the description.
    /// - Parameter asTyped: the description before the code set's words replaced the question's,
    ///   whose inclusion terms are candidates too ("lung cancer code": C34.90's "Lung cancer NOS").
    private func similarDescriptions(_ described: String, asTyped: String, systems: [String]) throws -> [Hit] {
        let asked = Self.contentWords(described)
        // A dose names the amount given, not the drug: "ceftriaxone 1 gram" is J0696 "…, ceftriaxone
        // sodium, per 250 mg", not "Injection, ifosfamide, 1 gram". The drug's words rank the codes;
        // with the dose they only break ties (methylprednisolone acetate 20, 40 or 80 mg).
        let dosed = !DrugUnits.amounts(in: described.lowercased()).isEmpty
        let content = dosed ? Self.withoutDose(asked) : asked
        guard !content.isEmpty else { return [] }
        let query = Self.profile(content.map(Self.normalized))
        let withDose = Self.profile(asked.map(Self.normalized))
        let quoted = Array(Set(content)).sorted().map { "\"\($0)\"" }
        var candidates = try knowledgeBase.codeCandidates(match: quoted.joined(separator: " "), systems: systems, limit: 300)
        if candidates.isEmpty {
            // Any word but the side, the encounter and the like, which tens of thousands of titles
            // hold: ranking them all took 100 ms ("diabetic foot ulcer right heel"). The ranking
            // below reads them in the candidates' titles.
            let telling = quoted.filter { !Self.commonWords.contains(String($0.dropFirst().dropLast())) }
            candidates = try knowledgeBase.codeCandidates(match: (telling.isEmpty ? quoted : telling).joined(separator: " OR "), systems: systems, limit: 300)
        }
        let mainTerm = Self.singular(content[0])
        let untypedDiabetes = Self.isUntypedDiabetes(Self.tokens(described))
        let asksHistory = query.words["history"] != nil
        let asksScreening = query.words["screening"] != nil
        let conditions = Self.conditions(described)
        let condition = Self.conditionBeforeSite(described)
        let head = condition?.last.map(Self.normalized)
        // What the question says is present ("hypertension with heart failure"), not absent.
        let affirmed = Set(query.words.keys).subtracting(Self.negatedWords(described))
        // The site as the musculoskeletal titles name it, when the question names a toe or a finger.
        let inRegions = Self.inRegions(content)
        let regional = inRegions == content ? nil : Self.profile(inRegions.map(Self.normalized))
        let parts = Set(content.filter { Self.regions[$0] != nil }.map(Self.normalized))
        // A title that does not name the part, closer in the region's words, is ranked so, a little
        // below a title that names the part: "gout of the right great toe" is M10.071 "Idiopathic
        // gout, right ankle and foot", not M10.011 "…, right shoulder"; "pain in right big toe" is
        // still M79.674 "Pain in right toe(s)", not M25.571 "Pain in right ankle and joints of right foot".
        func rank(_ record: CodeRecord, bm25: Double) -> Ranked {
            let plain = rank(record, bm25: bm25, against: query)
            guard let regional, !plain.holdsAll, Self.normalizedWords(record.description).isDisjoint(with: parts) else { return plain }
            var inRegion = rank(record, bm25: bm25, against: regional, weight: Self.regionWeight)
            guard inRegion.hit.score > plain.hit.score else { return plain }
            // It does not hold the words asked about: the part is not said.
            inRegion.holdsAll = false
            inRegion.hit.holdsAll = false
            return inRegion
        }
        func rank(_ record: CodeRecord, bm25: Double, against query: Profile, weight: Double = 1) -> Ranked {
            let compared = Self.withoutDefaultAbsences(record.description, asked: query) ?? record.description
            let profile = Self.profile(of: compared)
            let whole = Self.similarity(query, profile)
            let hit = Hit(record: record, score: Self.similarity(query, description: compared, whole: whole) * weight)
            return Ranked(hit: hit, whole: (dosed ? Self.similarity(withDose, profile) : whole) * weight, profile: profile, query: query,
                          conditions: conditions, head: head, affirmed: affirmed, bm25: bm25)
        }
        var ranked = candidates.map(rank)
        // Descriptions that name the condition, when none of those found by the site's words does:
        // "gout of the right great toe" is one of the gout codes (M10.-), not one of the many
        // injuries of the right great toe.
        if let condition, condition.count < content.count, !ranked.isEmpty, ranked.allSatisfy(\.lacksHead) {
            let named = Array(Set(condition)).sorted().map { "\"\($0)\"" }.joined(separator: " ")
            let seen = Set(ranked.map { $0.hit.record.system + " " + $0.hit.record.code })
            ranked += try knowledgeBase.codeCandidates(match: named, systems: systems, limit: 50)
                .filter { !seen.contains($0.0.system + " " + $0.0.code) }.map(rank)
        }
        try addInclusionTerms(quoted, query: query, conditions: conditions, head: head, affirmed: affirmed, systems: systems, to: &ranked)
        if asTyped != described {
            let typed = Self.contentWords(asTyped)
            try addInclusionTerms(Array(Set(typed)).sorted().map { "\"\($0)\"" }, query: Self.profile(typed.map(Self.normalized)),
                                  conditions: conditions, head: head, affirmed: affirmed, systems: systems, to: &ranked)
        }
        // The condition named before its site by an inclusion term of its own, when no description
        // holds every word: "plantar fasciitis of the right foot" is M72.2, whose term "Plantar
        // fasciitis" names no foot.
        if let condition, condition.count > 1, condition.count < content.count, !ranked.contains(where: \.holdsAll) {
            try addInclusionTerms(Array(Set(condition)).sorted().map { "\"\($0)\"" }, query: query, conditions: conditions, head: head,
                                  affirmed: affirmed, systems: systems, to: &ranked)
        }
        return ranked.filter { !$0.sharesOnlyNumbers }.sorted { left, right in
            // A code still in use before a terminated one, however close its words.
            let leftActive = left.hit.record.terminationDate == nil, rightActive = right.hit.record.terminationDate == nil
            if leftActive != rightActive { return leftActive }
            // The condition before a history of it, unless the history is asked for: "diabetic foot
            // ulcer" is E11.621, not Z86.31 "Personal history of diabetic foot ulcer".
            if !asksHistory, left.history != right.history { return right.history }
            // So does the condition before a screening for it: "icd 9 for diabetes" is 250.00, not
            // V77.1 "Screening for diabetes mellitus".
            if !asksScreening, left.screening != right.screening { return right.screening }
            // The patient's own history before a relative's, unless the family is asked about:
            // "history of stroke" is Z86.73 ("Personal history of stroke NOS …"), not Z82.3.
            if left.unaskedFamily != right.unaskedFamily { return right.unaskedFamily }
            // A code for everyone before one restricted to a population or setting not asked about.
            if left.restricted != right.restricted { return right.restricted }
            // A neoplasm is primary unless the question says it is secondary (metastatic): "lung
            // cancer" is C34.-, not C78.00 "Secondary malignant neoplasm of unspecified lung".
            if left.unaskedSecondary != right.unaskedSecondary { return right.unaskedSecondary }
            // A diabetic ulcer is no pressure ulcer (ICD-10-CM codes it E08–E13 .621/.622 with its
            // site in L97 or L98.4): "diabetic ulcer left heel" is not L89.62 "Pressure ulcer of left heel".
            if left.pressureForDiabetic != right.pressureForDiabetic { return right.pressureForDiabetic }
            // A code that says "without" what the question has comes after one that does not:
            // "hypertension with heart failure and CKD" is I13.0, not I13.11 "… without heart failure, …".
            if left.deniesAsked != right.deniesAsked { return right.deniesAsked }
            // A code that names what the question says is wrong at a site before one that names the
            // site only: "plantar fasciitis of the right foot" is M72.2 (its term "Plantar
            // fasciitis"), not S95.111 "Laceration of plantar artery of right foot".
            if left.lacksHead != right.lacksHead { return right.lacksHead }
            // A combination code that names every condition asked about before a code for one of
            // them: "hypertension with CKD stage 3" is I12.9 (hypertensive CKD, with N18.30 added
            // by its note), not N18.30 alone.
            if left.conditions != right.conditions { return left.conditions > right.conditions }
            // A description that holds every word asked about before a closer one that leaves one
            // out: "hypertensive CKD stage 3" is I12.9 "… with stage 1 through stage 4 chronic kidney
            // disease, …" before the header I12 "Hypertensive chronic kidney disease".
            if left.holdsAll != right.holdsAll { return left.holdsAll }
            if left.hit.score != right.hit.score { return left.hit.score > right.hit.score }
            // Among descriptions with the same head, the one that adds the fewest words to it (with a
            // dose, the one whose amount is the dose's).
            if left.whole != right.whole { return left.whole > right.whole }
            // A combination code ("with" a second condition) the question does not ask for comes
            // after one without: "morbid obesity" is E66.01 "… due to excess calories" before E66.2
            // "… with alveolar hypoventilation".
            if left.addsUnasked != right.addsUnasked { return right.addsUnasked }
            // ICD-10-CM guideline I.C.4.a.2: diabetes whose type is not documented is coded as type 2:
            // "diabetes with neuropathy" is E11.40 before E10.40 and E13.40, which say as much.
            if untypedDiabetes {
                let leftType2 = left.hit.record.code.hasPrefix("E11"), rightType2 = right.hit.record.code.hasPrefix("E11")
                if leftType2 != rightType2 { return leftType2 }
            }
            // A title led by the question's main term, as the code set words its default codes:
            // "pneumonia" is J18.9 "Pneumonia, unspecified organism" before B01.2 "Varicella pneumonia".
            let leftLed = Self.leads(left.hit.record.description, mainTerm), rightLed = Self.leads(right.hit.record.description, mainTerm)
            if leftLed != rightLed { return leftLed }
            if let preferred = Self.preferred(left.hit.record, right.hit.record) { return preferred }
            if left.hit.record.code.count != right.hit.record.code.count { return left.hit.record.code.count < right.hit.record.code.count }
            return left.bm25 != right.bm25 ? left.bm25 < right.bm25 : (left.hit.record.system, left.hit.record.code) < (right.hit.record.system, right.hit.record.code)
        }.map(\.hit)
    }

    /// An ICD-10-CM history code ("Personal history of …", "Family history of …").
    private static func isHistory(_ record: CodeRecord) -> Bool {
        record.system == CodeSystem.icd10cm.rawValue && record.code.hasPrefix("Z8") && record.description.lowercased().contains("history of")
    }

    /// A diagnosis code for a screening encounter: ICD-10-CM Z11–Z13 ("Encounter for screening for
    /// …"), ICD-9-CM V73–V82 ("Screening for …").
    private static func isScreening(_ record: CodeRecord) -> Bool {
        let code = record.code
        switch record.system {
        case CodeSystem.icd10cm.rawValue: return code.hasPrefix("Z11") || code.hasPrefix("Z12") || code.hasPrefix("Z13")
        case CodeSystem.icd9cm.rawValue: return code.hasPrefix("V7") && code >= "V73" || code.hasPrefix("V8") && code < "V83"
        default: return false
        }
    }

    /// `words` without the numbers and unit words of a dose ("1", "gram", "80mg").
    static func withoutDose(_ words: [String]) -> [String] {
        words.filter { word in
            let letters = word.drop { $0.isNumber }
            return !(letters.isEmpty || DrugUnits.units[String(letters)] != nil)
        }
    }

    /// Words that name a type or cause of diabetes, so that the type 2 default does not apply.
    private static let diabetesTypeWords: Set<String> = [
        "type", "1", "2", "i", "ii", "juvenile", "gestational", "secondary", "induced", "drug", "chemical", "underlying",
        "pregnancy", "childbirth", "puerperium", "neonatal", "other", "specified", "insipidus", "prediabetes",
    ]

    /// Whether `words` name diabetes without its type or cause ("diabetes with neuropathy").
    static func isUntypedDiabetes(_ words: [String]) -> Bool {
        words.contains { $0 == "diabetes" || $0 == "diabetic" } && !words.contains(where: diabetesTypeWords.contains)
    }

    /// A candidate of the similar-description tier, with what its rank is decided by, each fact
    /// worked out once (the sort compares candidates many times).
    private struct Ranked {
        var hit: Hit
        /// The whole description's closeness (with a dose, to the question with its dose).
        let whole: Double
        /// It adds one of ``qualifiers`` the question does not say.
        let addsUnasked: Bool
        /// It adds one of ``restrictions`` the question does not say.
        let restricted: Bool
        /// It is a history code (``isHistory(_:)``).
        let history: Bool
        /// It is a diagnosis code for a screening (``isScreening(_:)``).
        let screening: Bool
        /// It is a secondary neoplasm the question does not ask for.
        let unaskedSecondary: Bool
        /// It is a pressure ulcer (L89) and the question a diabetic ulcer, not said to be from pressure.
        let pressureForDiabetic: Bool
        /// It is a family history the question does not ask for.
        let unaskedFamily: Bool
        /// It says "without" a word the question says is present.
        let deniesAsked: Bool
        /// How many of the question's conditions it names.
        let conditions: Int
        /// It lacks the head word the question names at a site (``conditionBeforeSite(_:)``).
        let lacksHead: Bool
        /// It holds every word asked about.
        var holdsAll: Bool
        /// It shares only numbers with the question: "flu vaccine for 65 and older" is not J1202
        /// "Miglustat, oral, 65 mg".
        let sharesOnlyNumbers: Bool
        let bm25: Double

        /// - Parameter title: the profile of the official description, when `profile` is an inclusion
        ///   term's (worked out only when the term does not hold every word).
        /// - Parameter affirmed: the question's words that it does not say are absent.
        init(hit: Hit, whole: Double, profile: Profile, title: @autoclosure () -> Profile? = nil, query: Profile, conditions: [Set<String>],
             head: String?, affirmed: Set<String>, bm25: Double) {
            self.whole = whole
            addsUnasked = CodeSearch.adds(CodeSearch.qualifiers, in: profile, to: query)
            restricted = CodeSearch.adds(CodeSearch.restrictions, in: profile, to: query)
            history = CodeSearch.isHistory(hit.record)
            screening = CodeSearch.isScreening(hit.record)
            unaskedSecondary = profile.words["secondary"] != nil && !CodeSearch.secondaryWords.contains { query.words[$0] != nil }
            unaskedFamily = profile.words["family"] != nil && query.words["family"] == nil
            pressureForDiabetic = hit.record.system == CodeSystem.icd10cm.rawValue && hit.record.code.hasPrefix("L89") && query.words[CodeSearch.normalized("diabetes")] != nil
                && !["pressure", "decubitus", "bedsore"].contains { query.words[$0] != nil }
            deniesAsked = CodeSearch.denies(hit.term ?? hit.record.description, anyOf: affirmed)
            self.conditions = CodeSearch.named(conditions, in: profile)
            lacksHead = head.map { profile.words[$0] == nil && title()?.words[$0] == nil } ?? false
            // An inclusion term's candidate by its term or its title.
            func holdsEveryWord(_ held: Profile) -> Bool { query.words.keys.allSatisfy { held.words[$0] != nil } }
            holdsAll = holdsEveryWord(profile) || title().map(holdsEveryWord) == true
            func shares(_ held: Profile, numbers: Bool) -> Bool {
                query.words.keys.contains { $0.allSatisfy(\.isNumber) == numbers && held.words[$0] != nil }
            }
            sharesOnlyNumbers = shares(profile, numbers: true) && !shares(profile, numbers: false) && title().map { !shares($0, numbers: false) } != false
            var hit = hit
            hit.holdsAll = holdsAll
            self.hit = hit
            self.bm25 = bm25
        }
    }

    /// The conditions a question joins with "with" or "and" ("hypertension with CKD stage 3") or
    /// names by an adjective ("hypertensive CKD stage 3", "diabetic foot ulcer"), each
    /// as its normalized words; empty for a question about one thing.
    static func conditions(_ described: String) -> [Set<String>] {
        let groups = tokens(described).split { $0 == "with" || $0 == "and" || $0 == "plus" }
            .map { contentWords($0.joined(separator: " ")) }
            .flatMap { group -> [ArraySlice<String>] in
                // "hypertensive CKD stage 3" names hypertension and CKD, as I12.9 does; so does
                // "icd 10 diabetic foot ulcer" diabetes and a foot ulcer (the framing is no word of it).
                guard group.count > 1, let first = group.first, sameCondition[first] != nil else { return [group[...]] }
                return [group.prefix(1), group.dropFirst()]
            }
            .map { Set($0.map(normalized)) }
            .filter { !$0.isEmpty }
        return groups.count >= 2 ? groups : []
    }

    /// The content words that name what is wrong or done at a site, in a question that names the
    /// site after "of", or after a side without "of", the head word last ("plantar fasciitis of the
    /// right foot" and "plantar fasciitis left foot": "plantar fasciitis"; "lac of the right index
    /// finger": "laceration"); `nil` without such a site or when the word before it names no
    /// condition (a side, "history", "type", "pair").
    static func conditionBeforeSite(_ described: String) -> [String]? {
        let words = tokens(described)
        let side = words.firstIndex(where: sideWords.contains).flatMap { $0 + 1 < words.count ? $0 : nil }
        guard let site = words.firstIndex(of: "of") ?? side, site > 0 else { return nil }
        let condition = contentWords(words[..<site].joined(separator: " "))
        guard let head = condition.last, head.count > 1, !sideWords.contains(head), !notHeads.contains(head), !head.allSatisfy(\.isNumber) else { return nil }
        return condition
    }

    /// The sites of ICD-10-CM's musculoskeletal titles for the parts coders name: a toe or the heel
    /// is filed under "ankle and foot" ("M10.071 Idiopathic gout, right ankle and foot"), a finger
    /// or the thumb under "hand" ("M19.041 Primary osteoarthritis, right hand"); and of the skin and
    /// soft-tissue titles: the back, chest, abdomen and flank under "trunk".
    static let regions: [String: [String]] = [
        "toe": ["ankle", "foot"], "toes": ["ankle", "foot"], "foot": ["ankle", "foot"], "feet": ["ankle", "foot"], "heel": ["ankle", "foot"],
        "finger": ["hand"], "fingers": ["hand"], "thumb": ["hand"], "knuckle": ["hand"],
        // "D17.1 … of trunk", "C43.59 Malignant melanoma of other part of trunk".
        "back": ["trunk"], "chest": ["trunk"], "abdomen": ["trunk"], "flank": ["trunk"],
    ]

    /// What a title's closeness in the words of ``regions`` counts for against one that names the part.
    static let regionWeight = 0.9

    /// `words` with the parts of ``regions`` named as the musculoskeletal titles name them, without
    /// the word that says which toe or finger ("great toe": ankle, foot).
    static func inRegions(_ words: [String]) -> [String] {
        guard words.contains(where: { regions[$0] != nil }) else { return words }
        return words.indices.flatMap { index -> [String] in
            if let region = regions[words[index]] { return region }
            let next = index + 1 < words.count ? words[index + 1] : ""
            return regions[next] != nil && whichDigit.contains(words[index]) ? [] : [words[index]]
        }
    }

    /// Words that say which toe or finger.
    private static let whichDigit: Set<String> = ["great", "big", "little", "small", "lesser", "index", "middle", "ring", "second", "third", "fourth", "fifth"]

    /// Words before "of" that name no condition at a site: "history of", "type of", "pair of".
    private static let notHeads: Set<String> = [
        "history", "type", "kind", "part", "parts", "all", "some", "one", "each", "because", "instead", "out", "pair", "set", "box", "bottle",
    ]

    /// How many of `conditions` a description names (holds at least half of its words).
    private static func named(_ conditions: [Set<String>], in description: Profile) -> Int {
        conditions.filter { condition in 2 * condition.filter { description.words[$0] != nil }.count >= condition.count }.count
    }

    /// Qualifiers that make a different code: a second condition.
    private static let qualifiers = ["with"]

    /// Words that ask for a secondary neoplasm.
    private static let secondaryWords = ["secondary", "metastatic", "metastasis", "metastase", "met"]

    /// Words that restrict a code to a population or setting the question must ask for: a supply
    /// for dialysis, a paediatric size ("wheelchair" is not "Wheelchair, pediatric size, …"), a
    /// newborn or a pregnancy ("hyponatremia" is not P74.22 "Hyponatremia of newborn").
    /// A transport accident off the public highway too: ICD-10-CM assumes a traffic accident unless
    /// another place is said (chapter 20's definitions), so "motor vehicle accident, driver injured"
    /// is V49.40 (traffic), not V49.00 (nontraffic).
    private static let restrictions = ["dialysis", "pediatric", "newborn", "neonatal", "pregnancy", "puerperium", "nontraffic"]

    /// Whether `description` restricts its code to a population or setting (``restrictions``) that `text` does not say.
    static func restricts(_ description: String, beyond text: String) -> Bool {
        adds(restrictions, in: profile(of: description), to: profile(contentWords(text).map(normalized)))
    }

    /// Whether a description holds one of `words` that the question does not say.
    /// (Profiles hold words as ``normalized(_:)`` reads them: "dialysis" is "dialysi".)
    private static func adds(_ words: [String], in description: Profile, to query: Profile) -> Bool {
        words.contains { word in
            let normalized = Self.normalized(word)
            return description.words[normalized] != nil && query.words[normalized] == nil
        }
    }

    /// Adds the ICD-10-CM codes with an inclusion term holding every word of `quoted` (else all but
    /// one of three or more, when no description matched closely), or scores a candidate by its
    /// term when the term is closer than its title: "screening colonoscopy" is Z12.11, whose term
    /// is "Encounter for screening colonoscopy NOS".
    private func addInclusionTerms(_ quoted: [String], query: Profile, conditions: [Set<String>], head: String?, affirmed: Set<String>, systems: [String],
                                   to ranked: inout [Ranked]) throws {
        guard systems.isEmpty || systems.contains(CodeSystem.icd10cm.rawValue) else { return }
        var terms = try knowledgeBase.termCandidates(match: quoted.joined(separator: " AND "), systems: systems, limit: 50)
        if terms.isEmpty, quoted.count > 2, !ranked.contains(where: { $0.hit.score >= Self.closeMatch }) {
            terms = try knowledgeBase.termCandidates(match: KnowledgeBase.allButOne(quoted), systems: systems, limit: 50)
        }
        var termed = try terms.flatMap { try withCodesBelow($0.record, term: $0.term, asked: query) }
        // A header's term without the side, encounter or depth that only the codes below it say
        // ("toe ulcer right": L97.5's "Non-pressure chronic ulcer of toe"). Only the codes below such a
        // header are candidates: the header does not say what was asked.
        let core = quoted.filter { !Self.belowHeaderWords.contains(String($0.dropFirst().dropLast())) }
        if !core.isEmpty, quoted.contains(where: { Self.onlyBelowHeaderWords.contains(String($0.dropFirst().dropLast())) }) {
            let listed = Set(terms.map(\.record.code))
            var headerTerms = try knowledgeBase.termCandidates(match: core.joined(separator: " AND "), systems: systems, limit: 50)
            // All but one of three words or more: a second condition ("diabetic ulcer right toe").
            if headerTerms.isEmpty, core.count > 2 {
                headerTerms = try knowledgeBase.termCandidates(match: KnowledgeBase.allButOne(core), systems: systems, limit: 50)
            }
            termed += try headerTerms
                .filter { $0.record.billable == false && !listed.contains($0.record.code) }
                .flatMap { try withCodesBelow($0.record, term: $0.term, asked: query).dropFirst() }
        }
        var index = Dictionary(ranked.enumerated().map { ($1.hit.record.system + " " + $1.hit.record.code, $0) }, uniquingKeysWith: { first, _ in first })
        for (record, term, words, header) in termed {
            let profile = Self.profile(words)
            let score = Self.similarity(query, profile)
            let candidate = Ranked(hit: Hit(record: record, score: score, term: term, termHeader: header), whole: score, profile: profile,
                                   title: Self.profile(of: record.description), query: query, conditions: conditions, head: head, affirmed: affirmed, bm25: 0)
            if let at = index[record.system + " " + record.code] {
                if score > ranked[at].hit.score { ranked[at] = candidate }
            } else {
                index[record.system + " " + record.code] = ranked.count
                ranked.append(candidate)
            }
        }
    }

    /// An inclusion term's code with the term, then, when the code is an ICD-10-CM header and the
    /// question says more than the term, the codes below it with the term they inherit: a
    /// subcategory's inclusion terms hold for every code under it ("toe ulcer right" is L97.519,
    /// under L97.5's "Non-pressure chronic ulcer of toe"). A code below inherits the term with the
    /// words its title adds to the header's ("right", "with fat layer exposed"): `words` (as
    /// ``termWords(_:asked:)`` gives them); `header` is the header that lists the term. Not for a
    /// header with more than ``mostInherited`` codes below it.
    private func withCodesBelow(_ record: CodeRecord, term: String, asked query: Profile) throws -> [(record: CodeRecord, term: String, words: [String], header: CodeRecord?)] {
        let words = Self.termWords(term, asked: query)
        let termed = [(record: record, term: term, words: words, header: CodeRecord?.none)]
        guard record.billable == false, record.codeSystem == .icd10cm else { return termed }
        let headerWords = Self.profile(of: record.description).words
        let beyond = Set(query.words.keys.filter { !words.contains($0) })
        // Only a term that says what the header's title does not ("toe", not "other part of foot"):
        // the codes below a title that holds the words are found by their own titles.
        guard !beyond.isEmpty, query.words.keys.contains(where: { words.contains($0) && headerWords[$0] == nil }) else { return termed }
        let below = try knowledgeBase.codes(system: record.system, startingWith: record.code, limit: Self.mostInherited + 1)
        guard below.count <= Self.mostInherited else { return termed }
        return termed + below.compactMap { code in
            let added = Self.meaningfulWords(of: code.description).filter { headerWords[$0] == nil }
            // Not a 7th character's encounter the question does not say ("fracture of left wrist" is
            // the header S62.102, not S62.102S "…, sequela", whose title adds the least).
            guard code.billable != false, added.contains(where: beyond.contains),
                  !added.contains(where: { Self.encounterWords.contains($0) && query.words[$0] == nil }) else { return nil }
            return (code, term, words + added, record)
        }
    }

    /// The words of a 7th character's encounter ("initial encounter for closed fracture", "sequela").
    private static let encounterWords: Set<String> = ["initial", "subsequent", "encounter", "sequela"]

    /// The words of a side.
    static let sideWords: Set<String> = ["right", "left", "bilateral", "both"]

    /// The side, the encounter (7th character), "with" and "other": words of 12,000 to 51,000
    /// ICD-10-CM titles each, which tell no code from the rest.
    static let commonWords: Set<String> = ["right", "left", "bilateral", "initial", "subsequent", "encounter", "sequela", "with", "other"]

    /// Words that only the codes below a header say, not its inclusion terms: the side, an ulcer's
    /// depth; and which toe ("great toe": a term says "toe"). A question with one of them is looked
    /// for among the codes below headers (``withCodesBelow(_:term:asked:)``).
    private static let onlyBelowHeaderWords: Set<String> = [
        "right", "left", "bilateral", "great", "limited", "breakdown", "fat", "layer", "exposed", "necrosis", "involvement", "evidence", "severity",
    ]

    /// The words a header's inclusion term need not hold: those only the codes below it say, the
    /// encounter, and the words that join a depth ("with fat layer exposed").
    private static let belowHeaderWords = onlyBelowHeaderWords.union(commonWords).union(["without"])

    /// The most codes below a header that inherit its inclusion terms in a search (L97.5 has 30).
    private static let mostInherited = 60

    /// The words of an inclusion term's profile: its essential words (``InclusionTerm``), with those
    /// of its nonessential modifiers that the question uses ("benign hypertension" is the term
    /// "hypertension (arterial) (benign) …" in full).
    static func termWords(_ term: String, asked query: Profile) -> [String] {
        let essential = withoutUnspecifiedPhrases(tokens(InclusionTerm.essential(term))).filter { !function.contains($0) }.map(normalized)
        let modifiers = tokens(term).map(normalized).filter { query.words[$0] != nil && !essential.contains($0) }
        return essential + Array(Set(modifiers)).sorted()
    }

    /// Whether the first word of `description` is `term` (singular), as written: a title led by
    /// the condition's adjective names another condition ("hypertension" is not led by
    /// "Hypertensive encephalopathy").
    private static func leads(_ description: String, _ term: String) -> Bool {
        tokens(description).first.map(singular) == term
    }

    /// The order of codes that share the question's description, each rule deciding only when the
    /// ones before it tie:
    /// 1. a current code set before ICD-9-CM (frozen since October 2015; its titles stay for crosswalks);
    /// 2. an active code before a terminated one (HCPCS drug codes are often re-issued with the same words);
    /// 3. the description spelled as asked, punctuation included (H54.413 "Blindness, right eye,
    ///    category 3" before H54.0X3 "Blindness right eye, category 3");
    /// 4. a billable code before a header (A41.89 before the header A41.8 that repeats its words);
    /// 5. the shorter code, as for similar descriptions: two headers with one description (S06.0 and
    ///    its placeholder level S06.0X) both need a longer code on a claim, and the broader one
    ///    names the concept; both are listed, so the coder sees the level below either way;
    /// 6. code order, so that the answer is the same every time.
    static func exactOrder(_ left: CodeRecord, _ right: CodeRecord, spelled: String) -> Bool {
        if let current = preferredCurrent(left, right) { return current }
        let leftSpelled = Self.spelled(left.description) == spelled, rightSpelled = Self.spelled(right.description) == spelled
        if leftSpelled != rightSpelled { return leftSpelled }
        if let billable = preferredBillable(left, right) { return billable }
        if left.code.count != right.code.count { return left.code.count < right.code.count }
        return (left.system, left.code) < (right.system, right.code)
    }

    /// Whether `left` goes before `right` when their descriptions match the question equally well,
    /// or `nil` when neither is preferred: a current code set, then an active code, then a billable code.
    static func preferred(_ left: CodeRecord, _ right: CodeRecord) -> Bool? {
        preferredCurrent(left, right) ?? preferredBillable(left, right)
    }

    /// A current code set before ICD-9-CM, then an active code before a terminated one; `nil` on a tie.
    private static func preferredCurrent(_ left: CodeRecord, _ right: CodeRecord) -> Bool? {
        let leftCurrent = !isICD9(left), rightCurrent = !isICD9(right)
        if leftCurrent != rightCurrent { return leftCurrent }
        let leftActive = left.terminationDate == nil, rightActive = right.terminationDate == nil
        if leftActive != rightActive { return leftActive }
        return nil
    }

    /// A billable code before a header; `nil` on a tie (or when billability is unknown for both).
    private static func preferredBillable(_ left: CodeRecord, _ right: CodeRecord) -> Bool? {
        let leftBillable = left.billable ?? true, rightBillable = right.billable ?? true
        return leftBillable == rightBillable ? nil : leftBillable
    }

    private static func isICD9(_ record: CodeRecord) -> Bool {
        record.system == CodeSystem.icd9cm.rawValue || record.system == CodeWriter.icd9ProcedureSystem
    }
}
