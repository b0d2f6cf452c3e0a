/// The CPT code of a skin lesion's excision or shave removal from its pathology, site and size
/// ("excision of a 1.2 cm benign lesion of the back with 0.2 cm margins" is 11402). An excision is
/// sized by its excised diameter, the lesion's widest clinical diameter plus the narrowest margin
/// taken on each side, measured before the excision; a shave removal by the lesion's diameter
/// alone. Each lesion is a code of its own, in one of three site groups, benign or malignant by the
/// pathology report. A tumour in the fat under the skin (a lipoma) is a soft-tissue excision,
/// coded by body region and size (``SoftTissueRegion``). The code's authored entry names it.
struct LesionExcision {
    let knowledgeBase: KnowledgeBase

    enum Method: Equatable {
        case excision, shave
        /// The excision of a tumour under the skin, above the deep fascia.
        case subcutaneous
    }
    enum Pathology: Equatable { case benign, malignant }

    /// The three site groups that the excision and shave removal codes share.
    enum SiteGroup: CaseIterable {
        case trunkArmsLegs, scalpNeckHandsFeetGenitalia, faceEarsEyelidsNoseLips

        init(_ site: WoundRepair.Site) {
            switch site {
            case .face, .foreheadCheeksChinMouth, .eyelidsNoseEarsLips: self = .faceEarsEyelidsNoseLips
            case .scalp, .neck, .genitalia, .handsFeet: self = .scalpNeckHandsFeetGenitalia
            case .axillae, .trunk, .limbs: self = .trunkArmsLegs
            }
        }

        var name: String {
            switch self {
            case .trunkArmsLegs: "trunk, arms and legs"
            case .scalpNeckHandsFeetGenitalia: "scalp, neck, hands, feet and genitalia"
            case .faceEarsEyelidsNoseLips: "face, ears, eyelids, nose, lips and mucous membranes"
            }
        }
    }

    /// The codes of a method, pathology and site group, smallest first, with the largest size each
    /// covers (``excisionUpTo``, ``shaveUpTo``). A shave removal's code does not depend on the pathology.
    static func codes(_ method: Method, _ pathology: Pathology, _ group: SiteGroup) -> [String] {
        switch (method, pathology, group) {
        case (.shave, _, .trunkArmsLegs): ["11300", "11301", "11302", "11303"]
        case (.shave, _, .scalpNeckHandsFeetGenitalia): ["11305", "11306", "11307", "11308"]
        case (.shave, _, .faceEarsEyelidsNoseLips): ["11310", "11311", "11312", "11313"]
        case (.excision, .benign, .trunkArmsLegs): ["11400", "11401", "11402", "11403", "11404", "11406"]
        case (.excision, .benign, .scalpNeckHandsFeetGenitalia): ["11420", "11421", "11422", "11423", "11424", "11426"]
        case (.excision, .benign, .faceEarsEyelidsNoseLips): ["11440", "11441", "11442", "11443", "11444", "11446"]
        case (.excision, .malignant, .trunkArmsLegs): ["11600", "11601", "11602", "11603", "11604", "11606"]
        case (.excision, .malignant, .scalpNeckHandsFeetGenitalia): ["11620", "11621", "11622", "11623", "11624", "11626"]
        case (.excision, .malignant, .faceEarsEyelidsNoseLips): ["11640", "11641", "11642", "11643", "11644", "11646"]
        case (.subcutaneous, _, _): []
        }
    }

    static let excisionUpTo = [0.5, 1.0, 2.0, 3.0, 4.0, .infinity]
    static let shaveUpTo = [0.5, 1.0, 2.0, .infinity]

    /// The code for a size in centimetres (sizes are read to the tenth: 1.04 cm is 1.0 cm).
    static func code(_ method: Method, _ pathology: Pathology, _ group: SiteGroup, centimetres: Double) -> String {
        let upTo = method == .shave ? shaveUpTo : excisionUpTo
        let tenths = (centimetres * 10).rounded() / 10
        return codes(method, pathology, group)[upTo.firstIndex { tenths <= $0 + 0.001 }!]
    }

