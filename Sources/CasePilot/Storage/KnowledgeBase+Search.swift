/// A full-text hit with its bm25 rank (lower is better).
struct SearchHit: Sendable {
    let entry: StoredEntry
    let rank: Double
}

extension KnowledgeBase {
    /// Words too common to help a full-text search.
    static let stopWords: Set<String> = [
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "do", "does", "did", "can", "could",
        "i", "we", "you", "my", "our", "me", "it", "its", "this", "that", "these", "those", "of", "for",
        "they", "them", "their", "he", "she", "his", "her", "him", "us", "your",
        "to", "in", "on", "at", "by", "with", "and", "or", "what", "whats", "which", "who", "when",
        "how", "why", "should", "would", "will", "if", "there", "any", "about", "from", "as", "s",
        "cpt", "hcpcs", "please", "tell", "explain", "mean", "means", "meaning",
        "hi", "hey", "quick", "question", "need", "know", "get",
        "have", "has", "so", "not", "no", "yes", "just", "also", "too", "vs", "versus", "between",
    ]

    /// Words in most entries ("code" is in three of four): searched only inside the question's word
    /// pairs ("code first"), as a single word they would make every entry a candidate to rank.
    static let pairOnlyWords: Set<String> = ["code", "codes"]

    /// Compounds of a word and a stop word or a letter that name a topic: "add-on", "follow-up",
    /// "work-up", the parts of Medicare ("Part B").
    static let compounds: Set<[String]> = [["add", "on"], ["follow", "up"], ["work", "up"], ["check", "up"], ["part", "a"], ["part", "b"], ["part", "c"], ["part", "d"]]

    /// A word as the full-text query may quote it: letters and digits only (or a phrase, for "em"
    /// and a compound such as "part b").
    static func searchable(_ word: String) -> String {
        // The question's "em" (E/M, E&M, EM) is how the entries write it: "E/M", indexed as two words.
        if word == "em" { return "e m" }
        // Most words are plain ASCII letters and digits already: no Unicode properties to look up.
        let plain = word.utf8.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit }
        return plain ? word : word.filter { $0.isLetter || $0.isNumber || $0 == " " }
    }

    /// Full-text search over authored entries, best first.
    /// - Parameters:
    ///   - words: lower-case words of the question; stop words are dropped.
    ///   - categories: only entries of these categories (`nil`: any).
    ///   - kinds: only these kinds of entry (`nil`: any).
    ///   - everyWordInTitle: only entries whose title or keywords hold every searched word (else
    ///     entries with any of them anywhere).
    ///   - required: only entries holding at least two of these words, or one when there are fewer
    ///     than three (none: no such condition).
    ///   - keepingStopWords: stop words are searched too ("CPT" of an entry titled by it).
    func search(words: [String], categories: [Category]? = nil, kinds: [KnowledgeEntry.Kind]? = nil, everyWordInTitle: Bool = false,
                requiring required: [String] = [], keepingStopWords: Bool = false, limit: Int = 5) throws -> [SearchHit] {
        guard let query = KnowledgeQuery(words: words, categories: categories, kinds: kinds, everyWordInTitle: everyWordInTitle, requiring: required,
                                         keepingStopWords: keepingStopWords) else { return [] }
        try registerSearchFunctions()
        var values: [DatabaseValue] = [.text(query.phraseNames), .text(query.match)]
        var condition = ""
        switch query.requirement {
        case .phrases(let mask, let minimum):
            condition = " AND \(Self.phrasePresence)(kb_fts, ?, ?)"
            values += [.integer(mask), .integer(Int64(minimum))]
        case .query(let requirement):
            // Inside `match` its words would count twice in the ranking. `+rowid` keeps it a filter
            // on the ranked rows: given to the full-text table as a constraint, it ran the whole
            // match once per required row (12 ms, not 0.4).
            condition = " AND +rowid IN (SELECT rowid FROM kb_fts WHERE kb_fts MATCH ?)"
            values.append(.text(requirement))
        case nil:
            break
        }
        values.append(.integer(Int64(limit)))
        // Ranks ids only, then reads the few best entries: sorting whole rows (bodies included) of
        // every entry that shares a common word cost a millisecond per question.
        let ranked = """
            SELECT rowid AS id, \(Self.knowledgeRank)(kb_fts, ?, \(KnowledgeQuery.weights)) AS rank
            FROM kb_fts WHERE kb_fts MATCH ?\(condition) ORDER BY rank, rowid LIMIT ?
            """
        let sql = "SELECT \(StoredEntry.columns), r.rank FROM (\(ranked)) r JOIN kb_entry e ON e.id = r.id ORDER BY r.rank, r.id"
        return try database.statement(sql).rows(values) { row in
            SearchHit(entry: StoredEntry(row: row), rank: row.real(StoredEntry.columnCount) ?? 0)
        }
    }
}
