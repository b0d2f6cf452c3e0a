/// The code an ICD-10-CM code's "use additional code" note asks for, when the question names it
/// beyond the code's own title: "type 2 diabetes with CKD stage 3b" is E11.22, whose note asks for
/// the stage (N18.1-N18.6), and N18.32; "diabetic foot ulcer of the right heel limited to
/// breakdown of skin" is E11.621 and L97.411, the site of the ulcer. And the code its "code first"
/// note puts before it: "foot ulcer of left heel with fat layer exposed, type 2 diabetes" is
/// L97.422 after E11.621.
extension CodeLookup {
    /// A code that a tabular note pairs with the best match, as the question names it.
    struct PairedCode {
        let record: CodeRecord
        /// The note that asks for it.
        let note: String
        /// Before the best match ("code first"), or after it ("use additional code").
        let comesFirst: Bool
        /// The inclusion term that names it as the question does, when one does ("Non-pressure
        /// chronic ulcer of toe" for L97.5), and the header that lists it, when it is not its own.
        var term: String? = nil
        var termHeader: CodeRecord? = nil
    }

    /// The code `best`'s "code first" note puts before it (``codeFirst(for:question:)``), else the
    /// code its "use additional code" note asks for (``additionalCode(for:question:)``), when the
    /// question names it beyond `best`'s title; `nil` otherwise.
    func pairedCode(for best: CodeRecord, question: ParsedQuestion) throws -> PairedCode? {
        if let (record, note) = try codeFirst(for: best, question: question) { return PairedCode(record: record, note: note, comesFirst: true) }
        if let (hit, note) = try additionalCode(for: best, question: question) {
            return PairedCode(record: hit.record, note: note, comesFirst: false, term: hit.term, termHeader: hit.termHeader)
        }
        return nil
    }

    /// The code that `best`'s "code first" note names, with the note, when it holds what the question
    /// says beyond `best`'s title ("type 2 diabetes" beside a heel ulcer): half of those words at
    /// least ("great toe" is in neither title of "type 1 diabetes with foot ulcer of right great
    /// toe"), among them the condition the note names ("diabetic ulcers": a heel ulcer "on the foot"
    /// is no diabetic ulcer); `nil` otherwise. Only a note that names one of those words is searched.
    func codeFirst(for best: CodeRecord, question: ParsedQuestion) throws -> (record: CodeRecord, note: String)? {
        guard best.codeSystem == .icd10cm, best.code.count >= 3 else { return nil }
        let asked = CodeSearch.contentWords(CodeSearch.searched(question.text, systems: [best.system]))
        let title = CodeSearch.profile(of: best.description).words
        // "Due to" joins the two conditions; neither title says it.
        let missing = asked.filter { title[CodeSearch.normalized($0)] == nil && !Self.causeWords.contains($0) }
        guard !missing.isEmpty else { return nil }
        let notes = try knowledgeBase.codeNotes(system: best.system, codes: Self.lineage(of: best)).filter { $0.kind == .codeFirst }
        for note in notes.sorted(by: { $0.code.count > $1.code.count }) {
            let ranges = Self.codeRanges(in: note.note)
            let named = CodeSearch.profile(of: note.note).words
            guard !ranges.isEmpty, missing.contains(where: { named[CodeSearch.normalized($0)] != nil }) else { continue }
            let subject = CodeSearch.contentWords(note.note).filter { !$0.contains(where: \.isNumber) }
            let found = try CodeSearch(knowledgeBase: knowledgeBase).search((missing + subject).joined(separator: " "), systems: [best.system], limit: Self.candidates)
            if let hit = found.first(where: { hit in
                guard hit.record.billable != false, ranges.contains(where: { $0.contains(hit.record.code) }) else { return false }
                let title = CodeSearch.profile(of: hit.record.description).words
                let held = missing.map(CodeSearch.normalized).filter { title[$0] != nil }
                return held.count * 2 >= missing.count && held.contains { named[$0] != nil }
            }) {
                return (hit.record, note.note)
            }
        }
        return nil
    }

