import Foundation
import Testing
@testable import CasePilot

/// Description → code: an official description finds its own code first, with made-up code sets.
@Suite("Description → code search")
struct DescriptionSearchTests {
    /// ICD-10-CM codes in the CSV export layout (level, billable, parent), made-up descriptions.
    static let icd10cm = """
        code,code_no_dot,level,billable,description,parent
        E99,E99,category,0,Imaginary disorder,
        E99.1,E991,subcategory,0,"Imaginary disorder, other",E99
        E99.18,E9918,subcategory,1,"Imaginary disorder, other",E99.1
        E99.2,E992,subcategory,0,Imaginary concussion,E99
        E99.2X,E992X,subcategory,0,Imaginary concussion,E99.2
        E99.2XXA,E992XXA,code,1,"Imaginary concussion, initial encounter",E99.2X
        E99.3,E993,subcategory,1,"Imaginary blindness, right eye",E99
        E99.4,E994,subcategory,1,Imaginary blindness right eye,E99
        E99.5,E995,subcategory,1,Imaginary diabetes with hyperglycemia,E99
        E99.6,E996,subcategory,1,Imaginary diabetes without hyperglycemia,E99
        G99.02,G9902,subcategory,1,Imaginary neuropathy,G99
        H99.31,H9931,subcategory,1,Imaginary membranes and strands,H99
        H99.7,H997,subcategory,1,Imaginary pneumonia due to other specified organism in a patient,H99
        J44.1,J441,subcategory,1,Chronic obstructive pulmonary disease with (acute) exacerbation,J44
        Z99.7,Z997,subcategory,1,Family history of imaginary stroke,Z99
        Z99.8,Z998,subcategory,1,Personal history of imaginary stroke without residual deficits,Z99
        N39.0,N390,subcategory,1,"Urinary tract infection, site not specified",N39
        P39.3,P393,subcategory,1,Neonatal urinary tract infection,P39

        """

    /// HCPCS codes in the CSV export layout, made-up descriptions.
    static let hcpcs = """
        HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
        G9901,0010,3,Most recent imaginary pressure < 140 mmhg,Imaginary pressure low,20200101,20200101,,N
        G9902,0010,3,Most recent imaginary pressure >= 140 mmhg,Imaginary pressure high,20200101,20200101,,N
        C9901,0010,3,"Injection, imaginary drug (brand), 1 mg",Imaginary drug inj,20180101,20180101,20190930,D
        J9901,0010,3,"Injection, imaginary drug, (brand), 1 mg",Imaginary drug inj,20191001,20191001,,N
        G9903,0010,3,"\(long)",Imaginary navigation,20240101,20240101,,N
        G9904,0010,3,"\(long); and the same again for a family member",Imaginary navigation family,20240101,20240101,,N
        G9905,0010,3,"Imaginary sympathectomy, lumbar",Imaginary sympathectomy,20240101,20240101,,N
        G9906,0010,3,"Imaginary lumbar microdiscectomy, per session",Imaginary lumbar,20100101,20100101,20151231,D
        G9907,0010,3,"Replacement, socket, below imaginary knee, molded to patient model",Imaginary socket,20100101,20100101,,N
        G9908,0010,3,Imaginary booster vaccine not given,Imaginary booster not given,20100101,20100101,,N
        G9909,0010,3,"\(careManagement)",Care management,20240101,20240101,,N

        """

    /// A paragraph that holds a few words of a question by chance.
    static let careManagement = "Care management services, at least 20 minutes per calendar month. (these services include the following required elements: "
        + (1...12).map { "element \($0) of planning and monitoring" }.joined(separator: "; ")
        + "; facilitating treatment such as zephyrtherapy, coordination with practitioners who furnish e/m services)"

    /// A description far longer than any plain phrasing: every word of it is in another code's too.
    static let long = (1...40).map { "imaginary navigation step \($0) with person-centered planning" }.joined(separator: ", ")

