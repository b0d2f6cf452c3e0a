/// The CPT code of a wound repair from its type, site and length ("laceration repair 3 cm face" is
/// 12013). CPT adds up the lengths of the repairs of one type (simple, intermediate, complex) in
/// one anatomic group and reports one code for the total; each type and group is a code of its own.
/// The groups differ by type: the hands are with the trunk for a simple repair, with the neck for
/// an intermediate one, and with the cheeks for a complex one. The code's authored entry names it.
struct WoundRepair {
    let knowledgeBase: KnowledgeBase

    /// The repair types, least complex first.
    enum Kind: Int, Comparable {
        case simple, intermediate, complex

        static func < (left: Kind, right: Kind) -> Bool { left.rawValue < right.rawValue }

        var name: String {
            switch self {
            case .simple: "Simple"
            case .intermediate: "Intermediate (layered)"
            case .complex: "Complex"
            }
        }
    }

    /// Where a wound is, as finely as the groups of any repair type need it.
    enum Site {
        /// "face" alone: the forehead, cheeks and chin for a complex repair.
        case face
        case foreheadCheeksChinMouth
        case eyelidsNoseEarsLips
        case scalp, neck, axillae, genitalia, trunk, limbs, handsFeet
    }

    /// The codes of one type and anatomic group, each with the longest total it covers.
    struct Family: Equatable {
        let kind: Kind
        let group: String
        let codes: [String]
        let upTo: [Double]
        /// A complex repair's add-on for each further 5 cm beyond the last code.
        let addOn: String?

        /// The code for a total length, with the add-on's units; `nil` below the family's smallest
        /// length (a complex repair of 1.0 cm or less).
        func codes(forTotal centimetres: Double) -> (code: String, addOnUnits: Int)? {
            if kind == .complex, centimetres < Self.complexMinimum { return nil }
            if let index = upTo.firstIndex(where: { centimetres <= $0 + 0.001 }) { return (codes[index], 0) }
            // Beyond the last range of a complex family: one add-on unit for each 5 cm or part.
            let beyond = centimetres - upTo[upTo.count - 1]
            return (codes[codes.count - 1], Int((beyond / 5).rounded(.up)))
        }

        /// CPT's complex repair codes start at 1.1 cm.
        static let complexMinimum = 1.1
    }

    private static let faceGroup = "face, ears, eyelids, nose, lips and mucous membranes"
    private static let graded = [2.5, 7.5, 12.5, 20, 30, .infinity]
    private static let gradedFace = [2.5, 5, 7.5, 12.5, 20, 30, .infinity]

    static let simpleBody = Family(kind: .simple, group: "scalp, neck, axillae, external genitalia, trunk, limbs, hands and feet",
                                   codes: ["12001", "12002", "12004", "12005", "12006", "12007"], upTo: graded, addOn: nil)
    static let simpleFace = Family(kind: .simple, group: faceGroup,
                                   codes: ["12011", "12013", "12014", "12015", "12016", "12017", "12018"], upTo: gradedFace, addOn: nil)
    static let intermediateBody = Family(kind: .intermediate, group: "scalp, axillae, trunk and limbs, not hands or feet",
                                         codes: ["12031", "12032", "12034", "12035", "12036", "12037"], upTo: graded, addOn: nil)
    static let intermediateNeck = Family(kind: .intermediate, group: "neck, hands, feet and external genitalia",
                                         codes: ["12041", "12042", "12044", "12045", "12046", "12047"], upTo: graded, addOn: nil)
    static let intermediateFace = Family(kind: .intermediate, group: faceGroup,
                                         codes: ["12051", "12052", "12053", "12054", "12055", "12056", "12057"], upTo: gradedFace, addOn: nil)
    static let complexTrunk = Family(kind: .complex, group: "trunk", codes: ["13100", "13101"], upTo: [2.5, 7.5], addOn: "13102")
    static let complexLimbs = Family(kind: .complex, group: "scalp, arms and legs", codes: ["13120", "13121"], upTo: [2.5, 7.5], addOn: "13122")
    static let complexFace = Family(kind: .complex, group: "forehead, cheeks, chin, mouth, neck, axillae, genitalia, hands and feet",
                                    codes: ["13131", "13132"], upTo: [2.5, 7.5], addOn: "13133")
    static let complexFeatures = Family(kind: .complex, group: "eyelids, nose, ears and lips", codes: ["13151", "13152"], upTo: [2.5, 7.5], addOn: "13153")

    static let families = [simpleBody, simpleFace, intermediateBody, intermediateNeck, intermediateFace, complexTrunk, complexLimbs, complexFace, complexFeatures]