    /// One lesion of the question.
    struct Lesion: Equatable {
        /// The lesion's widest diameter, or the excised diameter when ``includesMargins``.
        let centimetres: Double
        /// The narrowest margin taken on each side, when stated.
        let margin: Double?
        /// Whether the question gave the excised diameter itself ("1.6 cm including margins").
        let includesMargins: Bool
        let site: SiteGroup?
        /// The body region of a tumour under the skin.
        var region: SoftTissueRegion?

        /// The size that picks an excision's code (to the hundredth: 0.8 + 2 × 0.2 is 1.2).
        var excisedDiameter: Double { includesMargins ? centimetres : ((centimetres + 2 * (margin ?? 0)) * 100).rounded() / 100 }
    }

    /// What a question says about its lesions.
    struct Reading: Equatable {
        var method = Method.excision
        /// Whether the question names the method ("excision", "shave"), not only a removal.
        var methodStated = false
        var pathology: Pathology?
        var lesions: [Lesion] = []
        var convertedInches = false
        var convertedMillimetres = false
    }

    private static let excisionWords: Set<String> = ["excision", "excisions", "excise", "excised", "excising", "excisional"]
    private static let removalWords: Set<String> = ["removal", "removals", "remove", "removed", "removing"]
    private static let shaveWords: Set<String> = ["shave", "shaved", "shaving"]
    static let malignantWords: Set<String> = [
        "malignant", "malignancy", "cancer", "cancerous", "carcinoma", "melanoma", "bcc", "scc", "basal", "squamous", "merkel",
    ]
    static let benignWords: Set<String> = [
        "benign", "nevus", "nevi", "naevus", "naevi", "mole", "moles", "cyst", "cysts", "keratosis", "keratoses", "dermatofibroma",
        "papilloma", "epidermoid", "sebaceous", "pilar", "lentigo",
    ]
    /// Words of a skin lesion: with a site, or one of these alone, a lesion measured is on the skin.
    static let lesionWords: Set<String> = malignantWords.union(benignWords).union(["lesion", "lesions", "growth", "growths"])
    /// Words that name the skin itself; a lesion with neither a site nor one of these may be anywhere.
    private static let skinWords: Set<String> = malignantWords.union(benignWords).union(["skin", "cutaneous", "dermal"])
        .subtracting(["malignant", "malignancy", "cancer", "cancerous", "carcinoma", "benign", "cyst", "cysts", "papilloma"])
    /// Lesions and procedures with codes of their own: a biopsy, a destruction, Mohs surgery, a skin
    /// tag, a soft-tissue tumour below the skin (a lipoma, a mass), a breast lesion, cysts of other kinds.
    private static let otherProcedureWords: Set<String> = [
        "biopsy", "biopsies", "destruction", "destroy", "destroyed", "laser", "cryo", "cryotherapy", "freeze", "freezing", "frozen",
        "nitrogen", "electrodesiccation", "mohs", "debridement", "tag", "tags", "lipoma", "lipomas", "mass", "masses", "subcutaneous",
        "subq", "fascia", "fascial", "muscle", "soft", "tumor", "tumour", "breast", "ganglion", "pilonidal", "baker", "bakers", "ovarian",
        "polyp", "polyps", "nail",
    ]
    private static let marginWords: Set<String> = ["margin", "margins"]

