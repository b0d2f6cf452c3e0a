import Foundation
import Testing
@testable import CasePilot

/// The knowledge search's rank function keeps phrase frequencies and row lengths between queries;
/// its scores must stay SQLite's bm25, bit for bit, through kept values and changes to the table.
@Suite struct KnowledgeRankTests {
    /// Searches as the answerers make them, with phrases shared between queries under different
    /// column filters (`everyWordInTitle`), category and kind filters, exclusions, prefix phrases and
    /// a letter's phrase ("e visit").
    static let searches: [(words: [String], categories: [Category]?, kinds: [KnowledgeEntry.Kind]?, title: Bool)] = [
        (["which", "modifier", "for", "a", "bilateral", "procedure"], nil, [.modifier, .article], false),
        (["bilateral", "procedure"], nil, nil, true),
        (["bilateral", "procedure"], [.cpt], [.code], false),
        (["map", "icd", "9", "401.9", "to", "icd", "10", "cm"], [.crosswalks], [.article], false),
        (["does", "medicare", "cover", "routine", "foot", "care"], [.coverage], [.article], false),
        (["routine", "foot", "care"], nil, nil, true),
        (["what", "are", "j", "codes"], nil, nil, false),
        (["follow", "up", "visit", "add", "on", "code"], [.guidelines, .cpt], nil, false),
        (["modifier", "25"], nil, [.modifier], false),
        (["what", "are", "the", "e", "visit", "codes"], nil, nil, false),
        (["e", "visit"], nil, [.code], true),
    ]

    /// Every row each search matches, with the kept function's score and SQLite's bm25.
    static func scores(_ knowledgeBase: KnowledgeBase) throws -> [[(Int64, Double, Double)]] {
        try searches.map { search in
            let query = try #require(KnowledgeQuery(words: search.words, categories: search.categories, kinds: search.kinds, everyWordInTitle: search.title))
            let sql = """
                SELECT rowid, \(KnowledgeBase.knowledgeRank)(kb_fts, ?, \(KnowledgeQuery.weights)), bm25(kb_fts, \(KnowledgeQuery.weights))
                FROM kb_fts WHERE kb_fts MATCH ? ORDER BY rowid
                """
            return try knowledgeBase.database.statement(sql).rows([.text(query.phraseNames), .text(query.match)]) { row in
                (row.integer(0) ?? 0, row.real(1) ?? .nan, row.real(2) ?? .nan)
            }
        }
    }

    static func expectSameScores(_ knowledgeBase: KnowledgeBase, _ when: String) throws {
        for (search, rows) in zip(searches, try scores(knowledgeBase)) {
            #expect(!rows.isEmpty, "\(search.words) matches entries")
            for (rowid, kept, sqlite) in rows {
                #expect(kept == sqlite, "\(when): \(search.words), row \(rowid): \(kept) vs bm25 \(sqlite)")
            }
        }
    }

    static func add(_ key: String, body: String, to knowledgeBase: KnowledgeBase) throws {
        try knowledgeBase.database.statement("""
            INSERT INTO kb_entry(kind, system, key, category, title, body, questions, keywords, status, source, as_of, file, line)
            VALUES ('article', '', ?, 'coverage', 'Bilateral procedure foot care', ?, '', 'bilateral procedure', 'active', 's', '2026', 't.txt', 1)
            """).run([.text(key), .text(body)])
        try knowledgeBase.database.statement("""
            INSERT INTO kb_fts(rowid, title, keywords, questions, body, category, kind)
            SELECT id, title, keywords, questions, body, 'categorycoverage', 'kindarticle' FROM kb_entry WHERE key = ?
            """).run([.text(key)])
    }

    @Test func scoresAreSQLitesBM25ThroughKeptValuesAndChanges() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("kb.sqlite").path
        let knowledgeBase = try KnowledgeBase(path: path)
        try knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: TestPaths.knowledge.path))
        try knowledgeBase.registerSearchFunctions()

        try Self.expectSameScores(knowledgeBase, "first queries")
        try Self.expectSameScores(knowledgeBase, "again, from kept values")

        // A change by this connection: an entry that holds the searched words, so that frequencies,
        // lengths and the average length all move.
        try Self.add("rank-test-1", body: "Modifier 25, J codes, ICD-10-CM maps, routine foot care, follow-up and add-on codes.", to: knowledgeBase)
        try Self.expectSameScores(knowledgeBase, "after a change by this connection")

        // A change by another connection (another process, say).
        try Self.add("rank-test-2", body: "Bilateral procedure, bilateral procedure: modifier 50.", to: try KnowledgeBase(path: path))
        try Self.expectSameScores(knowledgeBase, "after a change by another connection")
    }
}
