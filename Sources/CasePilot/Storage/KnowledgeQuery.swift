/// The full-text query of a knowledge search: the `MATCH` expression over `kb_fts`, the names of
/// its phrases for the rank function (`BM25Function`), and the condition on required words.
struct KnowledgeQuery {
    /// bm25's column weights: title, keywords, questions, body; category and kind (filters) count nothing.
    static let weights = "8.0, 5.0, 5.0, 1.0, 0.0, 0.0"

    let match: String
    /// The phrases as FTS5 numbers them (in the order written), one per line, each with the
    /// columns it is searched in: the rank function keeps their frequencies under these names.
    let phraseNames: String

    /// Entries must hold two of the required words, or every one when there are fewer than two
    /// (`requiredWordsQuery`).
    enum Requirement: Equatable {
        /// Each required word is a phrase of `match` (bit `n` of `mask`: phrase `n`); checked on
        /// each matching row by `PhrasePresence`, from the positions the match has read already.
        case phrases(mask: Int64, minimum: Int)
        /// Otherwise, a full-text query of its own (`requiredWordsQuery`).
        case query(String)
    }
    let requirement: Requirement?

    /// The query of a search (see `KnowledgeBase.search`); `nil` when no word is left to search.
    init?(words: [String], categories: [Category]?, kinds: [KnowledgeEntry.Kind]?, everyWordInTitle: Bool, requiring required: [String] = [],
          keepingStopWords: Bool = false) {
        let cleaned = words.map(KnowledgeBase.searchable)
        let terms = Set(cleaned.filter { (keepingStopWords || !KnowledgeBase.stopWords.contains($0)) && $0.count > 1 })
        // Phrases: adjacent word pairs ("code first", "two midnight"), so that entries that use
        // the question's own phrasing rank above entries that merely repeat its commonest word;
        // a code set's letter before "code" or "codes" ("J codes", "Z code"), singular or plural;
        // a compound whose second word is a stop word ("add-on", "follow-up").
        var phrases: Set<String> = []
        // A letter that begins a word ("e-visit", "x-ray", "hepatitis b vaccine"), searched with it;
        // not the letter that ends a compound ("part d covers") nor the second letter of an
        // abbreviation ("I&D abscess", "D&C").
        var lettered: Set<String> = []
        for index in cleaned.indices.dropLast() {
            let (first, second) = (cleaned[index], cleaned[index + 1])
            if terms.contains(first) && terms.contains(second) && !first.contains(" ") && !second.contains(" ") {
                phrases.insert("\"\(first) \(second)\"")
            }
            if CodeLetter.isNamed(at: index, in: cleaned) {
                phrases.insert("\"\(first) code\"*")
            } else if KnowledgeBase.compounds.contains([first, second]) {
                phrases.insert("\"\(first) \(second)\"")
            } else if Self.isLetterPrefix(first, of: second, keepingStopWords: keepingStopWords), terms.contains(second),
                      index == 0 || !KnowledgeBase.compounds.contains([cleaned[index - 1], first]) && cleaned[index - 1].count > 1 {
                lettered.insert("\"\(first) \(second)\"")
            }
        }
        let singles = terms.subtracting(KnowledgeBase.pairOnlyWords)
        guard !singles.isEmpty || (!everyWordInTitle && !phrases.isEmpty) else { return nil }
        let quoted = (singles.map { "\"\($0)\"" } + lettered).sorted()
        let searched = everyWordInTitle ? quoted : quoted + phrases.sorted()
        let text = everyWordInTitle ? "{title keywords} : (\(searched.joined(separator: " AND ")))" : "(\(searched.joined(separator: " OR ")))"
        // Category and kind are filters inside the full-text query: only the entries that pass are
        // ranked (a join to `kb_entry` ranked every entry sharing a common word first).
        let filters = Self.filters(categories: categories, kinds: kinds)
        match = (filters.included.map { "(\($0.joined(separator: " OR ")))" } + [text]).joined(separator: " AND ")
            + filters.excluded.map { " NOT \($0)" }.joined()
        let scope = everyWordInTitle ? "{title keywords} : " : ""
        let numbered = filters.included.joined() + searched.map { scope + $0 } + filters.excluded
        phraseNames = numbered.joined(separator: "\n")
        requirement = Self.requirement(required, phrases: numbered)
    }

    /// Whether `letter` is a single letter written before `word` as part of its name ("e visit"),
    /// not an article or pronoun ("a", "i").
    private static func isLetterPrefix(_ letter: String, of word: String, keepingStopWords: Bool) -> Bool {
        letter.utf8.count == 1 && letter.utf8.first!.isASCIILetter && (keepingStopWords || !KnowledgeBase.stopWords.contains(letter))
            && word.utf8.first.map { $0.isASCIILetter } == true
    }

    private static func requirement(_ words: [String], phrases: [String]) -> Requirement? {
        let terms = requiredTerms(words)
        guard let query = requiredWordsQuery(words) else { return nil }
        let indexes = terms.compactMap { phrases.firstIndex(of: $0) }
        guard indexes.count == terms.count, indexes.allSatisfy({ $0 < 63 }) else { return .query(query) }
        return .phrases(mask: indexes.reduce(0) { $0 | 1 << Int64($1) }, minimum: min(2, terms.count))
    }

    private static func requiredTerms(_ words: [String]) -> [String] {
        Set(words.map(KnowledgeBase.searchable).filter { !$0.isEmpty }).sorted().map { "\"\($0)\"" }
    }

    /// The full-text query for entries holding two of `words`, or every one when there are fewer
    /// than two; `nil` for none.
    static func requiredWordsQuery(_ words: [String]) -> String? {
        let terms = requiredTerms(words)
        guard !terms.isEmpty else { return nil }
        let pairs = terms.indices.flatMap { first in terms[(first + 1)...].map { "(\(terms[first]) AND \($0))" } }
        return (terms.count >= 3 ? pairs : [terms.joined(separator: " AND ")]).joined(separator: " OR ")
    }

    /// The filter words of a search: groups of which an entry must hold one, and words it must not
    /// hold. bm25 reads every posting of every word in the query, filter words included, and
    /// authored code entries (kind `code`, category `cpt`) are most of the knowledge base: a filter
    /// that keeps them excludes the other values instead (`NOT "kindarticle" NOT "kindmodifier"`
    /// reads under a third of the postings of `"kindcode"`). Either way the rank is the same: filter
    /// words are in columns of weight 0.
    private static func filters(categories: [Category]?, kinds: [KnowledgeEntry.Kind]?) -> (included: [[String]], excluded: [String]) {
        var included: [[String]] = []
        var excluded: [String] = []
        func filter(_ wanted: [String], of all: [String], bulk: String) {
            if wanted.contains(bulk) {
                excluded += all.filter { !wanted.contains($0) }.map { "\"\($0)\"" }
            } else {
                included.append(wanted.map { "\"\($0)\"" })
            }
        }
        if let categories {
            filter(categories.map(Schema.filterWord(category:)), of: Category.answerable.map(Schema.filterWord(category:)), bulk: Schema.filterWord(category: .cpt))
        }
        if let kinds {
            filter(kinds.map(Schema.filterWord(kind:)), of: KnowledgeEntry.Kind.allCases.map(Schema.filterWord(kind:)), bulk: Schema.filterWord(kind: .code))
        }
        return (included, excluded)
    }
}