    /// The lesions a question describes with their sizes; empty unless it names the excision, shave
    /// or removal of a skin lesion or of a tumour under the skin, and a size.
    static func reading(_ text: String) -> Reading {
        var reading = Reading()
        guard LengthUnit.named(in: text) else { return reading }
        let words = WoundRepair.words(of: text.lowercased())
        let removes = words.contains { excisionWords.contains($0) || removalWords.contains($0) || shaveWords.contains($0) }
        guard removes, !words.contains(where: WoundRepair.diagnosisWords.contains) else { return reading }
        let segments = words.split(whereSeparator: { ["and", ",", ";", "+", "plus", "&"].contains($0) }).map(Array.init)
        let sites: [SiteGroup?]
        let regions: [SoftTissueRegion?]
        if namesSubcutaneousTumour(words) {
            guard !words.contains(where: deeperWords.contains) else { return reading }
            reading.method = .subcutaneous
            reading.methodStated = true
            sites = segments.map { _ in nil }
            regions = segments.map(SoftTissueRegion.init)
        } else {
            // An excisional biopsy removes the whole lesion: it is an excision.
            let otherProcedure = words.contains { otherProcedureWords.contains($0) && !(($0 == "biopsy" || $0 == "biopsies") && words.contains("excisional")) }
            guard words.contains(where: lesionWords.contains), !otherProcedure else { return reading }
            reading.method = words.contains(where: shaveWords.contains) ? .shave : .excision
            reading.methodStated = reading.method == .shave || words.contains(where: excisionWords.contains)
            let malignant = words.contains(where: malignantWords.contains), benign = words.contains(where: benignWords.contains)
            reading.pathology = malignant == benign ? nil : malignant ? .malignant : .benign
            sites = segments.map { WoundRepair.site(in: $0).map(SiteGroup.init) }
            regions = segments.map { _ in nil }
            guard sites.contains(where: { $0 != nil }) || words.contains(where: skinWords.contains) else { return reading }
        }
        var lesions: [(segment: Int, centimetres: Double, includesMargins: Bool)] = []
        var margins: [(segment: Int, centimetres: Double)] = []
        for (number, segment) in segments.enumerated() {
            for measure in measures(in: segment, reading: &reading) {
                switch measure.role {
                case .lesion, .excised: lesions.append((number, measure.centimetres, measure.role == .excised))
                case .margin: margins.append((number, measure.centimetres))
                case .repair: continue
                }
            }
        }
        for lesion in lesions {
            // A margin in the lesion's words, else the one margin the question names.
            let margin = margins.first { $0.segment == lesion.segment }?.centimetres ?? (margins.count == 1 ? margins[0].centimetres : nil)
            // A size without a site takes the next site named, else the one before.
            func nearest<Site>(_ sites: [Site?]) -> Site? {
                sites[lesion.segment] ?? sites[(lesion.segment + 1)...].compactMap { $0 }.first ?? sites[..<lesion.segment].compactMap { $0 }.last
            }
            reading.lesions.append(Lesion(centimetres: lesion.centimetres, margin: margin, includesMargins: lesion.includesMargins,
                                          site: nearest(sites), region: nearest(regions)))
        }
        return reading
    }

    /// A follow-up that changes the size, margin, site, pathology or method of the one lesion the
    /// previous question described ("and 2 cm?", "what if it was malignant?", "on the face?", "if it
    /// was shaved?"): that lesion with the change, as a question of its own; `nil` for any other question.
    static func followUp(_ text: String, after previous: String) -> String? {
        let before = reading(previous)
        guard before.lesions.count == 1, let lesion = before.lesions.first, reading(text).lesions.isEmpty else { return nil }
        let asked = WoundRepair.words(of: text.lowercased())
        guard asked.count <= 10, !asked.contains(where: { otherProcedureWords.contains($0) && !tumourWords.contains($0) }) else { return nil }
        var scratch = Reading()
        let measures = measures(in: asked, reading: &scratch)
        let size = measures.first { $0.role == .lesion || $0.role == .excised }
        let margin = measures.first { $0.role == .margin }?.centimetres
        let subcutaneous = before.method == .subcutaneous
        func siteWord(_ words: [String]) -> String? { subcutaneous ? SoftTissueRegion.word(in: words) : WoundRepair.siteWord(in: words) }
        let site = siteWord(asked)
        let malignant = asked.contains(where: malignantWords.contains), benign = asked.contains(where: benignWords.contains)
        let shave = asked.contains(where: shaveWords.contains), excision = asked.contains(where: excisionWords.contains)
        guard measures.count <= 2, size != nil || margin != nil || site != nil || malignant != benign || shave != excision else { return nil }
        let pathology = malignant != benign ? (malignant ? Pathology.malignant : .benign) : before.pathology
        let centimetres = size?.centimetres ?? lesion.centimetres
        let excised = size.map { $0.role == .excised } ?? lesion.includesMargins
        var question = subcutaneous ? "excision of lipoma" : shave || before.method == .shave && !excision ? "shave removal of" : "excision of"
        if !subcutaneous {
            question += pathology.map { $0 == .benign ? " benign" : " malignant" } ?? ""
            question += " skin lesion"
        }
        question += " \(WoundRepair.shown(centimetres)) cm" + (excised ? " excised diameter" : "")
        if !excised, let margin = margin ?? (size == nil ? lesion.margin : nil) { question += " with \(WoundRepair.shown(margin)) cm margins" }
        if let site = site ?? siteWord(WoundRepair.words(of: previous.lowercased())) { question += " " + site }
        return question
    }

