import Testing
@testable import CasePilot

/// Skin lesion excision and shave removal codes from the pathology, site and size a question describes.
@Suite struct LesionExcisionTests {
    typealias Lesion = LesionExcision.Lesion

    @Test func sizesMarginsAndSitesAreRead() {
        let margins = LesionExcision.reading("excision benign lesion back 1.2 cm with 0.2 cm margins")
        #expect(margins.lesions == [Lesion(centimetres: 1.2, margin: 0.2, includesMargins: false, site: .trunkArmsLegs)])
        #expect(margins.pathology == .benign && margins.method == .excision && margins.methodStated)
        #expect(margins.lesions.first?.excisedDiameter == 1.6)
        // Millimetres, a margin written before its length, the face group.
        let nose = LesionExcision.reading("excision of basal cell carcinoma nose 0.6 cm, margins of 3 mm")
        #expect(nose.lesions == [Lesion(centimetres: 0.6, margin: 0.3, includesMargins: false, site: .faceEarsEyelidsNoseLips)], "\(nose.lesions)")
        #expect(nose.pathology == .malignant && nose.convertedMillimetres)
        // The excised diameter itself.
        let excised = LesionExcision.reading("malignant melanoma excision trunk 2.5 cm excised diameter")
        #expect(excised.lesions == [Lesion(centimetres: 2.5, margin: nil, includesMargins: true, site: .trunkArmsLegs)])
        #expect(LesionExcision.reading("excised diameter of 1.6 cm, benign lesion of the arm").lesions.map(\.includesMargins) == [true])
        #expect(LesionExcision.reading("1.6 cm including margins, excision of a cyst on the neck").lesions.map(\.includesMargins) == [true])
        // A size of two dimensions is its widest; "excised" after the lesion's words is no excised diameter.
        #expect(LesionExcision.reading("excision of 1.2 x 0.8 cm melanoma of the left thigh with 1 cm margins").lesions.map(\.excisedDiameter) == [3.2])
        #expect(LesionExcision.reading("0.8 cm nevus excised with 2 mm margins from the back").lesions.map(\.excisedDiameter) == [1.2])
        // The pathology is unknown until stated; a removal does not name the method; a shave does.
        let removal = LesionExcision.reading("removal of 1 cm lesion from the cheek")
        #expect(removal.pathology == nil && !removal.methodStated && removal.method == .excision)
        #expect(LesionExcision.reading("shave removal of 1.2 cm lesion on the face").method == .shave)
        // Each lesion, with the site named before or after it.
        #expect(LesionExcision.reading("excision of two lesions on the back 1 cm and 2 cm").lesions.map(\.site) == [.trunkArmsLegs, .trunkArmsLegs])
        #expect(LesionExcision.reading("excision of a skin lesion 1 cm").lesions.map(\.site) == [nil], "no site, but on the skin")
    }

    /// A biopsy, a lesion of an organ, a diagnosis question or a repair's
    /// length is no skin lesion's excision.
    @Test func otherProceduresAreNotLesionExcisions() {
        #expect(LesionExcision.reading("punch biopsy of 4 mm lesion on arm").lesions.isEmpty)
        #expect(LesionExcision.reading("excisional biopsy of 1 cm lesion on arm").lesions.count == 1, "an excisional biopsy is an excision")
        #expect(LesionExcision.reading("what code for removing a 2 cm lipoma from the back").method == .subcutaneous, "no skin lesion")
        #expect(LesionExcision.reading("excision of 3 cm lung lesion").lesions.isEmpty)
        #expect(LesionExcision.reading("removal of 5 cm ovarian cyst").lesions.isEmpty)
        #expect(LesionExcision.reading("ICD-10 code for 2 cm melanoma of the back, excised").lesions.isEmpty)
        #expect(LesionExcision.reading("laceration repair 3 cm face").lesions.isEmpty)
        #expect(LesionExcision.reading("excision of benign lesion back").lesions.isEmpty, "no size")
        let repair = LesionExcision.reading("excision of 2 cm lesion on the arm with intermediate repair 4 cm")
        #expect(repair.lesions.map(\.centimetres) == [2], "the repair's 4 cm is no lesion")
    }

