/// A code set named by its first letter: "J codes", "what G code is …", "Z code for …".
enum CodeLetter {
    /// Whether `words[index]` (lower-case words) is a code set's letter: one letter before "code" or
    /// "codes". Not the pronoun of "can I code …" or "how do I code for …": the I codes are only
    /// named in the plural.
    static func isNamed(at index: Int, in words: [String]) -> Bool {
        guard index + 1 < words.count, words[index].utf8.count == 1, words[index].utf8.first!.isASCIILetter else { return false }
        let noun = words[index + 1]
        return noun == "codes" || noun == "code" && words[index] != "i"
    }
}
