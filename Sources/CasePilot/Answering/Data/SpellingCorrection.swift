/// Misspelt words of a question read as the code sets and the authored knowledge spell them:
/// "hypertention" is "hypertension", "acupunture" is "acupuncture". A word that no imported
/// description or term and no authored entry uses is replaced by the most used one that is one edit
/// away (a letter changed, added or dropped, or two neighbours swapped) and starts with the same
/// two letters; a word with no such neighbour stays.
struct SpellingCorrection {
    let knowledgeBase: KnowledgeBase

    /// The shortest word corrected: shorter words have too many neighbours one edit away.
    static let shortestCorrected = 5

    /// `text` (lower-case) with its misspelt words replaced, a note saying how they were read, and
    /// each replaced word's reading; `nil` when no word was replaced.
    func corrected(_ text: String) throws -> (text: String, note: String, readings: [String: String])? {
        var replaced: [(typed: String, read: String)] = []
        for word in Set(CodeSearch.contentWords(text)) where word.utf8.count >= Self.shortestCorrected && KnowledgeBase.isSpelledWord(word) {
            guard try !knowledgeBase.isKnownWord(word), let read = try correction(of: word) else { continue }
            replaced.append((word, read))
        }
        guard !replaced.isEmpty else { return nil }
        replaced.sort { $0.typed < $1.typed }
        var result = text
        for (typed, read) in replaced { result = Self.replacingWord(typed, with: read, in: result) }
        let readings = replaced.map { "\"\($0.typed)\" as \"\($0.read)\"" }.joined(separator: ", ")
        return (result, "Read \(readings).", Dictionary(uniqueKeysWithValues: replaced))
    }

    /// The most used recorded word one edit away from `word`, with its first two letters.
    private func correction(of word: String) throws -> String? {
        let typed = Array(word.utf8)
        return try knowledgeBase.knownWords(startingWith: String(word.prefix(2)))
            .filter { abs($0.word.utf8.count - typed.count) <= 1 && LexiconTable.distance(typed, Array($0.word.utf8)) == 1 }
            .max { ($0.uses, $1.word) < ($1.uses, $0.word) }?.word
    }

    /// `question` with its misspelt words replaced (its codes kept), and the note; `nil` when no
    /// word was replaced.
    func corrected(_ question: ParsedQuestion) throws -> (question: ParsedQuestion, note: String)? {
        guard let correction = try corrected(question.text.lowercased()) else { return nil }
        let words = question.words.map { correction.readings[$0] ?? $0 }
        return (ParsedQuestion(text: correction.text, words: words, codes: question.codes, mentionsICD9: question.mentionsICD9, setting: question.setting),
                correction.note)
    }

    /// `text` with each whole-word `word` replaced by `replacement`.
    static func replacingWord(_ word: String, with replacement: String, in text: String) -> String {
        var result = ""
        var current = ""
        func flush() {
            result += current == word ? replacement : current
            current = ""
        }
        for character in text {
            if character.isLetter {
                current.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
