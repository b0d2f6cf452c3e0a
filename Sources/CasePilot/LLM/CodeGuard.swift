/// Checks every code-like token in LLM text against the knowledge base and marks the ones it
/// cannot vouch for.
///
/// Tokens are found with the same ``QuestionParser`` that reads questions, so "code-like" means
/// the same thing everywhere. A code the knowledge base does not know is marked ` [unverified]`
/// where it appears; a terminated one ` [terminated]`. Each gets one warning.
struct CodeGuard {
    /// A code the guard could not vouch for.
    struct Flag: Hashable {
        let token: CodeToken
        let existence: CodeExistence

        var marker: String {
            if case .terminated = existence { return "[terminated]" }
            return "[unverified]"
        }

        var warning: String {
            let name = "\(token.system == .modifier ? "modifier" : token.system.rawValue) \(token.display)"
            switch existence {
            case .terminated(let date?):
                let shown = date.count == 8 ? "\(date.prefix(4))-\(date.dropFirst(4).prefix(2))-\(date.suffix(2))" : date
                return "\(name) in the LLM's answer was terminated on \(shown); it is marked \(marker)"
            case .terminated(nil):
                return "\(name) in the LLM's answer is a deleted code; it is marked \(marker)"
            case .active, .notFound:
                return "\(name) in the LLM's answer is not in the knowledge base (it may be invented); it is marked \(marker) — verify it before use"
            }
        }
    }

    let knowledgeBase: KnowledgeBase
    let parser: QuestionParser
    private var verdicts: [CodeToken: CodeExistence] = [:]

    init(knowledgeBase: KnowledgeBase, parser: QuestionParser) {
        self.knowledgeBase = knowledgeBase
        self.parser = parser
    }

    /// The codes in `text` that are not known and current, in order of appearance.
    mutating func flags(in text: String) throws -> [Flag] {
        let parsed = parser.parse(Self.withoutAmounts(text))
        var flags: [Flag] = []
        // The parser takes only modifiers it knows; a guard must also see invented ones.
        let modifiers = Self.modifierCandidates(in: text).filter { !parsed.codes.contains($0) }
        for token in parsed.codes + modifiers {
            // Dotted numbers in an answer that never mentions ICD-9 are section numbers ("42 CFR 410.32").
            if token.system == .icd9cm, !parsed.mentionsICD9 { continue }
            if token.system == .icd10cm, try knowledgeBase.isCoverageDocument(token.code) { continue }
            let existence = try verdict(for: token)
            if existence != .active { flags.append(Flag(token: token, existence: existence)) }
        }
        return flags
    }

    private mutating func verdict(for token: CodeToken) throws -> CodeExistence {
        if let known = verdicts[token] { return known }
        let existence = try knowledgeBase.existence(of: token)
        verdicts[token] = existence
        return existence
    }

    /// Two-character tokens written as modifiers: after "modifier"/"mod", or hyphenated to a code
    /// (`99213-61`).
    static func modifierCandidates(in text: String) -> [CodeToken] {
        var found: [CodeToken] = []
        var previous = ""
        for piece in TextWords.split(text) where piece.isWord {
            let word = piece.text.uppercased()
            let afterModifierWord = previous.hasPrefix("modif") || previous == "mod"
            let afterCode = piece.hyphenated && previous.count == 5 && previous.allSatisfy { $0.isNumber || $0.isLetter }
            // Written as a code: digits or capitals ("modifier 61", "modifier QZ"), not "modifier is".
            let writtenAsCode = piece.text == word && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            if word.count == 2, writtenAsCode, afterModifierWord || afterCode {
                let token = CodeToken(system: .modifier, code: word)
                if !found.contains(token) { found.append(token) }
            }
            previous = piece.text.lowercased()
        }
        return found
    }

    /// `text` with a marker after every occurrence of a flagged code.
    /// - Parameter previousWord: the word before `text` (for "modifier" context across chunks).
    static func mark(_ text: String, flags: [Flag], previousWord: String = "") -> String {
        guard !flags.isEmpty else { return text }
        var codes: [String: Flag] = [:]
        var modifiers: [String: Flag] = [:]
        for flag in flags {
            if flag.token.system == .modifier { modifiers[flag.token.code] = flag } else { codes[flag.token.code] = flag }
        }
        var result = ""
        var previous = previousWord.lowercased()
        for piece in TextWords.split(text) {
            result += piece.text
            guard piece.isWord else { continue }
            let key = piece.text.uppercased().replacing(".", with: "")
            let flag = codes[key] ?? (piece.hyphenated || previous.hasPrefix("modif") || previous == "mod" ? modifiers[key] : nil)
            previous = piece.text.lowercased()
            guard let flag, !piece.precededByDollar else { continue }
            result += " " + flag.marker
        }
        return result
    }

    /// Replaces money amounts (`$100.50`) with spaces so they are not read as codes.
    static func withoutAmounts(_ text: String) -> String {
        var result = ""
        var inAmount = false
        for character in text {
            if character == "$" { inAmount = true; result.append(" "); continue }
            if inAmount, character.isNumber || character == "." || character == "," { result.append(" "); continue }
            inAmount = false
            result.append(character)
        }
        return result
    }
}
