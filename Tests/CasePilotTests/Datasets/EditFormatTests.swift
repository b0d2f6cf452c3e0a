import Foundation
import Testing
@testable import CasePilot

/// NCCI, fee schedule, GEM and coverage fixtures in their official layouts (codes only; made-up text).
@Suite("Edit formats: PTP, MUE, AOC, PPRRVU, GEMs, LCD index")
struct EditFormatTests {
    static let officialPTP = """
        CPT codes and descriptions only are copyright 2024 American Medical Association. All Rights Reserved.
        Column1/Column 2 Edits
        Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale
        11111\t22222\t*\t19960101\t*\t0\tMutually exclusive procedures
        33333\t44444\t\t20200101\t*\t1\tStandards of medical / surgical practice
        55555\t66666\t\t20200101\t20210101\t1\tMisuse of column two code with column one code

        """

    @Test func officialTabDelimitedPTPInAZip() throws {
        let fixture = try Fixture()
        let zip = Archive.zip([("ccipra-v302r0-f1.TXT", Array(Self.officialPTP.utf8)), ("ccipra-v302r0-f1.xlsx", [1, 2, 3])])
        let info = try fixture.load(.ncciPTP, fixture.write("ccipra-v302r0-f1.zip", bytes: zip))
        #expect(info.setting == "practitioner" && info.release == "2024-07-01" && info.rowCount == 3)
        let edits = try #require(try fixture.knowledgeBase.ptpEdits("22222", "11111", setting: .practitioner))
        #expect(edits.first?.modifierIndicator == 0 && edits.first?.column1 == "11111" && edits.first?.deletionDate == nil)
        #expect(edits.first?.rationale == "Mutually exclusive procedures")
        let answer = try fixture.answer("Can I bill 22222 with 11111?", .ncci)
        #expect(answer.text.contains("11111 is the column 1"))
        #expect(answer.text.contains("modifier indicator 0"))
        #expect(answer.citations.first == Citation(source: "NCCI PTP edits, practitioner", release: "2024-07-01", reference: "ccipra-v302r0-f1.zip"))
        let deleted = try fixture.answer("Can I bill 55555 with 66666?", .ncci)
        #expect(deleted.text.contains("No active NCCI PTP edit"))
        let none = try fixture.answer("Can I bill 11111 with 77777?", .ncci)
        #expect(none.text.contains("No active NCCI PTP edit"))
        let hospital = try fixture.answer("Can I bill 11111 with 22222 in the outpatient hospital?", .ncci)
        #expect(hospital.warnings.contains("NCCI PTP edits (hospital) are not imported"))
    }

    @Test func ptpCSVExportNeedsASetting() throws {
        let fixture = try Fixture()
        let csv = fixture.folder.appendingPathComponent("edits.csv")
        try fixture.write("edits.csv", "column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale\n11111,22222,*,1,Misuse of column two code with column one code\n")
        let error = try #require(throws: CasePilotError.self) { try fixture.load(.ncciPTP, csv) }
        #expect(error.isUsage)
        let info = try fixture.load(.ncciPTP, csv, setting: .hospital, release: "2024-07-01")
        #expect(info.rowCount == 1 && info.setting == "hospital")
        #expect(try fixture.knowledgeBase.ptpEdits("11111", "22222", setting: .hospital)?.first?.modifierIndicator == 1)
    }

    /// Three codes in one question: every pair is checked.
    @Test func everyPairOfThreeCodes() throws {
        let fixture = try Fixture()
        let csv = try fixture.write("ptp_practitioner_2024-07-01.csv", "column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale\n11111,22222,*,1,Misuse of column two code with column one code\n11111,33333,*,0,Mutually exclusive procedures\n")
        try fixture.load(.ncciPTP, csv)
        let answer = try fixture.answer("Can 11111, 22222 and 33333 be billed together?", .ncci)
        #expect(answer.text.contains("11111 is the column 1 (comprehensive) code and 22222"))
        #expect(answer.text.contains("11111 is the column 1 (comprehensive) code and 33333"))
        #expect(answer.text.contains("No active NCCI PTP edit pairs 22222 with 33333"))
        #expect(answer.citations.count == 1)
    }

