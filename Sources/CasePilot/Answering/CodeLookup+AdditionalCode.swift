/// The code an ICD-10-CM code's "use additional code" note asks for, when the question names it
/// beyond the code's own title: "type 2 diabetes with CKD stage 3b" is E11.22, whose note asks for
/// the stage (N18.1-N18.6), and N18.32; "diabetic foot ulcer of the right heel limited to
/// breakdown of skin" is E11.621 and L97.411, the site of the ulcer.
extension CodeLookup {
    /// The additional code and the note that asks for it; `nil` when no code in a noted range holds
    /// what the question says beyond `best`'s title.
    func additionalCode(for best: CodeRecord, question: ParsedQuestion) throws -> (record: CodeRecord, note: String)? {
        guard best.codeSystem == .icd10cm, best.code.count >= 3 else { return nil }
        let diagnosis = [CodeSystem.icd10cm.rawValue]
        let asked = CodeSearch.contentWords(CodeSearch.searched(question.text, systems: diagnosis))
        // The words the title lacks; when it holds them all, the numbers, which a title may hold for
        // a span ("stage 4" in I12.9 "… with stage 1 through stage 4 chronic kidney disease …").
        let missing = asked.filter { !CodeSearch.holds(best.description, every: [$0]) }
        let wanted = missing.isEmpty ? asked.filter { $0.contains(where: \.isNumber) } : missing
        guard !wanted.isEmpty else { return nil }
        let lineage = (3...best.code.count).map { String(best.code.prefix($0)) }
        let search = CodeSearch(knowledgeBase: knowledgeBase)
        for note in try knowledgeBase.codeNotes(system: best.system, codes: lineage) where note.kind == .useAdditionalCode {
            let ranges = Self.codeRanges(in: note.note)
            guard !ranges.isEmpty else { continue }
            // What the note asks to identify ("stage of chronic kidney disease"), with the words the title lacks.
            let subject = CodeSearch.contentWords(note.note).filter { word in !Self.noteFraming.contains(word) && !ranges.contains { $0.mentions(word) } }
            let found = try search.search((wanted + subject).joined(separator: " "), systems: diagnosis, limit: 10)
            if let hit = found.first(where: { hit in
                hit.record.billable != false && ranges.contains { $0.contains(hit.record.code) } && CodeSearch.holds(hit.record.description, every: wanted)
            }) {
                return (hit.record, note.note)
            }
        }
        return nil
    }

    /// The words of a note that say what it asks for, not what to identify: "code to identify".
    private static let noteFraming: Set<String> = ["code", "codes", "use", "additional", "identify", "if", "applicable", "such", "any", "associated"]

    /// A span of codes a note names: "N18.1-N18.6", "L97.4-" (every code under it), "Z79.4".
    struct CodeRange: Equatable {
        /// Undotted bounds; a code under `upper` is within it too.
        let lower: String
        let upper: String

        func contains(_ code: String) -> Bool {
            code >= lower && (code <= upper || code.hasPrefix(upper))
        }

        /// Whether `word` (lower case) is one of the range's codes as a note writes them.
        func mentions(_ word: String) -> Bool {
            let undotted = word.uppercased().filter { $0 != "." && $0 != "-" }
            return undotted == lower || undotted == upper
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
