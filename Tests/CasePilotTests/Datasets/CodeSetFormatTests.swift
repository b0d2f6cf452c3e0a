import Foundation
import Testing
@testable import CasePilot

/// Fixtures in the official layouts, with made-up descriptions.
@Suite("Code-set formats: HCPCS, ICD-10-CM, ICD-10-PCS")
struct CodeSetFormatTests {
    /// One 320-byte HCPCS record in the official layout.
    static func hcpcsRecord(_ code: String, recordID: Character, long: String, short: String = "", added: String = "20200101",
                            effective: String = "20200101", termination: String = "") -> String {
        var record = Fixture.pad(code.count == 2 ? "   " + code : code, 5) + "00010" + String(recordID) + Fixture.pad(long, 80)
        guard recordID == "3" || recordID == "7" else { return Fixture.pad(record, 320) }
        record += Fixture.pad(short, 28) + Fixture.pad("13", 8) + "A"             // pricing 120-127, multiple pricing 128
        record = Fixture.pad(record, 242) + "20200101" + "0001" + "M5D" + "1    " + "  0"  // OPPS date, note, BETOS, TOS, anesthesia
        record += added + effective + Fixture.pad(termination, 8) + "N"
        return Fixture.pad(record, 320)
    }

    @Test func hcpcsFixedWidthWithContinuationRecords() throws {
        let fixture = try Fixture()
        let text = [
            Self.hcpcsRecord("A1", recordID: "7", long: "Made-up modifier for one thing", short: "Made-up mod"),
            Self.hcpcsRecord("G9991", recordID: "3", long: "Imaginary wellness service with a description long enough that it", short: "Imaginary wellness"),
            Self.hcpcsRecord("G9991", recordID: "4", long: "continues on a second record"),
            Self.hcpcsRecord("J9998", recordID: "3", long: "Injection, imaginary drug, 10 mg", short: "Imaginary drug inj", termination: "20240331"),
        ].joined(separator: "\r\n") + "\r\n"
        let info = try fixture.load(.hcpcs, fixture.write("HCPC2025_JAN_ANWEB_v2.txt", text))
        #expect(info.rowCount == 3)
        #expect(info.release == "2025-01")
        let code = try #require(try fixture.knowledgeBase.codeRecord(system: "HCPCS", code: "G9991"))
        #expect(code.description == "Imaginary wellness service with a description long enough that it continues on a second record")
        #expect(code.shortDescription == "Imaginary wellness")
        #expect(try fixture.knowledgeBase.codeRecord(system: "HCPCS", code: "J9998")?.terminationDate == "20240331")
        #expect(try fixture.knowledgeBase.codeRecord(system: "modifier", code: "A1") != nil)
    }

    /// Two HCPCS codes in the CSV export layout, one of them terminated.
    static let hcpcsCSV = """
        HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
        G9991,0010,3,"Imaginary service, subsequent visit",Imaginary subseq,20110101,20110101,,N
        J9998,0010,3,"Injection, imaginary drug, 40 mg",Imaginary inj,19820101,20240401,20240331,N

        """

    @Test func hcpcsCSVExportAndZIP() throws {
        let fixture = try Fixture()
        let csv = Self.hcpcsCSV
        let zip = Archive.zip([("HCPC2025_OCT_ANWEB.csv", Array(csv.utf8)), ("HCPC2025_OCT_ANWEB.xlsx", [0x50, 0x4B, 0, 1]), ("proc_notes.txt", Array("note".utf8))])
        let info = try fixture.load(.hcpcs, fixture.write("hcpcs-oct-2025.zip", bytes: zip))
        #expect(info.rowCount == 2)
        let answer = try fixture.answer("What is J9998?", .cpt)
        #expect(answer.text.contains("Injection, imaginary drug, 40 mg"))
        #expect(answer.text.contains("Termination date: 2024-03-31"))
        #expect(answer.citations.first?.source == Dataset.hcpcs.title)
        #expect(answer.citations.first?.reference == "hcpcs-oct-2025.zip")
    }

