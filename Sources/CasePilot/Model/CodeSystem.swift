/// A code system; the raw value is the name used in JSON output.
public enum CodeSystem: String, Sendable, Codable, CaseIterable, Hashable {
    /// AMA CPT (Level I HCPCS), including Category II (`3074F`) and III (`0591T`).
    case cpt = "CPT"
    /// HCPCS Level II (`G0439`).
    case hcpcs = "HCPCS"
    /// ICD-10-CM diagnoses (`E11.9`).
    case icd10cm = "ICD-10-CM"
    /// ICD-10-PCS inpatient procedures (`0DTJ4ZZ`).
    case icd10pcs = "ICD-10-PCS"
    /// ICD-9-CM diagnoses and procedures (`250.00`).
    case icd9cm = "ICD-9-CM"
    /// CPT or HCPCS modifiers (`25`, `XS`).
    case modifier = "modifier"

    /// Parses a system name as written in `Knowledge/` headers or by users (case-insensitive).
    public init?(name: String) {
        let folded = name.uppercased().replacing("_", with: "-")
        switch folded {
        case "CPT": self = .cpt
        case "HCPCS", "HCPCS-II", "HCPCS-LEVEL-II": self = .hcpcs
        case "ICD-10-CM", "ICD10CM", "ICD-10": self = .icd10cm
        case "ICD-10-PCS", "ICD10PCS": self = .icd10pcs
        case "ICD-9-CM", "ICD9CM", "ICD-9": self = .icd9cm
        case "MODIFIER", "MOD": self = .modifier
        default: return nil
        }
    }
}
