/// A word or phrase that points to a category, with its weight.
struct Cue: Sendable {
    /// Lower-case words; a final `*` on the last word matches any word starting with it.
    let words: [String]
    let category: Category
    let weight: Double
    /// Counts only when the question is recognisably about coding (a code or a domain word).
    let needsDomain: Bool

    init(_ phrase: String, _ category: Category, _ weight: Double, needsDomain: Bool = false) {
        self.words = phrase.split(separator: " ").map(String.init)
        self.category = category
        self.weight = weight
        self.needsDomain = needsDomain
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
