import Foundation
import Testing
@testable import CasePilot

/// The CMS place-of-service code set: import, questions that name a POS code, bad input.
@Suite struct PlaceOfServiceTests {
    /// The CMS page's column names; made-up descriptions.
    static let csv = """
        Place of Service Code(s),Place of Service Name,Place of Service Description
        2,Imaginary telehealth elsewhere,"Imaginary care, patient not at home."
        11,Imaginary office,Imaginary location where a professional sees patients.

        """

    @Test func aNamedPOSCodeIsLookedUp() throws {
        let fixture = try Fixture()
        let before = try fixture.answer("What is POS 11?", .cpt)
        #expect(before.warnings == ["the place-of-service code set is not imported"])
        #expect(before.text.contains("casepilot data import pos"))

        let info = try fixture.load(.pos, fixture.write("pos.csv", Self.csv), release: "2025-10")
        #expect(info.rowCount == 2)
        let office = try fixture.answer("What is POS 11?", .cpt)
        #expect(office.text.hasPrefix("Place of service 11 — Imaginary office: Imaginary location"))
        #expect(office.citations.first?.release == "2025-10")
        #expect(try fixture.answer("place of service 2", .cpt).text.hasPrefix("Place of service 02 — Imaginary telehealth elsewhere"))
        let unknown = try fixture.answer("what is pos99", .cpt)
        #expect(unknown.warnings == ["POS 99 was not found in the place-of-service code set"])
    }

    /// "Which POS for …?" without a number: the code set's names answer first, whatever the category.
    @Test func aPlaceOfServiceByName() throws {
        let fixture = try Fixture()
        #expect(try fixture.answer("Which place of service for imaginary telehealth?", .coverage).paragraphs.allSatisfy { !$0.hasPrefix("Places of service") })
        try fixture.load(.pos, fixture.write("pos.csv", Self.csv), release: "2025-10")
        let telehealth = try fixture.answer("Which place of service for imaginary telehealth?", .coverage)
        #expect(telehealth.text.hasPrefix("Places of service whose names match the question (CMS Place of Service code set, 2025-10):\n- POS 02 — Imaginary telehealth elsewhere"))
        #expect(!telehealth.text.contains("POS 11"))
        #expect(try fixture.answer("what pos do I use for the imaginary office?", .guidelines).text.contains("- POS 11 — Imaginary office"))
        #expect(try fixture.answer("Which POS for a wound?", .cpt).paragraphs.allSatisfy { !$0.hasPrefix("Places of service") })
        #expect(QuestionParser().parse("POS 11 for an imaginary office?").asksForPlaceOfServiceByName == false)
    }

    /// Coders' abbreviations of place names: ASC, SNF, ER.
    @Test func aPlaceOfServiceByItsAbbreviation() throws {
        let fixture = try Fixture()
        let info = try fixture.load(.pos, fixture.write("pos.csv", Self.csv + "24,Ambulatory Surgical Center,Imaginary freestanding surgery.\n"))
        #expect(info.release == DatasetInfo.unstatedRelease, "the file states no release")
        let answer = try fixture.answer("What is the place of service for an ASC?", .cpt)
        #expect(answer.text.contains("- POS 24 — Ambulatory Surgical Center"), "\(answer.text.prefix(200))")
        // The places answer a look-up by name: no code set's description that shares a word follows.
        #expect(answer.paragraphs.count == 1 && answer.codes.isEmpty, "\(answer.text)")
    }

    @Test func questionsNamePOSCodes() {
        let parser = QuestionParser()
        #expect(parser.parse("POS 11 or place of service 2, and pos22?").placesOfService == ["11", "02", "22"])
        #expect(parser.parse("11 units of 97110").placesOfService.isEmpty)
        // A number joined to a place of service is another one.
        #expect(parser.parse("what is the difference between pos 11 and 22").placesOfService == ["11", "22"])
        #expect(parser.parse("POS 19 vs 22 vs 24").placesOfService == ["19", "22", "24"])
        #expect(parser.parse("pos 11 with 2 units").placesOfService == ["11"])
        #expect(SharedEngine.engine.classifier.classify("What is POS 11?").category == .cpt)
    }

    @Test func aBadCodeNamesTheLineAndChangesNothing() throws {
        let fixture = try Fixture()
        try fixture.load(.pos, fixture.write("pos.csv", Self.csv))
        let error = try #require(throws: CasePilotError.self) {
            try fixture.load(.pos, fixture.write("pos-bad.csv", Self.csv + "1A,Imaginary,Bad\n"))
        }
        #expect(error.message.contains("pos-bad.csv, line 4") && error.message.contains("two-digit place-of-service code"))
        #expect(try fixture.knowledgeBase.placeOfService("11")?.name == "Imaginary office")
    }
}
