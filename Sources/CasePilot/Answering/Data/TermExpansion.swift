/// Spells out the words of a table inside a question ("COPD with exacerbation" →
/// "chronic obstructive pulmonary disease with exacerbation"), keeping the rest as typed.
enum TermExpansion {
    /// `text` with every word listed in `table` (a whole word of letters and digits, any case,
    /// "COPD?" and "B12" included) spelled out.
    static func expanded(_ text: String, with table: [String: String]) -> String {
        var changed = false
        let chunks = text.split(separator: " ", omittingEmptySubsequences: false).map { chunk -> Substring in
            let word = chunk.drop { !$0.isLetter }
            let core = word.prefix { $0.isLetter || $0.isNumber }
            guard let expansion = table[core.lowercased()], word.dropFirst(core.count).allSatisfy({ !$0.isLetter && !$0.isNumber }) else {
                return chunk
            }
            changed = true
            return Substring(String(chunk.prefix(chunk.count - word.count)) + expansion + String(word.dropFirst(core.count)))
        }
        // Most questions name nothing of a table: they are returned as they are, not rebuilt.
        return changed ? chunks.joined(separator: " ") : text
    }

    /// `text` with every phrase of `table` (lower-case words, whole words) spelled out; lower-case
    /// when a phrase was found ("Well child visit" → "routine child health examination visit").
    static func expanded(_ text: String, phrases table: [(phrase: String, expansion: String)]) -> String {
        var lower = text.lowercased()
        // Only the phrases whose first word the text holds are looked for (a search runs this on
        // every question, and a substring search per phrase is slow).
        let words = Set(lower.utf8.split { !isLetterOrDigit($0) }.map { Substring($0) })
        var changed = false
        for (phrase, expansion) in table where words.contains(Substring(phrase.utf8.prefix(while: isLetterOrDigit))) {
            var searchStart = lower.startIndex
            while let range = lower[searchStart...].firstRange(of: phrase) {
                let before = range.lowerBound == lower.startIndex ? nil : lower[lower.index(before: range.lowerBound)]
                let after = range.upperBound == lower.endIndex ? nil : lower[range.upperBound]
                guard !(before?.isLetter ?? false), !(after?.isLetter ?? false) else {
                    searchStart = range.upperBound
                    continue
                }
                lower.replaceSubrange(range, with: expansion)
                changed = true
                searchStart = lower.index(range.lowerBound, offsetBy: expansion.count)
            }
        }
        return changed ? lower : text
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte.isASCIILetter || byte.isASCIIDigit
    }
}