    /// The family of a repair type at a site.
    static func family(_ kind: Kind, at site: Site) -> Family {
        switch (kind, site) {
        case (.simple, .face), (.simple, .foreheadCheeksChinMouth), (.simple, .eyelidsNoseEarsLips): simpleFace
        case (.simple, _): simpleBody
        case (.intermediate, .face), (.intermediate, .foreheadCheeksChinMouth), (.intermediate, .eyelidsNoseEarsLips): intermediateFace
        case (.intermediate, .neck), (.intermediate, .handsFeet), (.intermediate, .genitalia): intermediateNeck
        case (.intermediate, _): intermediateBody
        case (.complex, .trunk): complexTrunk
        case (.complex, .scalp), (.complex, .limbs): complexLimbs
        case (.complex, .eyelidsNoseEarsLips): complexFeatures
        case (.complex, _): complexFace
        }
    }

    /// One wound (or several named together) of the question.
    struct Repair: Equatable {
        let kind: Kind
        /// Whether the question named the type; a simple repair is assumed otherwise.
        let kindStated: Bool
        let site: Site
        let centimetres: Double
    }

    /// What the question says about its lengths' units, for the answer to repeat.
    struct Reading: Equatable {
        var repairs: [Repair] = []
        var convertedInches = false
        var convertedMillimetres = false
    }

    static let repairWords: Set<String> = [
        "laceration", "lacerations", "lac", "lacs", "repair", "repairs", "repaired", "closure", "closures", "closed",
        "suture", "sutures", "sutured", "suturing", "stitch", "stitches", "stitched", "wound", "wounds", "cut", "cuts",
        "staple", "staples", "stapled",
    ]
    /// Lengths that belong to something else: a lesion's size, an excision, a flap's area.
    private static let otherMeasureWords = LesionExcision.lesionWords.union([
        "excision", "excised", "excise", "biopsy", "mass", "tumor", "tumour", "margin", "margins", "lipoma",
    ])
    /// Procedures measured in area or with their own codes: no linear repair code applies.
    private static let otherProcedureWords: Set<String> = [
        "flap", "flaps", "graft", "grafts", "transfer", "rearrangement", "sq", "square", "debridement", "tendon", "nerve", "vessel",
    ]
    static let diagnosisWords: Set<String> = ["icd", "icd10", "icd10cm", "pcs", "diagnosis", "diagnoses", "dx"]
    private static let sites = [String: Site](wordLists: [
        (.face, "face facial"),
        (.foreheadCheeksChinMouth, "forehead cheek cheeks chin mouth eyebrow eyebrows brow temple jaw mucosa mucous oral intraoral"),
        (.eyelidsNoseEarsLips, "eyelid eyelids lid lids nose nasal ear ears earlobe lip lips"),
        (.scalp, "scalp"),
        (.neck, "neck"),
        (.axillae, "axilla axillae axillary armpit armpits underarm"),
        (.genitalia, "genitalia genital genitals penis penile scrotum scrotal vulva vulvar labia"),
        (.trunk, "trunk chest back abdomen abdominal belly flank buttock buttocks breast torso"),
        (.limbs, "arm arms forearm forearms elbow elbows shoulder shoulders wrist wrists leg legs thigh thighs knee knees shin shins calf calves ankle ankles extremity extremities limb limbs hip hips"),
        (.handsFeet, "hand hands finger fingers thumb thumbs palm palms fingertip knuckle foot feet toe toes heel sole"),
    ])

    /// The repairs a question describes with their lengths; empty unless it names a repair and a length.
    static func reading(_ text: String) -> Reading {
        var reading = Reading()
        // Most questions name no length: a byte scan settles them before any string work.
        guard LengthUnit.named(in: text) else { return reading }
        let words = words(of: text.lowercased())
        // A diagnosis code for a laceration ("ICD-10-CM code for laceration of the forearm") is no repair.
        guard words.contains(where: repairWords.contains), !words.contains(where: otherProcedureWords.contains),
              !words.contains(where: diagnosisWords.contains) else { return reading }
        let segments = words.split(whereSeparator: { ["and", ",", ";", "+", "plus", "&"].contains($0) }).map(Array.init)
        let segmentLengths = segments.map { lengths(in: $0, reading: &reading) }
        let segmentSites = segments.map(site(in:))
        let segmentKinds = segments.map(kind(in:))
        // A type named apart from any length ("2 cm and 3 cm on the hand, layered closure") is the
        // type of every wound whose own words and earlier words name none.
        let standaloneKind = segments.indices.first { segmentLengths[$0].isEmpty && segmentKinds[$0] != nil }.flatMap { segmentKinds[$0] }
        var carriedKind: Kind?
        for index in segments.indices {
            // A type applies to the wounds named after it too ("layered closure of 3 cm scalp and 2 cm arm lacerations").
            let kind = segmentKinds[index] ?? carriedKind ?? standaloneKind
            if let named = segmentKinds[index] { carriedKind = named }
            guard !segmentLengths[index].isEmpty else { continue }
            // A length without a site takes the next site named, else the one before ("2 cm and 3 cm
            // on the arm", "arm laceration 2 cm and 3 cm").
            let site = segmentSites[index] ?? segmentSites[(index + 1)...].compactMap { $0 }.first ?? segmentSites[..<index].compactMap { $0 }.last
            guard let site else { continue }
            for length in segmentLengths[index] {
                reading.repairs.append(Repair(kind: kind ?? .simple, kindStated: kind != nil, site: site, centimetres: length))
            }
        }
        return reading
    }

