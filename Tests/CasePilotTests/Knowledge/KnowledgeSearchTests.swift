import Foundation
import Testing
@testable import CasePilot

/// Full-text search over authored knowledge: ranking, the category and kind filters, and the
/// index of a file written by an older CasePilot.
@Suite struct KnowledgeSearchTests {
    static let knowledge = """
        == article routine-foot-care
        title: Routine foot care under Medicare
        body: Routine foot care (nail trimming, corns) is excluded unless a systemic condition applies.
        category: coverage
        source: s
        as-of: 2024

        == article foot-care-documentation
        title: Documenting foot care visits
        body: Foot care notes name the nails treated and the class findings.
        category: guidelines
        source: s
        as-of: 2024

        == modifier Q7
        title: One class A finding
        body: Marks routine foot care justified by a class A finding.
        source: s
        as-of: 2024
        """

    /// A knowledge base file in a new folder, built from `knowledge`.
    static func built() throws -> (folder: URL, path: String) {
        let folder = try TestPaths.temporaryDirectory()
        try knowledge.write(to: folder.appendingPathComponent("k.txt"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("kb.sqlite").path
        try KnowledgeBase(path: path).refreshKnowledge(from: KnowledgeSource(path: folder.path))
        return (folder, path)
    }

    static func keys(_ hits: [SearchHit]) -> [String] { hits.map(\.entry.key) }

    @Test func categoryAndKindNarrowTheHits() throws {
        let (folder, path) = try Self.built()
        defer { try? FileManager.default.removeItem(at: folder) }
        let knowledgeBase = try KnowledgeBase(path: path)
        let words = ["routine", "foot", "care"]
        let all = Self.keys(try knowledgeBase.search(words: words))
        #expect(all.first == "routine-foot-care", "the entry with the question's phrasing in its title ranks first")
        #expect(Set(all) == ["routine-foot-care", "Q7", "foot-care-documentation"])
        #expect(Self.keys(try knowledgeBase.search(words: words, categories: [.guidelines])) == ["foot-care-documentation"])
        #expect(Self.keys(try knowledgeBase.search(words: words, categories: [.guidelines, .coverage])) == ["routine-foot-care", "foot-care-documentation"])
        #expect(Self.keys(try knowledgeBase.search(words: words, kinds: [.modifier])) == ["Q7"])
        #expect(try knowledgeBase.search(words: words, categories: [.ncci]).isEmpty)
        // A code or modifier is found by its own key; the filter words themselves match nothing.
        #expect(Self.keys(try knowledgeBase.search(words: ["q7"])) == ["Q7"])
        #expect(try knowledgeBase.search(words: ["coverage"]).isEmpty, "the category column is not searched as text")
        #expect(Self.keys(try knowledgeBase.search(words: words, limit: 1)) == ["routine-foot-care"])
    }

    /// A filter that keeps code entries (kind `code`, category `cpt`) is written as the exclusion of
    /// the other kinds or categories: the same entries pass.
    @Test func filtersKeepingCodeEntriesExcludeTheRest() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try (Self.knowledge + """

            == code HCPCS G9999
            title: Imaginary foot care supply
            body: An imaginary supply for routine foot care.
            source: s
            as-of: 2024

            == article foot-care-coding
            title: Coding foot care supplies
            body: How foot care supplies are coded.
            category: cpt
            source: s
            as-of: 2024
            """).write(to: folder.appendingPathComponent("k.txt"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("kb.sqlite").path
        try KnowledgeBase(path: path).refreshKnowledge(from: KnowledgeSource(path: folder.path))
        let knowledgeBase = try KnowledgeBase(path: path)
        let words = ["foot", "care"]
        #expect(Self.keys(try knowledgeBase.search(words: words, kinds: [.code])) == ["G9999"])
        #expect(Set(Self.keys(try knowledgeBase.search(words: words, kinds: [.code, .modifier]))) == ["G9999", "Q7"])
        #expect(Set(Self.keys(try knowledgeBase.search(words: words, categories: [.cpt]))) == ["G9999", "foot-care-coding"])
        #expect(Self.keys(try knowledgeBase.search(words: words, categories: [.cpt], kinds: [.article])) == ["foot-care-coding"])
        #expect(Self.keys(try knowledgeBase.search(words: words, categories: [.coverage], kinds: [.code])).isEmpty)
        #expect(Self.keys(try knowledgeBase.search(words: ["imaginary", "supply"], kinds: [.code], everyWordInTitle: true)) == ["G9999"])
        #expect(Set(Self.keys(try knowledgeBase.search(words: words, kinds: KnowledgeEntry.Kind.allCases))).count == 5)
    }

    /// Required words: two of three or more, both of two, the one of one; they do not change the ranking.
    @Test func requiredWordsKeepOnlyEntriesHoldingThem() throws {
        let (folder, path) = try Self.built()
        defer { try? FileManager.default.removeItem(at: folder) }
        let knowledgeBase = try KnowledgeBase(path: path)
        let words = ["routine", "foot", "care", "notes"]
        #expect(try knowledgeBase.search(words: words, requiring: ["notes"]).map(\.entry.key) == ["foot-care-documentation"])
        #expect(try knowledgeBase.search(words: words, requiring: ["foot", "notes"]).map(\.entry.key) == ["foot-care-documentation"])
        // "Does Medicare cover lab work?": an entry that says "work" but not "lab" is no answer.
        #expect(try knowledgeBase.search(words: words, requiring: ["notes", "acupuncture"]).isEmpty, "no entry holds both")
        #expect(try knowledgeBase.search(words: words, requiring: ["routine", "notes", "acupuncture"]).isEmpty, "no entry holds two of them")
        let ranked = try knowledgeBase.search(words: words, requiring: ["foot", "care", "acupuncture"])
        #expect(ranked.map(\.entry.key) == (try knowledgeBase.search(words: words)).map(\.entry.key))
        #expect(ranked.map(\.rank) == (try knowledgeBase.search(words: words)).map(\.rank))
    }

    /// A schema-3 file had a full-text index without the category and kind columns: opening it
    /// makes the index again from the stored entries, without reading `Knowledge/`.
    @Test func anOlderFileGetsTheNewIndex() throws {
        let (folder, path) = try Self.built()
        defer { try? FileManager.default.removeItem(at: folder) }
        try KnowledgeBase(path: path).database.execute("""
            DROP TABLE kb_fts;
            CREATE VIRTUAL TABLE kb_fts USING fts5(title, keywords, questions, body, content = 'kb_entry', content_rowid = 'id', tokenize = 'porter unicode61');
            INSERT INTO kb_fts(rowid, title, keywords, questions, body) SELECT id, title, keywords, questions, body FROM kb_entry;
            UPDATE meta SET value = '3' WHERE key = 'schema_version';
            """)
        let reopened = try KnowledgeBase(path: path)
        #expect(try reopened.meta("schema_version") == Schema.version)
        #expect(Self.keys(try reopened.search(words: ["foot", "care"], categories: [.coverage])) == ["routine-foot-care"])
        #expect(Self.keys(try reopened.search(words: ["q7"])) == ["Q7"])
    }
}