    /// What a length of the question measures.
    enum Role: Equatable { case lesion, margin, excised, repair }

    /// The lengths of `segment` and what each measures; a size of two or three dimensions
    /// ("1.2 x 0.8 cm") is its widest one.
    private static func measures(in segment: [String], reading: inout Reading) -> [(centimetres: Double, role: Role)] {
        var measures: [(centimetres: Double, role: Role)] = []
        var index = 0
        while index + 1 < segment.count {
            defer { index += 1 }
            guard let value = Double(segment[index]), value > 0, value < 100 else { continue }
            // The dimensions before the unit ("1.2 x 0.8 cm") or a unit on each ("1.2 cm x 0.8 cm").
            var values = [value]
            var unitIndex = index + 1
            while unitIndex + 1 < segment.count, ["x", "by"].contains(segment[unitIndex]), let next = Double(segment[unitIndex + 1]) {
                values.append(next)
                unitIndex += 2
            }
            guard let unit = LengthUnit(segment[unitIndex]) else { continue }
            while unitIndex + 2 < segment.count, ["x", "by"].contains(segment[unitIndex + 1]), let next = Double(segment[unitIndex + 2]) {
                values.append(next)
                unitIndex += 2
                if unitIndex + 1 < segment.count, LengthUnit(segment[unitIndex + 1]) != nil { unitIndex += 1 }
            }
            if unit == .millimetres { reading.convertedMillimetres = true }
            if unit == .inches { reading.convertedInches = true }
            measures.append((unit.centimetres(values.max()!), role(in: segment, from: index, to: unitIndex)))
            index = unitIndex
        }
        return measures
    }

    /// What the length written from `start` to `end` measures, by the words around it: a margin
    /// ("0.2 cm margins", "margins of 2 mm"), an excised diameter ("1.6 cm including margins",
    /// "excised diameter of 1.6 cm"), a repair (nearer a repair word than a lesion word), else a lesion.
    private static func role(in segment: [String], from start: Int, to end: Int) -> Role {
        // The words after the length up to the next number, and before it back to the previous one.
        let after = segment[(end + 1)...].prefix { Double($0) == nil }.prefix(3)
        let before = segment[..<start].reversed().prefix { Double($0) == nil }.prefix(3)
        if after.first == "excised" || after.first == "total" || before.first == "total"
            || before.contains("diameter") && before.contains(where: ["excised", "excision", "total"].contains) {
            return .excised
        }
        // A margin word after the length, unless a lesion word comes first ("1.2 cm lesion, margins 2 mm").
        if let marginAfter = after.firstIndex(where: marginWords.contains), !after[..<marginAfter].contains(where: lesionWords.contains) {
            return after[..<marginAfter].contains(where: ["including", "incl", "with", "plus"].contains) ? .excised : .margin
        }
        if before.contains(where: marginWords.contains) { return .margin }
        func distance(_ words: Set<String>) -> Int {
            segment.indices.filter { words.contains(segment[$0]) }.map { $0 < start ? start - $0 : $0 - end }.min() ?? .max
        }
        let lesion = min(distance(lesionWords), distance(tumourWords), distance(excisionWords), distance(removalWords), distance(shaveWords))
        return distance(WoundRepair.repairWords) < lesion ? .repair : .lesion
    }

