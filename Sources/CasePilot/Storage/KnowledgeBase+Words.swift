/// The words of the imported code sets' descriptions and inclusion terms (`code_word`), for
/// correcting a misspelt word of a description search ("hypertention").
extension KnowledgeBase {
    /// The shortest word kept: shorter ones are too alike to correct.
    static let shortestSpelledWord = 4

    /// Records the words of `dataset`'s descriptions and terms, replacing those recorded before.
    /// Runs at the end of the dataset's import, and when an older file is upgraded.
    func recordWords(of dataset: Dataset) throws {
        try database.statement("DELETE FROM code_word WHERE dataset = ?").run([.text(dataset.rawValue)])
        var uses: [String: Int] = [:]
        let texts = try database.statement("SELECT description FROM code WHERE dataset = ? UNION ALL SELECT term FROM code_term WHERE dataset = ?")
            .rows([.text(dataset.rawValue), .text(dataset.rawValue)]) { $0.string(0) }
        for text in texts { Self.forEachSpelledWord(in: text) { uses[$0, default: 0] += 1 } }
        let insert = try database.uncachedStatement("INSERT INTO code_word(word, dataset, uses) VALUES (?, ?, ?)")
        for (word, count) in uses {
            try insert.run([.text(word), .text(dataset.rawValue), .integer(Int64(count))])
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

    /// Whether an imported description or term uses `word`.
    func codeSetsUse(_ word: String) throws -> Bool {
        try database.statement("SELECT 1 FROM code_word WHERE word = ? LIMIT 1").rows([.text(word)]) { _ in true }.first ?? false
    }

    /// The recorded words that start with `prefix`, with how many descriptions and terms use each.
    func codeSetWords(startingWith prefix: String) throws -> [(word: String, uses: Int)] {
        try database.statement("SELECT word, sum(uses) FROM code_word WHERE word >= ? AND word < ? GROUP BY word")
            .rows([.text(prefix), .text(prefix + "\u{7F}")]) { ($0.string(0), Int($0.integer(1) ?? 0)) }
    }
}
