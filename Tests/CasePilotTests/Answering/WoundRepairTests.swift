import Foundation
import Testing
@testable import CasePilot

/// Wound repair codes from the type, site and summed length of the repairs a question describes.
@Suite struct WoundRepairTests {
    typealias Repair = WoundRepair.Repair

    @Test func lengthsSitesAndTypesAreRead() {
        #expect(WoundRepair.reading("laceration repair 3 cm face").repairs == [Repair(kind: .simple, kindStated: false, site: .face, centimetres: 3)])
        #expect(WoundRepair.reading("intermediate repair 4.5cm scalp").repairs == [Repair(kind: .intermediate, kindStated: true, site: .scalp, centimetres: 4.5)])
        let millimetres = WoundRepair.reading("25 mm chin lac repair")
        #expect(millimetres.repairs == [Repair(kind: .simple, kindStated: false, site: .foreheadCheeksChinMouth, centimetres: 2.5)] && millimetres.convertedMillimetres)
        let inches = WoundRepair.reading("2 inch laceration of the left forearm sutured")
        #expect(inches.repairs.map(\.centimetres) == [5.1] && inches.convertedInches)
        // "the back of the hand" is the hand.
        #expect(WoundRepair.reading("3 cm laceration on the back of the hand").repairs.map(\.site) == [.handsFeet])
    }

    /// A length without a site takes the next site named, else the one before; a type applies to
    /// the wounds named after it, and a type named apart from any length applies to all of them.
    @Test func wordsAreSharedBetweenWounds() {
        let after = WoundRepair.reading("intermediate repair 2 cm and 3 cm on the arm").repairs
        #expect(after.map(\.site) == [.limbs, .limbs] && after.allSatisfy { $0.kind == .intermediate }, "\(after)")
        let before = WoundRepair.reading("arm laceration 2 cm and 3 cm").repairs
        #expect(before.map(\.site) == [.limbs, .limbs])
        let apart = WoundRepair.reading("lacerations of 2 cm and 3 cm on the hand, layered closure").repairs
        #expect(apart.count == 2 && apart.allSatisfy { $0.kind == .intermediate && $0.kindStated })
        let own = WoundRepair.reading("2 cm laceration of the arm and 3 cm laceration of the face, and a 4 cm layered closure of the hand").repairs
        #expect(own.map(\.kind) == [.simple, .simple, .intermediate], "\(own)")
    }

    /// No repair, no site, an area, a size of two dimensions or a lesion's size reads no repair length.
    @Test func otherMeasuresAreNotRepairs() {
        #expect(WoundRepair.reading("excision of a 2 cm benign lesion of the arm").repairs.isEmpty)
        #expect(WoundRepair.reading("laceration repair 3 cm").repairs.isEmpty, "no site")
        #expect(WoundRepair.reading("closure of a 3 x 2 cm defect of the cheek").repairs.isEmpty)
        #expect(WoundRepair.reading("adjacent tissue transfer 10 sq cm cheek repair").repairs.isEmpty)
        #expect(WoundRepair.reading("What is CPT 99213?").repairs.isEmpty)
        // "ICD-10-CM" is no 10 cm, and a diagnosis code for a laceration is no repair.
        #expect(WoundRepair.reading("What is the ICD-10-CM code for laceration without foreign body of right forearm?").repairs.isEmpty)
        #expect(WoundRepair.reading("icd 10 code for 3 cm laceration of the forearm").repairs.isEmpty)
        let excision = WoundRepair.reading("excision of 2 cm lesion on the arm with intermediate repair 4 cm").repairs
        #expect(excision.map(\.centimetres) == [4])
    }

