import Foundation
import Testing
@testable import CasePilot

/// A failed import names the file and line, says nothing changed, and leaves the previous data intact.
@Suite("Bad input leaves the knowledge base unchanged")
struct BadInputTests {
    static let mue = """
        hcpcs_cpt_code,mue_value,mue_adjudication_indicator,mai_description,mue_rationale
        11111,4,3,3 Date of Service Edit: Clinical,Clinical: Data
        22222,1,2,2 Date of Service Edit: Policy,Anatomic Consideration
        33333,2,1,1 Line Edit,Published Contractor Policy

        """

    /// Imports a good MUE file, runs `bad`, and checks the error and that nothing changed.
    private func expectUnchanged(_ bad: (Fixture) throws -> URL, mentions expected: String) throws {
        let fixture = try Fixture()
        try fixture.load(.mue, fixture.write("mue_practitioner_2024-07-01.csv", Self.mue))
        let before = try fixture.knowledgeBase.datasets()
        let file = try bad(fixture)
        let error = try #require(throws: CasePilotError.self) { try fixture.load(.mue, file, setting: .practitioner) }
        #expect(error.isBadInput)
        #expect(error.message.contains(file.lastPathComponent))
        #expect(error.message.contains(expected))
        #expect(error.message.contains("Nothing was changed"))
        #expect(!error.message.contains("?.") && !error.message.contains(".."), "\(error.message)")
        #expect(try fixture.knowledgeBase.datasets() == before)
        #expect(try fixture.knowledgeBase.mue("11111", setting: .practitioner)?.value == 4)
        #expect(try fixture.knowledgeBase.mue("33333", setting: .practitioner)?.value == 2)
    }

    @Test func truncatedFile() throws {
        try expectUnchanged({ fixture in
            let text = Self.mue.replacingOccurrences(of: "33333,2,1,1 Line Edit,Published Contractor Policy\n", with: "33333,2,1,1 Line Edit,Published Contractor Policy\n44444,")
            return try fixture.write("mue_practitioner_2024-10-01.csv", text)
        }, mentions: "line 5")
    }

    @Test func truncatedGzip() throws {
        try expectUnchanged({ fixture in
            let gz = Archive.gzip(Array(Self.mue.utf8))
            return try fixture.write("mue_practitioner_2024-10-01.csv.gz", bytes: Array(gz.prefix(gz.count - 12)))
        }, mentions: "truncated")
    }

    @Test func fileOfAnotherDataset() throws {
        try expectUnchanged({ fixture in
            try fixture.write("mue_practitioner_2024-10-01.csv", "column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale\n11111,22222,*,1,Misuse\n")
        }, mentions: "Is this the right dataset")
    }

    @Test func randomBytes() throws {
        try expectUnchanged({ fixture in
            var generator = SystemRandomNumberGenerator()
            return try fixture.write("mue_practitioner_2024-10-01.csv", bytes: (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }, mentions: "binary")
    }

    @Test func badCodesAndValues() throws {
        try expectUnchanged({ fixture in
            try fixture.write("mue_practitioner_2024-10-01.csv", Self.mue.replacingOccurrences(of: "22222,1,2", with: "22222,one,2"))
        }, mentions: "line 3")
        try expectUnchanged({ fixture in
            try fixture.write("mue_practitioner_2024-10-01.csv", Self.mue.replacingOccurrences(of: "22222,1,2", with: "2-22,1,2"))
        }, mentions: "expected a HCPCS/CPT code")
    }

    @Test func ptpReimportFailureKeepsTheOldTable() throws {
        let fixture = try Fixture()
        let good = try fixture.write("ccipra-v302r0-f1.txt", EditFormatTests.officialPTP)
        try fixture.load(.ncciPTP, good)
        let bad = try fixture.write("ccipra-v303r0-f1.txt", EditFormatTests.officialPTP + "77777\t88888\t\t20200101\t*\t7\tBad indicator\n")
        let error = try #require(throws: CasePilotError.self) { try fixture.load(.ncciPTP, bad) }
        #expect(error.message.contains("line 7"))
        #expect(try fixture.knowledgeBase.datasetInfo(.ncciPTP, setting: .practitioner)?.release == "2024-07-01")
        #expect(try fixture.knowledgeBase.ptpEdits("11111", "22222", setting: .practitioner)?.count == 1)
    }

    @Test func removeDeletesOnlyThatDataset() throws {
        let fixture = try Fixture()
        try fixture.load(.mue, fixture.write("mue_practitioner_2024-07-01.csv", Self.mue))
        try fixture.load(.mue, fixture.write("mue_outpatient_hospital_2024-07-01.csv", Self.mue))
        #expect(try fixture.knowledgeBase.remove(.mue, setting: .hospital))
        #expect(try fixture.knowledgeBase.mue("11111", setting: .hospital) == nil)
        #expect(try fixture.knowledgeBase.mue("11111", setting: .practitioner)?.value == 4)
        #expect(try !fixture.knowledgeBase.remove(.aoc, setting: nil))
    }
}
