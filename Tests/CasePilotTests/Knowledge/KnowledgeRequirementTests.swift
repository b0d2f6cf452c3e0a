import Foundation
import Testing
@testable import CasePilot

/// A search's required words are checked on each matching row from the positions the match has
/// read (`kb_holds`) when every one is a phrase of the match: the rows kept must be those the
/// full-text query of the required words keeps.
@Suite struct KnowledgeRequirementTests {
    @Test func phrasePresenceKeepsTheRowsOfTheRequiredWordsQuery() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let knowledgeBase = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        try knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: TestPaths.knowledge.path))
        try knowledgeBase.registerSearchFunctions()
        let searches: [(words: [String], kinds: [KnowledgeEntry.Kind]?, required: [String])] = [
            (["which", "modifier", "for", "a", "bilateral", "procedure"], [.modifier, .article], ["bilateral", "modifier", "procedure"]),
            (["does", "medicare", "cover", "routine", "foot", "care"], [.article], ["routine", "foot", "care"]),
            (["map", "icd", "9", "to", "icd", "10", "cm"], [.article], ["map", "icd", "10", "cm"]),
            (["incident", "to", "billing", "rules"], [.article], ["incident", "billing"]),
            (["what", "is", "an", "abn"], [.article], ["abn"]),
            (["screening", "colonoscopy", "screenings"], nil, ["screening", "screenings", "colonoscopy"]),
        ]
        for search in searches {
            let query = try #require(KnowledgeQuery(words: search.words, categories: nil, kinds: search.kinds, everyWordInTitle: false, requiring: search.required))
            guard case .phrases(let mask, let minimum) = query.requirement else {
                Issue.record("\(search.required) are phrases of the match")
                continue
            }
            let held = try knowledgeBase.database.statement(
                "SELECT rowid FROM kb_fts WHERE kb_fts MATCH ? AND \(KnowledgeBase.phrasePresence)(kb_fts, ?, ?) ORDER BY rowid"
            ).rows([.text(query.match), .integer(mask), .integer(Int64(minimum))]) { $0.integer(0) ?? 0 }
            let requiredQuery = try #require(KnowledgeQuery.requiredWordsQuery(search.required))
            let queried = try knowledgeBase.database.statement(
                "SELECT rowid FROM kb_fts WHERE kb_fts MATCH ? AND +rowid IN (SELECT rowid FROM kb_fts WHERE kb_fts MATCH ?) ORDER BY rowid"
            ).rows([.text(query.match), .text(requiredQuery)]) { $0.integer(0) ?? 0 }
            #expect(!held.isEmpty, "\(search.required) keeps some entries")
            #expect(held == queried, "\(search.required): phrase presence and the required words' query keep the same rows")
        }
    }

    /// A required word that is not a phrase of the match (a stop word, or a word searched in titles
    /// only) makes the requirement a query of its own.
    @Test func aRequiredWordOutsideTheMatchIsAQueryOfItsOwn() throws {
        let stopWord = try #require(KnowledgeQuery(words: ["modifier", "with", "bilateral"], categories: nil, kinds: nil, everyWordInTitle: false, requiring: ["with", "bilateral"]))
        #expect(stopWord.requirement == .query(#""bilateral" AND "with""#))
        let titled = try #require(KnowledgeQuery(words: ["bilateral", "procedure"], categories: nil, kinds: nil, everyWordInTitle: true, requiring: ["bilateral", "procedure"]))
        #expect(titled.requirement == .query(#""bilateral" AND "procedure""#))
        let none = try #require(KnowledgeQuery(words: ["bilateral"], categories: nil, kinds: nil, everyWordInTitle: false))
        #expect(none.requirement == nil)
    }
}
