import Foundation
import Testing
@testable import CasePilot

/// A bite is two ICD-10-CM codes: the open bite of the site, then what bit, at one encounter.
@Suite struct AnimalBiteTests {
    /// Real (public-domain) ICD-10-CM titles, in the CSV export layout.
    static let icd10cm = """
        code,code_no_dot,level,billable,description,parent
        S61.452A,S61452A,code,1,"Open bite of left hand, initial encounter",S61.452
        S61.452D,S61452D,code,1,"Open bite of left hand, subsequent encounter",S61.452
        S61.250A,S61250A,code,1,"Open bite of right index finger without damage to nail, initial encounter",S61.250
        S01.85XA,S0185XA,code,1,"Open bite of other part of head, initial encounter",S01.85
        S01.05XA,S0105XA,code,1,"Open bite of scalp, initial encounter",S01.05
        W54.0,W540,subcategory,0,Bitten by dog,W54
        W54.0XXA,W540XXA,code,1,"Bitten by dog, initial encounter",W54.0
        W54.0XXD,W540XXD,code,1,"Bitten by dog, subsequent encounter",W54.0
        W55.01XA,W5501XA,code,1,"Bitten by cat, initial encounter",W55.01
        W50.3XXA,W503XXA,code,1,"Accidental bite by another person, initial encounter",W50.3
        W50.1XXA,W501XXA,code,1,"Accidental kick by another person, initial encounter",W50.1

        """

    @Test func theBiteIsReadFromItsWords() {
        let parser = QuestionParser()
        let dog = AnimalBite.reading(parser.parse("dog bite left hand"))
        #expect(dog == AnimalBite.Reading(cause: "bitten by dog", animal: "dog", site: ["left", "hand"], encounter: "initial", encounterNamed: false))
        #expect(AnimalBite.reading(parser.parse("bitten by a cat, subsequent encounter"))?.encounter == "subsequent")
        #expect(AnimalBite.reading(parser.parse("human bite to the face"))?.site == ["other part of head"])
        #expect(AnimalBite.reading(parser.parse("dog walker HCPCS")) == nil, "no bite")
        #expect(AnimalBite.reading(parser.parse("snake bite left leg")) == nil, "a venomous bite is a toxic effect")
        #expect(AnimalBite.reading(parser.parse("is W54.0XXA right for a dog bite?")) == nil, "a question about a code")
    }

    @Test func theInjuryComesFirstThenWhatBit() throws {
        let fixture = try Fixture()
        #expect(try fixture.answer("dog bite left hand", .cpt).codes.isEmpty, "no code set: no codes")
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", Self.icd10cm))
        let hand = try fixture.answer("dog bite left hand", .cpt)
        #expect(hand.codes.map(\.code) == ["S61.452A", "W54.0XXA"], "\(hand.text)")
        #expect(hand.text.contains("An initial encounter (A, active treatment) is assumed"))
        let later = try fixture.answer("ICD-10 code for a dog bite of the left hand, subsequent encounter", .cpt)
        #expect(later.codes.map(\.code) == ["S61.452D", "W54.0XXD"], "\(later.text)")
        #expect(!later.text.contains("is assumed"))
        #expect(try fixture.answer("human bite to the face", .cpt).codes.map(\.code) == ["S01.85XA", "W50.3XXA"])
        #expect(try fixture.answer("cat bite right index finger", .cpt).codes.map(\.code) == ["S61.250A", "W55.01XA"])
        let noSite = try fixture.answer("dog bite icd 10", .cpt)
        #expect(noSite.codes.map(\.code) == ["W54.0XXA"] && noSite.text.contains("name the site"), "\(noSite.text)")
        // Asked as a guideline question, it is still the codes.
        #expect(try fixture.answer("How should we code a dog bite to the left hand?", .guidelines).codes.first?.code == "S61.452A")
    }
}
