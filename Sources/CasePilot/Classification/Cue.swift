/// A word or phrase that points to a category, with its weight.
struct Cue: Sendable {
    /// Lower-case words; a final `*` on the last word matches any word starting with it.
    let words: [String]
    let category: Category
    let weight: Double
    /// Counts only when the question is recognisably about coding (a code or a domain word).
    let needsDomain: Bool

    init(_ phrase: String, _ category: Category, _ weight: Double, needsDomain: Bool = false) {
        // Split on UTF-8 bytes: the lexicon builds some 1,800 cues when a process starts.
        self.words = phrase.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
        self.category = category
        self.weight = weight
        self.needsDomain = needsDomain
    }

    /// The first word without a final `*`: the key the classifier finds the cue by.
    var key: String {
        words[0].utf8.last == UInt8(ascii: "*") ? String(words[0].dropLast()) : words[0]
    }

    /// Whether the cue matches `words` starting at `start`.
    func matches(_ words: [String], at start: Int) -> Bool {
        guard start + self.words.count <= words.count else { return false }
        for (offset, cueWord) in self.words.enumerated() {
            let word = words[start + offset]
            if cueWord.hasSuffix("*") {
                guard word.hasPrefix(cueWord.dropLast()) else { return false }
            } else if word != cueWord {
                return false
            }
        }
        return true
    }
}
