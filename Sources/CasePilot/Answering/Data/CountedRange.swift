/// The code of a service whose codes step by a count the question gives: "trigger point injections
/// in 4 muscles" is 20553 ("… three or more muscles"), "debridement of 7 nails" 11721 ("… six or
/// more nails"), "patient portal e-visit 15 minutes" 99422 ("… 11 to 20 minutes"). Of the authored
/// entries the question's other words find, those whose titles step by the thing counted are one
/// family; the first whose range holds the count is the code.
struct CountedRange {
    let knowledgeBase: KnowledgeBase

    /// A number of things the question counts: "4 muscles", "16 warts", "20 skin tags".
    struct Count: Equatable {
        let value: Double
        /// Up to three words after the number, as asked ("muscles", "skin tags").
        let words: [String]
        /// ``words`` normalized, one of which names what is counted (read once: every hit compares them).
        let nouns: Set<String>

        init(value: Double, words: [String]) {
            self.value = value
            self.words = words
            nouns = Set(words.map(CodeSearch.normalized))
        }
    }

    /// A count a title covers, from `lower` to `upper` inclusive, and the words after it (normalized:
    /// what it counts, or its unit).
    struct Span: Equatable {
        let lower: Double
        let upper: Double
        let after: Set<String>
        /// Read from "first" alone ("…, first lesion"), not from a number.
        var first = false

        func holds(_ value: Double) -> Bool { value >= lower && value <= upper }
    }

    /// The count a question gives and the words it counts; `nil` for none, for a size, dose, age or
    /// date, or for the minutes of an office visit or of timed therapy, which are computed elsewhere.
    static func count(in question: ParsedQuestion) -> Count? {
        let words = question.words
        guard let index = words.indices.first(where: { number(words[$0]) != nil && $0 + 1 < words.count && number(words[$0 + 1]) == nil }),
              let value = number(words[index]) else { return nil }
        let thing = words[index + 1]
        guard thing.allSatisfy(\.isLetter), !notCounted.contains(thing), !KnowledgeBase.stopWords.contains(thing) else { return nil }
        if thing.hasPrefix("min"), OfficeVisitTime.request(in: question) != nil || !TimedUnits.resolve(question).isEmpty { return nil }
        return Count(value: value, words: Array(words[(index + 1)...].prefix(3)))
    }

    /// Whether the question counts something that authored titles step by ("7 nails"), for the
    /// classifier's sake before any search: minutes only with a service named that has no time rule
    /// of its own (a portal e-visit, a phone call, an e-consult, counselling).
    static func counts(_ question: ParsedQuestion) -> Bool {
        guard let count = count(in: question) else { return false }
        return !count.nouns.isDisjoint(with: countedThings)
            || count.nouns.contains("minute") && question.words.contains(where: timedServices.contains)
    }

    /// Services whose codes step by minutes without a time rule of their own.
    private static let timedServices: Set<String> = ["portal", "evisit", "phone", "telephone", "econsult", "interprofessional", "counseling", "counselling"]

    /// Units a title's range may measure in, which are no things counted.
    private static let units: Set<String> = Set(["cm", "mm", "minute", "hour", "mg", "ml", "year", "day", "week", "month", "unit"].map(CodeSearch.normalized))

    /// Things whose codes step by how many there are.
    private static let countedThings: Set<String> = Set(["muscles", "nails", "warts", "lesions", "tags", "corns", "callus", "calluses", "keratosis", "keratoses"]
        .map(CodeSearch.normalized))

    /// Words after a number that say it is no count of things: sizes, doses, ages, times of day, money.
    private static let notCounted: Set<String> = [
        "cm", "mm", "inch", "inches", "mg", "mcg", "ml", "cc", "g", "gram", "grams", "unit", "units", "year", "years", "yr", "yrs", "yo", "month",
        "months", "week", "weeks", "day", "days", "hour", "hours", "am", "pm", "percent", "dollars", "times", "x",
    ]