    @Test func theSizeChoosesTheCode() {
        let benign = [0.5, 0.6, 1.0, 1.04, 1.1, 2.0, 2.1, 3.0, 3.1, 4.0, 4.1].map { LesionExcision.code(.excision, .benign, .trunkArmsLegs, centimetres: $0) }
        #expect(benign == ["11400", "11401", "11401", "11401", "11402", "11402", "11403", "11403", "11404", "11404", "11406"])
        #expect(LesionExcision.code(.excision, .malignant, .faceEarsEyelidsNoseLips, centimetres: 1.2) == "11642")
        #expect(LesionExcision.code(.excision, .malignant, .scalpNeckHandsFeetGenitalia, centimetres: 3) == "11623")
        let shave = [0.5, 0.6, 2.0, 2.1].map { LesionExcision.code(.shave, .malignant, .scalpNeckHandsFeetGenitalia, centimetres: $0) }
        #expect(shave == ["11305", "11306", "11307", "11308"], "a shave removal's code does not depend on the pathology")
    }

    /// Every code of the tables has an authored entry whose title states its site group and size
    /// ("0.6-1.0 cm" or "0.6 to 1.0 cm"), so the tables and `Knowledge/` cannot drift apart.
    @Test func everyCodeHasAnEntryWithItsRange() async throws {
        let groupWords: [LesionExcision.SiteGroup: [String]] = [.trunkArmsLegs: ["trunk", "torso"], .scalpNeckHandsFeetGenitalia: ["scalp"], .faceEarsEyelidsNoseLips: ["face"]]
        for method in [LesionExcision.Method.excision, .shave] {
            for pathology in method == .shave ? [LesionExcision.Pathology.benign] : [.benign, .malignant] {
                for group in LesionExcision.SiteGroup.allCases {
                    let upTo = method == .shave ? LesionExcision.shaveUpTo : LesionExcision.excisionUpTo
                    for (index, code) in LesionExcision.codes(method, pathology, group).enumerated() {
                        let title = try #require(try await SharedEngine.engine.ask("What is CPT \(code)?").codes.first { $0.code == code }?.description)
                        let ranges = index == 0 ? ["up to 0.5 cm"] : upTo[index] == .infinity ? ["over \(upTo[index - 1]) cm"]
                            : ["-", " to "].map { "\(upTo[index - 1] + 0.1)\($0)\(upTo[index]) cm" }
                        #expect(ranges.contains(where: title.contains) && groupWords[group]!.contains(where: title.contains), "\(code): \(title)")
                        if method == .excision { #expect(title.contains(pathology == .benign ? "Benign" : "Skin cancer") || title.contains("skin cancer"), "\(code): \(title)") }
                    }
                }
            }
        }
    }

    @Test func answersNameTheCodes() async throws {
        let engine = SharedEngine.engine
        let back = try await engine.ask("excision benign lesion back 1.2 cm with 0.2 cm margins")
        #expect(back.category == .cpt && back.codes.map(\.code) == ["11402"], "\(back.category) \(back.codes.map(\.code))")
        #expect(back.answer.contains("1.2 cm lesion + 2 × 0.2 cm margins = 1.6 cm excised"), "\(back.answer)")
        // Out of scope before: a phrase with no question words.
        let face = try await engine.ask("excision malignant lesion face 1.5 cm")
        #expect(face.category == .cpt && face.codes.map(\.code) == ["11642"] && face.answer.contains("No margin was stated"), "\(face.answer)")
        // The pathology unstated: both codes; a removal: the shave code too.
        let mole = try await engine.ask("removal of 1 cm lesion from the cheek")
        #expect(mole.codes.map(\.code) == ["11441", "11641", "11311"], "\(mole.codes.map(\.code))")
        #expect(mole.answer.contains("The pathology report decides") && mole.answer.contains("If the lesion was shaved off instead"))
        // No site: each group's code.
        let anywhere = try await engine.ask("excision of benign skin lesion 1 cm")
        #expect(anywhere.codes.map(\.code) == ["11401", "11421", "11441"], "\(anywhere.codes.map(\.code))")
        // With a repair: the excision, then the repair.
        let repaired = try await engine.ask("excision of scc of the scalp 2.2 cm with 4 mm margins and intermediate repair of 4 cm")
        #expect(repaired.codes.map(\.code) == ["11623", "12032"], "\(repaired.codes.map(\.code))")
        let shave = try await engine.ask("shave removal of 1.2 cm lesion on the face")
        #expect(shave.codes.map(\.code) == ["11312"] && shave.answer.contains("margins are not added"))
    }

    /// A lipoma, or a mass or tumour said to be under the skin, is a soft-tissue excision by body
    /// region and size; one below the fascia is not computed.
    @Test func aTumourUnderTheSkinIsCodedByRegion() async throws {
        let back = LesionExcision.reading("what code for removing a 2 cm lipoma from the back")
        #expect(back.method == .subcutaneous && back.lesions.map(\.region) == [.backFlank] && back.lesions.map(\.centimetres) == [2])
        #expect(LesionExcision.reading("excision of a 1 cm lipoma on the back of the hand").lesions.map(\.region) == [.handFinger])
        #expect(LesionExcision.reading("excision subcutaneous mass 2.5 cm upper leg").lesions.map(\.region) == [.thighKnee])
        #expect(LesionExcision.reading("removal of 2 cm lipoma").lesions.map(\.region) == [nil])
        #expect(LesionExcision.reading("excision of 2 cm subfascial lipoma of the thigh").lesions.isEmpty)
        #expect(LesionExcision.reading("excision of a 2 cm mass of the arm").lesions.isEmpty, "a mass not said to be under the skin")
        #expect(SoftTissueRegion.backFlank.code(centimetres: 2.9) == "21930" && SoftTissueRegion.backFlank.code(centimetres: 3) == "21931")
        #expect(SoftTissueRegion.handFinger.code(centimetres: 1.4) == "26115" && SoftTissueRegion.handFinger.code(centimetres: 1.5) == "26111")
        #expect(SoftTissueRegion.faceScalp.code(centimetres: 1.96) == "21012", "sizes are read to the tenth")

        let engine = SharedEngine.engine
        for region in SoftTissueRegion.allCases {
            let limit = WoundRepair.shown(region.codes.from)
            for (code, size) in [(region.codes.smaller, "under \(limit) cm"), (region.codes.larger, "\(limit) cm or more")] {
                let title = try #require(try await engine.ask("What is CPT \(code)?").codes.first { $0.code == code }?.description)
                #expect(title.contains(size) && title.contains("under the skin"), "\(code): \(title) should state \(size)")
            }
        }
        let answer = try await engine.ask("what code for removing a 2 cm lipoma from the back")
        #expect(answer.category == .cpt && answer.codes.map(\.code) == ["21930"], "\(answer.codes.map(\.code))")
        #expect(answer.answer.contains("2 cm, back or flank (under 3 cm)"), "\(answer.answer)")
        let anywhere = try await engine.ask("removal of 2 cm lipoma")
        #expect(anywhere.codes.count == SoftTissueRegion.allCases.count && anywhere.codes.first?.code == "21012", "\(anywhere.codes.map(\.code))")
    }

    /// A follow-up that changes the one lesion's size, margin, site, pathology or method is that
    /// lesion again with the change.
    @Test func followUpsChangeTheLesion() async throws {
        let first = "excision benign lesion back 1.2 cm with 0.2 cm margins"
        #expect(LesionExcision.followUp("what if it was malignant?", after: first) == "excision of malignant skin lesion 1.2 cm with 0.2 cm margins back")
        #expect(LesionExcision.followUp("and 2.5 cm?", after: first) == "excision of benign skin lesion 2.5 cm back", "a new size without its margin")
        #expect(LesionExcision.followUp("what about on the nose", after: first) == "excision of benign skin lesion 1.2 cm with 0.2 cm margins nose")
        #expect(LesionExcision.followUp("and if it was shaved?", after: "removal of 1 cm mole from the cheek") == "shave removal of benign skin lesion 1 cm cheek")
        #expect(LesionExcision.followUp("and 4 cm?", after: "removing a 2 cm lipoma from the back") == "excision of lipoma 4 cm back")
        #expect(LesionExcision.followUp("what is the global period?", after: first) == nil)
        #expect(LesionExcision.followUp("and 2 cm?", after: "excision of two lesions on the back 1 cm and 2 cm") == nil, "which lesion is unclear")
        #expect(LesionExcision.followUp("and 2 cm?", after: "What is CPT 11402?") == nil)

        let engine = SharedEngine.engine
        let answer = try await engine.ask(first)
        let malignant = try await engine.ask("what if it was malignant?", following: answer)
        #expect(malignant.category == .cpt && malignant.codes.map(\.code) == ["11602"], "\(malignant.category) \(malignant.codes.map(\.code))")
        let face = try await engine.ask("what about on the nose", following: malignant)
        #expect(face.codes.map(\.code) == ["11642"], "\(face.codes.map(\.code))")
        let lipoma = try await engine.ask("removing a 2 cm lipoma from the back")
        let larger = try await engine.ask("and 4 cm?", following: lipoma)
        #expect(larger.codes.map(\.code) == ["21931"], "\(larger.codes.map(\.code))")
    }
}
