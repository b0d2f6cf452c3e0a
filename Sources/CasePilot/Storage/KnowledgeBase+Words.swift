/// The words of the imported code sets' descriptions and inclusion terms and of the authored
/// knowledge (`spelling_word`), for reading a misspelt word of a question ("hypertention").
extension KnowledgeBase {
    /// The shortest word kept: shorter ones are too alike to correct.
    static let shortestSpelledWord = 4
    /// The source name of the authored knowledge's words.
    static let knowledgeWords = "knowledge"

    /// Records the words of `dataset`'s descriptions and terms, replacing those recorded before.
    /// Runs at the end of the dataset's import, and when an older file is upgraded.
    func recordWords(of dataset: Dataset) throws {
        try recordWords(source: dataset.rawValue, from: "SELECT description FROM code WHERE dataset = ?1 UNION ALL SELECT term FROM code_term WHERE dataset = ?1",
                        [.text(dataset.rawValue)])
    }

    /// Records the words of the authored entries' titles, texts and keywords, replacing those
    /// recorded before. Runs when the authored knowledge is rebuilt, and when an older file is upgraded.
    func recordKnowledgeWords() throws {
        try recordWords(source: Self.knowledgeWords, from: "SELECT title || ' ' || body || ' ' || keywords FROM kb_entry", [])
    }

    /// Records the words of every imported dataset and of the authored knowledge, when none are
    /// recorded (a file of schema 11 or older).
    func recordMissingWords() throws {
        guard try database.scalarInteger("SELECT count(*) FROM spelling_word") == 0 else { return }
        for name in try database.statement("SELECT DISTINCT dataset FROM code").rows([], { $0.string(0) }) {
            if let dataset = Dataset(rawValue: name) { try recordWords(of: dataset) }
        }
        try recordKnowledgeWords()
    }

    private func recordWords(source: String, from sql: String, _ values: [DatabaseValue]) throws {
        try database.statement("DELETE FROM spelling_word WHERE source = ?").run([.text(source)])
        var uses: [String: Int] = [:]
        for text in try database.statement(sql).rows(values, { $0.string(0) }) {
            Self.forEachSpelledWord(in: text) { uses[$0, default: 0] += 1 }
        }
        let insert = try database.uncachedStatement("INSERT INTO spelling_word(word, source, uses) VALUES (?, ?, ?)")
        for (word, count) in uses {
            try insert.run([.text(word), .text(source), .integer(Int64(count))])
        }
    }

    /// Calls `body` with each word of `text` the spelling table keeps, lower-cased: a run of ASCII
    /// letters, four or more, not joined to a digit or another script ("B12", "Ménière" are skipped).
    static func forEachSpelledWord(in text: String, _ body: (String) -> Void) {
        var word: [UInt8] = []
        var plain = true
        func flush() {
            if plain, word.count >= shortestSpelledWord { body(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
            plain = true
        }
        for byte in text.utf8 {
            switch byte {
            case 0x61...0x7A: word.append(byte)
            case 0x41...0x5A: word.append(byte + 0x20)
            case 0x30...0x39, 0x80...: plain = false
            default: flush()
            }
        }
        flush()
    }

    /// Whether `word` is one the spelling table keeps: lower-case ASCII letters, four or more.
    static func isSpelledWord(_ word: String) -> Bool {
        word.utf8.count >= shortestSpelledWord && word.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// Whether an imported description or term, or an authored entry, uses `word`.
    func isKnownWord(_ word: String) throws -> Bool {
        try database.statement("SELECT 1 FROM spelling_word WHERE word = ? LIMIT 1").rows([.text(word)]) { _ in true }.first ?? false
    }

    /// The recorded words that start with `prefix`, with how many texts use each.
    func knownWords(startingWith prefix: String) throws -> [(word: String, uses: Int)] {
        try database.statement("SELECT word, sum(uses) FROM spelling_word WHERE word >= ? AND word < ? GROUP BY word")
            .rows([.text(prefix), .text(prefix + "\u{7F}")]) { ($0.string(0), Int($0.integer(1) ?? 0)) }
    }
}