    @Test func theTotalChoosesTheCode() {
        let simple = [2.5, 2.6, 7.5, 7.6, 12.5, 12.6, 20, 20.1, 30, 30.1].map { WoundRepair.simpleBody.codes(forTotal: $0)!.code }
        #expect(simple == ["12001", "12002", "12002", "12004", "12004", "12005", "12005", "12006", "12006", "12007"])
        let face = [2.5, 2.6, 5, 5.1, 7.5, 7.6].map { WoundRepair.simpleFace.codes(forTotal: $0)!.code }
        #expect(face == ["12011", "12013", "12013", "12014", "12014", "12015"])
        // Complex: from 1.1 cm, then one add-on unit for each further 5 cm or part.
        #expect(WoundRepair.complexTrunk.codes(forTotal: 1.0) == nil)
        #expect(WoundRepair.complexTrunk.codes(forTotal: 1.1)! == ("13100", 0))
        #expect(WoundRepair.complexTrunk.codes(forTotal: 7.5)! == ("13101", 0))
        #expect(WoundRepair.complexTrunk.codes(forTotal: 7.6)! == ("13101", 1))
        #expect(WoundRepair.complexTrunk.codes(forTotal: 12.5)! == ("13101", 1))
        #expect(WoundRepair.complexTrunk.codes(forTotal: 12.6)! == ("13101", 2))
    }

    /// The groups differ by type: the hand is with the trunk for a simple repair, with the neck for
    /// an intermediate one and with the cheeks for a complex one.
    @Test func theGroupDependsOnTheType() {
        #expect(WoundRepair.family(.simple, at: .handsFeet) == WoundRepair.simpleBody)
        #expect(WoundRepair.family(.intermediate, at: .handsFeet) == WoundRepair.intermediateNeck)
        #expect(WoundRepair.family(.complex, at: .handsFeet) == WoundRepair.complexFace)
        #expect(WoundRepair.family(.complex, at: .eyelidsNoseEarsLips) == WoundRepair.complexFeatures)
        #expect(WoundRepair.family(.complex, at: .scalp) == WoundRepair.complexLimbs)
        #expect(WoundRepair.family(.intermediate, at: .scalp) == WoundRepair.intermediateBody)
    }

    /// Every code of the table has an authored entry whose title states the same range, so the
    /// table and `Knowledge/` cannot drift apart.
    @Test func everyCodeHasAnEntryWithItsRange() async throws {
        for family in WoundRepair.families {
            for (index, code) in family.codes.enumerated() {
                let title = try #require(try await SharedEngine.engine.ask("What is CPT \(code)?").codes.first { $0.code == code }?.description)
                let upTo = family.upTo[index]
                let range = upTo == .infinity ? "over 30 cm" : index == 0 ? (family.kind == .complex ? "1.1-\(upTo) cm" : "up to \(upTo) cm")
                    : "\(family.upTo[index - 1] + 0.1)-\(upTo) cm"
                #expect(title.contains(range), "\(code): \(title) should state \(range)")
            }
            if let addOn = family.addOn {
                let title = try #require(try await SharedEngine.engine.ask("What is CPT \(addOn)?").codes.first { $0.code == addOn }?.description)
                #expect(title.hasPrefix("Add-on: each further 5 cm"), "\(addOn): \(title)")
            }
        }
    }

    /// The answer: one code per type and group for the summed length, the most complex first.
    @Test func answersNameTheCodes() async throws {
        let engine = SharedEngine.engine
        let face = try await engine.ask("laceration repair 3 cm face")
        #expect(face.category == .cpt && face.codes.map(\.code) == ["12013"], "\(face.category) \(face.codes.map(\.code))")
        #expect(face.answer.contains("A simple (one-layer) repair was assumed"))
        let several = try await engine.ask("2 cm laceration of the arm and 3 cm laceration of the face, and a 4 cm layered closure of the hand")
        #expect(several.codes.map(\.code) == ["12042", "12001", "12013"], "\(several.codes.map(\.code))")
        #expect(several.answer.contains("modifier 59 or XS"))
        let summed = try await engine.ask("simple repairs of 3 cm on the scalp and 4 cm on the leg")
        #expect(summed.codes.map(\.code) == ["12002"] && summed.answer.contains("7 cm in total"), "\(summed.answer)")
        let long = try await engine.ask("How do I code a 12 cm complex repair of the back?")
        #expect(long.category == .cpt && long.codes.map(\.code) == ["13101", "13102"] && long.answer.contains("CPT 13102 × 1"), "\(long.answer)")
        let short = try await engine.ask("complex repair 0.8 cm nose")
        #expect(short.codes.map(\.code) == ["12051", "12011"] && short.answer.contains("start at 1.1 cm"))
        let excision = try await engine.ask("excision of 2 cm lesion on the arm with intermediate repair 4 cm")
        #expect(excision.codes.map(\.code) == ["11402", "11602", "12032"] && excision.answer.contains("An excision is reported in addition"), "\(excision.codes.map(\.code))")
        // A question of another kind keeps its answer after the codes.
        let pair = try await engine.ask("Can I bill 12002 with 99213 for a 3 cm laceration of the arm?")
        #expect(pair.category == .ncci && pair.codes.first?.code == "12002" && pair.answer.contains("NCCI"), "\(pair.category) \(pair.answer)")
    }

