/// The excision of a tumour in the fat under the skin, above the deep fascia (most often a
/// lipoma): one code pair for each body region, the smaller tumours and the larger, split at 3 cm
/// (2 cm on the face and scalp, 1.5 cm on a hand or foot) of the tumour's greatest diameter plus
/// the margin taken to remove it.
enum SoftTissueRegion: CaseIterable {
    case faceScalp, neckChest, backFlank, abdominalWall, shoulder, upperArmElbow, forearmWrist, handFinger, hipPelvis,
         thighKnee, legAnkle, footToe

    /// The region a segment of a question names: its first region word, "back" only when nothing
    /// else is named ("the back of the hand"); "upper leg" is the thigh.
    init?(_ segment: [String]) {
        guard let word = Self.word(in: segment) else { return nil }
        self = word == "upper leg" ? .thighKnee : Self.words[word]!
    }

    /// The word (or "upper leg") that names the region of a segment.
    static func word(in segment: [String]) -> String? {
        let named = segment.indices.compactMap { index -> String? in
            if segment[index] == "leg", index > 0, segment[index - 1] == "upper" { return "upper leg" }
            return words[segment[index]] == nil ? nil : segment[index]
        }
        return named.first { words[$0] != .backFlank } ?? named.first
    }

    private static let words = [String: SoftTissueRegion](wordLists: [
        (.faceScalp, "face facial scalp forehead cheek chin jaw temple nose ear lip eyebrow"),
        (.neckChest, "neck chest thorax thoracic sternal"),
        (.backFlank, "back flank"),
        (.abdominalWall, "abdomen abdominal belly umbilical"),
        (.shoulder, "shoulder"),
        (.upperArmElbow, "arm elbow biceps triceps"),
        (.forearmWrist, "forearm wrist"),
        (.handFinger, "hand finger fingers thumb palm"),
        (.hipPelvis, "hip pelvis pelvic buttock buttocks gluteal"),
        (.thighKnee, "thigh knee"),
        (.legAnkle, "leg shin calf ankle"),
        (.footToe, "foot feet toe toes heel sole"),
    ])

    var name: String {
        switch self {
        case .faceScalp: "face or scalp"
        case .neckChest: "neck or front of the chest"
        case .backFlank: "back or flank"
        case .abdominalWall: "abdominal wall"
        case .shoulder: "shoulder"
        case .upperArmElbow: "upper arm or elbow"
        case .forearmWrist: "forearm or wrist"
        case .handFinger: "hand or finger"
        case .hipPelvis: "hip, buttock or pelvis"
        case .thighKnee: "thigh or knee"
        case .legAnkle: "lower leg or ankle"
        case .footToe: "foot or toe"
        }
    }

    /// The smaller tumours' code and the larger's, and the size from which the larger's applies.
    var codes: (smaller: String, larger: String, from: Double) {
        switch self {
        case .faceScalp: ("21011", "21012", 2)
        case .neckChest: ("21555", "21552", 3)
        case .backFlank: ("21930", "21931", 3)
        case .abdominalWall: ("22902", "22903", 3)
        case .shoulder: ("23075", "23071", 3)
        case .upperArmElbow: ("24075", "24071", 3)
        case .forearmWrist: ("25075", "25071", 3)
        case .handFinger: ("26115", "26111", 1.5)
        case .hipPelvis: ("27047", "27043", 3)
        case .thighKnee: ("27327", "27337", 3)
        case .legAnkle: ("27618", "27632", 3)
        case .footToe: ("28043", "28039", 1.5)
        }
    }

    /// The code for a size in centimetres (read to the tenth).
    func code(centimetres: Double) -> String {
        (centimetres * 10).rounded() / 10 >= codes.from ? codes.larger : codes.smaller
    }
}

extension LesionExcision {
    /// Words of a tumour that may lie under the skin.
    static let tumourWords: Set<String> = ["lipoma", "lipomas", "mass", "masses", "tumor", "tumors", "tumour", "tumours", "nodule", "nodules"]
    /// Tumours deeper than the fat, or removed with more than the tumour: codes of their own.
    static let deeperWords: Set<String> = ["subfascial", "intramuscular", "fascia", "fascial", "muscle", "radical", "biopsy", "aspiration", "liposuction"]

    /// Whether the words name a tumour under the skin: a lipoma, or a mass, tumour, nodule or
    /// lesion said to be subcutaneous or of soft tissue.
    static func namesSubcutaneousTumour(_ words: [String]) -> Bool {
        if words.contains(where: ["lipoma", "lipomas"].contains) { return true }
        let under = words.contains(where: ["subcutaneous", "subq"].contains) || words.containsPair { $0 == "soft" && $1 == "tissue" }
        return under && words.contains { tumourWords.contains($0) || $0 == "lesion" || $0 == "lesions" }
    }

    /// The soft-tissue excision codes of the tumours a reading describes.
    func subcutaneousAnswer(_ reading: Reading, _ question: ParsedQuestion) throws -> Resolution {
        var resolution = Resolution()
        var lines: [String] = []
        for tumour in reading.lesions {
            let size = tumour.excisedDiameter
            for region in tumour.region.map({ [$0] }) ?? SoftTissueRegion.allCases {
                let larger = size >= region.codes.from
                let limit = "\(larger ? "" : "under ")\(WoundRepair.shown(region.codes.from)) cm\(larger ? " or more" : "")"
                let code = try resolution.namedCode(region.code(centimetres: size), in: knowledgeBase)
                lines.append("- \(Self.measure(tumour, shaved: false)), \(region.name) (\(limit)): \(code)")
            }
        }
        var text = "Excision of a tumour under the skin (in the fat above the deep fascia, as most lipomas are) by body region and size (the tumour's greatest diameter plus the margin taken to remove it, measured before the excision):\n"
            + lines.joined(separator: "\n")
        if reading.lesions.contains(where: { $0.region == nil }) {
            text += "\nThe question names no site, so each region's code is given."
        }
        text += "\nA simple or layered closure comes with the excision; a complex repair, a flap or a graft is reported in addition. A tumour below the deep fascia (subfascial or in the muscle) and a radical resection have codes of their own, and a cyst or other lesion of the skin itself is a skin excision (114xx/116xx)."
        if reading.lesions.count > 1 {
            text += "\nEach tumour is reported on its own line; modifier 59 or XS shows a separate site where an NCCI edit pairs the codes."
        }
        if reading.convertedInches { text += "\nInches were converted at 2.54 cm to the inch; the record should state the size in centimetres." }
        if reading.convertedMillimetres { text += "\nMillimetres were converted to centimetres (10 mm = 1 cm)." }
        resolution.add(text)
        return resolution
    }
}