    /// "What replaced G9991?" of a code the HCPCS file still lists: nothing did, and the answer says
    /// so first; a terminated code is not called current.
    @Test func aCurrentCodeHasNotBeenReplaced() throws {
        let fixture = try Fixture()
        let csv = Self.hcpcsCSV
        try fixture.load(.hcpcs, fixture.write("HCPC2025_OCT_ANWEB.csv", csv))
        let current = try fixture.answer("What replaced G9991?", .crosswalks)
        #expect(current.text.hasPrefix("HCPCS G9991 has not been replaced: it is a current code in the imported CMS HCPCS Level II file, 2025-10 (no termination date)."), "\(current.text)")
        #expect(current.text.contains("Imaginary service, subsequent visit") && current.codes.map(\.code) == ["G9991"])
        let terminated = try fixture.answer("What replaced J9998?", .crosswalks)
        #expect(!terminated.text.contains("has not been replaced"), "\(terminated.text)")
    }

    static let tabularXML = """
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10CM.tabular>
          <version>2026</version>
          <chapter><name>4</name><desc>Made-up chapter (E00-E89)</desc>
            <section id="E08-E13"><desc>Made-up block</desc>
              <diag><name>E11</name><desc>Imaginary diabetes</desc>
                <includes><note>imaginary sugar disease NOS</note></includes>
                <useAdditionalCode><note>code to identify control using:</note><note>imaginary insulin (Z79.4)</note></useAdditionalCode>
                <diag><name>E11.6</name><desc>Imaginary diabetes with other complications</desc>
                  <diag><name>E11.65</name><desc>Imaginary diabetes with high sugar &amp; thirst</desc></diag>
                  <diag><name>E11.69</name><desc>Imaginary diabetes with other complication</desc>
                    <codeAlso><note>, if applicable, imaginary pump status (Z96.41)</note></codeAlso>
                    <useAdditionalCode><note>code (B95-B97), to identify imaginary agent.</note></useAdditionalCode>
                  </diag>
                </diag>
                <diag><name>E11.9</name><desc>Imaginary diabetes without complications</desc>
                  <inclusionTerm><note>imaginary steady diabetes (mellitus) (stable)</note><note>(benign) (quiet)</note></inclusionTerm>
                  <excludes1><note>imaginary high sugar NOS</note></excludes1>
                </diag>
              </diag>
            </section>
          </chapter>
          <chapter><name>19</name><desc>Made-up injuries</desc>
            <section id="S00-S09"><desc>Injuries</desc>
              <diag><name>S00</name><desc>Imaginary head injury</desc>
                <sevenChrNote><note>The appropriate 7th character is to be added</note></sevenChrNote>
                <sevenChrDef><extension char="A">initial encounter</extension><extension char="D">subsequent encounter</extension></sevenChrDef>
                <diag><name>S00.0</name><desc>Imaginary scalp injury</desc>
                  <diag><name>S00.03</name><desc>Imaginary scalp bruise</desc></diag>
                </diag>
              </diag>
            </section>
          </chapter>
        </ICD10CM.tabular>
        """

    @Test func icd10cmTabularXMLExpandsSeventhCharacters() throws {
        let fixture = try Fixture()
        let info = try fixture.load(.icd10cm, fixture.write("icd10cm-tabular-2026.xml.gz", bytes: Archive.gzip(Array(Self.tabularXML.utf8))))
        #expect(info.release == "FY2026")
        let kb = fixture.knowledgeBase
        #expect(try kb.codeRecord(system: "ICD-10-CM", code: "E116")?.billable == false)
        #expect(try kb.codeRecord(system: "ICD-10-CM", code: "E1165")?.description == "Imaginary diabetes with high sugar & thirst")
        #expect(try kb.codeRecord(system: "ICD-10-CM", code: "S0003")?.billable == false)
        let expanded = try #require(try kb.codeRecord(system: "ICD-10-CM", code: "S0003XD"))
        #expect(expanded.description == "Imaginary scalp bruise, subsequent encounter")
        #expect(expanded.billable == true && expanded.parent == "S0003")
        let answer = try fixture.answer("Is E11.6 billable?", .cpt)
        #expect(answer.text.contains("Billable: no"))
        #expect(answer.text.contains("E11.65"))
        #expect(answer.codes.map(\.code).contains("E11.69"))
    }