    static func fixture() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_made_up.csv", icd10cm))
        try fixture.load(.hcpcs, fixture.write("HCPC2025_OCT_ANWEB.csv", hcpcs))
        try fixture.load(.gems, fixture.write("CMS32_DESC_LONG_DX.txt", "37925 Imaginary membranes and strands\n"))
        return fixture
    }

    /// The fixture with the authored entries of ``knowledge`` built into it.
    static func fixtureWithKnowledge() throws -> Fixture {
        let fixture = try fixture()
        let knowledge = fixture.folder.appendingPathComponent("Knowledge")
        try FileManager.default.createDirectory(at: knowledge, withIntermediateDirectories: true)
        try fixture.write("Knowledge/cpt.txt", Self.knowledge)
        try fixture.knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: knowledge.path))
        return fixture
    }

    static func codes(_ fixture: Fixture, _ description: String) throws -> [String] {
        try fixture.answer("What is the code for \(description)?", .cpt).codes.map(\.code)
    }

    /// A code restricted to a population or setting the question does not name (paediatric sizes,
    /// dialysis supplies) comes after one for everyone, however close its words, even when the
    /// question is its short description; everyday supply names are spelled as the code set words them.
    @Test func restrictedCodesComeAfterGeneralOnes() throws {
        let fixture = try Fixture()
        try fixture.load(.hcpcs, fixture.write("HCPC2025_OCT_ANWEB.csv", """
            HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
            E9991,0010,3,"Imaginary wheelchair, pediatric size",Imaginary chair small,20200101,20200101,,N
            E9992,0010,3,"Imaginary wheelchair, detachable arms, fixed footrests",Imaginary chair,20200101,20200101,,N
            A9991,0010,3,"Blood glucose test strips, for dialysis, per 50",Blood glucose test strips,20200101,20200101,,N
            A9992,0010,3,"Blood glucose test or reagent strips for home blood glucose monitor, per 50 strips",Home strips,20200101,20200101,,N

            """))
        #expect(try fixture.answer("HCPCS code for an imaginary wheelchair", .cpt).codes.first?.code == "E9992")
        #expect(try fixture.answer("HCPCS code for a pediatric imaginary wheelchair", .cpt).codes.first?.code == "E9991")
        #expect(try fixture.answer("HCPCS code for blood glucose test strips", .cpt).codes.first?.code == "A9992")
        #expect(try fixture.answer("blood glucose test strips", .cpt).codes.first?.code == "A9992")
        #expect(try fixture.answer("Blood glucose test strips, for dialysis, per 50", .cpt).codes.first?.code == "A9991")
        #expect(try fixture.answer("HCPCS code for diabetic test strips", .cpt).codes.first?.code == "A9992")
    }

    /// A letter and four digits typed without a dot is read by the code set that has the code:
    /// "what is E9918" is ICD-10-CM E99.18 (no HCPCS E9918), "G9901 diagnosis" HCPCS G9901 (no
    /// ICD-10-CM G99.01). A code neither set has, or one typed with its dot, stays as parsed.
    @Test func aCodeWithoutItsDotIsReadByTheCodeSetThatHasIt() throws {
        let fixture = try Self.fixture()
        let reading = CodeReading(knowledgeBase: fixture.knowledgeBase)
        func read(_ question: String) throws -> [CodeToken] { try reading.existing(QuestionParser().parse(question)).codes }
        #expect(QuestionParser().parse("what is E9918").codes == [CodeToken(system: .hcpcs, code: "E9918")])
        #expect(try read("what is E9918") == [CodeToken(system: .icd10cm, code: "E9918")])
        #expect(QuestionParser().parse("G9901 diagnosis").codes == [CodeToken(system: .icd10cm, code: "G9901")])
        #expect(try read("G9901 diagnosis") == [CodeToken(system: .hcpcs, code: "G9901")])
        #expect(try read("what is G9999") == [CodeToken(system: .hcpcs, code: "G9999")])
        #expect(try read("G99.01 diagnosis") == [CodeToken(system: .icd10cm, code: "G9901")])
        // Both sets have G9902: the diagnosis asked for it is the HCPCS service's.
        #expect(try read("G9902 diagnosis") == [CodeToken(system: .icd10cm, code: "G9902")])
        #expect(try read("what diagnosis code for G9902") == [CodeToken(system: .hcpcs, code: "G9902")])
        #expect(try read("which dx goes with G9902") == [CodeToken(system: .hcpcs, code: "G9902")])
    }

    /// A code that shares only a number with the question is no candidate: an age is not a dose.
    @Test func aNumberAloneMatchesNothing() throws {
        let fixture = try Fixture()
        try fixture.load(.hcpcs, fixture.write("HCPC2025_OCT_ANWEB.csv", """
            HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
            J9991,0010,3,"Imaginol, oral, 65 mg",Imaginol 65 mg,20200101,20200101,,N
            Q9991,0010,3,"Imaginary virus vaccine, when administered to individuals 3 years of age and older",Imaginary vaccine,20200101,20200101,,N

            """))
        let codes = try fixture.answer("HCPCS code for an imaginary vaccine for people 65 and older", .cpt).codes.map(\.code)
        #expect(codes == ["Q9991"])
        // A dose is still searched by its number.
        #expect(try fixture.answer("HCPCS code for imaginol 65 mg", .cpt).codes.first?.code == "J9991")
    }

    /// ICD-10-CM assumes a transport accident happened in traffic unless another place is said.
    @Test func aTransportAccidentIsTrafficUnlessSaidOtherwise() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", """
            code,code_no_dot,level,billable,description,parent
            V49.00,V4900,subcategory,0,Driver injured in collision with unspecified motor vehicles in nontraffic accident,V49.0
            V49.40,V4940,subcategory,0,Driver injured in collision with unspecified motor vehicles in traffic accident,V49.4

            """))
        #expect(try fixture.answer("motor vehicle accident, driver injured in collision", .cpt).codes.first?.code == "V49.40")
        #expect(try fixture.answer("driver injured in collision in a nontraffic accident", .cpt).codes.first?.code == "V49.00")
    }

    /// The year a question asks about says when, not what: "code for prolonged services in 2024"
    /// describes prolonged services (the year made it modifier ET, "Emergency services"), and "is
    /// Z00.00 a valid code for 2024" asks about Z00.00. A year inside an official description stays.
    /// The place a question closes with says where, not what.
    @Test func aYearOrPlaceAskedAboutIsNoDescription() {
        #expect(CodeSearch.parts("code for prolonged services in 2024").described == "prolonged services")
        #expect(CodeSearch.parts("prolonged service code for 2024").described == "prolonged service ")
        #expect(CodeSearch.parts("flu shot code 2025?").described == "flu shot code")
        #expect(CodeSearch.parts("what is the 2024 code for a flu shot").described == "a flu shot")
        let pasted = "Cdc 2019 novel coronavirus (2019-ncov) real-time rt-pcr diagnostic panel"
        #expect(CodeSearch.parts(pasted).described == pasted)
        #expect(!CodeLookup.asksForACode(QuestionParser().parse("is Z00.00 a valid diagnosis code for 2024")))
        #expect(CodeLookup.asksForACode(QuestionParser().parse("is there a valid diagnosis code for cough in 2024")))
        // So is the place it closes with, and what was done there.
        #expect(CodeSearch.parts("code for a rapid flu test done in the office").described == "a rapid flu test")
        #expect(CodeSearch.parts("hemoglobin a1c in office?").described == "hemoglobin a1c")
        #expect(CodeSearch.parts("in office").described == "in office")
    }

    /// A diabetic ulcer is no pressure ulcer: "diabetic ulcer left heel" is the site's non-pressure
    /// ulcer code, though "Pressure ulcer of left heel" shares more words; the diabetes of
    /// "icd 10 diabetic foot ulcer left heel" is a condition of its own after the framing (E11.621,
    /// with the site added), as it is without "icd 10" in front.
    @Test func aDiabeticUlcerIsNoPressureUlcer() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", """
            code,code_no_dot,level,billable,description,parent
            E11.621,E11621,code,1,Type 2 diabetes mellitus with foot ulcer,E11.62
            L89.62,L8962,subcategory,0,Pressure ulcer of left heel,L89.6
            L97.429,L97429,code,1,Non-pressure chronic ulcer of left heel and midfoot with unspecified severity,L97.42

            """))
        #expect(try fixture.answer("diabetic ulcer left heel", .cpt).codes.first?.code == "L97.429")
        #expect(try fixture.answer("pressure ulcer left heel", .cpt).codes.first?.code == "L89.62")
        for question in ["icd 10 diabetic foot ulcer left heel", "diabetic foot ulcer left heel"] {
            #expect(try fixture.answer(question, .cpt).codes.first?.code == "E11.621", "\(question)")
        }
    }

    /// A vaccination asked as a diagnosis is Z23 "Encounter for immunization" whatever the vaccine
    /// ("dx code for flu shot" was J11, influenza; "encounter for vaccination" an anaphylactic
    /// reaction); a reaction to one is still the reaction.
    @Test func aVaccinationsDiagnosisIsTheImmunizationEncounter() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", """
            code,code_no_dot,level,billable,description,parent
            Z23,Z23,category,1,Encounter for immunization,
            Z71.85,Z7185,code,1,Encounter for immunization safety counseling,Z71.8
            J11.1,J111,subcategory,0,Influenza due to unidentified influenza virus with other respiratory manifestations,J11
            T80.52XA,T8052XA,code,1,"Anaphylactic reaction due to vaccination, initial encounter",T80.52
            T50.B16,T50B16,subcategory,0,Underdosing of smallpox vaccines,T50.B1
            Z28.21,Z2821,code,1,Immunization not carried out because of patient refusal,Z28.2
            R50.83,R5083,code,1,Postvaccination fever,R50.8
            R50.9,R509,code,1,"Fever, unspecified",R50

            """))
        for question in ["dx code for flu shot", "icd 10 for encounter for vaccination", "icd 10 for covid vaccine encounter"] {
            #expect(try fixture.answer(question, .cpt).codes.first?.code == "Z23", "\(question)")
        }
        #expect(try fixture.answer("icd 10 for anaphylactic reaction due to vaccination", .cpt).codes.first?.code == "T80.52XA")
        #expect(ClinicalAbbreviations.immunizationEncounter("vaccine refused") == nil)
        // A vaccination the patient refused is Z28.21, whatever the vaccine.
        for question in ["icd 10 for vaccine refused", "icd 10 patient declined the flu shot"] {
            #expect(try fixture.answer(question, .cpt).codes.first?.code == "Z28.21", "\(question)")
        }
        #expect(ClinicalAbbreviations.vaccinationDiagnosis("b12 shot refused") == nil)
        // So is a fever after one R50.83; a fever alone is not.
        #expect(try fixture.answer("icd 10 for fever after flu shot", .cpt).codes.first?.code == "R50.83")
        #expect(try fixture.answer("icd 10 for fever", .cpt).codes.first?.code == "R50.9")
        // A shot is a vaccination only when it names what the vaccine prevents.
        #expect(ClinicalAbbreviations.immunizationEncounter("tetanus shot") != nil)
        #expect(ClinicalAbbreviations.immunizationEncounter("b12 shot given by nurse") == nil)
        #expect(ClinicalAbbreviations.expanded("bp check") == "blood pressure check")
        // The AWV's diagnosis is the general adult examination's, as a wellness visit's is.
        #expect(ClinicalAbbreviations.inDiagnosisWords("icd 10 for awv", encounters: true) == "icd 10 for general adult medical examination")
    }

    /// "… code for Medicare" names the payer, not the thing: the words before the marker describe it.
    @Test func aPayerAfterTheMarkerIsNoDescription() {
        #expect(CodeSearch.parts("flu vaccine admin code for Medicare").described == "flu vaccine admin ")
        #expect(CodeSearch.parts("flu shot code for a Medicare Advantage patient?").described == "flu shot ")
        #expect(CodeSearch.parts("What is the code for a medicare wellness visit").described == "a medicare wellness visit")
        #expect(CodeSearch.parts("what is the code for medicare").described == "medicare")
        // Whom it is for qualifies the words before the marker; an age stays with them, worded as
        // the code entries word it.
        #expect(CodeSearch.parts("pneumonia vaccine code for adults").described == "pneumonia vaccine ")
        #expect(CodeSearch.parts("flu vaccine code for 65 and older").described == "flu vaccine 65 and older")
        #expect(CodeSearch.parts("what is the flu vaccine code for medicare patients over 65").described == "what is the flu vaccine 65 and older")
        // The patient a description closes with is no part of it, but for the payer and a population
        // that titles name.
        #expect(CodeSearch.parts("code for pneumonia vaccine for a 66 year old patient").described == "pneumonia vaccine")
        #expect(CodeSearch.parts("what is the code for a flu shot for a 70 year old medicare patient").described == "a flu shot medicare")
        #expect(CodeSearch.parts("icd10 for BMI 40.0-44.9 in an adult").described == "icd10 for BMI 40.0-44.9 adult")
        #expect(CodeSearch.parts("code for chest pain in the left arm").described == "chest pain in the left arm")
        // A code after the marker is no age ("… code for 20610" is not a person's age).
        #expect(CodeSearch.parts("knee injection code for 20610").described == "20610")
        // The "J" of "J code" is framing, not a "j cell" battery.
        #expect(CodeSearch.contentWords("ketorolac 60 mg j code") == ["ketorolac", "60", "mg"])
    }

    @Test func normalizedDescriptionsIgnoreCaseSpacingAndPunctuationButNotSymbols() {
        #expect(DescriptionKey.normalized("Injection, daratumumab 10 mg and hyaluronidase-fihj")
            == DescriptionKey.normalized("injection  daratumumab, 10 MG and hyaluronidase fihj?"))
        #expect(DescriptionKey.normalized("Systolic < 140 mmHg") == "systolic < 140 mmhg")
        #expect(DescriptionKey.normalized("systolic>=140") == "systolic >= 140")
        #expect(DescriptionKey.key("Systolic < 140 mmHg") != DescriptionKey.key("Systolic >= 140 mmHg"))
        #expect(DescriptionKey.key("Paraplegia") == DescriptionKey.key(" paraplegia. "))
    }

    /// The key is stored in the file, so it must not change between processes or releases:
    /// FNV-1a 64 of the normalized text (published test vectors).
    @Test func descriptionKeyIsStable() {
        #expect(DescriptionKey.key("") == Int(truncatingIfNeeded: 0xCBF2_9CE4_8422_2325 as UInt64))
        #expect(DescriptionKey.key("A") == Int(truncatingIfNeeded: 0xAF63_DC4C_8601_EC8C as UInt64))
    }

    /// Codes that share the description come first together: a billable code before its header,
    /// the broader of two headers before the narrower.
    @Test func sharedDescriptionsComeFirstTogether() throws {
        let fixture = try Self.fixture()
        #expect(try Self.codes(fixture, "Imaginary disorder, other").prefix(2) == ["E99.18", "E99.1"])
        #expect(try Self.codes(fixture, "Imaginary concussion").prefix(2) == ["E99.2", "E99.2X"])
        #expect(try Self.codes(fixture, "Imaginary disorder").first == "E99")
    }

    /// Codes that the official file gives one description word for word (quality codes of different
    /// measures: "Patient refused to participate" is seven current HCPCS codes) are named together,
    /// none of them called the best match; a terminated code or a header sharing the words is no rival.
    @Test func codesSharingADescriptionAreNamedTogether() throws {
        let fixture = try Self.fixture()
        try fixture.load(.hcpcs, fixture.write("HCPC2025_OCT_ANWEB.csv", """
            HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
            G9911,0010,3,Imaginary patient declined to take part,Declined,20170101,20170101,,N
            G9912,0010,3,Imaginary patient declined to take part,Declined,20170101,20170101,,N
            G9913,0010,3,Imaginary patient declined to take part,Declined,20170101,20170101,20201231,D
            G9914,0010,3,Imaginary patient declined to take part in the survey,Declined survey,20170101,20170101,,N

            """))
        let shared = try fixture.answer("What is the code for Imaginary patient declined to take part?", .cpt)
        #expect(shared.text.hasPrefix("2 HCPCS codes share this official description word for word: G9911, G9912 — Imaginary patient declined to take part."), "\(shared.text)")
        #expect(!shared.text.contains("Best match") && shared.text.contains("- HCPCS G9913 — Imaginary patient declined to take part (terminated 2020-12-31)"), "\(shared.text)")
        #expect(shared.codes.map(\.code) == ["G9911", "G9912", "G9913"])
        let child = try fixture.answer("What is the code for Imaginary disorder, other?", .cpt)
        #expect(child.text.hasPrefix("Best match: ICD-10-CM E99.18"), "\(child.text)")
        #expect(child.text.contains("- ICD-10-CM E99.1 — Imaginary disorder, other (a header)"), "\(child.text)")
    }

    @Test func punctuationAsAskedBreaksATie() throws {
        let fixture = try Self.fixture()
        #expect(try Self.codes(fixture, "Imaginary blindness, right eye").prefix(2) == ["E99.3", "E99.4"])
        #expect(try Self.codes(fixture, "Imaginary blindness right eye").prefix(2) == ["E99.4", "E99.3"])
    }

    /// Coders' abbreviations are spelled out as the code set words them; "site not specified" is
    /// "unspecified" in more words, so the plain term finds that code first.
    @Test func abbreviationsAndUnspecifiedPhrases() throws {
        #expect(ClinicalAbbreviations.expanded("COPD, with exacerbation?") == "chronic obstructive pulmonary disease, with exacerbation?")
        #expect(ClinicalAbbreviations.expanded("copdx and UTIs stay") == "copdx and UTIs stay")
        #expect(ClinicalAbbreviations.expanded("Well child visit, well woman?") == "routine child health examination visit, gynecological examination?")
        #expect(ClinicalAbbreviations.expanded("well woman exam; well child exam; routine child health exam")
                == "gynecological examination; routine child health examination; routine child health examination")
        #expect(ClinicalAbbreviations.expanded("a bee sting") == "a toxic effect of venom of bees")
        #expect(ClinicalAbbreviations.expanded("Status post knee replacement") == "presence of artificial knee joint")
        #expect(ClinicalAbbreviations.expanded("HCPCS code for a lift chair") == "hcpcs code for a seat lift mechanism")
        #expect(ClinicalAbbreviations.expanded("pre-op exam, c-section") == "encounter for other preprocedural examination, c-section")
        #expect(ClinicalAbbreviations.expanded("right hip fracture") == "right fracture of neck of femur")
        #expect(ClinicalAbbreviations.expanded("lac of the finger; chest xray; UTI, 2nd trimester")
                == "laceration of the finger; chest x-ray; urinary tract infection, second trimester")
        #expect(ClinicalAbbreviations.expanded("removing a foreign body from subq tissue") == "removal a foreign body from subcutaneous tissue")
        // HCPCS spells "vitamin b-12", ICD-10-CM "Vitamin B12" (E53.8's inclusion term); "vitamin" is said once.
        #expect(ClinicalAbbreviations.expanded("b12 shot, vitamin b12 deficiency") == "vitamin b-12 shot, vitamin b-12 deficiency")
        #expect(ClinicalAbbreviations.inDiagnosisWords(ClinicalAbbreviations.expanded("vitamin B12 deficiency")) == "vitamin b12 deficiency")
        #expect(ClinicalAbbreviations.inDiagnosisWords("left femoral neck fracture") == "left neck of femur fracture")
        #expect(ClinicalAbbreviations.inDiagnosisWords("pressure ulcer sacrum stage 2") == "pressure ulcer of sacral region stage 2")
        #expect(ClinicalAbbreviations.inDiagnosisWords("fracture of sacrum") == "fracture of sacrum")
        // A wellness visit's diagnosis is the general examination's; HCPCS names the visit itself.
        #expect(ClinicalAbbreviations.inDiagnosisWords("medicare wellness visit", encounters: true) == "medicare general adult medical examination")
        #expect(ClinicalAbbreviations.inDiagnosisWords("medicare wellness visit") == "medicare wellness visit")
        #expect(ClinicalAbbreviations.expanded("annual wellness visit") == "annual wellness visit")
        #expect(ClinicalAbbreviations.expanded("covid 19 positive") == "covid-19")
        // Chart shorthand for symptoms, sites and history.
        #expect(ClinicalAbbreviations.expanded("SOB, N/V, abd pain RLQ") == "shortness of breath, nausea with vomiting, abdominal pain right lower quadrant")
        #expect(ClinicalAbbreviations.expanded("hx of MI; fx of left wrist") == "old myocardial infarction; fracture of left wrist")
        #expect(ClinicalAbbreviations.expanded("s/p CABG, ESRD on dialysis") == "presence of aortocoronary bypass graft, end stage renal disease dependence on renal dialysis")
        // CKD of any stage that needs dialysis is ESRD (N18.6's "Chronic kidney disease requiring chronic dialysis").
        #expect(ClinicalAbbreviations.expanded("CKD stage 5 on dialysis") == "end stage renal disease dependence on renal dialysis")
        #expect(ClinicalAbbreviations.expanded("stage V CKD requiring dialysis") == "end stage renal disease dependence on renal dialysis")
        #expect(ClinicalAbbreviations.expanded("hypertensive CKD 4, dialysis dependent") == "hypertensive end stage renal disease dependence on renal dialysis")
        #expect(ClinicalAbbreviations.expanded("CKD stage 5") == "chronic kidney disease stage 5")
        // The Index codes poorly controlled diabetes as diabetes with hyperglycemia; not other conditions.
        #expect(ClinicalAbbreviations.expanded("poorly controlled DM2") == "type 2 diabetes mellitus with hyperglycemia")
        #expect(ClinicalAbbreviations.expanded("type 2 diabetes, out of control, with hyperglycemia") == "type 2 diabetes, with hyperglycemia")
        #expect(ClinicalAbbreviations.expanded("poorly controlled asthma") == "poorly controlled asthma")
        // Nor is blood pressure control in any title ("Hypertension, uncontrolled — see Hypertension, by type").
        #expect(ClinicalAbbreviations.expanded("poorly controlled hypertension") == "hypertension")
        #expect(ClinicalAbbreviations.expanded("uncontrolled diabetes") == "uncontrolled diabetes")
        #expect(ClinicalAbbreviations.expanded("TENS unit knee brace") == "transcutaneous electrical nerve stimulation unit knee orthosis")
        #expect(ClinicalAbbreviations.expanded("farewell children") == "farewell children")
        #expect(ClinicalAbbreviations.expanded("ICD 10 for medication refill") == "icd 10 for issue of repeat prescription")
        #expect(ClinicalAbbreviations.expanded("High cholesterol after a heart attack") == "hypercholesterolemia after a myocardial infarction")
        #expect(ClinicalAbbreviations.expanded("pneumonia due to strep pneumo") == "pneumonia due to streptococcus pneumoniae")
        #expect(ClinicalAbbreviations.expanded("ADHD, BPH with LUTS, PCOS") == "attention-deficit hyperactivity disorder, benign prostatic hyperplasia with lower urinary tract symptoms, polycystic ovarian syndrome")
        #expect(ClinicalAbbreviations.expanded("History of tobacco use; former smoker; urinary retention")
                == "personal history of nicotine dependence; personal history of nicotine dependence; retention of urine")
        #expect(CodeSearch.described("What ICD-10 code do I use for a well child visit?") == "a well child visit?")
        let fixture = try Self.fixture()
        #expect(try Self.codes(fixture, "COPD with acute exacerbation").first == "J44.1")
        #expect(try Self.codes(fixture, "UTI").first == "N39.0")
        #expect(try Self.codes(fixture, "urinary tract infection").prefix(2) == ["N39.0", "P39.3"])
    }

    /// A description's head, before its first comma, names the thing: a plain term finds the code
    /// whose head it is before a code that merely mentions it ("walker" is a walker, not a seat
    /// attachment for one). Short names are spelled out as HCPCS words them ("flu", "B12", "CPAP").
    /// Same-shape descriptions: the one without an unasked "with" condition first.
    @Test func theHeadOfADescriptionNamesTheThing() throws {
        #expect(ClinicalAbbreviations.expanded("B12 injection") == "vitamin b-12 injection")
        #expect(ClinicalAbbreviations.expanded("flu vaccine, CPAP?") == "influenza vaccine, continuous positive airway pressure (cpap)?")
        let fixture = try Fixture()
        try fixture.load(.hcpcs, fixture.write("HCPC2025_OCT_ANWEB.csv", """
            HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
            E9901,0010,3,"Imaginary walker, rigid (pickup), adjustable or fixed height",Imaginary walker,20200101,20200101,,N
            E9902,0010,3,"Seat attachment, imaginary walker",Imaginary seat,20200101,20200101,,N
            G9911,0010,3,Administration of imaginary influenza virus vaccine,Imaginary flu admin,20200101,20200101,,N
            G9912,0010,3,Administration of imaginary pneumococcal vaccine,Imaginary pneumo admin,20200101,20200101,,N
            J9911,0010,3,"Injection, imaginary vitamin b-12 cyanocobalamin, up to 1000 mcg",Imaginary b12,20200101,20200101,,N
            J9912,0010,3,"Injection, imaginary trilaciclib, 1mg",Imaginary tri,20200101,20200101,,N
            G9921,0010,3,Imaginary obesity with alveolar hypoventilation,Imaginary obesity with,20200101,20200101,,N
            G9922,0010,3,Imaginary obesity due to excess calories,Imaginary obesity due,20200101,20200101,,N

            """))
        #expect(try Self.codes(fixture, "imaginary walker").prefix(2) == ["E9901", "E9902"])
        #expect(try Self.codes(fixture, "imaginary flu vaccine administration").first == "G9911")
        #expect(try Self.codes(fixture, "imaginary B12 injection").first == "J9911")
        // A combination code ("with" a second condition) only when the question asks for one.
        #expect(try Self.codes(fixture, "imaginary obesity").prefix(2) == ["G9922", "G9921"])
        #expect(try Self.codes(fixture, "imaginary obesity with hypoventilation").first == "G9921")
    }

    /// A yes/no or how question about codes without a look-up frame is a concept: an authored
    /// entry that shares its words answers, not a loose official description ("aerosol can").
    @Test func aQuestionAboutCodesIsAConcept() throws {
        let fixture = try Self.fixtureWithKnowledge()
        let concept = try fixture.answer("Are imaginary status indicators valid on ICD-10 codes?", .cpt)
        #expect(concept.text.hasPrefix("Imaginary status indicators of the fee schedule"), "\(concept.text.prefix(120))")
        #expect(try fixture.answer("Is there a code for imaginary pneumonia?", .cpt).codes.first?.code == "H99.7")
    }

    /// "What is an add-on code?" asks what a kind of code is: the article, not the wheelchair option
    /// whose description shares the words; "What is the code for …" still looks the description up.
    @Test func whatAKindOfCodeIsIsAnArticle() throws {
        let fixture = try Self.fixture()
        try fixture.load(.hcpcs, fixture.write("HCPC2026_JAN_ANWEB.csv", """
            HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
            K9990,0010,3,Imaginary add on option for wheelchair,Imaginary add on,20200101,20200101,,N

            """))
        let knowledge = fixture.folder.appendingPathComponent("Knowledge")
        try FileManager.default.createDirectory(at: knowledge, withIntermediateDirectories: true)
        try fixture.write("Knowledge/cpt.txt", Self.knowledge + """


            == article imaginary-add-on-codes
            title: Imaginary add-on codes: how they work
            body: An imaginary add-on code is reported with its primary code.
            category: guidelines
            source: s
            as-of: 2024
            """)
        try fixture.knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: knowledge.path))
        #expect(try fixture.answer("What is an imaginary add-on code?", .cpt).text.hasPrefix("Imaginary add-on codes"))
        #expect(try fixture.answer("What are imaginary add-on codes?", .cpt).text.hasPrefix("Imaginary add-on codes"))
        #expect(try fixture.answer("What is the code for an imaginary add on option for wheelchair?", .cpt).codes.first?.code == "K9990")
        #expect(CodeLookup.asksWhatAKindOfCodeIs(QuestionParser().parse("What is an add-on code?")))
        #expect(!CodeLookup.asksWhatAKindOfCodeIs(QuestionParser().parse("What is the code for an add-on option?")))
        #expect(!CodeLookup.asksWhatAKindOfCodeIs(QuestionParser().parse("What is a code?")))
    }

    /// A look-up frame with nothing after it asks for the description, not for an import.
    @Test func aFrameWithoutADescription() throws {
        let fixture = try Self.fixture()
        for question in ["What is the code for ?", "What is the HCPCS code?"] {
            let answer = try fixture.answer(question, .cpt)
            #expect(answer.text.hasPrefix("Say what the code should describe"), "\(question)")
            #expect(answer.warnings == ["no description to search for"])
        }
    }

    /// A code the question mentions is named by its official description when no authored entry
    /// has it, not reported missing.
    @Test func aMentionedCodeIsNamedFromTheCodeSet() throws {
        let fixture = try Self.fixture()
        let answer = try fixture.answer("How do I sequence E99.18 with a second imaginary condition?", .guidelines)
        #expect(answer.text.contains("Codes in your question: ICD-10-CM E99.18 — Imaginary disorder, other."))
        #expect(!answer.warnings.contains { $0.contains("was not found") })
    }

    /// A header found by its description comes with the codes to report instead.
    @Test func aHeaderListsTheCodesBelowIt() throws {
        let fixture = try Self.fixture()
        let answer = try fixture.answer("What is the code for imaginary concussion?", .cpt)
        #expect(answer.codes.first?.code == "E99.2")
        #expect(answer.text.contains("Use a more specific code under E99.2:\n- E99.2X Imaginary concussion"))
    }

    /// A title led by the condition's adjective names another condition: "hypertension" is not
    /// led by "Hypertensive encephalopathy" (ICD-9-CM has no inclusion terms to tell them apart).
    @Test func aTitleLedByTheAdjectiveNamesAnotherCondition() throws {
        let fixture = try Fixture()
        try fixture.load(.gems, fixture.write("CMS32_DESC_LONG_DX.txt", "4372 Hypertensive encephalopathy\n4019 Unspecified essential hypertension\n"))
        #expect(try fixture.answer("ICD-9 code for hypertension", .cpt).codes.first?.code == "401.9")
        #expect(try fixture.answer("ICD-9 code for hypertensive encephalopathy", .cpt).codes.first?.code == "437.2")
    }

    /// ICD-9-CM (frozen since 2015) is searched only when the question names it.
    @Test func currentCodesBeforeTerminatedCodesAndICD9OnlyWhenNamed() throws {
        let fixture = try Self.fixture()
        #expect(try Self.codes(fixture, "Imaginary membranes and strands") == ["H99.31"])
        #expect(try fixture.answer("What is the ICD-9 code for imaginary membranes and strands?", .cpt).codes.map(\.code) == ["379.25"])
        // Even spelled exactly as the terminated code, the active code with the same words comes first.
        #expect(try Self.codes(fixture, "Injection, imaginary drug (brand), 1 mg").prefix(2) == ["J9901", "C9901"])
        // The patient's own history before a relative's, however much closer the relative's words.
        #expect(try Self.codes(fixture, "history of imaginary stroke").first == "Z99.8")
        #expect(try Self.codes(fixture, "family history of imaginary stroke").first == "Z99.7")
        // A terminated candidate says so.
        #expect(try fixture.answer("What is the code for Injection, imaginary drug (brand), 1 mg?", .cpt).text
            .contains("- HCPCS C9901 — Injection, imaginary drug (brand), 1 mg (terminated 2019-09-30)"))
    }

    /// ICD-9-CM titles say some conditions otherwise than coders do (real, public-domain titles):
    /// low back pain is 724.2 "Lumbago", COPD 496; diabetes is 250.00 (mellitus, type II, no
    /// complication, not uncontrolled), not diabetes insipidus or a screening for diabetes.
    @Test func icd9TitlesInTheirOwnWords() throws {
        let fixture = try Fixture()
        let titles = [
            "25000 Diabetes mellitus without mention of complication, type II or unspecified type, not stated as uncontrolled",
            "25002 Diabetes mellitus without mention of complication, type II or unspecified type, uncontrolled",
            "25003 Diabetes mellitus without mention of complication, type I [juvenile type], uncontrolled",
            "25010 Diabetes with ketoacidosis, type II or unspecified type, not stated as uncontrolled",
            "25060 Diabetes with neurological manifestations, type II or unspecified type, not stated as uncontrolled",
            "2535 Diabetes insipidus",
            "V771 Screening for diabetes mellitus",
            "7242 Lumbago",
            "7295 Pain in limb",
            "496 Chronic airway obstruction, not elsewhere classified",
            "4912 Obstructive chronic bronchitis",
        ]
        try fixture.load(.gems, fixture.write("CMS32_DESC_LONG_DX.txt", titles.joined(separator: "\n") + "\n"))
        func icd9(_ question: String) throws -> String? { try fixture.answer(question, .cpt).codes.first?.code }
        #expect(try icd9("what is the icd 9 code for diabetes") == "250.00")
        #expect(try icd9("icd 9 code for type 2 diabetes") == "250.00")
        #expect(try icd9("icd 9 for uncontrolled type 1 diabetes") == "250.03")
        #expect(try icd9("icd9 code for diabetes with neuropathy") == "250.60")
        #expect(try icd9("icd 9 for diabetes insipidus") == "253.5")
        #expect(try icd9("icd 9 code for diabetes screening") == "V77.1")
        #expect(try icd9("icd 9 for low back pain") == "724.2")
        #expect(try icd9("icd 9 for copd") == "496")
    }

    @Test func symbolsTellDescriptionsApart() throws {
        let fixture = try Self.fixture()
        #expect(try Self.codes(fixture, "Most recent imaginary pressure < 140 mmhg").first == "G9901")
        #expect(try Self.codes(fixture, "Most recent imaginary pressure >= 140 mmhg").first == "G9902")
    }

    @Test func aLongDescriptionFindsItsOwnCode() throws {
        let fixture = try Self.fixture()
        #expect(try Self.codes(fixture, Self.long).first == "G9903")
        #expect(try Self.codes(fixture, Self.long + "; and the same again for a family member").first == "G9904")
    }

    /// An official description pasted on its own, as from a code list or a claim, asks for its code,
    /// whatever the classifier reads in its words and however long it is; the codes and ages it
    /// mentions are part of it. A phrase that is no official description keeps its own answer.
    @Test func aPastedDescriptionAsksForItsCode() async throws {
        let fixture = try Fixture()
        try fixture.load(.hcpcs, fixture.write("HCPC2025_OCT_ANWEB.csv", """
            HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
            J9901,0010,3,"Injection, imaginary drug, 1 mg",Imaginary drug inj,20191001,20191001,,N
            J9902,0010,3,"Injection, imaginary drug (brand), not therapeutically equivalent to j9901, 10 mg",Imaginary brand inj,20240101,20240101,,N
            G9911,0010,3,"Imaginary oxygen under pressure, full body chamber, per 30 minute interval",Imaginary oxygen,20200101,20200101,,N
            G9912,0010,3,Patients 66 - 80 years of age with imaginary frailty during the measurement period,Imaginary frailty,20200101,20200101,,N
            G9913,0010,3,"\(Self.long)",Imaginary navigation,20240101,20240101,,N

            """))
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        let pasted = [
            ("Imaginary oxygen under pressure, full body chamber, per 30 minute interval", "G9911"),
            ("Injection, imaginary drug (brand), not therapeutically equivalent to J9901, 10 mg", "J9902"),
            ("Patients 66 - 80 years of age with imaginary frailty during the measurement period", "G9912"),
            (Self.long, "G9913"),
            ("Imaginary brand inj", "J9902"),
        ]
        for (description, code) in pasted {
            let answer = try await engine.ask(description)
            #expect(answer.category == .cpt && answer.codes.first?.code == code, "\(description.prefix(60)): \(answer.category) \(answer.codes.map(\.code))")
        }
        // The classifier alone reads most of them as another category.
        #expect(pasted.count(where: { engine.classifier.classify($0.0).category != .cpt }) >= 2)
        // A dose in the description still gives its units.
        #expect(try await engine.ask("Injection, imaginary drug, 1 mg").answer.contains("is 1 unit"))
        // Not every word: the classifier decides, as before.
        #expect(try await engine.ask("Does Medicare cover imaginary oxygen under pressure?").category == .coverage)
    }

    /// A code with its own description, as a line of a code list or a problem list reads, asks what
    /// the code is; an ICD-10-CM category too, though three characters alone are not read as a code.
    @Test func aCodeWithItsDescriptionAsksForTheCode() async throws {
        let fixture = try Self.fixture()
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        let lines = [
            ("G9908 Imaginary booster vaccine not given", "G9908"),
            ("g9908 - imaginary booster not given", "G9908"),
            ("Imaginary concussion, initial encounter (E99.2XXA)", "E99.2XXA"),
            ("E99 Imaginary disorder", "E99"),
        ]
        for (line, code) in lines {
            let answer = try await engine.ask(line)
            #expect(answer.category == .cpt && answer.codes.first?.code == code, "\(line): \(answer.category) \(answer.codes.map(\.code))")
        }
        let answerer = Answerer(knowledgeBase: fixture.knowledgeBase)
        let parser = QuestionParser()
        #expect(try answerer.labelsACode(parser.parse("E99 Imaginary disorder")))
        // Another code's description, or only part of its own, is no label.
        #expect(try !answerer.labelsACode(parser.parse("G9908 Imaginary pressure high")))
        #expect(try !answerer.labelsACode(parser.parse("G9908 imaginary booster")))
        #expect(try !answerer.labelsACode(parser.parse("E99 is imaginary disorder")))
    }

    /// A bare term that the classifier reads as a guideline and that no article answers is looked
    /// up, however loosely a code names it; one that asks about coverage is not.
    @Test func aBareTermNoArticleAnswersIsLookedUp() async throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_made_up.csv", """
            code,code_no_dot,level,billable,description,parent
            J18.9,J189,subcategory,1,"Pneumonia, unspecified organism",J18

            """))
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        #expect(engine.classifier.classify("community acquired pneumonia").category == .guidelines)
        let answer = try await engine.ask("community acquired pneumonia")
        #expect(answer.category == .cpt && answer.codes.first?.code == "J18.9", "\(answer.category) \(answer.codes.map(\.code))")
        let coverage = try await engine.ask("acquired pneumonia - will medicare pay")
        #expect(coverage.category == .coverage && coverage.codes.isEmpty, "\(coverage.category) \(coverage.codes.map(\.code))")
    }

    /// A candidate's description is cut at a word in the list (some run to thousands of
    /// characters); the answer's codes keep it whole.
    @Test func longCandidatesAreAbridged() {
        #expect(CodeLookup.abridged("Injection, treosulfan, 50 mg") == "Injection, treosulfan, 50 mg")
        let long = String(repeating: "care plan element, ", count: 40)
        let abridged = CodeLookup.abridged(long)
        let kept = String(abridged.dropLast(2))
        #expect(abridged.hasSuffix(" …") && kept.count <= CodeLookup.candidateLength && long.hasPrefix(kept), "\(abridged)")
        #expect(kept.last?.isLetter == true && [" ", ","].contains(long[long.index(long.startIndex, offsetBy: kept.count)]), "cut at a word: \(abridged)")
    }

    @Test func shorthandIsSpelledOut() throws {
        #expect(CodeSearch.tokens("Diabetes w/ hyperglycemia, w/o coma; w/coma and/or shock")
            == ["diabetes", "with", "hyperglycemia", "without", "coma", "with", "coma", "and", "or", "shock"])
        // ASCII text takes a byte path; other text the Unicode one, with the same rules.
        #expect(CodeSearch.tokens("Ménière's DISEASE W/O vertigo, 2nd-degree") == ["ménière", "s", "disease", "without", "vertigo", "2nd", "degree"])
        #expect(CodeSearch.tokens("Meniere's DISEASE W/O vertigo, 2nd-degree") == ["meniere", "s", "disease", "without", "vertigo", "2nd", "degree"])
        let fixture = try Self.fixture()
        #expect(try fixture.answer("What is the ICD-10 code for imaginary diabetes w/o hyperglycemia?", .cpt).codes.first?.code == "E99.6")
        #expect(try fixture.answer("What is the ICD-10 code for imaginary diabetes w/hyperglycemia?", .cpt).codes.first?.code == "E99.5")
    }

    /// The framing names the code set; the description may say "diagnosis" or "CPT" without narrowing the search.
    @Test func onlyTheFramingNarrowsTheCodeSets() {
        #expect(CodeSearch.systems(for: "What is the code for antibiotic not prescribed at the time of diagnosis?") == CodeSearch.currentSystems)
        #expect(CodeSearch.systems(for: "What is the diagnosis code for imaginary pain?") == [CodeSystem.icd10cm.rawValue])
        #expect(CodeSearch.systems(for: "imaginary pain dx") == [CodeSystem.icd10cm.rawValue])
        #expect(!CodeSearch.asksForCPT("What is the code for a service listed in addition to CPT codes for visits?"))
        #expect(CodeSearch.asksForCPT("What is the CPT code for a knee injection?"))
        // A code set's name, however written, is framing, not a word of the description.
        #expect(CodeSearch.contentWords("icd9 code for low back pain") == ["low", "back", "pain"])
        #expect(CodeSearch.contentWords("ICD-9-CM code for low back pain") == ["low", "back", "pain"])
        #expect(CodeSearch.contentWords("ICD-10-CM code for low back pain") == ["low", "back", "pain"])
    }

    /// "Code for" followed only by codes asks about those codes, not for a description search.
    @Test func aCodeAfterCodeForIsDescribedNotSearched() {
        let parser = QuestionParser()
        #expect(!CodeLookup.asksForACode(parser.parse("What is the primary code for 11045?")))
        #expect(CodeLookup.asksForACode(parser.parse("What is the code for type 2 diabetes with hyperglycemia?")))
        #expect(CodeLookup.asksForACode(parser.parse("What is the code for E11.9 diabetes without complications?")))
    }

    /// Authored CPT entries, for the procedures the code sets do not describe.
    static let knowledge = """
        == code CPT 99990
        title: Lumbar imaginary microdiscectomy, first level
        body: An imaginary procedure.
        source: s
        as-of: 2024

        == code CPT 99991
        title: Imaginary pneumonia vaccine
        body: An imaginary vaccine.
        source: s
        as-of: 2024

        == code CPT 99992
        title: Total imaginary knee replacement
        body: An imaginary joint replacement.
        keywords: imaginary knee replacement, TKR
        source: s
        as-of: 2024

        == code CPT 99993
        title: Imaginary booster for ages 7 and up
        body: An imaginary vaccine product.
        keywords: imaginary booster vaccine
        source: s
        as-of: 2024

        == code CPT 99989
        title: Zephyrtherapy added to a same-day E/M (add-on)
        body: An imaginary add-on.
        source: s
        as-of: 2024

        == article imaginary-code-letters
        title: Imaginary code letters
        body: Imaginary Q codes are temporary; imaginary J codes are drugs.
        category: cpt
        source: s
        as-of: 2024

        == article imaginary-status-indicators
        title: Imaginary status indicators of the fee schedule
        body: Indicator B means the imaginary service is bundled.
        category: cpt
        source: s
        as-of: 2024

        == article imaginary-phone-codes
        title: Imaginary phone codes
        body: Imaginary navigation over the telephone has a code of its own from this year.
        category: cpt
        questions:
          Is there a code for imaginary navigation by phone?
        related: 99994
        source: s
        as-of: 2024
        """

    /// The code sets hold no CPT descriptions: an authored entry whose title holds every word of the
    /// description (or whose names hold most of them) beats a loose official match, unless an official code in use holds them all too
    /// (and the entry's title or a keyword does not all but name the description), or the question
    /// names another code set.
    @Test func anAuthoredProcedureBeatsALooseOfficialMatch() throws {
        let fixture = try Self.fixtureWithKnowledge()

        // G9905 holds "lumbar" and "imaginary" only; the terminated G9906 holds every word.
        #expect(try fixture.answer("Lumbar imaginary microdiscectomy code?", .cpt).codes.first?.code == "99990")
        #expect(try fixture.answer("What is the ICD-10 code for lumbar imaginary microdiscectomy?", .cpt).codes.first?.system == .icd10cm)
        // H99.7 is a loose match (many more words) but holds every word: the official code set answers.
        #expect(try fixture.answer("What is the code for imaginary pneumonia?", .cpt).codes.first?.code == "H99.7")
        // A keyword that names the description beats even a close official match (G9908, a
        // quality measure's "… not given").
        #expect(try fixture.answer("imaginary booster vaccine code", .cpt).codes.first?.code == "99993")
        #expect(try Answerer(knowledgeBase: fixture.knowledgeBase).codeNaming(QuestionParser().parse("imaginary booster vaccine")) != nil)
        // So it does for the bare phrase, which a question on the same words is not.
        #expect(try fixture.answer("imaginary pneumonia", .cpt).codes.first?.code == "H99.7")
        #expect(try fixture.answer("Is imaginary pneumonia covered?", .cpt).codes.first?.code == "99991")
        // A question that asks for no code is a concept: the authored article, not a loose official description.
        let concept = try fixture.answer("What does imaginary status indicator B mean?", .cpt)
        #expect(concept.text.hasPrefix("Imaginary status indicators of the fee schedule"), "\(concept.text.prefix(120))")
        #expect(concept.warnings.isEmpty)
        // G9907 (a prosthetic socket) holds every word too, but a keyword names the procedure itself.
        #expect(try fixture.answer("What is the code for imaginary knee replacement?", .cpt).codes.first?.code == "99992")
        // G9909's paragraph holds "zephyrtherapy" and "E/M" among a hundred other words: by chance.
        #expect(try fixture.answer("What is the add-on code for zephyrtherapy with an E/M?", .cpt).codes.first?.code == "99989")
        // Nobody holds "shot": an authored entry whose names hold most of the words (two of three)
        // comes before a loose official match that holds fewer of them for its length.
        #expect(try fixture.answer("What is the code for an imaginary pneumonia shot?", .cpt).codes.first?.code == "99991")
        // With fewer than half held, the loose official match comes with the authored entries that share words.
        let shot = try fixture.answer("What is the code for an imaginary pneumonia shot for a patient at the pharmacy?", .cpt)
        #expect(shot.codes.first?.code == "H99.7")
        #expect(shot.text.contains("Authored code entries that share words with the question: CPT 99991"))
        #expect(shot.warnings.contains { $0.contains("no official description matches closely") })
    }

    /// A question an article was written to answer, with no close official match (G9903 shares
    /// "imaginary navigation"), is answered by the article; so is a code only an article names,
    /// after saying that the code sets lack it.
    @Test func anArticleWrittenForTheQuestionBeatsALooseOfficialMatch() throws {
        let fixture = try Self.fixtureWithKnowledge()
        let phone = try fixture.answer("Is there a code for imaginary navigation by phone?", .cpt)
        #expect(phone.text.hasPrefix("Imaginary phone codes") && phone.warnings.isEmpty, "\(phone.text)")
        let named = try fixture.answer("What is 99994?", .cpt)
        #expect(named.text.contains("An article of CasePilot's names 99994:\n\nImaginary phone codes") && named.warnings.isEmpty, "\(named.text)")
        #expect(named.codes.map(\.code) == ["99994"])
        let unknown = try fixture.answer("What is 99995?", .cpt)
        #expect(unknown.warnings == ["CPT 99995 was not found in the knowledge base"] && !unknown.text.contains("An article"), "\(unknown.text)")
    }

    /// A procedure's code is the same on either side: a title need not say the side asked for
    /// ("right imaginary knee replacement"), and one asked for on both sides comes with the fee
    /// schedule's bilateral indicator, which says whether modifier 50 applies.
    @Test func aSideDoesNotChangeAProcedureCode() throws {
        let fixture = try Self.fixtureWithKnowledge()
        let header = EditFormatTests.pprrvuHeader
        let row = #""99992","","Made-up","A","","1.00","1.50","","0.50","","0.10","2.60","1.60","0","090","0","0","0","2","1","1","0","0","","33.2875""#
        try fixture.load(.pfsRVU, fixture.write("PPRRVU24_JUL.csv", [header, row, ""].joined(separator: "\n")))
        let right = try fixture.answer("What is the code for a right lumbar imaginary microdiscectomy?", .cpt)
        #expect(right.codes.first?.code == "99990", "\(right.text.prefix(120))")
        #expect(!right.text.contains("Both sides"))
        // A complication "following" the procedure on both sides holds every word; the procedure
        // is still the code whose name holds all but the side.
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_complication.csv", """
            code,code_no_dot,level,billable,description,parent
            H99.013,H99013,subcategory,1,"Imaginary keratopathy following imaginary knee replacement, bilateral",H99.01

            """))
        let both = try fixture.answer("bilateral imaginary knee replacement code", .cpt)
        #expect(both.codes.first?.code == "99992", "\(both.text.prefix(120))")
        #expect(both.text.contains("Both sides: 99992 has bilateral surgery indicator 1 (modifier 50): the 150% bilateral payment adjustment applies"), "\(both.text)")
    }

    /// A code letter in the framing ("J code for …") puts that letter's codes first; a kind of code
    /// named by its letter outside a look-up ("What are Q codes?") is the code set's article.
    @Test func codeLetters() throws {
        let fixture = try Self.fixtureWithKnowledge()
        try fixture.load(.hcpcs, fixture.write("HCPC2026_JAN_ANWEB.csv", """
            HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
            J9950,0010,3,"Injection, imaginary antiemetic, per 1 mg",Imaginary antiemetic inj,20200101,20200101,,N
            S9950,0010,3,"Imaginary antiemetic, oral, 4 mg",Imaginary antiemetic oral,20200101,20200101,,N

            """))
        #expect(try fixture.answer("code for imaginary antiemetic", .cpt).codes.first?.code == "S9950")
        #expect(try fixture.answer("J code for imaginary antiemetic", .cpt).codes.first?.code == "J9950")
        #expect(try fixture.answer("Which J code is used for imaginary antiemetic?", .cpt).codes.first?.code == "J9950")
        #expect(CodeSearch.codeLetter(inFramingOf: "code for vitamin b 12") == nil)
        // The pronoun is no code letter; the I codes are named in the plural.
        #expect(CodeSearch.codeLetter(inFramingOf: "How do I code for imaginary antiemetic?") == nil)
        #expect(CodeSearch.codeLetter(inFramingOf: "Which I codes are for hypertension?") == "I")
        #expect(!ArticleLookup.namesCodeLetter(QuestionParser().parse("When can I code a rule-out diagnosis?")))
        #expect(try fixture.answer("What are Q codes?", .cpt).text.hasPrefix("Imaginary code letters"))
        #expect(try KnowledgeBase(path: fixture.folder.appendingPathComponent("kb.sqlite").path).search(words: ["what", "is", "a", "q", "code"]).first?.entry.key == "imaginary-code-letters")
    }

    /// What a description excepts ("other than …", to the end of its clause) is none of its words:
    /// a follow-up after treatment is Z09 "… other than malignant neoplasm", not Z08 "… for
    /// malignant neoplasm"; wooden crutches are not "other than wood". Pasted whole, either
    /// description still finds its own code.
    @Test func whatADescriptionExceptsIsNoneOfItsWords() throws {
        #expect(CodeSearch.tokens("Crutches underarm, other than wood, adjustable") == ["crutches", "underarm", "adjustable"])
        #expect(CodeSearch.tokens("Device for use other than knee") == ["device", "for", "use"])
        #expect(CodeSearch.tokens("Pansement, autre que « bois », réglable") == ["pansement", "autre", "que", "bois", "réglable"])
        #expect(CodeSearch.tokens("Pansement, other than « bois », réglable") == ["pansement", "réglable"])
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", """
            code,code_no_dot,level,billable,description,parent
            Z08,Z08,category,1,Encounter for follow-up examination after completed treatment for malignant neoplasm,
            Z09,Z09,category,1,Encounter for follow-up examination after completed treatment for conditions other than malignant neoplasm,

            """))
        try fixture.load(.hcpcs, fixture.write("HCPC2026_JAN_ANWEB.csv", """
            HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
            E0112,0010,3,"Crutches underarm, wood, adjustable or fixed, pair, with pads, tips and handgrips",Crutch underarm pair wood,19990101,19990101,,N
            E0114,0010,3,"Crutches underarm, other than wood, adjustable or fixed, pair, with pads, tips and handgrips",Crutch underarm pair no wood,19990101,19990101,,N

            """))
        #expect(try Self.codes(fixture, "a follow up exam after completed treatment") == ["Z09", "Z08"])
        #expect(try Self.codes(fixture, "follow-up exam after completed treatment of a malignant neoplasm").first == "Z08")
        #expect(try Self.codes(fixture, "encounter for follow-up examination after completed treatment for conditions other than malignant neoplasm").first == "Z09")
        #expect(try Self.codes(fixture, "a pair of wooden underarm crutches").first == "E0112")
        #expect(try Self.codes(fixture, "a pair of aluminum underarm crutches, other than wood").first == "E0114")
    }

    /// A letter written before a word is part of its name ("e-visit"): the entries named so, not
    /// every entry about a visit (the hospital clinic visit G0463, a home phototherapy visit).
    @Test func aLetterBeforeAWordIsPartOfIt() async throws {
        for question in ["What are the e-visit codes?", "e-visit codes for medicare"] {
            let answer = try await SharedEngine.engine.ask(question)
            #expect(answer.codes.first?.code == "99421", "\(question): \(answer.answer.prefix(120))")
        }
    }

    /// The fixture's knowledge base opened again after `sql` made it a file of schema `version`.
    static func reopened(_ fixture: Fixture, as version: String, after sql: String) throws -> KnowledgeBase {
        try fixture.knowledgeBase.database.execute(sql + "; UPDATE meta SET value = '\(version)' WHERE key = 'schema_version'")
        return try KnowledgeBase(path: fixture.folder.appendingPathComponent("kb.sqlite").path)
    }

    /// A knowledge base imported before descriptions were keyed (schema 2) gains the keys when it is opened.
    @Test func anOlderFileGainsDescriptionKeys() throws {
        let reopened = try Self.reopened(try Self.fixture(), as: "2", after: "DROP INDEX code_description_key; ALTER TABLE code DROP COLUMN description_key")
        let codes = try reopened.codes(describedAs: "imaginary concussion", systems: [CodeSystem.icd10cm.rawValue]).map(\.code)
        #expect(Set(codes) == ["E992", "E992X"])
        #expect(try reopened.meta("schema_version") == Schema.version)
    }

    /// A knowledge base imported before short descriptions were keyed (schema 10) gains their keys.
    @Test func aSchema10FileGainsShortDescriptionKeys() throws {
        let reopened = try Self.reopened(try Self.fixture(), as: "10", after: "DROP INDEX code_short_key; ALTER TABLE code DROP COLUMN short_key")
        #expect(try reopened.codes(describedAs: "imaginary pressure high", systems: [], short: true).map(\.code) == ["G9902"])
        #expect(try reopened.meta("schema_version") == Schema.version)
    }

    /// A short description as printed on a claim or a remittance finds its code, abbreviations and
    /// all; the description itself comes first when a text is both.
    @Test func aShortDescriptionFindsItsCode() throws {
        let fixture = try Self.fixture()
        #expect(try Self.codes(fixture, "Imaginary pressure high").first == "G9902")
        // Shared by a terminated code and its successor: the code in use first.
        #expect(try Self.codes(fixture, "imaginary drug inj").prefix(2) == ["J9901", "C9901"])
        let answer = try fixture.answer("What is the code for Imaginary booster not given?", .cpt)
        #expect(answer.codes.first?.code == "G9908" && answer.text.contains("\"Imaginary booster not given\" is its short description."), "\(answer.text)")
        #expect(try fixture.knowledgeBase.codes(describedAs: "Imaginary booster vaccine not given", systems: [], short: true).isEmpty)
        // A generic short description: the codes described like its code follow it ("Bls" is only
        // the non-emergency ambulance), framed or pasted alone.
        let ambulance = try Fixture()
        try ambulance.load(.hcpcs, ambulance.write("HCPC2025_OCT_ANWEB.csv", """
            HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
            A9931,0010,3,"Ambulance service, imaginary life support, non-emergency transport",Ils,20200101,20200101,,N
            A9932,0010,3,"Ambulance service, imaginary life support, emergency transport",Ils emergency,20200101,20200101,,N

            """))
        #expect(try Self.codes(ambulance, "ils") == ["A9931", "A9932"])
        #expect(try ambulance.answer("Ils", .cpt).codes.map(\.code) == ["A9931", "A9932"])
    }

    /// A schema-9 file loses the classifier's table: the tables are a file beside it now.
    @Test func aSchema9FileDropsTheClassifierTable() throws {
        let fixture = try Self.fixture()
        try fixture.knowledgeBase.database.execute("""
            CREATE TABLE classifier_counts(id INTEGER PRIMARY KEY CHECK (id = 1), trained_by TEXT NOT NULL, counts BLOB NOT NULL);
            UPDATE meta SET value = '9' WHERE key = 'schema_version'
            """)
        let reopened = try KnowledgeBase(path: fixture.folder.appendingPathComponent("kb.sqlite").path)
        #expect(try reopened.meta("schema_version") == Schema.version)
        #expect(try reopened.database.scalarInteger("SELECT count(*) FROM sqlite_master WHERE name = 'classifier_counts'") == 0)
        #expect(try reopened.codeRecord(system: CodeSystem.icd10cm.rawValue, code: "E9918") != nil)
    }

    /// A schema-8 file gains the (empty) notes table of schema 9 and keeps its codes.
    @Test func aSchema8FileGainsTheNotesTable() throws {
        let fixture = try Self.fixture()
        try fixture.knowledgeBase.database.execute("DROP TABLE code_note; UPDATE meta SET value = '8' WHERE key = 'schema_version'")
        let reopened = try KnowledgeBase(path: fixture.folder.appendingPathComponent("kb.sqlite").path)
        #expect(try reopened.meta("schema_version") == Schema.version)
        #expect(try reopened.database.scalarInteger("SELECT count(*) FROM code_note") == 0)
        #expect(try reopened.codeRecord(system: CodeSystem.icd10cm.rawValue, code: "E9918") != nil)
    }
}

/// The ICD-10-CM conventions a coder applies to a plain phrasing, with real (public-domain) titles.
@Suite("Description → code: ICD-10-CM conventions")
struct DiagnosisConventionTests {
    static let icd10cm = """
        code,code_no_dot,level,billable,description,parent
        E10.40,E1040,subcategory,1,"Type 1 diabetes mellitus with diabetic neuropathy, unspecified",E10.4
        E11.40,E1140,subcategory,1,"Type 2 diabetes mellitus with diabetic neuropathy, unspecified",E11.4
        E11.9,E119,subcategory,1,Type 2 diabetes mellitus without complications,E11
        Z01.818,Z01818,code,1,Encounter for other preprocedural examination,Z01.81
        Z02.1,Z021,subcategory,1,Encounter for pre-employment examination,Z02
        Z56.1,Z561,subcategory,1,Change of job,Z56
        T40.2X1,T402X1,subcategory,0,"Poisoning by other opioids, accidental (unintentional)",T40.2X
        T40.2X2,T402X2,subcategory,0,"Poisoning by other opioids, intentional self-harm",T40.2X
        T40.2X3,T402X3,subcategory,0,"Poisoning by other opioids, assault",T40.2X
        T39.011,T39011,subcategory,0,"Poisoning by aspirin, accidental (unintentional)",T39.01
        T39.091,T39091,subcategory,0,"Poisoning by salicylates, accidental (unintentional)",T39.09
        T50.901,T50901,subcategory,0,"Poisoning by unspecified drugs, medicaments and biological substances, accidental (unintentional)",T50.90
        Z79.82,Z7982,code,1,Long term (current) use of aspirin,Z79
        W32.0,W320,subcategory,0,Accidental handgun discharge,W32
        Z13.1,Z131,subcategory,1,Encounter for screening for diabetes mellitus,Z13
        E13.40,E1340,subcategory,1,"Other specified diabetes mellitus with diabetic neuropathy, unspecified",E13.4
        E10.621,E10621,code,1,Type 1 diabetes mellitus with foot ulcer,E10.62
        E11.621,E11621,code,1,Type 2 diabetes mellitus with foot ulcer,E11.62
        Z86.31,Z8631,code,1,Personal history of diabetic foot ulcer,Z86.3
        Z86.73,Z8673,code,1,"Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits",Z86.7
        E11.319,E11319,code,1,Type 2 diabetes mellitus with unspecified diabetic retinopathy without macular edema,E11.31
        H35.20,H3520,code,1,"Other non-diabetic proliferative retinopathy, unspecified eye",H35.2
        C50.919,C50919,code,1,Malignant neoplasm of unspecified site of unspecified female breast,C50.91
        Z80.3,Z803,category,1,Family history of malignant neoplasm of breast,Z80
        Z85.3,Z853,category,1,Personal history of malignant neoplasm of breast,Z85
        I12.9,I129,subcategory,1,"Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease",I12
        N18.30,N1830,code,1,"Chronic kidney disease, stage 3 unspecified",N18.3
        I12,I12,category,0,Hypertensive chronic kidney disease,
        C34,C34,category,0,Malignant neoplasm of bronchus and lung,
        C34.90,C3490,code,1,Malignant neoplasm of unspecified part of unspecified bronchus or lung,C34.9
        C78.00,C7800,code,1,Secondary malignant neoplasm of unspecified lung,C78.0
        C18.9,C189,subcategory,1,"Malignant neoplasm of colon, unspecified",C18
        Z85.038,Z85038,code,1,Personal history of other malignant neoplasm of large intestine,Z85.03
        Z80.0,Z800,category,1,Family history of malignant neoplasm of digestive organs,Z80
        S72.001A,S72001A,code,1,"Fracture of unspecified part of neck of right femur, initial encounter for closed fracture",S72.001
        M17.12,M1712,subcategory,1,"Unilateral primary osteoarthritis, left knee",M17.1
        M17.11,M1711,subcategory,1,"Unilateral primary osteoarthritis, right knee",M17.1
        S72.001D,S72001D,code,1,"Fracture of unspecified part of neck of right femur, subsequent encounter for closed fracture with routine healing",S72.001
        R10.31,R1031,subcategory,1,Right lower quadrant pain,R10.3
        N39.0,N390,subcategory,1,"Urinary tract infection, site not specified",N39
        B96.20,B9620,code,1,Unspecified Escherichia coli [E. coli] as the cause of diseases classified elsewhere,B96.2
        J15.212,J15212,code,1,Pneumonia due to Methicillin resistant Staphylococcus aureus,J15.21
        J18.9,J189,subcategory,1,"Pneumonia, unspecified organism",J18
        R07.9,R079,subcategory,1,"Chest pain, unspecified",R07
        R06.02,R0602,code,1,Shortness of breath,R06.0
        I10,I10,category,1,Essential (primary) hypertension,
        I13,I13,category,0,Hypertensive heart and chronic kidney disease,
        I13.10,I1310,code,1,"Hypertensive heart and chronic kidney disease without heart failure, with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease",I13.1
        I13.0,I130,subcategory,1,"Hypertensive heart and chronic kidney disease with heart failure and stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease",I13
        I11.0,I110,subcategory,1,Hypertensive heart disease with heart failure,I11
        Z00.129,Z00129,code,1,Encounter for routine child health examination without abnormal findings,Z00.12
        Z02.84,Z0284,code,1,Encounter for child welfare exam,Z02.8
        Z01.419,Z01419,code,1,Encounter for gynecological examination (general) (routine) without abnormal findings,Z01.41
        I11.9,I119,subcategory,1,Hypertensive heart disease without heart failure,I11
        R11.2,R112,subcategory,1,"Nausea with vomiting, unspecified",R11
        E11.22,E1122,subcategory,1,Type 2 diabetes mellitus with diabetic chronic kidney disease,E11.2
        G62.9,G629,subcategory,1,"Polyneuropathy, unspecified",G62
        S52.502A,S52502A,code,1,"Unspecified fracture of the lower end of left radius, initial encounter for closed fracture",S52.502
        M84.333A,M84333A,code,1,"Stress fracture, right radius, initial encounter for fracture",M84.333
        S42.201A,S42201A,code,1,"Unspecified fracture of upper end of right humerus, initial encounter for closed fracture",S42.201
        M84.321A,M84321A,code,1,"Stress fracture, right humerus, initial encounter for fracture",M84.321
        M89.133,M89133,code,1,"Partial physeal arrest, right distal radius",M89.13
        H91.90,H9190,code,1,"Unspecified hearing loss, unspecified ear",H91.9
        H91.93,H9193,code,1,"Unspecified hearing loss, bilateral",H91.9
        M17.0,M170,subcategory,1,Bilateral primary osteoarthritis of knee,M17
        R42,R42,category,1,Dizziness and giddiness,
        Z96.652,Z96652,code,1,Presence of left artificial knee joint,Z96.65
        E87.1,E871,subcategory,1,Hypo-osmolality and hyponatremia,E87
        P74.22,P7422,code,1,Hyponatremia of newborn,P74.2
        I21.4,I214,subcategory,1,Non-ST elevation (NSTEMI) myocardial infarction,I21
        S61.211A,S61211A,code,1,"Laceration without foreign body of left index finger without damage to nail, initial encounter",S61.211
        S61.221A,S61221A,code,1,"Laceration with foreign body of left index finger without damage to nail, initial encounter",S61.221
        S61.311A,S61311A,code,1,"Laceration without foreign body of left index finger with damage to nail, initial encounter",S61.311
        S65.511A,S65511A,code,1,"Laceration of blood vessel of left index finger, initial encounter",S65.511
        G43.009,G43009,code,1,"Migraine without aura, not intractable, without status migrainosus",G43.00
        G43.909,G43909,code,1,"Migraine, unspecified, not intractable, without status migrainosus",G43.90
        M79.672,M79672,code,1,Pain in left foot,M79.67
        Z21,Z21,category,1,Asymptomatic human immunodeficiency virus [HIV] infection status,
        P24.00,P2400,code,1,Meconium aspiration without respiratory symptoms,P24.0
        C43.5,C435,subcategory,0,Malignant melanoma of trunk,C43
        D03.9,D039,subcategory,1,"Melanoma in situ, unspecified",D03

        """

    static func codes(_ question: String) throws -> [String] {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", icd10cm))
        return try fixture.answer(question, .cpt).codes.map(\.code)
    }

    /// A bare term that an official description all but names is a look-up, however little it says;
    /// a request or a term no description names is not.
    @Test func aBareTermThatNamesACode() async throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", Self.icd10cm))
        let answerer = Answerer(knowledgeBase: fixture.knowledgeBase)
        let parser = QuestionParser()
        #expect(try answerer.codeNaming(parser.parse("type 2 diabetes with foot ulcer")) != nil)
        #expect(try answerer.codeNaming(parser.parse("good stretches for diabetic foot ulcer")) == nil)
        #expect(try answerer.codeNaming(parser.parse("best pizza in town")) == nil)
        #expect(try answerer.codeNaming(parser.parse("how do I treat a diabetic foot ulcer at home")) == nil)
        // Every word held, in another order; or all but one in four of a close match.
        #expect(try answerer.codeNaming(parser.parse("left knee osteoarthritis")) != nil)
        #expect(try answerer.codeNaming(parser.parse("diabetic foot ulcer")) != nil)
        #expect(try answerer.codeNaming(parser.parse("abdominal pain right lower quadrant")) != nil)
        #expect(try answerer.codeNaming(parser.parse("stretches for diabetic foot ulcer")) == nil)
        // All but one of three, when the match is close (the heel is filed under the foot).
        #expect(try answerer.codeNaming(parser.parse("pain in left heel")) != nil)
        #expect(try answerer.codeNaming(parser.parse("pain in my wallet")) == nil)
        #expect(try answerer.codeNaming(parser.parse("2 + 3 = 5")) == nil)
        // One word that heads a diagnosis title before "and" or a comma, ends it after "and", or is
        // its abbreviation in brackets names it; a newborn's code comes after the general one.
        for term in ["dizziness", "giddiness", "hyponatremia", "nstemi"] {
            #expect(try answerer.codeNaming(parser.parse(term)) != nil, "\(term)")
        }
        #expect(try answerer.codeNaming(parser.parse("hearing")) == nil, "a word inside a title")
        #expect(try Self.codes("hyponatremia").prefix(2) == ["E87.1", "P74.22"])
        #expect(try Self.codes("hyponatremia of newborn").first == "P74.22")
        #expect(try Self.codes("s/p knee replacement left").first == "Z96.652")
        // The engine answers such a term as a look-up, though the classifier finds only guideline words in it.
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        #expect(engine.classifier.classify("type 2 diabetes with foot ulcer").category == .guidelines)
        let answer = try await engine.ask("type 2 diabetes with foot ulcer")
        #expect(answer.category == .cpt && answer.codes.first?.code == "E11.621", "\(answer.category) \(answer.answer.prefix(120))")
        // A phrase an article's keyword names more closely than any code asks about that topic.
        let topic = try await engine.ask("hearing aids")
        #expect(topic.category == .coverage && topic.answer.hasPrefix("Hearing aids"), "\(topic.category) \(topic.answer.prefix(80))")
        #expect(try await engine.ask("medical necessity").category == .compliance)
        // Out of scope for the classifier, but every word is in an authored code entry's title and keywords.
        #expect(engine.classifier.classify("earwax removal with irrigation").category == .unknown)
        let earwax = try await engine.ask("earwax removal with irrigation")
        #expect(earwax.category == .cpt && earwax.codes.first?.code == "69209", "\(earwax.category) \(earwax.answer.prefix(80))")
        #expect(try await engine.ask("chocolate cake recipe").category == .unknown)
        // Or all but one of four words or more, sizes aside; not all but one of three ("lung" is
        // what 11400's "lesion excision" title lacks).
        let punch = try await engine.ask("punch biopsy of 4 mm lesion on arm")
        #expect(punch.category == .cpt && punch.codes.first?.code == "11104", "\(punch.category) \(punch.answer.prefix(80))")
        #expect(try await engine.ask("excision of 3 cm lung lesion").category == .unknown)
        // "I&D" opens a phrase, not a sentence with "I", and its "D" is no letter of "abscess".
        let drainage = try await engine.ask("I&D abscess")
        #expect(drainage.category == .cpt && drainage.codes.first?.code == "10060", "\(drainage.category) \(drainage.answer.prefix(80))")
        // The code set's words hold the phrase ("hip fracture" is a fracture of the neck of the
        // femur): the official code, not an authored fracture operation that shares its words.
        #expect(try await engine.ask("right hip fracture subsequent encounter").codes.first?.code == "S72.001D")
        // The same look-up for the other side.
        let left = try await engine.ask("left knee osteoarthritis")
        #expect(left.codes.first?.code == "M17.12")
        let right = try await engine.ask("what about the right knee", following: left)
        #expect(right.category == .cpt && right.codes.first?.code == "M17.11", "\(right.answer.prefix(160))")
        #expect(FollowUp.variant(QuestionParser().parse("what about the right knee"), previous: left) == "right knee osteoarthritis")
        #expect(FollowUp.variant(QuestionParser().parse("what about gout"), previous: left) == nil)
        // Another stage of the same condition.
        let staged = Answer(question: "CKD stage 5 on dialysis", category: .cpt, confidence: 1, answer: "")
        #expect(FollowUp.variant(QuestionParser().parse("what about stage 4?"), previous: staged) == "ckd stage 4 on dialysis")
        #expect(FollowUp.variant(QuestionParser().parse("and stage 3a"), previous: staged) == "ckd stage 3a on dialysis")
        #expect(FollowUp.variant(QuestionParser().parse("what about stage 4 breast cancer"), previous: staged) == nil)
    }

    /// "How do I code …?" is answered by a guideline article whose title names the thing, else by the
    /// code that the words name.
    @Test func howToCodeAThingWithoutAnArticle() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", Self.icd10cm))
        let answer = try fixture.answer("How do I code type 2 diabetes with foot ulcer?", .guidelines)
        #expect(answer.codes.first?.code == "E11.621", "\(answer.text.prefix(200))")
        #expect(Answerer.codedThing(QuestionParser().parse("how should we code a cat bite to the hand?"))?.thing == "a cat bite to the hand")
        #expect(Answerer.codedThing(QuestionParser().parse("how do I bill for an IUD insertion?"))?.thing == "an iud insertion")
        #expect(Answerer.codedThing(QuestionParser().parse("how do I code E11.9?")) == nil)
        // An article of another category that shares the words does not answer how to code the thing;
        // a guideline article does. How to bill a thing may be another category's article.
        let knowledge = fixture.folder.appendingPathComponent("Knowledge")
        try FileManager.default.createDirectory(at: knowledge, withIntermediateDirectories: true)
        try fixture.write("Knowledge/articles.txt", """
            == article imaginary-foot-care
            title: Therapeutic shoes for a diabetic foot ulcer
            body: Medicare covers therapeutic shoes for a patient with a diabetic foot ulcer once a year.
            category: coverage
            source: s
            as-of: 2024

            == article imaginary-sleep-test
            title: Imaginary sleep tests
            body: Medicare covers an imaginary sleep test for a patient with a history of CVA, or a history of CVA with snoring.
            category: coverage
            source: s
            as-of: 2024

            == article imaginary-nausea
            title: Coding nausea with vomiting
            body: Code nausea with vomiting to the combination code, not to nausea and vomiting apart.
            category: guidelines
            source: s
            as-of: 2024

            == article imaginary-sequencing
            title: Imaginary sequencing rules
            body: Sequence the type 2 diabetes with foot ulcer code before the ulcer's site and severity.
            category: guidelines
            source: s
            as-of: 2024

            == article imaginary-neuropathy
            title: Imaginary type 2 diabetes neuropathy conventions
            body: Type 2 diabetes with diabetic neuropathy is one combination code.
            category: guidelines
            source: s
            as-of: 2024
            """)
        try fixture.knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: knowledge.path))
        // A guideline article that only shares the words does not answer when a code names the
        // thing; one whose title names most of the thing does.
        let ulcer = try fixture.answer("How do I code a diabetic foot ulcer with type 2 diabetes?", .guidelines)
        #expect(ulcer.codes.first?.code == "E11.621" && !ulcer.text.contains("Imaginary sequencing"), "\(ulcer.text.prefix(200))")
        let neuropathy = try fixture.answer("How do I code type 2 diabetes with diabetic neuropathy?", .guidelines)
        #expect(neuropathy.text.hasPrefix("Imaginary type 2 diabetes neuropathy conventions"), "\(neuropathy.text.prefix(300))")
        let nausea = try fixture.answer("How do I code nausea with vomiting?", .guidelines)
        #expect(nausea.text.hasPrefix("Coding nausea with vomiting"), "\(nausea.text.prefix(300))")
        #expect(try fixture.answer("How do I bill therapeutic shoes for a diabetic foot ulcer?", .guidelines).text.hasPrefix("Therapeutic shoes"))
        // How to code it too: an article of another category whose title names the thing answers
        // before a guideline article that only shares words with it.
        let shoes = try fixture.answer("How do I code therapeutic shoes for a diabetic foot ulcer?", .guidelines)
        #expect(shoes.text.hasPrefix("Therapeutic shoes"), "\(shoes.text.prefix(200))")
        // A code the words name only loosely (its title says "personal" and more) is still the
        // answer, with the warning to check it, not the article that mentions the thing.
        let stroke = try fixture.answer("How do I code a history of CVA?", .guidelines)
        #expect(stroke.codes.first?.code == "Z86.73" && !stroke.warnings.isEmpty, "\(stroke.text.prefix(200))")
    }

    /// A code that the imported code set lacks is not a code, whatever its shape.
    @Test func aCodeMissingFromTheImportedSetIsSaidToBeMissing() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", Self.icd10cm))
        let answer = try fixture.answer("What is E11.99?", .cpt)
        #expect(answer.text.hasPrefix("ICD-10-CM E11.99 is not in the imported ICD-10-CM file"), "\(answer.text)")
        #expect(!answer.text.contains("casepilot data import"))
    }

    /// Guideline I.C.4.a.2: diabetes without a documented type is type 2.
    @Test func untypedDiabetesIsType2() throws {
        #expect(try Self.codes("diabetes with neuropathy icd 10").first == "E11.40")
        // The condition, not a screening for it, unless asked: fewer words do not make Z13.1 closer.
        #expect(try Self.codes("icd 10 code for diabetes mellitus").first == "E11.9")
        #expect(try Self.codes("icd 10 code for diabetes screening").first == "Z13.1")
        #expect(try Self.codes("ICD-10 code for type 1 diabetes with neuropathy").first == "E10.40")
        #expect(CodeSearch.isUntypedDiabetes(["diabetic", "neuropathy"]))
        #expect(!CodeSearch.isUntypedDiabetes(["gestational", "diabetes"]))
    }

    /// A combination code that names every condition asked about comes before a code for one of
    /// them (guideline I.C.9.a.2 presumes hypertension and CKD are linked).
    @Test func aCombinationCodeNamesEveryCondition() throws {
        #expect(try Self.codes("ICD-10 code for hypertension with CKD stage 3").first == "I12.9")
        #expect(try Self.codes("ICD-10 code for CKD stage 3").first == "N18.30")
        #expect(CodeSearch.conditions("hypertension with chronic kidney disease stage 3") == [["hypertension"], ["chronic", "kidney", "disease", "stage", "3"]])
        #expect(CodeSearch.conditions("chronic kidney disease stage 3").isEmpty)
    }

    /// A title that says "without" what the question has comes after one that does not, though it
    /// holds the words: heart failure with hypertension and CKD is I13.0, not I13.10 "… without
    /// heart failure, …". Asked "without", the title that says so.
    @Test func aTitleWithoutWhatIsAskedComesLater() throws {
        #expect(CodeSearch.negatedWords("Hypertensive heart and chronic kidney disease without heart failure, with stage 1 through stage 4") == ["heart", "failure"])
        #expect(CodeSearch.negatedWords("Migraine without aura, not intractable, without mention of aura") == ["aura", "mention"])
        #expect(CodeSearch.negatedWords("Type 2 diabetes mellitus without complications") == ["complication"], "normalized: singular")
        #expect(CodeSearch.negatedWords("CT head no contrast w/o sedation") == ["contrast", "sedation"])
        #expect(CodeSearch.negatedWords("Hypertensive heart disease with heart failure").isEmpty)
        #expect(try Self.codes("ICD-10 code for hypertension with heart failure and CKD").first == "I13.0")
        #expect(try Self.codes("hypertensive heart disease with heart failure").first == "I11.0")
        #expect(try Self.codes("hypertensive heart disease without heart failure").first == "I11.9")
        #expect(try Self.codes("hypertensive heart and CKD without heart failure").first == "I13.10")
    }

    /// What a title says is absent by default ("without foreign body", "without damage to nail")
    /// does not make it further from a question that does not say it, and the site after the
    /// absence is no part of it: a laceration of a finger is the plain one, not of its blood
    /// vessel, and not one with a foreign body. A clause that names a kind ("without aura") counts.
    @Test func whatATitleSaysIsAbsentByDefaultCostsNothing() throws {
        #expect(CodeSearch.negatedWords("Laceration without foreign body of left index finger without damage to nail") == ["foreign", "body", "damage", "nail"])
        #expect(CodeSearch.negatedWords("Diabetes mellitus without mention of complication") == ["mention", "complication"])
        let asked = CodeSearch.profile(["laceration", "left", "index", "finger"])
        #expect(CodeSearch.withoutDefaultAbsences("Laceration without foreign body of left index finger without damage to nail, initial encounter", asked: asked)
                == "Laceration of left index finger , initial encounter")
        #expect(CodeSearch.withoutDefaultAbsences("Laceration of blood vessel of left index finger", asked: asked) == nil)
        #expect(CodeSearch.withoutDefaultAbsences("Laceration without foreign body of left index finger", asked: CodeSearch.profile(["foreign", "body"])) == nil,
                "a clause the question names stays")
        #expect(CodeSearch.withoutDefaultAbsences("Migraine without aura, not intractable", asked: asked) == nil)
        #expect(try Self.codes("ICD-10 code for laceration of left index finger, initial encounter").first == "S61.211A")
        #expect(try Self.codes("Laceration of left index finger without nail damage, initial encounter").first == "S61.211A")
        #expect(try Self.codes("laceration of left index finger with foreign body, initial encounter").first == "S61.221A")
        #expect(try Self.codes("laceration of left index finger with nail damage, initial encounter").first == "S61.311A")
        #expect(try Self.codes("icd 10 for migraine without aura").first == "G43.009")
        #expect(try Self.codes("icd10 for a lac of the left index finger w/o nail damage, first visit").first == "S61.211A", "a first visit is the initial encounter")
    }

    /// Coders' names of encounters in the titles' words: a pre-op clearance is a preprocedural
    /// examination (Z01.818), a physical for a job a pre-employment one (Z02.1, not Z56.1 "Change of job").
    @Test func clearancesAndJobPhysicals() throws {
        #expect(try Self.codes("icd 10 for pre-op clearance").first == "Z01.818")
        #expect(try Self.codes("code for a physical for a job").first == "Z02.1")
    }

    /// An overdose is a poisoning, of the drug's class as the titles name it (oxycodone: "other
    /// opioids"), accidental unless an intent is said (guideline I.C.19.e.5.b); a drug the titles
    /// name is itself (aspirin), and aspirin taken long term is no poisoning.
    @Test func anOverdoseIsAPoisoningOfTheDrugsClass() throws {
        #expect(try Self.codes("accidental overdose of oxycodone icd 10").first == "T40.2X1")
        #expect(try Self.codes("icd 10 for oxycodone overdose").first == "T40.2X1")
        #expect(try Self.codes("intentional overdose of oxycodone icd 10").first == "T40.2X2")
        #expect(try Self.codes("icd 10 for aspirin overdose").first == "T39.011")
        #expect(try Self.codes("icd 10 for drug overdose").first == "T50.901")
        #expect(try Self.codes("icd 10 long term use of aspirin").first == "Z79.82")
    }

    /// The encounter titles say "examination" and "gynecological" where coders say "exam" and "gyn":
    /// a routine child exam is Z00.129, not Z02.84 "Encounter for child welfare exam", which its
    /// own words still find.
    @Test func anExamIsTheTitlesExamination() throws {
        #expect(try Self.codes("icd 10 for routine child exam").first == "Z00.129")
        #expect(try Self.codes("icd 10 for annual gyn exam").first == "Z01.419")
        #expect(try Self.codes("icd 10 for child welfare exam").first == "Z02.84")
    }

    /// ICD-10-CM's own wording: a range of stages holds the stage asked about (and beats the header
    /// that leaves it out), a neoplasm is primary unless the question says otherwise, "cancer" is a
    /// malignant neoplasm, and a hip fracture is a fracture of the neck of the femur.
    @Test func theCodeSetsWording() throws {
        #expect(try Self.codes("hypertensive CKD stage 3 icd 10").first == "I12.9")
        #expect(try Self.codes("ICD-10 code for hypertension with CKD stage 3").first == "I12.9")
        #expect(CodeSearch.spellingOutRanges(["with", "stage", "1", "through", "stage", "4", "ckd"]) == ["with", "stage", "1", "2", "3", "4", "ckd"])
        let lung = try Self.codes("lung cancer icd 10")
        #expect(lung.firstIndex(of: "C34.90").map { $0 < lung.firstIndex(of: "C78.00") ?? lung.count } == true, "\(lung)")
        #expect(try Self.codes("metastatic lung cancer icd 10").contains("C78.00") || Self.codes("secondary lung cancer icd 10").first == "C78.00")
        #expect(try Self.codes("right hip fracture, initial encounter").first == "S72.001A")
    }

    /// A long bone's distal or proximal end is its "lower end" or "upper end" in the fracture titles,
    /// and "both" a side is "bilateral".
    @Test func fractureEndsAndBothSidesInTheTitlesWords() throws {
        #expect(try Self.codes("distal radius fracture left closed initial").first == "S52.502A")
        #expect(try Self.codes("Distal radius fx, left, initial").first == "S52.502A")
        #expect(try Self.codes("proximal humerus fracture right initial encounter").first == "S42.201A")
        #expect(try Self.codes("physeal arrest of the distal radius, right").first == "M89.133", "not a fracture: the title says distal")
        #expect(ClinicalAbbreviations.fractureSites("proximal humeral fx") == "upper end of humerus fracture")
        #expect(ClinicalAbbreviations.fractureSites("Distal radius pain") == "Distal radius pain")
        #expect(try Self.codes("hearing loss both ears").first == "H91.93")
        #expect(ClinicalAbbreviations.inDiagnosisWords("hearing loss both ears") == "hearing loss bilateral")
        #expect(ClinicalAbbreviations.expanded("cerumen removal both ears") == "cerumen removal both ears", "HCPCS says \"(one or both ears)\"")
        #expect(try Self.codes("osteoarthritis of both knees").first == "M17.0")
        // "No symptoms" is the titles' "asymptomatic", not a title's "without … symptoms".
        #expect(ClinicalAbbreviations.inDiagnosisWords("hiv positive no symptoms") == "hiv positive asymptomatic")
        #expect(try Self.codes("patient is HIV positive no symptoms what code").first == "Z21")
        // The back is the skin titles' trunk.
        #expect(try Self.codes("icd 10 for melanoma of the back").first == "C43.5")
    }

    /// A condition due to an organism that no code names whole is two codes: the condition's and
    /// the agent's from B95–B97; a combination code that names both is one.
    @Test func aConditionDueToAnOrganism() throws {
        #expect(try Self.codes("ICD-10 code for UTI due to E. coli") == ["N39.0", "B96.20"])
        #expect(try Self.codes("ICD-10 code for pneumonia due to MRSA").first == "J15.212")
        #expect(CodeLookup.organismParts("uti due to e coli").map { [$0.condition, $0.organism] } == ["uti", "e coli"])
        #expect(CodeLookup.organismParts("due to e coli") == nil)
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", Self.icd10cm))
        #expect(try Answerer(knowledgeBase: fixture.knowledgeBase).codeNaming(QuestionParser().parse("UTI due to e coli")) != nil)
    }

    /// Conditions joined by "and" that no code names together get a code each; a title that
    /// names them together, or a condition "with" both, stays one look-up.
    @Test func conditionsJoinedByAndAreCodedEach() async throws {
        #expect(CodeLookup.joinedParts("chest pain and shortness of breath") == ["chest pain", "shortness of breath"])
        #expect(CodeLookup.joinedParts("fever, cough and sore throat") == ["fever", "cough", "sore throat"])
        #expect(CodeLookup.joinedParts("diabetes with CKD and neuropathy") == nil)
        #expect(CodeLookup.joinedParts("chest pain") == nil)
        #expect(CodeLookup.joinedParts("fever, cough, and sore throat") == ["fever", "cough", "sore throat"])
        #expect(CodeLookup.joinedParts("infusion set for external insulin pump, non needle cannula type") == nil, "commas alone join no parts")
        #expect(try Self.codes("chest pain and shortness of breath") == ["R07.9", "R06.02"])
        #expect(try Self.codes("ICD-10 code for shortness of breath and chest pain") == ["R06.02", "R07.9"])
        #expect(try Self.codes("hypertensive heart and chronic kidney disease").first == "I13")
        #expect(try Self.codes("nausea and vomiting").first == "R11.2")
        #expect(try Self.codes("type 2 diabetes with CKD and neuropathy").first == "E11.22")
        // Typed on its own, the pair is a look-up though the classifier finds no coding words in it.
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", Self.icd10cm))
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        let answer = try await engine.ask("chest pain and shortness of breath")
        #expect(answer.category == .cpt && answer.codes.map(\.code) == ["R07.9", "R06.02"], "\(answer.category) \(answer.answer)")
        #expect(answer.answer.hasPrefix("Each has a code of its own:\n- chest pain: ICD-10-CM R07.9 — Chest pain, unspecified.\n- shortness of breath: ICD-10-CM R06.02"))
    }

    /// Phrases only a diagnosis code is worded in search ICD-10-CM alone; "cancer" is looked for in
    /// each code set's own words, the closer matches first.
    @Test func diagnosisPhrasesAndCancer() throws {
        for question in ["right hip fracture initial encounter", "history of breast cancer", "long term use of anticoagulants", "Z code for screening mammogram"] {
            #expect(CodeSearch.systems(for: question) == [CodeSystem.icd10cm.rawValue], "\(question)")
        }
        #expect(CodeSearch.systems(for: "knee brace") == CodeSearch.currentSystems)
        // A quality measure's description quoted whole may mention a history.
        let quoted = "Documentation of medical reason(s) for not reporting pt category (e.g., negative skin biopsies in a patient with a history of melanoma)"
        #expect(CodeSearch.systems(for: quoted) == CodeSearch.currentSystems)
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", Self.icd10cm))
        try fixture.load(.hcpcs, fixture.write("HCPC2026_JAN_ANWEB.csv", """
            HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
            G9089,0010,3,"Oncology; disease status; colon cancer, limited to invasion of submucosa (T1) (prior to neoadjuvant therapy, if any)",Colon cancer status,20100101,20100101,,N

            """))
        #expect(try fixture.answer("code for colon cancer", .cpt).codes.map(\.code).prefix(2) == ["C18.9", "G9089"])
        #expect(try fixture.answer("history of breast cancer", .cpt).codes.first?.code == "Z85.3")
    }

    /// A condition is not its history, a patient's history is not the family's, and "non-diabetic" is no diabetes.
    @Test func historyFamilyAndNegationAreNotTheCondition() throws {
        #expect(try Self.codes("diabetic foot ulcer icd 10").first == "E11.621")
        #expect(try Self.codes("ICD-10 code for history of diabetic foot ulcer").first == "Z86.31")
        #expect(try Self.codes("ICD-10 code for history of breast cancer").first == "Z85.3")
        #expect(try Self.codes("ICD-10 code for family history of breast cancer").first == "Z80.3")
        // The history codes group the organs: the colon is the large intestine, one of the digestive organs.
        #expect(try Self.codes("personal history of colon cancer").first == "Z85.038")
        #expect(try Self.codes("family history of colon cancer").first == "Z80.0")
        #expect(try Self.codes("colon cancer").first == "C18.9")
        #expect(try Self.codes("diabetic retinopathy icd 10").first == "E11.319")
        #expect(CodeSearch.tokens("Other non-diabetic retinopathy") == ["other", "nondiabetic", "retinopathy"])
        // The adjective is the condition: "diabetic" is "diabetes" (and "hypertensive" "hypertension"),
        // on either side of the match.
        #expect(CodeSearch.normalized("diabetic") == CodeSearch.normalized("diabetes"))
        #expect(CodeSearch.normalized("hypertensive") == CodeSearch.normalized("hypertension"))
        #expect(CodeSearch.held(of: ["diabetic", "foot", "ulcer"], in: "Type 2 diabetes mellitus with foot ulcer") == 3)
    }

    /// "Patient with …", "pt has …": the titles name the condition, and quality-measure codes name
    /// "the patient"; "no" is the titles' "without".
    @Test func thePatientOpeningIsNoPartOfTheDescription() throws {
        let fixture = try DescriptionSearchTests.fixture()
        #expect(CodeSearch.described("patient with imaginary concussion") == "imaginary concussion")
        #expect(CodeSearch.described("What is the code for a patient with imaginary concussion?") == "imaginary concussion?")
        #expect(CodeSearch.described("patient education") == "patient education")
        #expect(CodeSearch.patientOpening(["my", "patient", "has", "a", "history", "of", "stroke"]) == 3)
        #expect(CodeSearch.patientOpening(["patient", "with"]) == 0, "an opening with nothing after it")
        let parser = QuestionParser()
        #expect(Answerer.isBareTerm(parser.parse("my patient has imaginary blindness right eye")))
        #expect(!Answerer.isBareTerm(parser.parse("my claim for imaginary blindness was denied")))
        // A long diagnosis is a term while its content words are few: "of", "to", "with" add none.
        #expect(Answerer.isBareTerm(parser.parse("diabetic foot ulcer right heel limited to breakdown of skin")))
        #expect(!Answerer.isBareTerm(parser.parse("type 2 diabetes with foot ulcer of left heel with fat layer exposed and cellulitis of the leg")))
        // "Modifier for …" asks for a modifier: no term to look up ("interpretation only" is in X5's description).
        #expect(!Answerer.isBareTerm(parser.parse("modifier for interpretation only")))
        #expect(Answerer.isBareTerm(parser.parse("modifier removal")), "a phrase that only opens with the word")
        #expect(try fixture.answer("pt has imaginary diabetes with hyperglycemia", .cpt).codes.first?.code == "E99.5")
        #expect(CodeSearch.tokens("CT head no contrast") == ["ct", "head", "without", "contrast"])
        #expect(try fixture.answer("patient with imaginary diabetes no hyperglycemia", .cpt).codes.first?.code == "E99.6")
        // The titles' "lower limb" and "upper limb" are the coder's "leg" and "arm".
        #expect(CodeSearch.tokens("Cellulitis of right lower limb") == ["cellulitis", "of", "right", "leg"])
        #expect(CodeSearch.tokens("Varicose veins of left lower extremity, upper limb") == ["varicose", "veins", "of", "left", "leg", "arm"])
        #expect(CodeSearch.tokens("Laceration, right lower leg") == ["laceration", "right", "lower", "leg"])
        #expect(CodeSearch.tokens("limb") == ["limb"])
        let history = try fixture.answer("my patient has a history of imaginary stroke, no residual deficits", .cpt)
        #expect(history.codes.first?.code == "Z99.8")
    }
}