    /// A pair question is answered by the edits, then by the article written about both codes
    /// (whose related codes list them), if one is: the rules beside the edits.
    @Test func aPairsArticleFollowsItsEdits() throws {
        let fixture = try Fixture()
        try fixture.write("articles.txt", """
            == article zephyr-visits
            title: Zephyr visit and zephyr check on the same day
            category: guidelines
            body: Report the check with modifier 25 when it is separately identifiable.
            related: 11111, 22222
            source: s
            as-of: 2024

            == article zephyr-checks
            title: Zephyr checks
            category: guidelines
            body: About checks alone.
            related: 22222
            source: s
            as-of: 2024
            """)
        try fixture.knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: fixture.folder.path))
        try fixture.load(.ncciPTP, fixture.write("ptp_practitioner_2024-07-01.csv", "column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale\n33333,44444,*,1,Misuse of column two code with column one code\n"))
        let pair = try fixture.answer("Can I bill 11111 and 22222 on the same day?", .ncci)
        #expect(pair.text.hasPrefix("No active NCCI PTP edit pairs 11111 with 22222"), "\(pair.text)")
        #expect(pair.text.contains("Zephyr visit and zephyr check on the same day") && !pair.text.contains("Zephyr checks"), "\(pair.text)")
        let other = try fixture.answer("Can I bill 22222 and 33333 on the same day?", .ncci)
        #expect(!other.text.contains("Zephyr"), "no article relates both: \(other.text)")
    }

    /// "Can 11111 be billed with an XYZ?": the service named beside the one code is read as the
    /// code entries whose titles spell it out; a name many titles share is not read as codes.
    @Test func aServiceNamedBesideACodeIsReadAsItsCodes() throws {
        let fixture = try Fixture()
        let entries = [("HCPCS G9991", "Yearly zephyr visit (XYZ), first visit"), ("HCPCS G9992", "Yearly zephyr visit (XYZ), later visit"),
                       ("HCPCS G9993", "Screening with the XYZ, tracing only"), ("HCPCS G9994", "Primary zephyr management")]
            + ["short", "medium", "long", "longest", "extended"].enumerated().map { ("CPT 1111\($0.offset + 2)", "Office visit, \($0.element)") }
        try fixture.write("codes.txt", entries.map { "== code \($0.0)\ntitle: \($0.1)\nbody: b\nsource: s\nas-of: 2024\n" }.joined(separator: "\n"))
        try fixture.knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: fixture.folder.path))
        let ptp = try fixture.write("ptp_practitioner_2024-07-01.csv", """
            column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale
            G9991,11111,*,1,Mutually exclusive procedures

            """)
        try fixture.load(.ncciPTP, ptp)
        let answer = try fixture.answer("Can 11111 be billed with an XYZ?", .ncci).text
        #expect(answer.contains(#"Reading "XYZ" as G9991 (Yearly zephyr visit (XYZ), first visit) and G9992 (Yearly zephyr visit (XYZ), later visit)"#), "\(answer)")
        #expect(answer.contains("G9991 is the column 1 (comprehensive) code and 11111"))
        #expect(answer.contains("No active NCCI PTP edit pairs 11111 with G9992"))
        #expect(!answer.contains("G9993"), "a title that only mentions the name is not the service")
        let broad = try fixture.answer("Can 11111 be billed with an office visit?", .ncci).text
        #expect(!broad.contains("Reading") && !broad.contains("11112"), "five titles share the name: not read as codes")
        let addOn = try fixture.answer("Which primary codes can 11111 be billed with?", .ncci).text
        #expect(!addOn.contains("G9994"), "an add-on question names no service")
        // The service follows "with"; a name whose words a few titles hold is read as all of them.
        let described = try fixture.answer("Can 11111 zephyr screening be billed with a yearly zephyr visit?", .ncci).text
        #expect(described.contains(#"Reading "yearly zephyr visit" as G9991 (Yearly zephyr visit (XYZ), first visit) and G9992"#), "\(described)")
    }

    /// One code's edits listed: the codes bundled into it (its column 2 codes, by modifier
    /// indicator, deleted and not-applicable edits left out), or with words of column 1 or "bundled
    /// into" the codes it is bundled into.
    @Test func oneCodesEditsAreListed() throws {
        let fixture = try Fixture()
        try fixture.load(.ncciPTP, fixture.write("ptp_practitioner_2024-07-01.csv", """
            column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale
            11111,22222,*,1,Misuse of column two code with column one code
            11111,33333,*,0,Mutually exclusive procedures
            11111,G4444,*,1,Standards of medical / surgical practice
            11111,55555,20191231,1,Misuse of column two code with column one code
            11111,66666,*,9,Misuse of column two code with column one code
            77777,11111,*,1,More extensive procedure

            """))
        let components = try fixture.answer("What codes bundle into 11111?", .ncci)
        #expect(components.text.contains("11111 is the column 1 (comprehensive) code of 3 active edits."), "\(components.text)")
        #expect(components.text.contains("(modifier indicator 0), 1 code: 33333\n"), "\(components.text)")
        #expect(components.text.contains("(modifier indicator 1), 2 codes: 22222, G4444\n"), "\(components.text)")
        #expect(!components.text.contains("55555") && !components.text.contains("66666") && !components.text.contains("77777"))
        #expect(components.codes.map(\.code) == ["11111"], "the answer is about the one code")
        #expect(try fixture.answer("column 2 codes for 11111", .ncci).text.contains("11111 is the column 1 (comprehensive) code of 3 active edits."))
        for question in ["What is 11111 bundled into?", "column 1 codes for 11111"] {
            let into = try fixture.answer(question, .ncci).text
            #expect(into.contains("11111 is the column 2 (component) code of 1 active edit.") && into.contains("1 code: 77777"), "\(into)")
        }
        let none = try fixture.answer("NCCI edits for 77777", .ncci).text
        #expect(none.contains("77777 is the column 1 (comprehensive) code of 3") == false && none.contains("77777 is the column 1 (comprehensive) code of 1 active edit."), "\(none)")
        let nothing = try fixture.answer("NCCI edits for 22222", .ncci).text
        #expect(nothing.contains("22222 is the column 1 (comprehensive) code of no active NCCI PTP edit") && nothing.contains("What is 22222 bundled into?"), "\(nothing)")
        #expect(try !fixture.answer("MUE for 11111", .ncci).text.contains("column 1"), "a units question lists no edits")
        #expect(try !fixture.answer("can you bill 11111 twice on the same day", .ncci).text.contains("column 1"), "nor does one that asks for it twice")
        // No word of edits, units or pairs: what the code is, then its edits' facts.
        try fixture.write("codes.txt", "== code CPT 11111\ntitle: Imaginary nail trim\nbody: b\nsource: s\nas-of: 2024\n")
        try fixture.knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: fixture.folder.path))
        #expect(try fixture.answer("imaginary nail trim 11111", .ncci).text.hasPrefix("CPT 11111 — Imaginary nail trim"))
        #expect(try !fixture.answer("MUE for 11111", .ncci).text.contains("Imaginary nail trim"))
    }

    /// "and in the outpatient hospital?" after an NCCI answer asks the same question in that setting.
    @Test func aFollowUpChangesTheSetting() async throws {
        let parser = QuestionParser()
        let listed = Answer(question: "What codes bundle into 11111?", category: .ncci, confidence: 1, answer: "…", codes: [CodeReference(system: .cpt, code: "11111")])
        #expect(FollowUp.settingVariant(parser.parse("and in the outpatient hospital?"), previous: listed) == "What codes bundle into 11111 in the outpatient hospital")
        let pair = Answer(question: "Can I bill 11111 with 22222 in the hospital?", category: .ncci, confidence: 1, answer: "…")
        #expect(FollowUp.settingVariant(parser.parse("and for a physician?"), previous: pair) == "Can I bill 11111 with 22222 for a practitioner")
        #expect(FollowUp.settingVariant(parser.parse("what about 99214 in the hospital?"), previous: listed) == nil, "a code of its own")
        // The codes a follow-up carried, which its words do not name, are named again.
        let carried = Answer(question: "can it be billed with 22222?", category: .ncci, confidence: 1, answer: "…",
                             codes: [CodeReference(system: .cpt, code: "11111"), CodeReference(system: .cpt, code: "22222")])
        #expect(FollowUp.settingVariant(parser.parse("what about in the hospital?"), previous: carried) == "can 11111 be billed with 22222 in the outpatient hospital")
        let units = Answer(question: "what is the MUE?", category: .ncci, confidence: 1, answer: "…", codes: [CodeReference(system: .cpt, code: "11111")])
        #expect(FollowUp.settingVariant(parser.parse("and in the hospital?"), previous: units) == "what is the MUE for 11111 in the outpatient hospital")
        #expect(FollowUp.settingVariant(parser.parse("and in the hospital?"), previous: Answer(question: "What is 11111?", category: .cpt, confidence: 1, answer: "…")) == nil)
        let fixture = try Fixture()
        try fixture.load(.ncciPTP, fixture.write("ptp_outpatient_hospital_2024-07-01.csv", "column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale\n11111,33333,*,0,Mutually exclusive procedures\n"))
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        let first = try await engine.ask("What codes bundle into 11111?")
        let hospital = try await engine.ask("and in the outpatient hospital?", following: first)
        #expect(hospital.category == .ncci && hospital.answer.contains("NCCI PTP edits (outpatient hospital, 2024-07-01): 11111 is the column 1"), "\(hospital.answer.prefix(200))")
    }

    /// The header row of the Medicare PFS relative value file (PPRRVU) as CMS publishes it.
    static let pprrvuHeader = #""HCPCS","MOD","DESCRIPTION","STATUS CODE","NOT USED FOR MEDICARE PAYMENT","WORK RVU","NON-FAC PE RVU","NON-FAC NA INDICATOR","FACILITY PE RVU","FACILITY NA INDICATOR","MP RVU","NON-FACILITY TOTAL","FACILITY TOTAL","PCTC IND","GLOB DAYS","PRE OP","INTRA OP","POST OP","MULT PROC","BILAT SURG","ASST SURG","CO- SURG","TEAM SURG","ENDO BASE","CONV FACTOR""#

    /// Writes authored code entries (code, title, keywords) as the fixture's whole knowledge.
    static func writeCodeEntries(_ entries: [(code: String, title: String, keywords: String)], in fixture: Fixture) throws {
        try fixture.write("codes.txt", entries.map { "== code \($0.code)\ntitle: \($0.title)\nbody: b\nkeywords: \($0.keywords)\nsource: s\nas-of: 2024\n" }.joined(separator: "\n"))
        try fixture.knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: fixture.folder.path))
    }

    /// A name that many titles mention ("ECG") is read as the entry that gives it as a keyword
    /// outright (93000 "EKG, ECG"), not one whose keyword only contains it; as the question spells it.
    @Test func aServiceNamedByAKeywordIsReadAsThatCode() throws {
        let fixture = try Fixture()
        let entries = [("CPT 11112", "Zephyr QRS done and read (global)", "QRS, zephyr test"),
                       ("CPT 11113", "Zephyr QRS recording only", "QRS recording"),
                       ("CPT 11114", "Zephyr QRS reading only", "QRS reading"),
                       ("HCPCS G9993", "Screening zephyr QRS, tracing only", "screening QRS"),
                       ("HCPCS G9994", "Screening zephyr QRS, reading only", "screening QRS reading")]
        try Self.writeCodeEntries(entries, in: fixture)
        try fixture.load(.ncciPTP, fixture.write("ptp_practitioner_2024-07-01.csv", """
            column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale
            11111,11112,*,1,Mutually exclusive procedures

            """))
        let answer = try fixture.answer("Can I bill 11111 with a QRS?", .ncci).text
        #expect(answer.hasPrefix(#"Reading "QRS" as 11112 (Zephyr QRS done and read (global))"#), "\(answer)")
        #expect(answer.contains("11111 is the column 1 (comprehensive) code and 11112") && !answer.contains("11113"), "\(answer)")
        // Asked which modifier lets them both be paid, the same edit answers, not a modifier entry.
        let modifier = try fixture.answer("Which modifier unbundles 11111 from a QRS?", .modifiers).text
        #expect(modifier.hasPrefix(#"Reading "QRS" as 11112"#) && modifier.contains("11111 is the column 1 (comprehensive) code and 11112"), "\(modifier)")
        // A side names no service, though a title spells it out ("(bilateral by definition)").
        try Self.writeCodeEntries(entries + [("CPT 11115", "Zephyr injections (bilateral by definition)", "zephyr injections")], in: fixture)
        let side = try fixture.answer("What modifier for 11111 bilateral?", .modifiers).text
        #expect(!side.contains("Reading"), "\(side)")
    }

    /// "Can I bill an EKG with an office visit?": the service named beside the visit, on either side
    /// of "with", is read as its code entries and answered with their edits with the E/M codes;
    /// the codes of one name are not paired with each other, and the visit's modifier is said
    /// once. A keyword that none of the titles holding the name's words has comes first. The
    /// engine takes such a question (or one code with an office visit) as an NCCI question.
    @Test func aServiceNamedBesideAVisitHasItsEditsWithTheVisits() async throws {
        let fixture = try Fixture()
        let entries = [("CPT 11112", "Zephyr QRS done and read (global)", "QRS"),
                       ("CPT 11113", "Zephyr tap, one side", "zephyr tap"),
                       ("CPT 11114", "Zephyr tap, both sides", "zephyr tap"),
                       ("CPT 11115", "Guided QRS injection", "guided QRS"),
                       ("CPT 11116", "Needle into the QRS to inject", "QRS injection")]
        try Self.writeCodeEntries(entries, in: fixture)
        try fixture.load(.ncciPTP, fixture.write("ptp_practitioner_2024-07-01.csv", """
            column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale
            11112,99211,*,1,Misuse of column two code with column one code
            93000,99211,*,1,Misuse of column two code with column one code
            11113,11114,*,1,Mutually exclusive procedures
            99213,11116,*,1,CPT Manual or CMS manual coding instruction

            """))
        for question in ["Can I bill a QRS with an office visit?", "can an office visit be billed with a QRS", "is a QRS bundled with a sick visit"] {
            let answer = try fixture.answer(question, .ncci).text
            #expect(answer.hasPrefix(#"Reading "QRS" as 11112 (Zephyr QRS done and read (global))"#), "\(question): \(answer)")
            #expect(answer.contains("between 11112 and E/M codes: 1 active") && answer.contains("modifier 25 on the E/M code"), "\(answer)")
        }
        let two = try fixture.answer("can I bill a zephyr tap and an E/M on the same day", .ncci).text
        #expect(two.contains("No active NCCI PTP edit pairs 11113 with an E/M code") && two.contains("No active NCCI PTP edit pairs 11114 with an E/M code"), "\(two)")
        #expect(!two.contains("column 1 (comprehensive)") && two.components(separatedBy: "modifier 25 on the E/M code").count == 2, "\(two)")
        let keyed = try fixture.answer("is a QRS injection bundled with an office visit", .ncci).text
        #expect(keyed.hasPrefix(#"Reading "QRS injection" as 11116"#), "\(keyed)")
        let withCode = try fixture.answer("can I bill a QRS injection with 99213", .ncci).text
        #expect(withCode.hasPrefix(#"Reading "QRS injection" as 11116"#) && withCode.contains("99213 is the column 1 (comprehensive) code and 11116"), "\(withCode)")
        #expect(try !NCCILookup(knowledgeBase: fixture.knowledgeBase).asksBesideVisit(QuestionParser().parse("can I bill an office visit by time")))
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        let ekg = try await engine.ask("Can I bill an EKG with an office visit?")
        #expect(ekg.category == .ncci && ekg.answer.hasPrefix(#"Reading "EKG" as 93000"#) && ekg.answer.contains("between 93000 and E/M codes: 1 active"), "\(ekg.category): \(ekg.answer.prefix(200))")
        let code = try await engine.ask("can I bill 93000 with an office visit")
        #expect(code.category == .ncci && code.answer.hasPrefix("NCCI PTP edits (practitioner, 2024-07-01) between 93000 and E/M codes"), "\(code.category): \(code.answer.prefix(200))")
    }

    /// "Bilateral mammogram modifier": the service is read as its code and the fee schedule's
    /// bilateral surgery indicator says whether modifier 50 applies (a code already bilateral takes
    /// none), before modifier 50 itself.
    @Test func aBilateralServiceSaysWhatItsIndicatorMeansForModifier50() throws {
        let fixture = try Fixture()
        try Self.writeCodeEntries([("CPT 11118", "Zephyr scan of both hands", "zephyr scan"), ("CPT 11119", "Zephyr tap of one knee", "zephyr tap")], in: fixture)
        let header = EditFormatTests.pprrvuHeader
        let row = { (code: String, bilateral: String) in #""\#(code)","","Made-up","A","","1.00","1.50","","0.50","","0.10","2.60","1.60","0","000","0","0","0","2","\#(bilateral)","1","0","0","","33.2875""# }
        try fixture.load(.pfsRVU, fixture.write("PPRRVU24_JUL.csv", [header, row("11118", "2"), row("11119", "1"), ""].joined(separator: "\n")))
        let scan = try fixture.answer("bilateral zephyr scan modifier", .modifiers)
        #expect(scan.text.hasPrefix(#"Reading "zephyr scan" on both sides as CPT 11118 (Zephyr scan of both hands): it has bilateral surgery indicator 2"#), "\(scan.text)")
        #expect(scan.codes.first?.code == "11118")
        let tap = try fixture.answer("what modifier for a bilateral zephyr tap", .modifiers).text
        #expect(tap.hasPrefix(#"Reading "zephyr tap" on both sides as CPT 11119"#) && tap.contains("150%"), "\(tap)")
        #expect(try !fixture.answer("which modifier for procedures on both sides", .modifiers).text.hasPrefix("Reading"))
        // A code asked about on both sides asks about modifier 50: its indicator says what 50 does.
        let coded = try fixture.answer("What modifier for 11119 bilateral?", .modifiers).text
        #expect(coded.contains("bilateral surgery indicator 1 (modifier 50): the 150% bilateral payment adjustment applies"), "\(coded)")
    }

    /// An E/M visit in a pair takes 25 (or 57 beside a major surgery), never 59; two visits are one.
    @Test func aVisitBesideAProcedureTakesAVisitModifier() throws {
        let fixture = try Fixture()
        let ptp = try fixture.write("ptp_practitioner_2024-07-01.csv", """
            column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale
            11111,99213,*,1,CPT Manual or CMS manual coding instruction
            22222,99213,*,1,CPT Manual or CMS manual coding instruction
            99214,99213,*,1,Misuse of column two code with column one code

            """)
        try fixture.load(.ncciPTP, ptp)
        let header = EditFormatTests.pprrvuHeader
        let row = { (code: String, global: String) in #""\#(code)","","Made-up","A","","1.00","1.50","","0.50","","0.10","2.60","1.60","0","\#(global)","0","0","0","2","1","1","0","0","","33.2875""# }
        try fixture.load(.pfsRVU, fixture.write("PPRRVU24_JUL.csv", [header, row("11111", "000"), row("22222", "090"), row("99213", "XXX"), row("99214", "XXX"), ""].joined(separator: "\n")))
        let minor = try fixture.answer("Can I bill 99213 with 11111?", .ncci).text
        #expect(minor.contains("modifier 25 on the E/M code") && minor.contains("global period 000"), "\(minor)")
        #expect(minor.contains("59 and XE/XP/XS/XU are not used on E/M codes") && !minor.contains("Put the modifier on the column 2 code"))
        let asked = try fixture.answer("What modifier for 11111 with an office visit?", .modifiers).text
        #expect(asked.contains("modifier 25 on the E/M code"), "\(asked)")
        let major = try fixture.answer("Can I bill 99213 with 22222?", .ncci).text
        #expect(major.contains("modifier 57 on the E/M") && major.contains("decision to operate"), "\(major)")
        let visits = try fixture.answer("Can I bill 99213 and 99214 on the same day?", .ncci).text
        #expect(visits.contains("Both are E/M visits") && visits.contains("one E/M visit a day"), "\(visits)")
        #expect(PTPAnswer.isEvaluationAndManagement("99499") && !PTPAnswer.isEvaluationAndManagement("99500") && !PTPAnswer.isEvaluationAndManagement("9921F"))
    }

    /// "Can I bill 11111 with 99999?": a code that the imported fee schedule, the edits and the
    /// knowledge all lack is said to be unknown, not "not bundled" (which reads as leave to bill it).
    /// A code only the edits list (a lab code) is real; without the fee schedule nothing is claimed.
    @Test func aCodeThatExistsNowhereIsNoPair() throws {
        let fixture = try Fixture()
        try fixture.load(.ncciPTP, fixture.write("ptp_practitioner_2024-07-01.csv", """
            column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale
            33333,11111,*,1,Misuse of column two code with column one code

            """))
        let unchecked = try fixture.answer("Can I bill 11111 with 99999?", .ncci)
        #expect(unchecked.text.hasPrefix("No active NCCI PTP edit pairs 11111 with 99999"), "no fee schedule: \(unchecked.text)")
        let header = EditFormatTests.pprrvuHeader
        let row = #""11111","","Made-up","A","","1.00","1.50","","0.50","","0.10","2.60","1.60","0","000","0","0","0","2","1","1","0","0","","33.2875""#
        try fixture.load(.pfsRVU, fixture.write("PPRRVU24_JUL.csv", [header, row, ""].joined(separator: "\n")))
        for question in ["Can I bill 11111 with 99999?", "how many units of 99999", "is 99999 bundled into 11111"] {
            let unknown = try fixture.answer(question, .ncci)
            #expect(unknown.text.hasPrefix("CPT 99999 is not in the imported Medicare fee schedule (2024-07)"), "\(question): \(unknown.text)")
            #expect(!unknown.text.contains("NCCI does not bundle") && unknown.warnings == ["CPT 99999 was not found in the knowledge base"])
        }
        let labCode = try fixture.answer("Can I bill 33333 with 11111?", .ncci).text
        #expect(labCode.contains("33333 is the column 1 (comprehensive) code and 11111"), "\(labCode)")
    }

    /// "Can I bill 11111 with an E/M?": its edits with the E/M codes, either way round, by modifier
    /// indicator with runs of codes joined, then the visit's modifier; the same for a modifier question.
    @Test func aCodeWithAnEMVisitListsItsEditsWithTheVisits() throws {
        let fixture = try Fixture()
        try fixture.load(.ncciPTP, fixture.write("ptp_practitioner_2024-07-01.csv", """
            column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale
            11111,99211,*,0,Misuse of column two code with column one code
            11111,99212,*,1,Misuse of column two code with column one code
            11111,99213,*,1,Misuse of column two code with column one code
            11111,99214,*,1,Misuse of column two code with column one code
            11111,99215,*,1,Misuse of column two code with column one code
            11111,99202,20191231,1,Misuse of column two code with column one code
            11111,22222,*,1,Mutually exclusive procedures
            99291,11111,*,1,Standards of medical / surgical practice

            """))
        for question in ["Can I bill 11111 with an E/M?", "E&M and 11111 same day", "can 11111 be billed with an office visit"] {
            let answer = try fixture.answer(question, .ncci)
            #expect(answer.text.contains("between 11111 and E/M codes: 6 active."), "\(question): \(answer.text)")
            #expect(answer.text.contains("(modifier indicator 0), 11111 in column 1, the E/M denied: 99211\n"), "\(answer.text)")
            #expect(answer.text.contains("(modifier indicator 1), E/M in column 1, 11111 denied: 99291\n"), "\(answer.text)")
            #expect(answer.text.contains("(modifier indicator 1), 11111 in column 1, the E/M denied: 99212–99215\n"), "\(answer.text)")
            #expect(answer.text.contains("modifier 25 on the E/M code") && !answer.text.contains("22222") && !answer.text.contains("99202"))
            #expect(answer.codes.map(\.code) == ["11111"])
        }
        let none = try fixture.answer("Can I bill 22222 with an E/M?", .ncci).text
        #expect(none.contains("No active NCCI PTP edit pairs 22222 with an E/M code (99202–99499)"), "\(none)")
        let modifier = try fixture.answer("what modifier goes on 11111 with E/M", .modifiers)
        #expect(modifier.text.hasPrefix("For the visit (E/M) beside the procedure 11111: modifier 25 on the E/M code"), "\(modifier.text)")
        #expect(try !fixture.answer("which modifier for an E/M after 11111 in its global period", .modifiers).text.contains("For the visit (E/M)"))
        #expect(PTPAnswer.runs(["99211", "99212", "99213", "99221", "99223", "99224", "G0463"]) == "99211–99213, 99221, 99223, 99224, G0463")
    }

    @Test func officialMUEWithCopyrightRows() throws {
        let fixture = try Fixture()
        let csv = """
            "CPT codes and descriptions only are copyright 2024 American Medical Association."
            "HCPCS/CPT Code","Practitioner Services MUE Values","MUE Adjudication Indicator","MUE Rationale"
            "11111","4","3 Date of Service Edit: Clinical","Clinical: Data"
            "22222","1","2 Date of Service Edit: Policy","Anatomic Consideration"

            """
        let info = try fixture.load(.mue, fixture.write("MCR_MUE_PractitionerServices_Eff_07-01-2024.csv", csv))
        #expect(info.setting == "practitioner" && info.rowCount == 2)
        let answer = try fixture.answer("What is the MUE for 11111?", .ncci)
        #expect(answer.text.contains("4 units"))
        #expect(answer.text.contains("MAI 3"))
        #expect(answer.text.contains("Clinical: Data"))
        // The units of two codes, not a PTP pair (the PTP edits are not even imported here).
        let both = try fixture.answer("What are the MUEs for 11111 and 22222?", .ncci)
        #expect(both.text.hasPrefix("MUE for 11111 (practitioner, 2024-07-01): 4 units"), "\(both.text.prefix(200))")
        #expect(both.text.contains("MUE for 22222 (practitioner, 2024-07-01): 1 unit "))
        #expect(!both.text.contains("PTP"))
    }

    @Test func addOnCodeEdits() throws {
        let fixture = try Fixture()
        let txt = "Add-on Code\tPrimary Code\tAOC Edit Type\tAOC Edit Effective Date\tAOC Edit Deletion Date\n99990\t11111\t1\t20200101\t\n99990\t22222\t1\t20200101\t\n99991\tCCCCC\t2\t20200101\t\n"
        try fixture.load(.aoc, fixture.write("AOC_V2024Q3_MCR.txt", txt))
        let answer = try fixture.answer("What primary codes go with add-on code 99990?", .ncci)
        #expect(answer.text.contains("11111, 22222"))
        let contractor = try fixture.answer("Which primary codes for add-on 99991?", .ncci)
        #expect(contractor.text.contains("contractor"))
        // A pair says whether one is an add-on code of the other.
        let header = EditFormatTests.pprrvuHeader
        let row = { (code: String, global: String) in #""\#(code)","","Made-up","A","","1.00","1.50","","0.50","","0.10","2.60","1.60","0","\#(global)","0","0","0","0","0","0","0","0","","33.2875""# }
        let rows = [row("11111", "000"), row("33333", "000"), row("99990", "ZZZ"), row("G9990", "ZZZ")]
        try fixture.load(.pfsRVU, fixture.write("PPRRVU24_JUL.csv", ([header] + rows + [""]).joined(separator: "\n")))
        let listed = try fixture.answer("Can I bill 11111 with 99990?", .ncci).text
        #expect(listed.contains("99990 is an add-on code and 11111 one of its listed primary codes: report 99990 with it."), "\(listed)")
        let unlisted = try fixture.answer("Can I bill 99990 with 33333?", .ncci).text
        #expect(unlisted.contains("and 33333 is not one of them: 99990 is not paid beside 33333 alone."), "\(unlisted)")
        // An add-on code by its global period alone (G2211) is one, though no add-on code edit lists it.
        let byGlobal = try fixture.answer("Is G9990 an add-on code?", .ncci).text
        #expect(byGlobal.contains("gives it global period ZZZ: it is an add-on code"), "\(byGlobal)")
        #expect(try fixture.answer("Is 33333 an add-on code?", .ncci).text.contains("neither an add-on code nor a listed primary code"))
    }

    @Test func officialPPRRVUWithPreamble() throws {
        let fixture = try Fixture()
        let csv = """
            "2024 National Physician Fee Schedule Relative Value File July Release"
            "CPT codes and descriptions only are copyright 2023 American Medical Association."
            "HCPCS","MOD","DESCRIPTION","STATUS CODE","NOT USED FOR MEDICARE PAYMENT","WORK RVU","NON-FAC PE RVU","NON-FAC NA INDICATOR","FACILITY PE RVU","FACILITY NA INDICATOR","MP RVU","NON-FACILITY TOTAL","FACILITY TOTAL","PCTC IND","GLOB DAYS","PRE OP","INTRA OP","POST OP","MULT PROC","BILAT SURG","ASST SURG","CO- SURG","TEAM SURG","ENDO BASE","CONV FACTOR"
            "11111","","Made-up joint procedure","A","","1.00","1.50","","0.50","","0.10","2.60","1.60","0","000","0","0","0","2","1","1","0","0","","33.2875"

            """
        try fixture.load(.pfsRVU, fixture.write("PPRRVU24_JUL.csv", csv))
        let rows = try fixture.knowledgeBase.feeSchedule("11111")
        #expect(rows.first?.bilateral == "1" && rows.first?.workRVU == 1.0 && rows.first?.globalDays == "000")
        let answer = try fixture.answer("Can I use modifier 50 with 11111?", .modifiers)
        #expect(answer.text.contains("150% bilateral payment adjustment applies"))
        let rvus = try fixture.answer("What are the RVUs for 11111?", .cpt)
        #expect(rvus.text.contains("work 1"))
        // The national amount is the file's total RVUs times its conversion factor, and it comes first.
        let paid = try fixture.answer("How much does Medicare pay for 11111?", .coverage)
        #expect(paid.text.hasPrefix("Medicare physician fee schedule (2024-07) for 11111"), "\(paid.text.prefix(200))")
        #expect(paid.text.contains("$86.55 non-facility / $53.26 facility"), "\(paid.text.prefix(400))")
        // The file's conversion factor, asked on its own; another year's is in that year's file.
        let factor = try fixture.answer("What is the conversion factor for 2026?", .cpt).text
        #expect(factor.hasPrefix("Medicare physician fee schedule (2024-07): conversion factor $33.2875") && factor.contains("the factor of 2026 is in that year's file"), "\(factor)")
        let missing = try Fixture().answer("What is the conversion factor?", .cpt)
        #expect(missing.text.contains("is not imported") && missing.warnings == ["the Medicare physician fee schedule is not imported"], "\(missing.text)")
    }

    /// "What are the RVUs for 11111?" opens with the fee schedule's figures, before the code's entry;
    /// "What is 11111?" with the entry.
    @Test func aFeeQuestionOpensWithTheFeeSchedule() throws {
        let fixture = try Fixture()
        try fixture.write("codes.txt", "== code CPT 11111\ntitle: Made-up joint procedure\nbody: b\nsource: s\nas-of: 2024\n")
        try fixture.knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: fixture.folder.path))
        let header = EditFormatTests.pprrvuHeader
        let row = #""11111","","Made-up","A","","1.00","1.50","","0.50","","0.10","2.60","1.60","0","000","0","0","0","2","1","1","0","0","","33.2875""#
        try fixture.load(.pfsRVU, fixture.write("PPRRVU24_JUL.csv", [header, row, ""].joined(separator: "\n")))
        let rvus = try fixture.answer("What is the work RVU of 11111?", .cpt)
        #expect(rvus.text.hasPrefix("Medicare physician fee schedule (2024-07) for 11111") && rvus.text.contains("\n\nCPT 11111 — Made-up joint procedure"), "\(rvus.text)")
        #expect(rvus.codes.map(\.code) == ["11111"])
        let meaning = try fixture.answer("What is 11111?", .cpt)
        #expect(meaning.text.hasPrefix("CPT 11111 — Made-up joint procedure") && meaning.text.contains("Medicare physician fee schedule"), "\(meaning.text)")
    }

    /// "Is 11111 covered by Medicare?" with no authored article: the fee schedule's status still
    /// says whether Medicare pays for the service at all, and "payable" is not read as "covered".
    @Test func aCoverageQuestionAboutACodeGivesItsFeeScheduleStatus() throws {
        let fixture = try Fixture()
        let header = EditFormatTests.pprrvuHeader
        let row = { (code: String, status: String) in #""\#(code)","","Made-up","\#(status)","","1.00","1.50","","0.50","","0.10","2.60","1.60","9","XXX","0","0","0","9","9","9","9","9","","33.2875""# }
        try fixture.load(.pfsRVU, fixture.write("PPRRVU24_JUL.csv", [header, row("11111", "N"), row("22222", "A"), ""].joined(separator: "\n")))
        let excluded = try fixture.answer("Is 11111 covered by Medicare?", .coverage)
        #expect(excluded.text.hasPrefix("Medicare physician fee schedule (2024-07) status of 11111: N (non-covered service)."), "\(excluded.text.prefix(200))")
        #expect(!excluded.warnings.contains { $0.contains("article") }, "the status answers a question about the code alone: \(excluded.warnings)")
        let payable = try fixture.answer("Does Medicare cover 22222?", .coverage)
        #expect(payable.text.contains("status of 22222: A (active") && payable.text.contains("still depends on Medicare's coverage rules"), "\(payable.text.prefix(300))")
        // An article of another topic that mentions the code does not answer for it; a coverage article about it does, first.
        let knowledge = fixture.folder.appendingPathComponent("Knowledge")
        try FileManager.default.createDirectory(at: knowledge, withIntermediateDirectories: true)
        try fixture.write("Knowledge/articles.txt", """
            == article imaginary-zephyr-long-visits
            title: Zephyr long visits
            category: guidelines
            body: Medicare covers a zephyr long visit after 22222 when it lasts an hour.
            related: 22222
            source: s
            as-of: 2025

            == article imaginary-zephyr-screening
            title: Zephyr screening (11111)
            category: coverage
            body: Medicare covers zephyr screening once a year.
            related: 11111
            source: s
            as-of: 2025
            """)
        try fixture.knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: knowledge.path))
        let passing = try fixture.answer("Does Medicare cover 22222?", .coverage)
        #expect(passing.text.hasPrefix("Medicare physician fee schedule (2024-07) status of 22222") && !passing.text.contains("Zephyr long visits"), "\(passing.text.prefix(300))")
        let titled = try fixture.answer("Is 11111 covered by Medicare?", .coverage)
        #expect(titled.text.hasPrefix("Zephyr screening (11111)") && titled.text.contains("status of 11111: N"), "\(titled.text.prefix(300))")
    }

    @Test func gemsTextCSVAndTitles() throws {
        let fixture = try Fixture()
        let forward = fixture.folder.appendingPathComponent("2018_I9gem.txt")
        try fixture.write("2018_I9gem.txt", "78833   N3946   00000\n78830   N3940   10000\n25000   E119    10000\n")
        let backward = try fixture.write("icd10cm_to_icd9cm_gem.csv", "\"icd10cm\",\"icd9cm\",\"flags\",\"approximate\",\"no_map\",\"combination\",\"scenario\",\"choice_list\"\n\"N3946\",\"78833\",\"00000\",0,0,0,0,0\n")
        // A title's commas do not make the file a CSV export, even on its first line.
        let titles = try fixture.write("CMS32_DESC_LONG_DX.txt", "78833 Made-up mixed incontinence, urge and stress\n25000 Made-up diabetes title\n")
        try fixture.load(.gems, forward, backward, titles)
        let answer = try fixture.answer("What is the ICD-10 equivalent of ICD-9 788.33?", .crosswalks)
        #expect(answer.text.contains("N39.46"))
        #expect(answer.text.contains("exact"))
        #expect(answer.codes.contains { $0.system == .icd10cm && $0.code == "N39.46" })
        let back = try fixture.answer("What does N39.46 map to in ICD-9?", .crosswalks)
        #expect(back.text.contains("788.33"))
        #expect(try fixture.knowledgeBase.codeRecord(system: CodeSystem.icd9cm.rawValue, code: "78833")?.description == "Made-up mixed incontinence, urge and stress")
    }

    /// The GEMs map ICD-9 and ICD-10, never procedures to diagnoses: "what CPT goes with Z00.00?"
    /// is the article on pairing them, not Z00.00's ICD-9 mapping.
    @Test func proceduresForADiagnosisAreNoGEMMapping() throws {
        let fixture = try Fixture()
        try fixture.knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: TestPaths.knowledge.path))
        let backward = try fixture.write("icd10cm_to_icd9cm_gem.csv", "\"icd10cm\",\"icd9cm\",\"flags\",\"approximate\",\"no_map\",\"combination\",\"scenario\",\"choice_list\"\n\"Z0000\",\"V700\",\"10000\",1,0,0,0,0\n")
        try fixture.load(.gems, backward)
        for question in ["what cpt goes with Z00.00", "crosswalk 99213 to icd 10"] {
            let answer = try fixture.answer(question, .crosswalks)
            #expect(answer.text.hasPrefix("Pairing CPT/HCPCS codes with ICD-10-CM codes") && !answer.text.contains("V70.0"), "\(question): \(answer.text.prefix(120))")
        }
        #expect(try fixture.answer("what is the icd 9 code for Z00.00", .crosswalks).text.contains("V70.0"))
        let parser = QuestionParser()
        #expect(!CrosswalkLookup.pairsProceduresWithDiagnoses(parser.parse("CPT 27130 to ICD-10-PCS")), "procedures to procedures")
        #expect(!CrosswalkLookup.pairsProceduresWithDiagnoses(parser.parse("icd 9 code for Z00.00")))
    }

    /// ICD-9 diagnosis 401.9 and procedure 40.19 are both "4019" in the GEMs: the dot decides
    /// which GEM is read; without one both are, each printed as what it is.
    @Test func icd9DiagnosisAndProcedureShareDigits() throws {
        let fixture = try Fixture()
        let forward = try fixture.write("2018_I9gem.txt", "4019    I10     10000\n")
        let procedures = try fixture.write("icd9pcs_to_icd10pcs_gem.csv", "icd9pcs,icd10pcs,flags,approximate,no_map,combination,scenario,choice_list\n4019,07JK0ZZ,10000,1,0,0,0,0\n")
        try fixture.load(.gems, forward, procedures)
        let diagnosis = try fixture.answer("Map ICD-9 401.9 to ICD-10-CM", .crosswalks)
        #expect(diagnosis.codes.map(\.code) == ["401.9", "I10"])
        let procedure = try fixture.answer("Map ICD-9 procedure 40.19 to ICD-10-PCS", .crosswalks)
        #expect(procedure.codes.map(\.code) == ["40.19", "07JK0ZZ"])
        #expect(procedure.text.contains("ICD-9-CM 40.19"))
        let either = try fixture.answer("ICD-10 for ICD-9 4019", .crosswalks)
        #expect(either.codes.map(\.code) == ["401.9", "I10", "40.19", "07JK0ZZ"])
    }

    /// A code without an entry of its own (the ICD-10-PCS → ICD-9 GEM is not imported) is read
    /// backward: the codes of the other direction that map to it, said to be a backward reading.
    @Test func aCodeWithoutAnEntryIsReadBackward() throws {
        let fixture = try Fixture()
        let procedures = try fixture.write("icd9pcs_to_icd10pcs_gem.csv", """
            icd9pcs,icd10pcs,flags,approximate,no_map,combination,scenario,choice_list
            4701,0DTJ4ZZ,10000,1,0,0,0,0
            4711,0DTJ4ZZ,10000,1,0,0,0,0
            4701,0DTJ0ZZ,10000,1,0,0,0,0
            0080,0SRC0JZ,10111,1,0,1,1,1

            """)
        let forward = try fixture.write("2018_I9gem.txt", "4019    I10     10000\n")
        let titles = try fixture.write("CMS32_DESC_LONG_SG.txt", "4701 Made-up laparoscopic title\n4711 Made-up incidental title\n")
        try fixture.load(.gems, forward, procedures, titles)
        let appendix = try fixture.answer("convert 0DTJ4ZZ to icd9", .crosswalks)
        #expect(appendix.codes.map(\.code) == ["0DTJ4ZZ", "47.01", "47.11"], "\(appendix.codes)")
        #expect(appendix.text.contains("Read backward") && appendix.text.contains("- 47.01 Made-up laparoscopic title: approximate"), "\(appendix.text)")
        #expect(appendix.text.contains("not a mapping of 0DTJ4ZZ itself"))
        let knee = try fixture.answer("ICD-9 for 0SRC0JZ", .crosswalks)
        #expect(knee.text.contains("- 00.80: approximate (not an exact equivalent); combination: it maps to this code together with others"), "\(knee.text)")
        // A code with an entry of its own is read forward only; one with neither says so.
        #expect(try !fixture.answer("ICD-10 for ICD-9 401.9", .crosswalks).text.contains("backward"))
        let none = try fixture.answer("ICD-9 for 0DTJ8ZZ", .crosswalks)
        #expect(none.text.contains("not a source code in the imported GEMs"), "\(none.text)")
    }

    @Test func lcdIndexByTopic() throws {
        let fixture = try Fixture()
        let csv = """
            contractor_name_type,document_display_id,document_id,document_type,document_version,effective_date,note,retirement_date,title,updated_on,updated_on_sort,url
            "Imaginary Contractor
            (MAC - Part B)",L99999,99999,LCD,3,08/14/2025,,N/A,Imaginary Drug Testing,08/06/2025,20250806,https://example.invalid/l
            "Imaginary Contractor",A99998,99998,Article,1,08/14/2025,,N/A,Billing and Coding: Imaginary Drug Testing,08/06/2025,20250806,https://example.invalid/a

            """
        try fixture.load(.lcdIndex, fixture.write("mcd_index_2025-08.csv", csv))
        let answer = try fixture.answer("Is there an LCD for imaginary drug testing?", .coverage)
        #expect(answer.text.contains("L99999"))
        #expect(answer.text.contains("A99998"))
    }

    @Test func aDrugsBrandNameFindsTheDocumentsOfItsGenericName() throws {
        let fixture = try Fixture()
        let csv = """
            contractor_name_type,document_display_id,document_id,document_type,document_version,effective_date,note,retirement_date,title,updated_on,updated_on_sort,url
            "Imaginary Contractor",L99995,99995,LCD,1,08/14/2025,,N/A,Botulinum Toxins,08/06/2025,20250806,https://example.invalid/b
            "Imaginary Contractor",L99994,99994,LCD,1,08/14/2025,,N/A,Intraarticular Knee Injections of Hyaluronan,08/06/2025,20250806,https://example.invalid/h

            """
        try fixture.load(.lcdIndex, fixture.write("mcd_index_2025-08.csv", csv))
        let botox = try fixture.answer("Does Medicare cover Botox injections for migraine?", .coverage)
        #expect(botox.text.contains("L99995"))
        #expect(!botox.text.contains("L99994"))
        #expect(try fixture.answer("Is Synvisc covered for knee osteoarthritis?", .coverage).text.contains("L99994"))
        // A brand is a coding word to the classifier, as "colonoscopy" is.
        #expect(SharedEngine.engine.classify("Is Synvisc covered for knee osteoarthritis?").category == .coverage)
    }

    /// Documents whose titles name the topic, which no article's title or keyword does, come before
    /// an article that only shares a word ("does Medicare cover wound care?" is the Wound Care LCDs,
    /// not the foot care article first); and such a topic makes "is … covered?" a coverage question.
    @Test func documentsThatNameTheTopicComeFirst() async throws {
        let fixture = try Fixture()
        try fixture.knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: TestPaths.knowledge.path))
        let csv = """
            contractor_name_type,document_display_id,document_id,document_type,document_version,effective_date,note,retirement_date,title,updated_on,updated_on_sort,url
            "Imaginary Contractor",L99993,99993,LCD,1,08/14/2025,,N/A,Wound Care,08/06/2025,20250806,https://example.invalid/w
            "Imaginary Contractor",L99992,99992,LCD,1,08/14/2025,,N/A,Dialysis Access Maintenance,08/06/2025,20250806,https://example.invalid/d
            "Imaginary Contractor",L99991,99991,LCD,1,08/14/2025,,N/A,Outpatient Physical Therapy,08/06/2025,20250806,https://example.invalid/p
            "Imaginary Contractor",L99990,99990,LCD,1,08/14/2025,,N/A,Diagnostic Colonoscopy,08/06/2025,20250806,https://example.invalid/c

            """
        try fixture.load(.lcdIndex, fixture.write("mcd_index_2025-08.csv", csv))
        let wound = try fixture.answer("does medicare cover wound care", .coverage)
        #expect(wound.text.hasPrefix("Medicare Coverage Database documents matching \"wound care\"") && wound.text.contains("L99993"), "\(wound.text.prefix(120))")
        // An article that names the topic keeps its place.
        let therapy = try fixture.answer("is physical therapy covered by medicare", .coverage)
        #expect(therapy.text.hasPrefix("Medicare outpatient therapy"), "\(therapy.text.prefix(120))")
        // So does one whose keyword names it, the number of the keyword aside ("colonoscopy every 10 years").
        let colonoscopy = try fixture.answer("is a colonoscopy covered by medicare every 10 years", .coverage)
        #expect(colonoscopy.text.hasPrefix("Medicare colorectal cancer screening"), "\(colonoscopy.text.prefix(120))")
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        let dialysis = try await engine.ask("is dialysis covered")
        #expect(dialysis.category == .coverage && dialysis.answer.contains("L99992"), "\(dialysis.answer.prefix(120))")
        #expect(try await engine.ask("is my car covered").category == .unknown)
    }

    /// A document's title must hold the topic's words (all but one of three or more; a word's start
    /// counts), not merely share one common word with the question.
    @Test func lcdIndexTitlesMustHoldTheTopic() throws {
        let fixture = try Fixture()
        let csv = """
            contractor_name_type,document_display_id,document_id,document_type,document_version,effective_date,note,retirement_date,title,updated_on,updated_on_sort,url
            "Imaginary Contractor",L99997,99997,LCD,1,08/14/2025,,N/A,Imaginary Cardiac Rehabilitation Programs,08/06/2025,20250806,https://example.invalid/c
            "Imaginary Contractor",L99996,99996,LCD,1,08/14/2025,,N/A,Imaginary Glaucoma Screening,08/06/2025,20250806,https://example.invalid/g

            """
        try fixture.load(.lcdIndex, fixture.write("mcd_index_2025-08.csv", csv))
        #expect(try fixture.answer("Is there an LCD for imaginary cardiac rehab?", .coverage).text.contains("L99997"))
        #expect(try fixture.knowledgeBase.lcdDocuments(matching: ["imaginary", "abn", "screening", "psa"], limit: 8).isEmpty)
        #expect(try fixture.knowledgeBase.lcdDocuments(matching: ["imaginary", "glaucoma", "exam"], limit: 8).map(\.documentID) == ["L99996"])
        let screening = try fixture.answer("Does Medicare cover imaginary screening every 2 years?", .coverage)
        #expect(screening.text.contains("matching \"imaginary screening\""))
    }

    /// "What is L33797?": an LCD or article named by its id (the shape of an undotted ICD-10-CM
    /// code) is that document of the imported index, with its contractor, date and address; an id
    /// called an LCD that the index lacks is said to be missing, not read as a diagnosis code.
    @Test func aCoverageDocumentNamedByItsIdIsThatDocument() async throws {
        let fixture = try Fixture()
        let path = fixture.folder.appendingPathComponent("kb.sqlite").path
        let before = try CasePilotEngine(configuration: .init(databasePath: path, knowledgeDirectory: TestPaths.knowledge))
        let unimported = try await before.ask("what is LCD L99991")
        #expect(unimported.category == .coverage && unimported.answer.hasPrefix("The Medicare Coverage Database index is not imported"), "\(unimported.answer)")
        try fixture.load(.lcdIndex, fixture.write("mcd_index_2025-08.csv", """
            contractor_name_type,document_display_id,document_id,document_type,document_version,effective_date,note,retirement_date,title,updated_on,updated_on_sort,url
            "Imaginary Contractor",L99991,99991,LCD,1,08/14/2025,,N/A,Imaginary Oxygen Equipment,08/06/2025,20250806,https://example.invalid/l
            "Imaginary Contractor",A99992,99992,Article,1,08/14/2025,,N/A,Billing and Coding: Imaginary Oxygen Equipment,08/06/2025,20250806,https://example.invalid/a

            """))
        let engine = try CasePilotEngine(configuration: .init(databasePath: path, knowledgeDirectory: TestPaths.knowledge))
        for question in ["what is L99991", "L99991", "what is LCD L99991?"] {
            let answer = try await engine.ask(question)
            #expect(answer.category == .coverage && answer.codes.isEmpty, "\(question): \(answer.category) \(answer.codes)")
            #expect(answer.answer.hasPrefix("Medicare Coverage Database (index 2025-08):\n- L99991 (LCD): Imaginary Oxygen Equipment — Imaginary Contractor. Effective 08/14/2025. https://example.invalid/l"), "\(answer.answer)")
        }
        let article = try await engine.ask("what does A99992 cover")
        #expect(article.answer.contains("- A99992 (Article): Billing and Coding: Imaginary Oxygen Equipment"), "\(article.answer)")
        let missing = try await engine.ask("what is LCD L99995")
        #expect(missing.category == .coverage && missing.answer.contains("- L99995 is not in the imported index") && missing.codes.isEmpty, "\(missing.answer)")
        #expect(missing.warnings == ["L99995 was not found in the Medicare Coverage Database index"])
        // Without "LCD", an id the index lacks stays the diagnosis code it looks like.
        #expect(try await engine.ask("what is L99995").codes.map(\.code) == ["L99.995"])
    }
}
