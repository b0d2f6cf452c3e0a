import Testing
@testable import CasePilot

/// A count the question gives picks the code of a family whose titles step by that count.
@Suite struct CountedRangeTests {
    typealias Span = CountedRange.Span

    @Test func titlesRangesAreRead() {
        func bounds(_ title: String) -> [[Double]] { CountedRange.spans(inTitle: title).map { [$0.lower, $0.upper] } }
        #expect(bounds("Trigger point injections involving one or two muscles") == [[1, 2]])
        #expect(bounds("Trigger point injections involving three or more muscles") == [[3, .infinity]])
        #expect(bounds("Debriding thick or fungal nails — one to five nails at a session") == [[1, 5]])
        #expect(bounds("Destroying warts or similar benign lesions, up to 14") == [[1, 14]])
        #expect(bounds("Add-on: each premalignant lesion destroyed, lesions 2 through 14") == [[2, 14]])
        #expect(bounds("Quit-smoking/tobacco counselling, over 3 and up to 10 minutes") == [[3.01, 10]])
        #expect(bounds("Quit-smoking/tobacco counselling, over 10 minutes") == [[10.01, .infinity]])
        #expect(bounds("Patient-portal e-visit by physician/QHP, 11 to 20 minutes over a week") == [[11, 20]])
        #expect(CountedRange.spans(inTitle: "Benign skin lesion cut out, torso or a limb — over 4.0 cm across with margins").first?.after.contains("cm") == true)
        #expect(bounds("Routine blood draw from a vein").isEmpty)
        #expect(bounds("Destroying an actinic keratosis or other premalignant lesion, first lesion") == [[1, 1]])
        #expect(bounds("Skin tag removal — the first batch of up to fifteen tags") == [[1, 15]], "a first with a count of its own")
    }

    @Test func aCountIsReadButNotASizeDoseOrAge() {
        let parser = QuestionParser()
        #expect(CountedRange.count(in: parser.parse("trigger point injections in 4 muscles")) == CountedRange.Count(value: 4, words: ["muscles"]))
        #expect(CountedRange.count(in: parser.parse("debridement of seven nails"))?.value == 7)
        #expect(CountedRange.count(in: parser.parse("excision of 2 cm lesion")) == nil)
        #expect(CountedRange.count(in: parser.parse("is it ok to use a congenital Q code on a 60 yr old patient")) == nil)
        #expect(CountedRange.count(in: parser.parse("does the patient need 2 or more chronic conditions")) == nil)
        #expect(CountedRange.count(in: parser.parse("established patient office visit 35 minutes")) == nil, "an office visit's time is computed elsewhere")
        #expect(CountedRange.counts(parser.parse("debridement of 7 nails")))
        #expect(!CountedRange.counts(parser.parse("medicare 8 minute rule")))
    }

    @Test func answersNameTheCodeWhoseRangeHoldsTheCount() async throws {
        let engine = SharedEngine.engine
        for (question, code) in ["so my doc did trigger point injections in 3 muscles of the upper back - what's the cpt code for that": "20553",
                                 "trigger point injection cpt code, doc injected 2 muscles": "20552", "debridement of 7 nails": "11721",
                                 "destruction of 16 warts": "17111", "patient portal e-visit 15 minutes": "99422",
                                 "phone call e/m 25 minutes non physician": "98968", "smoking cessation counseling 12 minutes": "99407"] {
            let answer = try await engine.ask(question)
            #expect(answer.category == .cpt && answer.codes.first?.code == code && answer.answer.contains("whose range holds the count"),
                    "\(question): \(answer.category) \(answer.answer.prefix(120))")
        }
        // The family must be what the question asks about: nail avulsion is no nail debridement.
        let avulsion = try await engine.ask("cpt code for nail avulsion 2 nails")
        #expect(!avulsion.answer.contains("whose range holds the count") && avulsion.codes.first?.code == "11730", "\(avulsion.answer.prefix(120))")
        let keratoses = try await engine.ask("destruction of 20 actinic keratoses")
        #expect(keratoses.answer.hasPrefix("20 actinic keratoses: CPT 17004"), "\(keratoses.answer.prefix(120))")
        // An add-on for the things after the first goes with the code for the first.
        let few = try await engine.ask("destruction of 3 actinic keratoses")
        #expect(few.codes.map(\.code) == ["17000", "17003"] && few.answer.hasPrefix("3 actinic keratoses: CPT 17000 for the first, plus CPT 17003 × 2"),
                "\(few.codes.map(\.code)) \(few.answer.prefix(120))")
        let one = try await engine.ask("destruction of 1 actinic keratosis")
        #expect(one.category == .cpt && one.codes.first?.code == "17000", "\(one.category) \(one.answer.prefix(120))")
        // A question about a rule keeps its article.
        let rule = try await engine.ask("medicare 8 minute rule vs the AMA rule of eights difference?")
        #expect(rule.category == .guidelines && !rule.answer.contains("whose range holds the count"), "\(rule.answer.prefix(120))")
    }
}