    /// The tabular's inclusion terms find their codes without the nonessential modifiers; other
    /// notes (excludes) do not; a new import replaces them and removing the dataset drops them.
    @Test func icd10cmTabularInclusionTermsFindTheirCodes() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm-tabular-2026.xml", Self.tabularXML))
        let plain = try fixture.answer("What is the code for imaginary steady diabetes?", .cpt)
        #expect(plain.codes.first?.code == "E11.9")
        #expect(plain.text.contains("It lists \"imaginary steady diabetes (mellitus) (stable)\" as an inclusion term."))
        #expect(try fixture.answer("code for imaginary sugar disease", .cpt).codes.first?.code == "E11")
        #expect(try fixture.answer("code for imaginary high sugar", .cpt).codes.first?.code != "E11.9", "an excludes note is no inclusion term")
        #expect(try fixture.knowledgeBase.database.scalarInteger("SELECT count(*) FROM code_term") == 2, "a term of modifiers only is skipped")
        // A looser phrasing still finds the code by its term's words (and a nonessential modifier it names).
        let loose = try fixture.answer("code for an imaginary steady diabetes, stable", .cpt)
        #expect(loose.codes.first?.code == "E11.9")
        #expect(loose.text.contains("It lists \"imaginary steady diabetes (mellitus) (stable)\" as an inclusion term."))
        #expect(try fixture.answer("code for imaginary sugar disease of the pancreas", .cpt).codes.first?.code == "E11")
        // A bare phrase that the term holds (all but one in four), though the title does not, names the code.
        #expect(try Answerer(knowledgeBase: fixture.knowledgeBase).codeNaming(QuestionParser().parse("imaginary steady diabetes patient")) != nil)