    /// A word as a number of things: digits from 1 to 999, or a number word up to thirty.
    static func number(_ word: String) -> Double? {
        if let value = Double(word), value > 0, value < 1_000 { return value }
        return numberWords[word].map(Double.init)
    }

    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    ]

    /// The counts a title's words cover: "one to five nails", "six or more nails", "one or two
    /// muscles", "5 to 10 minutes", "21 or more minutes", "lesions 2 through 14", "up to fifteen
    /// tags", "over 10 minutes".
    static func spans(inTitle title: String) -> [Span] {
        let words = CodeSearch.tokens(title)
        var spans: [Span] = []
        func after(_ end: Int) -> Set<String> {
            Set(words[min(end, words.count)...].filter { !["or", "and", "a", "the", "of"].contains($0) }.prefix(3).map(CodeSearch.normalized))
        }
        var index = 0
        while index < words.count {
            defer { index += 1 }
            let word = words[index]
            func next(_ offset: Int) -> String? { index + offset < words.count ? words[index + offset] : nil }
            if (word == "up" && next(1) == "to") || ((word == "over" || word == "more") && next(1).flatMap(number) != nil)
                || (word == "more" && next(1) == "than") {
                let numberAt = word == "up" || next(1) == "than" ? index + 2 : index + 1
                guard numberAt < words.count, let value = number(words[numberAt]) else { continue }
                if word == "up" {
                    // "over 3 and up to 10 minutes": the "over" before it gave the lower bound.
                    if let last = spans.last, last.upper == .infinity, index >= 3, words[index - 1] == "and" {
                        spans[spans.count - 1] = Span(lower: last.lower, upper: value, after: after(numberAt + 1))
                    } else {
                        spans.append(Span(lower: 1, upper: value, after: after(numberAt + 1)))
                    }
                } else {
                    spans.append(Span(lower: value + 0.01, upper: .infinity, after: after(numberAt + 1)))
                }
                index = numberAt
                continue
            }
            guard let lower = number(word) else { continue }
            if let joint = next(1), ["to", "through", "or"].contains(joint), let upper = next(2).flatMap(number) {
                spans.append(Span(lower: lower, upper: upper, after: after(index + 3)))
                index += 2
            } else if next(1) == "or", next(2) == "more" {
                spans.append(Span(lower: lower, upper: .infinity, after: after(index + 3)))
                index += 2
            }
        }
        // "…, first lesion": one, when the title names no other count.
        if spans.isEmpty, let first = words.firstIndex(of: "first"), first + 1 < words.count {
            spans.append(Span(lower: 1, upper: 1, after: after(first + 1), first: true))
        }
        return spans
    }

    /// The entry whose title's range holds the question's count, first, with the range it was
    /// chosen by; empty when the question counts nothing or no family of entries steps by it.
    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        guard question.codes.isEmpty, let count = Self.count(in: question) else { return Resolution() }
        let hits = try knowledgeBase.search(words: question.words.filter { Self.number($0) == nil }, kinds: [.code], limit: 12)
        // The entries whose titles name what is counted and step by a count of it (not by a size or
        // a time), best first; two or more make a family ("Destroying warts …, up to 14" and
        // "Destroying 15 or more warts …").
        let found = hits.compactMap { hit -> (entry: StoredEntry, span: Span, names: Set<String>)? in
            guard let span = Self.spans(inTitle: hit.entry.title).first else { return nil }
            let names = CodeSearch.normalizedWords(([hit.entry.title] + hit.entry.keywords).joined(separator: ", "))
            guard !names.isDisjoint(with: count.nouns), !span.after.isDisjoint(with: count.nouns) || span.after.isDisjoint(with: Self.units) else { return nil }
            return (hit.entry, span, names)
        }
        // A "first" belongs to a family that goes on from the second ("lesions 2 through 14"), not
        // to one that starts again at one ("first nail" is no nail debridement of "one to five nails").
        let family = found.filter { !$0.span.first || found.contains { $0.span.lower == 2 } }
        // The family is what the question asks about: its titles and keywords hold a third of the
        // question's other words or more ("nail avulsion 2 nails" is no nail debridement).
        let asked = Set(CodeSearch.contentWords(CodeSearch.described(question.text))
            .filter { !KnowledgeBase.stopWords.contains($0) && !CodeLookup.requestChatter.contains($0) && Self.number($0) == nil }
            .map(CodeSearch.normalized)).subtracting(count.nouns)
        let named = family.reduce(into: Set<String>()) { $0.formUnion($1.names) }
        guard family.count >= 2, 3 * asked.count(where: named.contains) >= asked.count else { return Resolution() }
        // Of those whose range holds the count: a current code before a deleted one, and one for
        // anyone before a non-physician's the question does not ask for.
        let asksNonPhysician = question.words.contains { $0 == "non" || $0.hasPrefix("nonphysician") }
        func rank(_ entry: StoredEntry) -> Int {
            (entry.isDeleted ? 2 : 0) + (!asksNonPhysician && entry.title.lowercased().contains("non-physician") ? 1 : 0)
        }
        guard let chosen = family.filter({ $0.span.holds(count.value) }).enumerated()
            .min(by: { (rank($0.element.entry), $0.offset) < (rank($1.element.entry), $1.offset) })?.element else { return Resolution() }
        var resolution = Resolution()
        func codeOf(_ entry: StoredEntry) -> String { entry.codeReference.map { "\($0.system.rawValue) \($0.code)" } ?? entry.title }
        // The count as asked, up to the word the entry names ("3 actinic keratoses").
        let counted = count.words.prefix(through: count.words.lastIndex { chosen.names.contains(CodeSearch.normalized($0)) } ?? 0)
        let countText = "\(WoundRepair.shown(count.value)) \(counted.joined(separator: " "))"
        // An add-on for the things after the first few goes with the code for those few: 3 actinic
        // keratoses are 17000 for the first and 17003 for each of the other two.
        if chosen.entry.title.lowercased().hasPrefix("add-on"), chosen.span.lower > 1,
           let primary = family.first(where: { $0.span.lower == 1 && $0.span.upper == chosen.span.lower - 1 }) {
            let units = Int(count.value - primary.span.upper)
            let first = primary.span.upper == 1 ? "the first" : "the first \(WoundRepair.shown(primary.span.upper))"
            resolution.add("\(countText): \(codeOf(primary.entry)) for \(first), plus \(codeOf(chosen.entry)) × \(units) for the others.")
            for entry in [primary.entry, chosen.entry] {
                resolution.add(entry)
                entry.codeReference.map { resolution.add(code: $0) }
            }
            return resolution
        }
        resolution.add("\(countText): \(codeOf(chosen.entry)) is the code of its family whose range holds the count.")
        resolution.add(chosen.entry)
        chosen.entry.codeReference.map { resolution.add(code: $0) }
        return resolution
    }
}