    /// The excision or shave removal codes of the lesions the question describes; empty when it
    /// names none.
    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        let reading = Self.reading(question.text)
        guard !reading.lesions.isEmpty else { return Resolution() }
        if reading.method == .subcutaneous { return try subcutaneousAnswer(reading, question) }
        var resolution = Resolution()
        func named(_ code: String) throws -> String { try resolution.namedCode(code, in: knowledgeBase) }
        let shaved = reading.method == .shave
        let pathologies: [Pathology] = shaved ? [.benign] : reading.pathology.map { [$0] } ?? [.benign, .malignant]
        var lines: [String] = []
        for lesion in reading.lesions {
            let size = shaved ? lesion.centimetres : lesion.excisedDiameter
            for group in lesion.site.map({ [$0] }) ?? SiteGroup.allCases {
                var choices: [String] = []
                for pathology in pathologies {
                    let code = try named(Self.code(reading.method, pathology, group, centimetres: size))
                    choices.append(pathologies.count > 1 ? "\(code) if the pathology is \(pathology == .benign ? "benign" : "malignant")" : code)
                }
                lines.append("- \(Self.measure(lesion, shaved: shaved)), \(group.name): " + choices.joined(separator: "; "))
            }
        }
        var text = shaved
            ? "Shave removal codes by site and the lesion's diameter (margins are not added; one code for each lesion):\n"
            : "Lesion excision codes by pathology, site and excised diameter (the lesion's widest clinical diameter plus the narrowest margin taken on each side, measured before the excision; one code for each lesion):\n"
        text += lines.joined(separator: "\n")
        if !shaved, reading.pathology == nil {
            text += "\nThe pathology report decides between the benign (114xx) and malignant (116xx) codes: only a malignancy, in situ included, takes the malignant code, so code once the report is back."
        }
        if reading.lesions.contains(where: { $0.site == nil }) {
            text += "\nThe question names no site, so each site group's code is given."
        }
        if !shaved, reading.lesions.contains(where: { $0.margin == nil && !$0.includesMargins }) {
            text += "\nNo margin was stated: the size above is the lesion alone; add twice the narrowest margin taken if the record gives one."
        }
        if reading.lesions.count > 1 {
            text += "\nEach lesion is reported on its own line; modifier 59 or XS shows a separate lesion where an NCCI edit pairs the codes."
        }
        if !shaved, !reading.methodStated {
            // A removal may have been a shave: its code goes by the lesion's diameter alone.
            let shaves = try reading.lesions.compactMap { lesion in
                try lesion.site.map { try named(Self.code(.shave, .benign, $0, centimetres: lesion.centimetres)) }
            }
            text += "\nAn excision (full thickness, through the dermis) was assumed."
            if !shaves.isEmpty { text += " If the lesion was shaved off instead, the shave removal code goes by its diameter: \(shaves.joined(separator: "; "))." }
        }
        if !shaved, WoundRepair.reading(question.text).repairs.isEmpty {
            text += "\nSimple closure is part of the excision; an intermediate or complex repair of the defect is reported in addition, by the length closed."
        }
        if reading.convertedInches { text += "\nInches were converted at 2.54 cm to the inch; the record should state the size in centimetres." }
        if reading.convertedMillimetres { text += "\nMillimetres were converted to centimetres (10 mm = 1 cm)." }
        resolution.add(text)
        return resolution
    }

    /// A lesion's size as the answer states it: "1.2 cm lesion + 2 × 0.2 cm margins = 1.6 cm excised".
    static func measure(_ lesion: Lesion, shaved: Bool) -> String {
        let shown = WoundRepair.shown
        if shaved { return "\(shown(lesion.centimetres)) cm lesion" }
        if lesion.includesMargins { return "\(shown(lesion.centimetres)) cm excised diameter" }
        guard let margin = lesion.margin else { return "\(shown(lesion.centimetres)) cm" }
        return "\(shown(lesion.centimetres)) cm lesion + 2 × \(shown(margin)) cm margins = \(shown(lesion.excisedDiameter)) cm excised"
    }
}
