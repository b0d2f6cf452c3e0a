import Testing
@testable import CasePilot

/// Units of timed therapy codes from minutes, by Medicare's 8-minute rule.
@Suite struct TimedUnitsTests {
    let parser = QuestionParser()

    @Test func totalMinutesMakeUnits() {
        #expect([7, 8, 22, 23, 37, 38, 52, 53].map(TimedUnits.units(totalMinutes:)) == [0, 1, 1, 2, 2, 3, 3, 4])
    }

    /// CMS's example: 33 minutes of one code and 7 of another are three units, two and one.
    @Test func unitsAreSplitByMinutes() {
        let answer = TimedUnits.resolve(parser.parse("how many units for 33 minutes of 97110 and 7 minutes of 97140?"))
        #expect(answer.text.contains("40 total timed minutes of 15-minute timed codes are 3 units"), "\(answer.text)")
        #expect(answer.text.contains("Split by minutes: 97110 2 units (33 minutes), 97140 1 unit (7 minutes)."))
        let named = TimedUnits.treatments(in: parser.parse("97110 for 25 min and 97530 for 20 min, how many units?"))
        #expect(named == [.init(minutes: 25, code: "97110"), .init(minutes: 20, code: "97530")])
        #expect(TimedUnits.resolve(parser.parse("How many units for 38 minutes of therapy?")).text.contains("38 total timed minutes of 15-minute timed codes are 3 units"))
    }

    /// The rule's name, an E/M visit's time, or minutes without a question about units compute nothing.
    @Test func notEveryMinuteIsATimedUnit() {
        #expect(TimedUnits.resolve(parser.parse("What are the units under the 8-minute rule?")).isEmpty)
        #expect(TimedUnits.resolve(parser.parse("how many units of 99214 for 30 minutes")).isEmpty)
        #expect(TimedUnits.resolve(parser.parse("Can I bill 97110 for 30 minutes?")).isEmpty)
    }

    /// Units for minutes are in scope, though "exercise" is an everyday word.
    @Test func unitsForMinutesAreAnswered() async throws {
        let answer = try await SharedEngine.engine.ask("how many units for 53 minutes of therapeutic exercise")
        #expect(answer.category != .unknown && answer.answer.hasPrefix("By Medicare's 8-minute rule, 53 total timed minutes"), "\(answer.answer.prefix(100))")
    }
}
