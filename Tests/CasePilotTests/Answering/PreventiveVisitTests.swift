import Testing
@testable import CasePilot

/// The preventive medicine visit code from the patient's age and whether the patient is new.
@Suite struct PreventiveVisitTests {
    let parser = QuestionParser()

    @Test func theAgeAndThePatientAreRead() {
        #expect(PreventiveVisit.request(in: parser.parse("preventive visit 45 year old established")) == .init(years: 45, isNew: false))
        #expect(PreventiveVisit.request(in: parser.parse("well child visit age 5")) == .init(years: 5, isNew: nil))
        #expect(PreventiveVisit.request(in: parser.parse("sports physical 15yo new patient")) == .init(years: 15, isNew: true))
        #expect(PreventiveVisit.request(in: parser.parse("well baby check 6 months")) == .init(years: 0, isNew: nil))
        #expect(PreventiveVisit.request(in: parser.parse("annual physical for a 70-year-old")) == .init(years: 70, isNew: nil))
    }

    /// No age, Medicare's wellness visit, a code named, or no preventive visit: nothing to compute.
    @Test func otherQuestionsComputeNothing() {
        #expect(PreventiveVisit.request(in: parser.parse("preventive visit")) == nil)
        #expect(PreventiveVisit.request(in: parser.parse("annual wellness visit 70 year old")) == nil)
        #expect(PreventiveVisit.request(in: parser.parse("is 99396 right for a 45 year old preventive visit")) == nil)
        #expect(PreventiveVisit.request(in: parser.parse("office visit 45 year old with hypertension")) == nil)
        #expect(PreventiveVisit.request(in: parser.parse("physical exam for a 30 year old")) == .init(years: 30, isNew: nil))
        #expect(PreventiveVisit.request(in: parser.parse("does the physical exam of a 30 year old count toward MDM")) == nil)
    }

    @Test func theAgeChoosesTheBand() {
        let ages = [0, 1, 4, 5, 11, 12, 17, 18, 39, 40, 64, 65, 90]
        #expect(ages.map { PreventiveVisit.band(forAge: $0).new } == ["99381", "99382", "99382", "99383", "99383", "99384", "99384", "99385", "99385", "99386", "99386", "99387", "99387"])
        #expect(ages.map { PreventiveVisit.band(forAge: $0).established } == ["99391", "99392", "99392", "99393", "99393", "99394", "99394", "99395", "99395", "99396", "99396", "99397", "99397"])
    }

    /// Every code of the table has an authored entry whose title states the same ages.
    @Test func everyCodeHasAnEntryWithItsAges() async throws {
        var youngest = 0
        for band in PreventiveVisit.bands {
            let ages = youngest == 0 && band.upTo == 0 ? "under 1 year" : band.upTo == .max ? "aged \(youngest) or over" : "aged \(youngest) to \(band.upTo)"
            for (code, patient) in [(band.new, "new patient"), (band.established, "established patient")] {
                let title = try #require(try await SharedEngine.engine.ask("What is CPT \(code)?").codes.first { $0.code == code }?.description)
                #expect(title.contains("\(patient) \(ages)"), "\(code): \(title) should state \(patient) \(ages)")
            }
            youngest = band.upTo == .max ? youngest : band.upTo + 1
        }
    }

    @Test func answersNameTheCodes() async throws {
        let engine = SharedEngine.engine
        let adult = try await engine.ask("preventive visit 45 year old established")
        #expect(adult.category == .cpt && adult.codes.map(\.code) == ["99396"], "\(adult.category) \(adult.codes.map(\.code))")
        let child = try await engine.ask("well child visit age 5")
        #expect(child.codes.map(\.code) == ["99383", "99393"] && child.answer.contains("three-year rule"))
        // With the routine examination's diagnosis codes for the age, in the text.
        #expect(child.answer.contains("Diagnosis (ICD-10-CM): Z00.129") && child.answer.contains("Z00.121") && adult.answer.contains("Z00.00"), "\(child.answer)")
        let named = try await engine.ask("routine child health exam 2 year old")
        #expect(named.category == .cpt && named.codes.map(\.code) == ["99382", "99392"], "\(named.category) \(named.codes.map(\.code))")
        // A coverage question keeps its answer after the codes, with Medicare's own visits named.
        let medicare = try await engine.ask("Does Medicare cover an annual physical for a 70 year old?")
        #expect(medicare.category == .coverage && medicare.codes.prefix(2).map(\.code) == ["99387", "99397"], "\(medicare.codes.map(\.code))")
        #expect(medicare.answer.contains("Medicare does not pay these codes") && medicare.answer.contains("Routine physical examinations are not covered"), "\(medicare.answer.prefix(300))")
    }

    /// A follow-up that changes the age or the patient's status asks for the visit again.
    @Test func followUpsChangeTheVisit() async throws {
        let parser = QuestionParser()
        let visit = parser.parse("preventive visit 45 year old established")
        #expect(PreventiveVisit.followUp(parser.parse("and for a 70 year old?"), after: visit) == "preventive visit 70 year old established patient")
        #expect(PreventiveVisit.followUp(parser.parse("what about a new patient?"), after: visit) == "preventive visit 45 year old new patient")
        #expect(PreventiveVisit.followUp(parser.parse("and a newborn?"), after: parser.parse("well child visit age 5")) == "preventive visit newborn")
        #expect(PreventiveVisit.followUp(parser.parse("is it covered by medicare?"), after: visit) == nil)
        #expect(PreventiveVisit.followUp(parser.parse("and for a 70 year old?"), after: parser.parse("What is CPT 99396?")) == nil)

        let engine = SharedEngine.engine
        let first = try await engine.ask("preventive visit 45 year old established")
        let older = try await engine.ask("and for a 70 year old?", following: first)
        #expect(older.category == .cpt && older.codes.map(\.code) == ["99397"], "\(older.category) \(older.codes.map(\.code))")
        let new = try await engine.ask("what about a new patient?", following: first)
        #expect(new.codes.map(\.code) == ["99386"], "\(new.codes.map(\.code))")
        // A third turn builds on the second as it was read: a new patient of 70.
        let newAndOlder = try await engine.ask("what about a new patient?", following: older)
        #expect(newAndOlder.codes.map(\.code) == ["99387"], "\(newAndOlder.codes.map(\.code))")
    }
}
