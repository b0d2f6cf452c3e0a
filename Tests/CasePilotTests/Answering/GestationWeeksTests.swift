import Foundation
import Testing
@testable import CasePilot

/// A pregnancy's weeks decide its Z3A code and its trimester (and so its Z34 code).
@Suite struct GestationWeeksTests {
    /// Real (public-domain) ICD-10-CM titles, in the CSV export layout.
    static let icd10cm = """
        code,code_no_dot,level,billable,description,parent
        Z3A.01,Z3A01,code,1,Less than 8 weeks gestation of pregnancy,Z3A.0
        Z3A.13,Z3A13,code,1,13 weeks gestation of pregnancy,Z3A.1
        Z3A.14,Z3A14,code,1,14 weeks gestation of pregnancy,Z3A.1
        Z3A.27,Z3A27,code,1,27 weeks gestation of pregnancy,Z3A.2
        Z3A.28,Z3A28,code,1,28 weeks gestation of pregnancy,Z3A.2
        Z3A.49,Z3A49,code,1,Greater than 42 weeks gestation of pregnancy,Z3A.4
        Z34.01,Z3401,code,1,"Encounter for supervision of normal first pregnancy, first trimester",Z34.0
        Z34.03,Z3403,code,1,"Encounter for supervision of normal first pregnancy, third trimester",Z34.0
        Z34.81,Z3481,code,1,"Encounter for supervision of other normal pregnancy, first trimester",Z34.8
        Z34.83,Z3483,code,1,"Encounter for supervision of other normal pregnancy, third trimester",Z34.8

        """

    @Test func theTrimesterBoundsAreTheChapterNotes() {
        #expect([1, 13, 14, 27, 28, 42].map(GestationWeeks.trimester(ofWeek:)) == [1, 1, 2, 2, 3, 3])
        let parser = QuestionParser()
        #expect(GestationWeeks.weeks(in: parser.parse("28 weeks pregnant")) == 28)
        #expect(GestationWeeks.weeks(in: parser.parse("GA 32 wks, prenatal visit")) == 32)
        #expect(GestationWeeks.weeks(in: parser.parse("physical therapy 6 weeks")) == nil, "not a pregnancy")
        #expect(GestationWeeks.weeks(in: parser.parse("how many weeks is the first trimester of pregnancy")) == nil, "no number of weeks")
    }

    @Test func theWeeksCodeAndTheVisitCode() throws {
        let fixture = try Fixture()
        #expect(try fixture.answer("28 weeks pregnant", .cpt).codes.isEmpty, "no code set: no codes")
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", Self.icd10cm))
        let visit = try fixture.answer("pregnancy 28 weeks supervision normal", .cpt)
        #expect(visit.codes.map(\.code) == ["Z3A.28", "Z34.03", "Z34.83"], "\(visit.text)")
        #expect(visit.text.hasPrefix("At 28 weeks the pregnancy is in its third trimester (28 weeks 0 days until delivery"))
        #expect(try fixture.answer("28 weeks pregnant, routine prenatal visit, first pregnancy", .cpt).codes.map(\.code) == ["Z3A.28", "Z34.03"])
        #expect(try fixture.answer("prenatal visit 13 weeks G2, first trimester", .cpt).codes.map(\.code) == ["Z3A.13", "Z34.81"], "'first trimester' is no first pregnancy")
        #expect(try fixture.answer("patient is 6 weeks pregnant", .cpt).codes.map(\.code) == ["Z3A.01"])
        #expect(try fixture.answer("pregnant at 44 weeks", .cpt).codes.map(\.code) == ["Z3A.49"])
    }
}
