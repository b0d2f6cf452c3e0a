import Foundation
import Testing
@testable import CasePilot

/// An adult BMI value finds its Z68 code from the ranges of the code set's own titles.
@Suite struct BodyMassIndexTests {
    /// Real (public-domain) ICD-10-CM titles of category Z68, in the CSV export layout.
    static let icd10cm = """
        code,code_no_dot,level,billable,description,parent
        Z68,Z68,category,0,Body mass index [BMI],
        Z68.1,Z681,subcategory,1,"Body mass index [BMI] 19.9 or less, adult",Z68
        Z68.2,Z682,subcategory,0,"Body mass index [BMI] 20-29, adult",Z68
        Z68.29,Z6829,code,1,"Body mass index [BMI] 29.0-29.9, adult",Z68.2
        Z68.41,Z6841,code,1,"Body mass index [BMI] 40.0-44.9, adult",Z68.4
        Z68.45,Z6845,code,1,"Body mass index [BMI] 70 or greater, adult",Z68.4
        Z68.53,Z6853,code,1,"Body mass index [BMI] pediatric, 85th percentile to less than 95th percentile for age",Z68.5
        E66.01,E6601,code,1,Morbid (severe) obesity due to excess calories,E66.0
        M83.9,M839,code,1,"Adult osteomalacia, unspecified",M83

        """

    @Test func theValueIsReadAfterBMI() {
        #expect(BodyMassIndex.value(in: "morbid obesity, BMI 42") == 42)
        #expect(BodyMassIndex.value(in: "BMI of 38.5.") == 38.5)
        #expect(BodyMassIndex.value(in: "her bmi is 29.95") == 29.95)
        #expect(BodyMassIndex.value(in: "BMI: 71") == 71)
        #expect(BodyMassIndex.value(in: "when can I code a BMI?") == nil)
        #expect(BodyMassIndex.value(in: "resubmit 3 claims") == nil)
        #expect(BodyMassIndex.value(in: "BMI 90th percentile for age") == nil, "a child's BMI goes by percentile")
        #expect(BodyMassIndex.withoutValue("Morbid obesity, BMI 42") == "morbid obesity,")
        #expect(BodyMassIndex.withoutValue("BMI of 38.5 icd 10") == "icd 10")
        #expect(BodyMassIndex.withoutValue("ICD-10 for obesity with BMI 35") == "icd-10 for obesity")
        // The age group belongs to the BMI code: "adult" alone is no second diagnosis.
        #expect(BodyMassIndex.withoutValue("what is the ICD-10 code for BMI 32 adult") == "what is the icd-10 code for")
        #expect(BodyMassIndex.withoutValue("obesity, adult BMI 32") == "obesity,")
        #expect(BodyMassIndex.withoutValue("obesity with BMI 31 in an adult") == "obesity")
    }

    @Test func rangesAreReadFromTheTitles() {
        #expect(BodyMassIndex.range(of: "Body mass index [BMI] 40.0-44.9, adult")?.contains(44.95) == true)
        #expect(BodyMassIndex.range(of: "Body mass index [BMI] 40.0-44.9, adult")?.contains(45) == false)
        #expect(BodyMassIndex.range(of: "Body mass index [BMI] 19.9 or less, adult")?.contains(12) == true)
        #expect(BodyMassIndex.range(of: "Body mass index [BMI] 70 or greater, adult")?.contains(85) == true)
        #expect(BodyMassIndex.range(of: "Body mass index [BMI] pediatric, less than 5th percentile for age") == nil)
    }

    @Test func theCodeComesFirstAndTheRestIsLookedUp() throws {
        let fixture = try Fixture()
        #expect(try fixture.answer("BMI 42 icd 10", .cpt).codes.allSatisfy { $0.code != "Z68.41" }, "no code set: no BMI code")
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", Self.icd10cm))
        let morbid = try fixture.answer("morbid obesity BMI 42", .cpt)
        #expect(morbid.codes.map(\.code).prefix(2) == ["E66.01", "Z68.41"], "\(morbid.codes.map(\.code))")
        #expect(morbid.paragraphs.count > 1 && morbid.paragraphs[1].hasPrefix("An adult BMI of 42 is ICD-10-CM Z68.41 — Body mass index [BMI] 40.0-44.9, adult."))
        let alone = try fixture.answer("BMI 29.5 icd 10", .cpt)
        #expect(alone.codes.map(\.code) == ["Z68.29"] && alone.warnings.isEmpty, "\(alone.text)")
        let adult = try fixture.answer("what is the ICD-10 code for BMI 29.5 adult", .cpt)
        #expect(adult.codes.map(\.code) == ["Z68.29"] && adult.warnings.isEmpty, "\(adult.text)")
        #expect(try fixture.answer("What is the ICD-10 code for a BMI of 75?", .cpt).codes.first?.code == "Z68.45")
        #expect(try fixture.answer("BMI 10", .cpt).codes.first?.code == "Z68.1")
        // A guideline question keeps its own answer after the code; one that found no article
        // adds no "nothing found" to it.
        let guideline = try fixture.answer("Can I code BMI 42 without an obesity diagnosis?", .guidelines)
        #expect(guideline.codes.first?.code == "Z68.41" && guideline.warnings.isEmpty && guideline.paragraphs.count == 1, "\(guideline.text)")
    }
}
