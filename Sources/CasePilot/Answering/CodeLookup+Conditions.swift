/// Several conditions or services named together ("chest pain and shortness of breath"), which no
/// single code names: one code for each.
extension CodeLookup {
    /// The parts of a description joined by "and" (and commas before it: "fever, cough and sore
    /// throat"), when there are two to four and each has words of its own; `nil` otherwise, and for
    /// a condition "with" several things ("diabetes with CKD and neuropathy" is diabetes with both,
    /// two diabetes codes). Commas alone join no parts: official descriptions are full of them.
    static func joinedParts(_ described: String) -> [String]? {
        let lower = described.lowercased()
        guard let lastJoin = lower.ranges(of: " and ").last else { return nil }
        let listed = lower[..<lastJoin.lowerBound]
        let firstJoin = listed.firstIndex(of: ",") ?? lastJoin.lowerBound
        guard !CodeSearch.tokens(String(lower[..<firstJoin])).contains("with") else { return nil }
        let parts = (listed.split(separator: ",").flatMap { $0.split(separator: " and ") } + [lower[lastJoin.upperBound...]])
            .map { String($0).trimmed() }
        guard (2...4).contains(parts.count), parts.allSatisfy({ !CodeSearch.contentWords($0).isEmpty }) else { return nil }
        return parts
    }

    /// One code per part when the description joins parts that a code each names
    /// (``Answerer/codeNaming(_:)``); `nil` when it joins none, or a part names no code.
    func eachPart(_ question: ParsedQuestion) throws -> Resolution? {
        guard let parts = Self.joinedParts(CodeSearch.described(question.text)) else { return nil }
        let answerer = Answerer(knowledgeBase: knowledgeBase)
        let parser = QuestionParser()
        let asked = parts.map { parser.parse($0) }
        guard try asked.allSatisfy({ try answerer.codeNaming($0) != nil }) else { return nil }
        var resolution = Resolution()
        var lines: [String] = []
        var found: [Resolution] = []
        for (part, question) in zip(parts, asked) {
            let answer = try searchByDescription(question)
            guard let first = answer.paragraphs.first?.split(separator: "\n").first, let code = answer.codes.first else { return nil }
            let line = first.hasPrefix(Self.bestMatch) ? first.dropFirst(Self.bestMatch.count) : first
            lines.append("- \(part): \(line)")
            resolution.add(code: code)
            found.append(answer)
        }
        resolution.add("Each has a code of its own:\n" + lines.joined(separator: "\n"))
        for answer in found {
            for citation in answer.citations where !resolution.citations.contains(citation) { resolution.citations.append(citation) }
            for code in answer.codes.dropFirst() { resolution.add(code: code) }
        }
        if resolution.codes.prefix(parts.count).allSatisfy({ $0.system == .icd10cm }) {
            resolution.add("No single code names them together. List first the one chiefly responsible for the encounter; a sign or symptom that is routinely part of a confirmed diagnosis is not coded separately (ICD-10-CM Official Guidelines I.B.5).")
        }
        return resolution
    }
}