    /// A follow-up that changes the length, site or type of the one repair the previous question
    /// described ("and 10 cm?", "what about the face?", "if it was layered?"), or gives the length
    /// of the one repair code it asked about ("What is CPT 12002?", "and 10 cm?"): that repair with
    /// the change, as a question of its own ("repair of 10 cm scalp"); `nil` for any other question.
    static func followUp(_ text: String, after previous: String) -> String? {
        guard let before = repair(askedIn: previous), reading(text).repairs.isEmpty else { return nil }
        let asked = Self.words(of: text.lowercased())
        guard asked.count <= 10, !asked.contains(where: otherProcedureWords.contains) else { return nil }
        var scratch = Reading()
        let lengths = Self.lengths(in: asked, reading: &scratch)
        let namedType = Self.kind(in: asked)
        guard lengths.count <= 1, !lengths.isEmpty || siteWord(in: asked) != nil || namedType != nil,
              let length = lengths.first ?? before.centimetres else { return nil }
        let typeWord = (namedType ?? before.kind).map { ["simple", "intermediate", "complex"][$0.rawValue] + " " } ?? ""
        return "\(typeWord)repair of \(shown(length)) cm \(siteWord(in: asked) ?? before.site)"
    }

    /// The one repair a question describes (its type when stated, a word for its site, its
    /// length), or the one repair code it names (the code's type, a site of its group, no length).
    private static func repair(askedIn question: String) -> (kind: Kind?, site: String, centimetres: Double?)? {
        let words = Self.words(of: question.lowercased())
        let described = reading(question).repairs
        if described.count == 1, let repair = described.first, let site = siteWord(in: words) {
            return (repair.kindStated ? repair.kind : nil, site, repair.centimetres)
        }
        let families = words.compactMap { word in Self.families.first { $0.codes.contains(word) || $0.addOn == word } }
        guard described.isEmpty, families.count == 1, let family = families.first,
              let site = family.group.split(whereSeparator: { !$0.isLetter }).map(String.init).first(where: { sites[$0] != nil }) else { return nil }
        return (family.kind, site, nil)
    }

    /// The word that names a site; "back" only when nothing else is named ("the back of the hand").
    static func siteWord(in words: [String]) -> String? {
        let named = words.filter { sites[$0] != nil }
        return named.first { $0 != "back" } ?? named.first
    }

    /// Words, numbers ("2.5") and the separators that divide wounds ("," ";" "+" "&") of lower-case text.
    static func words(of lower: String) -> [String] {
        var words: [String] = []
        var current = ""
        var isNumber = false
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        let characters = Array(lower)
        for (index, character) in characters.enumerated() {
            if character.isNumber || character == "." && isNumber && index + 1 < characters.count && characters[index + 1].isNumber {
                if !isNumber { flush() }
                isNumber = true
                current.append(character)
            } else if character.isLetter {
                if isNumber { flush() }
                isNumber = false
                current.append(character)
            } else {
                flush()
                isNumber = false
                if [",", ";", "+", "&"].contains(character) { words.append(String(character)) }
            }
        }
        flush()
        return words
    }

    /// The lengths in centimetres that `segment` names ("3 cm", "25 mm", "1 inch"); not a size of
    /// two dimensions ("3 x 2 cm") nor an area.
    private static func lengths(in segment: [String], reading: inout Reading) -> [Double] {
        var lengths: [Double] = []
        for index in segment.indices.dropLast() {
            guard let value = Double(segment[index]), value > 0, value < 1_000 else { continue }
            let dimension = index > 0 && segment[index - 1] == "x" || index + 2 < segment.count && segment[index + 2] == "x"
            guard !dimension, !measuresSomethingElse(segment, at: index) else { continue }
            guard let unit = LengthUnit(segment[index + 1]) else { continue }
            lengths.append(unit.centimetres(value))
            if unit == .millimetres { reading.convertedMillimetres = true }
            if unit == .inches { reading.convertedInches = true }
        }
        return lengths
    }

