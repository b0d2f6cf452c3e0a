import Testing
@testable import CasePilot

/// Misspelt words of a description search read as the code sets spell them, with made-up titles.
@Suite struct SpellingCorrectionTests {
    static let icd10cm = """
        code,code_no_dot,level,billable,description,parent
        E99.1,E991,subcategory,1,Imaginary hypertension,E99
        E99.2,E992,subcategory,1,Imaginary hypotension,E99
        E99.3,E993,subcategory,1,Imaginary diabetes with neuropathy,E99
        E99.4,E994,subcategory,1,Imaginary heart failure,E99
        E99.5,E995,subcategory,1,Imaginary fall from a tree,E99

        """

    static func fixture() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", icd10cm))
        return fixture
    }

    @Test func aMisspeltWordIsReadAsTheCodeSetsSpellIt() throws {
        let fixture = try Self.fixture()
        let answer = try fixture.answer("What is the code for imaginary hypertention?", .cpt)
        #expect(answer.codes.first?.code == "E99.1", "\(answer.codes.map(\.code))")
        #expect(answer.text.contains(#"(Read "hypertention" as "hypertension".)"#), "\(answer.text)")
        // A dropped letter, two words at once, two neighbours swapped.
        #expect(try fixture.answer("code for imaginary diabtes with neuropthy", .cpt).codes.first?.code == "E99.3")
        #expect(try fixture.answer("code for imaginary heart faiulre", .cpt).codes.first?.code == "E99.4")
        // Codes that come earlier share the other words: only the corrected word tells them apart.
        #expect(try fixture.answer("code for imaginary hypotenson", .cpt).codes.first?.code == "E99.2")
        #expect(try fixture.answer("code for imaginary failre", .cpt).codes.first?.code == "E99.4")
        // Spelt right: no note.
        #expect(try !fixture.answer("code for imaginary hypotension", .cpt).text.contains("Read \""))
    }

    @Test func onlyMisspeltWordsWithOneNeighbourAreReplaced() throws {
        let fixture = try Self.fixture()
        let correction = SpellingCorrection(knowledgeBase: fixture.knowledgeBase)
        #expect(try correction.corrected("imaginary hypertention")?.text == "imaginary hypertension")
        // Known words, words of no code set's spelling and short words stay.
        #expect(try correction.corrected("imaginary hypotension") == nil)
        #expect(try correction.corrected("imaginary zebrafish") == nil)
        #expect(try correction.corrected("imaginary tre") == nil)
        #expect(SpellingCorrection.replacingWord("diabtes", with: "diabetes", in: "diabtes, type 2 (diabtes) prediabtes") == "diabetes, type 2 (diabetes) prediabtes")
    }

    /// A question whose misspelt word finds no article is asked again as the knowledge spells it.
    @Test func aMisspeltTopicFindsItsArticle() async throws {
        let answer = try await SharedEngine.engine.ask("does medicare cover acupunture")
        #expect(answer.answer.hasPrefix("Acupuncture") && answer.answer.contains(#"Read "acupunture" as "acupuncture"."#), "\(answer.answer.prefix(200))")
        #expect(answer.warnings.isEmpty)
        let right = try await SharedEngine.engine.ask("does medicare cover acupuncture")
        #expect(!right.answer.contains("Read \""))
    }

    /// The words belong to their dataset: removed with it, and recorded for a file of an older schema.
    @Test func theWordsFollowTheirDataset() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.knowledgeBase.isKnownWord("hypertension"))
        let reopened = try DescriptionSearchTests.reopened(fixture, as: "11", after: "DROP TABLE spelling_word")
        #expect(try reopened.isKnownWord("hypertension") && reopened.meta("schema_version") == Schema.version)
        try reopened.remove(.icd10cm, setting: nil)
        #expect(try !reopened.isKnownWord("hypertension"))
    }
}
