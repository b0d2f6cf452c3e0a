import Foundation
import Testing
@testable import CasePilot

@Suite struct KnowledgeBuildTests {
    func write(_ text: String, to directory: URL, name: String = "a.txt") throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    let entry = "== modifier 25\ntitle: Original title\nbody: b\nsource: s\nas-of: 2024\n"

    /// A new folder holding `entry`, and an in-memory knowledge base just built from it.
    func built() throws -> (directory: URL, source: KnowledgeSource, knowledgeBase: KnowledgeBase) {
        let directory = try TestPaths.temporaryDirectory()
        try write(entry, to: directory)
        let source = KnowledgeSource(path: directory.path)
        let knowledgeBase = try KnowledgeBase(path: ":memory:")
        #expect(try knowledgeBase.refreshKnowledge(from: source))
        return (directory, source, knowledgeBase)
    }

    @Test func rebuildsWhenFilesChangeAndKeepsTheOldKnowledgeOnBadInput() throws {
        let (directory, source, knowledgeBase) = try built()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try !knowledgeBase.refreshKnowledge(from: source), "unchanged files are not rebuilt")

        try write(entry.replacingOccurrences(of: "Original", with: "Edited"), to: directory)
        #expect(try knowledgeBase.refreshKnowledge(from: source))
        #expect(try knowledgeBase.entry(for: CodeToken(system: .modifier, code: "25"))?.title == "Edited title")

        try write("== modifier 59\ntitle: no body\n", to: directory, name: "b.txt")
        #expect(throws: KnowledgeFormatError.self) { try knowledgeBase.refreshKnowledge(from: source) }
        #expect(try knowledgeBase.entry(for: CodeToken(system: .modifier, code: "25"))?.title == "Edited title")
        #expect(try knowledgeBase.knowledgeEntryCount() == 1)
    }

    @Test func filesAreComparedByStampThenByContents() throws {
        let (directory, source, knowledgeBase) = try built()
        defer { try? FileManager.default.removeItem(at: directory) }

        // Rewritten with the same text: new stamps, same contents, so no rebuild; the new stamps are kept.
        try write(entry, to: directory)
        #expect(try !knowledgeBase.refreshKnowledge(from: source))
        #expect(try knowledgeBase.meta("knowledge_signature") == source.signature(of: source.files()))

        // An edit that keeps the size is still seen.
        try write(entry.replacingOccurrences(of: "Original", with: "Replaced"), to: directory)
        #expect(try knowledgeBase.refreshKnowledge(from: source))
        #expect(try knowledgeBase.entry(for: CodeToken(system: .modifier, code: "25"))?.title == "Replaced title")
    }

    @Test func theKnowledgeFilesAreTheTextFilesOfAllSubfolders() throws {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let nested = directory.appendingPathComponent("codes/extra")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try write(entry, to: directory, name: "b.txt")
        try write(entry, to: directory, name: "notes.md")
        try write(entry, to: nested, name: "a.txt")
        try write(entry, to: directory.appendingPathComponent("codes"), name: "z.txt")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("empty.txt.d"), withIntermediateDirectories: true)
        let source = KnowledgeSource(path: directory.path)
        #expect(try source.files() == ["b.txt", "codes/extra/a.txt", "codes/z.txt"])
        #expect(throws: CasePilotError.self) { try KnowledgeSource(path: directory.appendingPathComponent("missing").path).files() }
    }

    @Test func theRepositoryKnowledgeBuildsQuickly() throws {
        let knowledgeBase = try KnowledgeBase(path: ":memory:")
        let start = ContinuousClock.now
        try knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: TestPaths.knowledge.path))
        let elapsed = ContinuousClock.now - start
        let count = try knowledgeBase.knowledgeEntryCount()
        print("Knowledge/ built: \(count) entries in \(elapsed)")
        #expect(count > 0)
    }
}
