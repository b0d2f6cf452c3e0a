import Testing
@testable import CasePilot

/// The office visit level from the practitioner's total time, with the prolonged-time add-ons.
@Suite struct OfficeVisitTimeTests {
    let parser = QuestionParser()

    @Test func theMinutesAndThePatientAreRead() {
        #expect(OfficeVisitTime.request(in: parser.parse("established patient office visit 35 minutes")) == .init(minutes: 35, isNew: false))
        #expect(OfficeVisitTime.request(in: parser.parse("what level is a 25 min est visit")) == .init(minutes: 25, isNew: false))
        #expect(OfficeVisitTime.request(in: parser.parse("new patient 1.5 hours")) == .init(minutes: 90, isNew: true))
        #expect(OfficeVisitTime.request(in: parser.parse("office visit 30 minutes")) == .init(minutes: 30, isNew: nil))
        // The code says which patient.
        #expect(OfficeVisitTime.request(in: parser.parse("99215 with 70 minutes total time")) == .init(minutes: 70, isNew: false))
        #expect(OfficeVisitTime.request(in: parser.parse("can I bill 99204 for 47 minutes")) == .init(minutes: 47, isNew: true))
    }

    /// Other services chosen by time, other settings, therapy units and other codes: nothing to compute.
    @Test func otherQuestionsComputeNothing() {
        for question in ["97110 for 38 minutes how many units", "hospital visit 45 minutes new patient", "psychotherapy 45 minutes",
                         "preventive visit 30 minutes", "critical care 45 minutes", "office visit", "how many minutes is a 99214",
                         "can I bill 20610 with a 30 minute office visit", "ED visit 45 minutes"] {
            #expect(OfficeVisitTime.request(in: parser.parse(question)) == nil, "\(question)")
        }
    }

    /// Each level from its minimum minutes; 99417 from 75 (new) or 55 (established) minutes and
    /// G2212 from 89 or 69, one more unit per full 15 minutes.
    @Test func theMinutesChooseTheLevelAndTheProlongedUnits() {
        let new = [14, 15, 29, 30, 45, 59, 60, 74, 75, 88, 89, 90, 103, 104].map { OfficeVisitTime.level(OfficeVisitTime.new, minutes: $0) }
        #expect(new.map(\.code) == [nil, "99202", "99202", "99203", "99204", "99204", "99205", "99205", "99205", "99205", "99205", "99205", "99205", "99205"])
        #expect(new.map(\.cptUnits) == [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2])
        #expect(new.map(\.medicareUnits) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2])
        let established = [9, 10, 20, 30, 39, 40, 54, 55, 68, 69, 70, 84].map { OfficeVisitTime.level(OfficeVisitTime.established, minutes: $0) }
        #expect(established.map(\.code) == [nil, "99212", "99213", "99214", "99214", "99215", "99215", "99215", "99215", "99215", "99215", "99215"])
        #expect(established.map(\.cptUnits) == [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2])
        #expect(established.map(\.medicareUnits) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2])
    }

    /// Every level's authored entry states its minutes, and the add-ons' entries their thresholds.
    @Test func theEntriesStateTheMinutes() async throws {
        let engine = SharedEngine.engine
        for levels in [OfficeVisitTime.new, OfficeVisitTime.established] {
            for (minutes, code) in levels.minimums {
                let title = try #require(try await engine.ask("What is CPT \(code)?").codes.first { $0.code == code }?.description)
                #expect(title.contains("\(minutes) minutes") || title.contains("\(minutes)+ minutes"), "\(code): \(title) should state \(minutes) minutes")
            }
            let cpt = try await engine.ask("What is CPT 99417?").answer
            #expect(cpt.contains("first unit needs \(levels.cptProlonged) minutes"), "99417 should state \(levels.cptProlonged) minutes")
            let medicare = try await engine.ask("What is HCPCS G2212?").answer
            #expect(medicare.contains("\(levels.medicareProlonged) minutes"), "G2212 should state \(levels.medicareProlonged) minutes")
        }
    }

    @Test func answersNameTheCodes() async throws {
        let engine = SharedEngine.engine
        let visit = try await engine.ask("established patient office visit 35 minutes")
        #expect(visit.category == .cpt && visit.codes.map(\.code) == ["99214"], "\(visit.category) \(visit.codes.map(\.code))")
        let long = try await engine.ask("99215 with 70 minutes total time")
        #expect(long.codes.map(\.code) == ["99215", "99417", "G2212"], "\(long.codes.map(\.code))")
        #expect(long.answer.contains("add 2 × CPT 99417") && long.answer.contains("add 1 × HCPCS G2212"), "\(long.answer)")
        let unknown = try await engine.ask("office visit 30 minutes")
        #expect(unknown.codes.map(\.code) == ["99203", "99214"] && unknown.answer.contains("three-year rule"))
        let early = try await engine.ask("new patient office visit 80 minutes")
        #expect(early.codes.map(\.code) == ["99205", "99417"] && early.answer.contains("no G2212 before 89 minutes"), "\(early.answer)")
    }

    /// A follow-up that changes the minutes or the patient asks for the visit again.
    @Test func followUpsChangeTheVisit() async throws {
        let visit = parser.parse("established patient office visit 35 minutes")
        #expect(OfficeVisitTime.followUp(parser.parse("and 50 minutes?"), after: visit) == "established patient office visit 50 minutes")
        #expect(OfficeVisitTime.followUp(parser.parse("what about a new patient?"), after: visit) == "new patient office visit 35 minutes")
        #expect(OfficeVisitTime.followUp(parser.parse("is it covered by medicare?"), after: visit) == nil)

        let engine = SharedEngine.engine
        let first = try await engine.ask("established patient office visit 35 minutes")
        let longer = try await engine.ask("and 50 minutes?", following: first)
        #expect(longer.codes.map(\.code) == ["99215"], "\(longer.codes.map(\.code))")
        let new = try await engine.ask("what about a new patient?", following: longer)
        #expect(new.codes.map(\.code) == ["99204"], "\(new.codes.map(\.code))")
    }
}
