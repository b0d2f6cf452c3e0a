import Testing
@testable import CasePilot

@Suite struct KnowledgeParserTests {
    let valid = """
        # a comment
        == code CPT 99999
        title: A made-up code for tests
        body:
          First paragraph
          continues here.

          Second paragraph.
        related: 99213, G0439, E11.9, I10, modifier 25
        source: Test source
        as-of: 2024

        == article test-topic
        category: guidelines
        title: A topic
        questions:
          How does it work?
          Why?
        body: One line.
        source: Test
        as-of: 2024-07-01
        """

    @Test func parsesEntriesFieldsAndParagraphs() throws {
        let entries = try KnowledgeParser(file: "t.txt").parse(valid)
        #expect(entries.count == 2)
        let code = entries[0]
        #expect(code.kind == .code && code.system == .cpt && code.key == "99999" && code.line == 2)
        #expect(code.body == "First paragraph continues here.\n\nSecond paragraph.")
        #expect(code.related.map(\.display) == ["99213", "G0439", "E11.9", "I10", "25"])
        #expect(code.related.map(\.system) == [.cpt, .hcpcs, .icd10cm, .icd10cm, .modifier])
        // A dotted code is a diagnosis, the special-purpose U codes too; so is a category that is a
        // code of its own (I10).
        let covid = try KnowledgeParser(file: "u.txt").parse("== article covid\ntitle: t\ncategory: guidelines\nbody: b\nrelated: U07.1\nsource: s\nas-of: 2026\n")
        #expect(covid.first?.related.map(\.system) == [.icd10cm])
        #expect(entries[1].category == .guidelines && entries[1].questions == ["How does it work?", "Why?"])
    }

    func error(_ text: String) -> KnowledgeFormatError? {
        do {
            _ = try KnowledgeParser(file: "bad.txt").parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func malformedEntriesNameFileLineAndExpectation() throws {
        let missing = try #require(error("== code CPT 99999\ntitle: x\nbody: y\nas-of: 2024\n"))
        #expect(missing.file == "bad.txt" && missing.line == 1 && missing.message.contains("source"))

        let unknownKey = try #require(error("== modifier 25\ntitel: x\n"))
        #expect(unknownKey.line == 2 && unknownKey.message.contains("unknown field `titel`"))

        let badHeader = try #require(error("\n\n== cod CPT 1\n"))
        #expect(badHeader.line == 3 && badHeader.message.contains("expected `== code SYSTEM CODE`"))

        let badDate = try #require(error("== modifier 25\ntitle: t\nbody: b\nsource: s\nas-of: last year\n"))
        #expect(badDate.line == 5 && badDate.message.contains("YYYY"))

        let badCategory = try #require(error("== article x\ncategory: billing\ntitle: t\nbody: b\nsource: s\nas-of: 2024\n"))
        #expect(badCategory.line == 2)

        let badRelated = try #require(error("== modifier 25\ntitle: t\nbody: b\nrelated: banana\nsource: s\nas-of: 2024\n"))
        #expect(badRelated.line == 4 && badRelated.message.contains("banana"))
        #expect(badRelated.description.contains("Knowledge/bad.txt:4") && badRelated.description.contains("not changed"))
    }

    @Test func duplicateEntriesAcrossFilesAreRejected() throws {
        let entry = "== modifier 25\ntitle: t\nbody: b\nsource: s\nas-of: 2024\n"
        #expect(throws: KnowledgeFormatError.self) {
            try KnowledgeSource.entries(from: [("a.txt", entry), ("b.txt", "\n" + entry)])
        }
    }
}
