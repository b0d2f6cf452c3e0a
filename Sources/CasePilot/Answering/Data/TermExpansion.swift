/// Spells out the words of a table inside a question ("COPD with exacerbation" →
/// "chronic obstructive pulmonary disease with exacerbation"), keeping the rest as typed.
enum TermExpansion {
    /// `text` with every word listed in `table` (a whole word of letters and digits, any case,
    /// "COPD?" and "B12" included) spelled out.
    static func expanded(_ text: String, with table: [String: String]) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { chunk -> String in
            let word = chunk.drop { !$0.isLetter }
            let core = word.prefix { $0.isLetter || $0.isNumber }
            guard let expansion = table[core.lowercased()], word.dropFirst(core.count).allSatisfy({ !$0.isLetter && !$0.isNumber }) else {
                return String(chunk)
            }
            return String(chunk.prefix(chunk.count - word.count)) + expansion + String(word.dropFirst(core.count))
        }.joined(separator: " ")
    }
}