    /// A follow-up that changes the one repair's length, site or type is that repair again with
    /// the change; other follow-ups and repairs of several wounds are left alone.
    @Test func followUpsChangeTheRepair() async throws {
        #expect(WoundRepair.followUp("and 10 cm?", after: "simple repair 3 cm scalp") == "simple repair of 10 cm scalp")
        #expect(WoundRepair.followUp("what about 8 mm on the face", after: "laceration repair 3 cm scalp") == "repair of 0.8 cm face")
        #expect(WoundRepair.followUp("what if it was layered?", after: "laceration repair 4 cm forearm") == "intermediate repair of 4 cm forearm")
        #expect(WoundRepair.followUp("what is the global period?", after: "laceration repair 4 cm forearm") == nil)
        #expect(WoundRepair.followUp("and 10 cm?", after: "2 cm laceration of the arm and 3 cm of the face") == nil, "which wound is unclear")
        #expect(WoundRepair.followUp("and 10 cm?", after: "What is CPT 12002?") == "simple repair of 10 cm scalp")
        #expect(WoundRepair.followUp("and 10 cm on the face?", after: "What is 13121?") == "complex repair of 10 cm face")
        #expect(WoundRepair.followUp("what about the face?", after: "What is CPT 12002?") == nil, "no length to carry")
        #expect(WoundRepair.followUp("and 10 cm?", after: "Can I bill 12002 with 12032?") == nil)
        #expect(WoundRepair.followUp("and 10 cm?", after: "What is CPT 99213?") == nil)
        #expect(WoundRepair.followUp("what about a 5 cm flap?", after: "simple repair 3 cm scalp") == nil)

        let engine = SharedEngine.engine
        let first = try await engine.ask("simple repair 3 cm scalp")
        let longer = try await engine.ask("and 10 cm?", following: first)
        #expect(longer.category == .cpt && longer.codes.map(\.code) == ["12004"], "\(longer.category) \(longer.codes.map(\.code))")
        let face = try await engine.ask("what about 8 cm on the face", following: first)
        #expect(face.codes.map(\.code) == ["12015"], "\(face.codes.map(\.code))")
        let code = try await engine.ask("What is CPT 12002?")
        let fromCode = try await engine.ask("and 10 cm?", following: code)
        #expect(fromCode.codes.map(\.code) == ["12004"], "\(fromCode.codes.map(\.code))")
        // Each follow-up builds on the repair as the one before it was read: 10 cm, then on the
        // face, then layered. The JSON contract keeps the question as typed.
        let third = try await engine.ask("what about the face?", following: longer)
        #expect(third.codes.map(\.code) == ["12015"], "\(third.codes.map(\.code))")
        let fourth = try await engine.ask("and if it was layered?", following: third)
        #expect(fourth.codes.map(\.code) == ["12054"], "\(fourth.codes.map(\.code))")
        let json = try #require(String(data: JSONEncoder().encode(fourth), encoding: .utf8))
        #expect(json.contains("\"question\":\"and if it was layered?\"") && !json.contains("simple repair"), "\(json.prefix(200))")
    }
}
