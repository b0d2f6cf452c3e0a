import Foundation
import Testing
@testable import CasePilot

/// A condition with the drug taken for it is the condition's code, then the drug's Z79 code.
@Suite struct CurrentDrugTests {
    /// Real (public-domain) ICD-10-CM titles, in the CSV export layout.
    static let icd10cm = """
        code,code_no_dot,level,billable,description,parent
        I48.91,I4891,code,1,Unspecified atrial fibrillation,I48.9
        Z79.01,Z7901,code,1,Long term (current) use of anticoagulants,Z79.0
        Z79.4,Z794,subcategory,1,Long term (current) use of insulin,Z79
        Z79.82,Z7982,code,1,Long term (current) use of aspirin,Z79.8
        Z79.84,Z7984,code,1,Long term (current) use of oral hypoglycemic drugs,Z79.8
        E11.9,E119,subcategory,1,Type 2 diabetes mellitus without complications,E11

        """

    @Test func theDrugIsReadAfterOn() {
        let parser = QuestionParser()
        #expect(CurrentDrug.reading(parser.parse("afib on Eliquis"))?.drugClass == "anticoagulants")
        #expect(CurrentDrug.reading(parser.parse("type 2 diabetes on long term insulin"))?.condition == "type 2 diabetes")
        #expect(CurrentDrug.reading(parser.parse("patient on aspirin"))?.condition == "", "no condition named")
        #expect(CurrentDrug.reading(parser.parse("hypertension on lisinopril")) == nil, "a drug without a Z79 class of its own")
        #expect(CurrentDrug.reading(parser.parse("patient on an insulin pump")) == nil)
        #expect(CurrentDrug.reading(parser.parse("test strip limits for a pt not on insulin")) == nil, "not taking it")
    }

    @Test func theConditionThenTheDrugUse() throws {
        let fixture = try Fixture()
        #expect(try fixture.answer("afib on eliquis", .cpt).codes.allSatisfy { $0.code != "Z79.01" }, "no code set: no drug use code")
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", Self.icd10cm))
        let afib = try fixture.answer("afib on eliquis", .cpt)
        #expect(afib.codes.map(\.code) == ["I48.91", "Z79.01"], "\(afib.text)")
        #expect(afib.paragraphs.count > 1 && afib.paragraphs[1].hasPrefix("Z79.01 Long term (current) use of anticoagulants: the patient takes eliquis long term"))
        #expect(try fixture.answer("type 2 diabetes without complications on metformin", .cpt).codes.map(\.code) == ["E11.9", "Z79.84"])
        #expect(try fixture.answer("patient on long term aspirin", .cpt).codes.map(\.code) == ["Z79.82"])
    }
}