    /// Whether the length at `index` is nearer a lesion or an excision than any repair word
    /// ("excision of a 2 cm lesion with a 4 cm intermediate repair": the repair is 4 cm).
    private static func measuresSomethingElse(_ segment: [String], at index: Int) -> Bool {
        func distance(_ words: Set<String>) -> Int? {
            segment.indices.filter { words.contains(segment[$0]) }.map { abs($0 - index) }.min()
        }
        guard let other = distance(otherMeasureWords) else { return false }
        return other < distance(repairWords) ?? .max
    }

    private static func kind(in segment: [String]) -> Kind? {
        if segment.contains("complex") { return .complex }
        if segment.contains("intermediate") || segment.contains("layered") || segment.containsPair(where: { ["two", "2", "multiple", "multi", "deep"].contains($0) && ["layer", "layers"].contains($1) }) {
            return .intermediate
        }
        if segment.contains("simple") || segment.containsPair(where: { ["single", "one", "1"].contains($0) && $1 == "layer" }) { return .simple }
        return nil
    }

    /// The site a segment names.
    static func site(in segment: [String]) -> Site? {
        siteWord(in: segment).flatMap { sites[$0] }
    }

    /// The repair codes for the lengths the question names, first; empty when it names none.
    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        let reading = Self.reading(question.text)
        guard !reading.repairs.isEmpty else { return Resolution() }
        var resolution = Resolution()
        // One code per type and group, for the summed length; the most complex first.
        var totals: [(family: Family, centimetres: Double, site: Site)] = []
        for repair in reading.repairs {
            let family = Self.family(repair.kind, at: repair.site)
            if let index = totals.firstIndex(where: { $0.family == family }) {
                totals[index].centimetres += repair.centimetres
            } else {
                totals.append((family, repair.centimetres, repair.site))
            }
        }
        totals.sort { $0.family.kind > $1.family.kind }
        var lines: [String] = []
        func named(_ code: String, units: String = "") throws -> String { try resolution.namedCode(code, units: units, in: knowledgeBase) }
        for total in totals {
            let heading = "\(total.family.kind.name), \(Self.shown(total.centimetres)) cm in total (\(total.family.group))"
            if let chosen = total.family.codes(forTotal: total.centimetres) {
                var line = "- \(heading): \(try named(chosen.code))"
                if chosen.addOnUnits > 0, let addOn = total.family.addOn {
                    line += "; plus \(try named(addOn, units: " × \(chosen.addOnUnits)"))"
                }
                lines.append(line)
            } else {
                // Complex codes start at 1.1 cm: a shorter wound takes the layered or simple code.
                let layered = Self.family(.intermediate, at: total.site).codes(forTotal: total.centimetres)!.code
                let simple = Self.family(.simple, at: total.site).codes(forTotal: total.centimetres)!.code
                lines.append("- \(heading): complex repair codes start at 1.1 cm, so report \(try named(layered)) if it was closed in layers; else \(try named(simple))")
            }
        }
        var text = "Wound repair codes by type, site and total length (CPT adds up the lengths of the repairs of one type in one anatomic group and reports one code for the total):\n"
            + lines.joined(separator: "\n")
        if totals.count > 1 {
            text += "\nList the most complex repair first; where an NCCI edit pairs two of these codes, modifier 59 or XS shows the separate site or type."
        }
        if reading.repairs.contains(where: { !$0.kindStated }) {
            text += "\nA simple (one-layer) repair was assumed where the question does not say the type. Layered closure, or a one-layer closure of a heavily contaminated wound that needed extensive cleaning, is intermediate; complex needs more than layered closure (debridement of the wound edges, extensive undermining, stents or retention sutures)."
        }
        if question.words.contains(where: Self.otherMeasureWords.contains) {
            text += "\nAn excision is reported in addition to an intermediate or complex repair of its defect; a simple repair is part of the excision."
        }
        if reading.convertedInches { text += "\nInches were converted at 2.54 cm to the inch; the record should state the length in centimetres." }
        if reading.convertedMillimetres { text += "\nMillimetres were converted to centimetres (10 mm = 1 cm)." }
        resolution.add(text)
        return resolution
    }

    /// A length as the answer prints it: "3", "2.5".
    static func shown(_ centimetres: Double) -> String {
        let tenths = (centimetres * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