        try fixture.load(.icd10cm, fixture.write("icd10cm-tabular-2026.xml", Self.tabularXML.replacingOccurrences(of: "sugar disease", with: "glucose disease")))
        #expect(try fixture.answer("code for imaginary glucose disease", .cpt).codes.first?.code == "E11")
        #expect(try fixture.knowledgeBase.database.scalarInteger("SELECT count(*) FROM code_term") == 2)
        try fixture.knowledgeBase.database.execute("INSERT INTO code_term_fts(code_term_fts) VALUES ('integrity-check')")
        #expect(try fixture.knowledgeBase.remove(.icd10cm, setting: nil))
        #expect(try fixture.knowledgeBase.database.scalarInteger("SELECT count(*) FROM code_term") == 0)
        #expect(try fixture.knowledgeBase.database.scalarInteger("SELECT count(*) FROM code_note") == 0)
        try fixture.knowledgeBase.database.execute("INSERT INTO code_term_fts(code_term_fts) VALUES ('integrity-check')")
    }

    /// The tabular's instructional notes come with a code, its own first, then those printed under
    /// its category, which apply to it too; a description answer names what else to code.
    @Test func icd10cmTabularNotesComeWithTheCode() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm-tabular-2026.xml", Self.tabularXML))
        let answer = try fixture.answer("What is E11.9?", .cpt).text
        #expect(answer.contains("Tabular instructions for E11.9:\n- Use additional code: under E11: code to identify control using: imaginary insulin (Z79.4).\n- Excludes1 (never coded together with these): imaginary high sugar NOS."), "\(answer)")
        #expect(try !fixture.answer("What is S00.03XA?", .cpt).text.contains("Tabular instructions"))
        // A note written to follow its heading ("Code also" ", if applicable, …") reads as a sentence.
        let other = try fixture.answer("What is E11.69?", .cpt).text
        #expect(other.contains("- Code also: if applicable, imaginary pump status (Z96.41)."), "\(other)")
        // A note that ends its sentence itself gets no second full stop.
        #expect(other.contains("- Use additional code: code (B95-B97), to identify imaginary agent.; under E11: code to identify control using: imaginary insulin (Z79.4).\n"), "\(other)")
        #expect(!other.contains(".."), "\(other)")
        let described = try fixture.answer("What is the code for imaginary diabetes without complications?", .cpt).text
        #expect(described.contains("- Use additional code: under E11:") && !described.contains("Excludes1"), "\(described)")
    }

    @Test func essentialWordsOfAnInclusionTerm() {
        #expect(InclusionTerm.essential("hypertension (arterial) (benign) (essential) (malignant) (primary) (systemic)") == "hypertension")
        #expect(InclusionTerm.essential("diabetes NOS") == "diabetes")
        #expect(InclusionTerm.essential("diabetes (mellitus) due to insulin secretory defect") == "diabetes due to insulin secretory defect")
        #expect(InclusionTerm.essential("(benign) (quiet)") == "")
        #expect(InclusionTerm.key("High blood pressure") == DescriptionKey.key("high blood pressure"))
    }

    @Test func icd10cmOrderFileAndCodeDescriptionFile() throws {
        let fixture = try Fixture()
        func order(_ number: Int, _ code: String, _ valid: Bool, _ short: String, _ long: String) -> String {
            String(format: "%05d", number) + " " + Fixture.pad(code, 7) + " " + (valid ? "1" : "0") + " " + Fixture.pad(short, 60) + " " + long
        }
        let orderFile = [
            order(1, "E11", false, "Imaginary diabetes", "Imaginary diabetes"),
            order(2, "E116", false, "Imaginary diabetes w oth comp", "Imaginary diabetes with other complications"),
            order(3, "E1165", true, "Imaginary diabetes w high sugar", "Imaginary diabetes with high sugar"),
        ].joined(separator: "\n")
        let info = try fixture.load(.icd10cm, fixture.write("icd10cm_order_2026.txt", orderFile))
        #expect(info.rowCount == 3)
        #expect(try fixture.knowledgeBase.codeRecord(system: "ICD-10-CM", code: "E1165")?.parent == "E116")
        #expect(try fixture.knowledgeBase.codeRecord(system: "ICD-10-CM", code: "E1165")?.shortDescription == "Imaginary diabetes w high sugar")

        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2024.txt", "E1165   Imaginary diabetes with high sugar\nE119    Imaginary diabetes without complications\n"))
        #expect(try fixture.knowledgeBase.codeRecord(system: "ICD-10-CM", code: "E116") == nil)
        let answer = try fixture.answer("What is ICD-10 E11.6?", .cpt)
        #expect(answer.text.contains("header"))
        #expect(answer.codes.contains { $0.code == "E11.65" })
    }

    /// A coder's surgical words are spelled out as ICD-10-PCS titles word them, when PCS is named.
    @Test func icd10pcsFromACodersWords() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10pcs, fixture.write("icd10pcs_codes_2024.txt",
            "0DTJ4ZZ Resection of Appendix, Percutaneous Endoscopic Approach\n0DTJ0ZZ Resection of Appendix, Open Approach\n"))
        #expect(try fixture.answer("What is the ICD-10-PCS code for laparoscopic appendectomy?", .cpt).codes.first?.code == "0DTJ4ZZ")
        #expect(try fixture.answer("PCS code for open appendectomy", .cpt).codes.first?.code == "0DTJ0ZZ")
        #expect(PCSTerms.expanded("laparoscopic appendectomy") == "percutaneous endoscopic resection of appendix")
        #expect(PCSTerms.expanded("Total knee replacement, right") == "replacement of knee joint with synthetic substitute, right")
        // A biopsy is a diagnostic excision; a plain colonoscopy an inspection.
        #expect(PCSTerms.expanded("colonoscopy and biopsies").hasPrefix("excision of large intestine"))
        #expect(PCSTerms.expanded("a colonoscopy").hasPrefix("a inspection of lower intestinal tract"))
        #expect(PCSTerms.expanded("c-section") == PCSTerms.expanded("cesarean section"))
    }

    @Test func icd10pcsCodeFileAndSearch() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10pcs, fixture.write("icd10pcs_codes_2024.txt", "0DTJ4ZZ Imaginary resection of appendix, endoscopic\n0DTJ0ZZ Imaginary resection of appendix, open\n"))
        let hits = try CodeSearch(knowledgeBase: fixture.knowledgeBase).search("imaginary resection of appendix, open", systems: [])
        #expect(hits.first?.record.code == "0DTJ0ZZ")
        #expect(throws: CasePilotError.self) {
            try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2024.txt", "0DTJ4ZZ Imaginary resection\n"))
        }
    }
}
