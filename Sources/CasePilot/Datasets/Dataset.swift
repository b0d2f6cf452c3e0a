/// An official dataset that `casepilot data import` reads; the raw value is its command-line id.
public enum Dataset: String, Sendable, Codable, CaseIterable, Hashable {
    /// CMS HCPCS Level II alpha-numeric file (codes and Level II modifiers).
    case hcpcs
    /// CDC/CMS ICD-10-CM diagnoses.
    case icd10cm
    /// CMS ICD-10-PCS inpatient procedures.
    case icd10pcs
    /// CMS NCCI procedure-to-procedure edits (per setting).
    case ncciPTP = "ncci-ptp"
    /// CMS NCCI medically unlikely edits (per setting).
    case mue
    /// CMS NCCI add-on code edits.
    case aoc
    /// CMS Physician Fee Schedule relative value file (PPRRVU).
    case pfsRVU = "pfs-rvu"
    /// CMS General Equivalence Mappings and ICD-9-CM titles.
    case gems
    /// Medicare Coverage Database LCD and billing-article index.
    case lcdIndex = "lcd-index"
    /// CMS place-of-service code set (the two-digit codes of professional claims).
    case pos

    /// The name cited in answers ("NCCI PTP edits").
    public var title: String {
        switch self {
        case .hcpcs: "CMS HCPCS Level II file"
        case .icd10cm: "ICD-10-CM (CDC/NCHS)"
        case .icd10pcs: "ICD-10-PCS (CMS)"
        case .ncciPTP: "NCCI PTP edits"
        case .mue: "NCCI MUEs"
        case .aoc: "NCCI add-on code edits"
        case .pfsRVU: "Medicare PFS relative value file"
        case .gems: "CMS General Equivalence Mappings"
        case .lcdIndex: "Medicare Coverage Database index"
        case .pos: "CMS Place of Service code set"
        }
    }

    /// The settings the dataset is published for; empty when it has none.
    public var settings: [Setting] {
        switch self {
        case .ncciPTP: [.practitioner, .hospital]
        case .mue: [.practitioner, .hospital, .dme]
        default: []
        }
    }

    /// The source name cited for a fact from this dataset in `setting`.
    func citationSource(setting: String) -> String {
        guard !setting.isEmpty else { return title }
        let place = setting == Setting.hospital.rawValue ? "outpatient hospital" : setting == Setting.dme.rawValue ? "DME supplier" : setting
        return "\(title), \(place)"
    }
}
