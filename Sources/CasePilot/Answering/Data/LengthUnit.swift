/// A unit of length as a question writes it after a number ("3 cm", "25 mm", "1 inch").
enum LengthUnit {
    case centimetres, millimetres, inches

    init?(_ word: String) {
        switch word {
        case "cm", "cms", "centimeter", "centimeters", "centimetre", "centimetres": self = .centimetres
        case "mm", "millimeter", "millimeters", "millimetre", "millimetres": self = .millimetres
        case "inch", "inches": self = .inches
        default: return nil
        }
    }

    /// `value` of this unit in centimetres; inches to the nearest tenth.
    func centimetres(_ value: Double) -> Double {
        switch self {
        case .centimetres: value
        case .millimetres: value / 10
        case .inches: (value * 2.54 * 10).rounded() / 10
        }
    }

    /// Whether `text` holds a unit of length: "cm", "mm", "inch", "centim…", "millim…". A byte scan,
    /// so that the many questions that name no length are settled before any string work.
    static func named(in text: String) -> Bool {
        let bytes = Array(text.utf8)
        func holds(_ needle: [UInt8], at index: Int) -> Bool {
            index + needle.count <= bytes.count && needle.indices.allSatisfy { bytes[index + $0] | 0x20 == needle[$0] }
        }
        return bytes.indices.contains { index in spellings.contains { holds($0, at: index) } }
    }

    private static let spellings: [[UInt8]] = ["cm", "mm", "inch", "centim", "millim"].map { Array($0.utf8) }
}
