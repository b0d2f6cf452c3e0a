/// An inclusion term of the ICD-10-CM tabular ("hypertension (arterial) (benign) (essential)"
/// under I10), reduced to the words a coder would look it up by.
///
/// Parenthesized words are nonessential modifiers: they may be present or not without changing the
/// code (ICD-10-CM Official Guidelines I.A.7), and "NOS" (not otherwise specified) means the plain
/// term. "hypertension (arterial) (benign)" and "diabetes NOS" are found as "hypertension" and
/// "diabetes".
enum InclusionTerm {
    /// `term` without parenthesized modifiers or a final "NOS", single-spaced.
    static func essential(_ term: String) -> String {
        var kept = ""
        var depth = 0
        for character in term {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { kept.append(character) }
        }
        var words = kept.split(whereSeparator: \.isWhitespace)
        if words.last == "NOS" { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// The stored key of `term`: the description key of its essential words.
    static func key(_ term: String) -> Int {
        DescriptionKey.key(essential(term))
    }
}
