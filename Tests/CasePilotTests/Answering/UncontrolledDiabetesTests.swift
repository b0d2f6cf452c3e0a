import Foundation
import Testing
@testable import CasePilot

/// "Uncontrolled" diabetes is coded by what it means: both readings' codes, and a query.
@Suite struct UncontrolledDiabetesTests {
    /// Real (public-domain) ICD-10-CM titles, in the CSV export layout.
    static let icd10cm = """
        code,code_no_dot,level,billable,description,parent
        E10.641,E10641,subcategory,1,Type 1 diabetes mellitus with hypoglycemia with coma,E10.64
        E10.649,E10649,subcategory,1,Type 1 diabetes mellitus with hypoglycemia without coma,E10.64
        E10.65,E1065,subcategory,1,Type 1 diabetes mellitus with hyperglycemia,E10.6
        E11.641,E11641,subcategory,1,Type 2 diabetes mellitus with hypoglycemia with coma,E11.64
        E11.649,E11649,subcategory,1,Type 2 diabetes mellitus with hypoglycemia without coma,E11.64
        E11.65,E1165,subcategory,1,Type 2 diabetes mellitus with hyperglycemia,E11.6
        E11.40,E1140,subcategory,1,"Type 2 diabetes mellitus with diabetic neuropathy, unspecified",E11.4
        I10,I10,category,1,Essential (primary) hypertension,I10-I1A

        """

    /// A quality-measure code whose (public-domain) description says "uncontrolled hypertension".
    static let hcpcs = """
        HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
        M1056,0010,3,"Prescribed anticoagulant medication during the performance period, history of gi bleeding, history of intracranial bleeding, bleeding disorder and specific provider documented reasons: allergy to aspirin or anti-platelets, use of non-steroidal anti-inflammatory agents, drug-drug interaction, uncontrolled hypertension > 180/110 mmhg or gastroesophageal reflux disease",Presc antico med in pp,20190101,20190101,,N

        """

    @Test func theTypeIsRead() {
        let parser = QuestionParser()
        #expect(UncontrolledDiabetes.reading(parser.parse("uncontrolled type 2 diabetes")) == .init(type: "type 2", typeDocumented: true))
        #expect(UncontrolledDiabetes.reading(parser.parse("DM2 uncontrolled")) == .init(type: "type 2", typeDocumented: true))
        #expect(UncontrolledDiabetes.reading(parser.parse("icd 10 code for uncontrolled type 1 diabetes")) == .init(type: "type 1", typeDocumented: true))
        #expect(UncontrolledDiabetes.reading(parser.parse("uncontrolled diabetes")) == .init(type: "type 2", typeDocumented: false))
        #expect(UncontrolledDiabetes.reading(parser.parse("poorly controlled diabetes")) == nil, "hyperglycemia alone: the look-up answers")
        #expect(UncontrolledDiabetes.reading(parser.parse("uncontrolled diabetes with neuropathy")) == nil, "a complication: the look-up answers")
        #expect(UncontrolledDiabetes.reading(parser.parse("uncontrolled hypertension")) == nil)
    }

    @Test func bothReadingsAreGiven() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", Self.icd10cm))
        let typeTwo = try fixture.answer("uncontrolled type 2 diabetes", .cpt)
        #expect(typeTwo.codes.map(\.code) == ["E11.65", "E11.649", "E11.641"], "\(typeTwo.text)")
        #expect(typeTwo.text.contains("- high blood sugar: E11.65 Type 2 diabetes mellitus with hyperglycemia")
                && typeTwo.text.contains("query the provider") && !typeTwo.text.contains("The type is not stated"))
        let unstated = try fixture.answer("uncontrolled diabetes", .cpt)
        #expect(unstated.codes.first?.code == "E11.65" && unstated.text.contains("The type is not stated"), "\(unstated.text)")
        #expect(try fixture.answer("uncontrolled type 1 diabetes", .cpt).codes.map(\.code) == ["E10.65", "E10.649", "E10.641"])
        // Blood pressure control is in no title: "uncontrolled hypertension" is hypertension, not
        // the quality measure that says the phrase.
        try fixture.load(.hcpcs, fixture.write("HCPC2025_OCT_ANWEB.csv", Self.hcpcs))
        for question in ["uncontrolled hypertension", "hypertension uncontrolled", "uncontrolled HTN"] {
            #expect(try fixture.answer(question, .cpt).codes.first?.code == "I10", "\(question)")
        }
    }
}