    /// The additional code and the note that asks for it; `nil` when no code in a noted range holds
    /// what the question says beyond `best`'s title.
    func additionalCode(for best: CodeRecord, question: ParsedQuestion) throws -> (hit: CodeSearch.Hit, note: String)? {
        guard best.codeSystem == .icd10cm, best.code.count >= 3 else { return nil }
        let diagnosis = [CodeSystem.icd10cm.rawValue]
        let asked = CodeSearch.contentWords(CodeSearch.searched(question.text, systems: diagnosis))
        let title = CodeSearch.profile(of: best.description).words
        let missing = asked.filter { title[CodeSearch.normalized($0)] == nil }
        let lineage = Self.lineage(of: best)
        let search = CodeSearch(knowledgeBase: knowledgeBase)
        // The code's own notes first, then those printed under its ancestors.
        let notes = try knowledgeBase.codeNotes(system: best.system, codes: lineage).filter { $0.kind == .useAdditionalCode }
        // A code that holds all but one word, kept while a later note may name one that holds them
        // all ("long term insulin use": Z79.4, not Z79.85 "… injectable non-insulin …", whose note
        // is printed first).
        var partial: (hit: CodeSearch.Hit, note: String)?
        for note in notes.sorted(by: { $0.code.count > $1.code.count }) {
            // What the note asks to identify ("stage of chronic kidney disease"); a long list of
            // choices ("control using: insulin; oral antidiabetic drugs; …") names no one thing.
            // (Its codes, "(N18.1-N18.4, N18.9)", are the words with digits.)
            let subject = CodeSearch.contentWords(note.note).filter { word in !Self.noteFraming.contains(word) && !word.contains(where: \.isNumber) }
            guard subject.count <= Self.longestSubject else { continue }
            // The words the title lacks; when it holds them all, a number that qualifies the
            // subject, which a title may hold for a span ("stage 4" in I12.9 "… with stage 1
            // through stage 4 chronic kidney disease …"), not "type 2".
            let wanted = !missing.isEmpty ? missing : asked.indices.dropFirst()
                .filter { asked[$0].contains(where: \.isNumber) && subject.contains(asked[$0 - 1]) }.map { asked[$0] }
            let ranges = Self.codeRanges(in: note.note)
            guard !ranges.isEmpty else { continue }
            // A code the note lists whose whole title the question says, when no code holds what
            // the title lacks (or the title lacks nothing).
            func listed() throws -> (hit: CodeSearch.Hit, note: String)? {
                try listedCode(in: ranges, namedBy: asked, system: best.system).map { ($0, note.note) }
            }
            guard !wanted.isEmpty else {
                if let listed = try listed() { return listed }
                continue
            }
            let found = try search.search((wanted + subject).joined(separator: " "), systems: diagnosis, limit: Self.candidates)
            // Every word, or all but one of three or more ("right great toe" is L97.519, under
            // L97.5's "Non-pressure chronic ulcer of toe"), by the title or the inclusion term.
            let held = found.map { hit in
                ranges.contains(where: { $0.contains(hit.record.code) }) ? CodeSearch.held(of: wanted, in: hit.record.description + " " + (hit.term ?? "")) : 0
            }
            let named = found.indices.filter { held[$0] >= wanted.count - (wanted.count >= 3 ? 1 : 0) }
            // A code to report, else the header the question leaves at ("diabetic toe ulcer": L97.5,
            // without the side or the depth).
            guard let index = named.first(where: { found[$0].record.billable != false }) ?? named.first else {
                if let listed = try listed() { return listed }
                continue
            }
            if held[index] == wanted.count { return (found[index], note.note) }
            if partial == nil { partial = (found[index], note.note) }
        }
        return partial
    }

    /// A billable code that a note lists by itself ("(N18.5, N18.6)") whose whole title is among
    /// `asked`: "hypertensive ESRD" is I12.0, whose title says "end stage renal disease" too, and
    /// N18.6 "End stage renal disease", the stage its note asks for.
    private func listedCode(in ranges: [CodeRange], namedBy asked: [String], system: String) throws -> CodeSearch.Hit? {
        let question = asked.joined(separator: " ")
        for range in ranges where range.lower == range.upper {
            guard let record = try knowledgeBase.codeRecord(system: system, code: range.lower), record.billable != false else { continue }
            let title = CodeSearch.contentWords(record.description)
            if !title.isEmpty, CodeSearch.holds(question, every: title) { return CodeSearch.Hit(record: record, score: 1) }
        }
        return nil
    }

    /// The code and the categories above it, undotted: E11621, E1162, E116, E11 (its notes may be
    /// printed under any of them).
    private static func lineage(of record: CodeRecord) -> [String] {
        (3...record.code.count).map { String(record.code.prefix($0)) }
    }

    /// How many of the search's best codes are read for one in a note's ranges: the ranking reads
    /// every candidate anyway, and codes of other chapters can share the words ("right great toe":
    /// hundreds of injury codes before L97.519).
    private static let candidates = 100

    /// Words that join a condition to its cause.
    private static let causeWords: Set<String> = ["due", "from"]

    /// The most words a note's subject has when it names one thing ("stage of chronic kidney disease").
    private static let longestSubject = 8

    /// The words of a note that say what it asks for, not what to identify: "code to identify";
    /// "site", which the titles name, not say ("site of ulcer": "… ulcer of right heel …").
    private static let noteFraming: Set<String> = ["code", "codes", "use", "additional", "identify", "specify", "if", "applicable", "known", "such", "any", "associated", "site"]

    /// A span of codes a note names: "N18.1-N18.6", "L97.4-" (every code under it), "Z79.4".
    struct CodeRange: Equatable {
        /// Undotted bounds; a code under `upper` is within it too.
        let lower: String
        let upper: String

        func contains(_ code: String) -> Bool {
            code >= lower && (code <= upper || code.hasPrefix(upper))
        }
    }

    /// The codes and ranges of codes a note names, undotted: "(N18.1-N18.4, N18.9)" is N181–N184 and N189.
    static func codeRanges(in note: String) -> [CodeRange] {
        let tokens = note.split { !($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
        return tokens.compactMap { token -> CodeRange? in
            let bounds = token.split(separator: "-", omittingEmptySubsequences: true).map { $0.filter { $0 != "." } }
            guard (1...2).contains(bounds.count), bounds.allSatisfy(Self.isDiagnosisCode) else { return nil }
            return CodeRange(lower: String(bounds[0]), upper: String(bounds[bounds.count - 1]))
        }
    }

    /// A letter, a digit and one to five more characters: an undotted ICD-10-CM code or category.
    private static func isDiagnosisCode(_ text: String) -> Bool {
        let characters = Array(text)
        return (3...7).contains(characters.count) && characters[0].isUppercase && characters[0].isASCII && characters[1].isNumber
            && characters.dropFirst(2).allSatisfy { ($0.isNumber || $0.isUppercase) && $0.isASCII }
    }
}
