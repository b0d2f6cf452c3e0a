/// A word or phrase that points to a category, with its weight.
struct Cue: Sendable {
    /// Lower-case words.
    let words: [String]
    let category: Category
    let weight: Double
    /// Counts only when the question is recognisably about coding (a code or a domain word).
    let needsDomain: Bool

    init(_ phrase: String, _ category: Category, _ weight: Double, needsDomain: Bool = false) {
        // The lexicon has some 1,800 cues, built when its table is: most are one word, and the
        // others are split on UTF-8 bytes.
        self.words = phrase.utf8.contains(UInt8(ascii: " "))
            ? phrase.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) } : [phrase]
        self.category = category
        self.weight = weight
        self.needsDomain = needsDomain
    }

    init(words: [String], category: Category, weight: Double, needsDomain: Bool) {
        self.words = words
        self.category = category
        self.weight = weight
        self.needsDomain = needsDomain
    }
}
