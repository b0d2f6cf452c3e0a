/// Reads a code typed without its dot by the code set that has it. A letter and four digits is
/// both a HCPCS code and an undotted ICD-10-CM code: the parser picks one by the words around it
/// ("G2116 … diagnosis" is G21.16; "what is E1165" is HCPCS E1165). When the code set it picked
/// has no such code and the other one has, the other reading is the code the coder typed. A
/// diagnosis asked for a code that both sets have ("what diagnosis code for G0439") is the
/// diagnosis of the HCPCS service, not ICD-10-CM G04.39.
struct CodeReading {
    let knowledgeBase: KnowledgeBase

    /// `question` with each such code read by the code set that has it, and without an LCD's or
    /// article's id that no code set has, imported or called an LCD ("LCD L33797" is not
    /// ICD-10-CM L33.797).
    func existing(_ question: ParsedQuestion) throws -> ParsedQuestion {
        var changed = false
        var codes = question.codes
        for (index, code) in codes.enumerated() {
            guard let other = Self.otherReading(code, in: question),
                  try knowledgeBase.existence(of: code) == .notFound || other.system == .hcpcs && Self.asksForItsDiagnosis(code, question),
                  try knowledgeBase.existence(of: other) != .notFound else { continue }
            codes[index] = other
            changed = true
        }
        let documents = question.coverageDocumentIDs
        if !documents.isEmpty {
            let kept = try codes.filter { code in
                try !documents.contains(code.code) || knowledgeBase.existence(of: code) != .notFound
                    || !question.namesCoverageDocuments && knowledgeBase.lcdDocument(id: code.code) == nil
            }
            changed = changed || kept.count < codes.count
            codes = kept
        }
        guard changed else { return question }
        return ParsedQuestion(text: question.text, words: question.words, codes: codes, mentionsICD9: question.mentionsICD9, setting: question.setting)
    }

    /// Whether the question asks for the diagnosis that goes with `code`: a diagnosis word, then
    /// the code after "for", "with", "support" or "justify" ("which dx goes with G0008").
    static func asksForItsDiagnosis(_ code: CodeToken, _ question: ParsedQuestion) -> Bool {
        let words = question.words
        guard let at = words.firstIndex(of: code.code.lowercased()), at > 0,
              ["for", "with", "support", "supports", "justify", "justifies"].contains(words[at - 1]) else { return false }
        return words[..<at].contains { diagnosisWords.contains($0) }
    }

    private static let diagnosisWords: Set<String> = ["diagnosis", "diagnoses", "dx", "icd", "icd10", "icd10cm"]

    /// The other code set's reading of a code typed as a letter and four digits without a dot.
    static func otherReading(_ code: CodeToken, in question: ParsedQuestion) -> CodeToken? {
        let characters = Array(code.code)
        guard characters.count == 5, CodeShapes.hcpcsLetters.contains(characters[0]), characters.dropFirst().allSatisfy(\.isNumber),
              question.words.contains(code.code.lowercased()) else { return nil }
        switch code.system {
        case .hcpcs: return CodeToken(system: .icd10cm, code: code.code)
        case .icd10cm: return CodeToken(system: .hcpcs, code: code.code)
        default: return nil
        }
    }
}
