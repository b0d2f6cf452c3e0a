/// Honest answers for facts the knowledge base does not hold, naming what would supply them.
enum MissingData {
    /// The dataset that holds descriptions of codes in `system`.
    static func dataset(for system: CodeSystem) -> String {
        switch system {
        case .cpt: "pfs-rvu"
        case .hcpcs: "hcpcs"
        case .icd10cm: "icd10cm"
        case .icd10pcs: "icd10pcs"
        case .icd9cm: "gems"
        case .modifier: "hcpcs"
        }
    }

    static func code(_ code: CodeToken) -> String {
        let name = "\(code.system.rawValue) \(code.display)"
        switch code.system {
        case .cpt:
            return "\(name) is not in CasePilot's knowledge base: there is no authored plain-language description of it, and CPT descriptors are licensed by the AMA, so CasePilot does not guess one. Importing the Medicare fee schedule (`casepilot data import pfs-rvu PPRRVU.csv`) tells whether the code exists and its payment status."
        case .modifier:
            return "Modifier \(code.display) is not in CasePilot's knowledge base. Importing the HCPCS Level II file (`casepilot data import hcpcs FILE`) adds the official descriptions of Level II modifiers."
        default:
            return "\(name) is not in CasePilot's knowledge base. Importing the official \(system(code.system)) file (`casepilot data import \(dataset(for: code.system)) FILE`) would supply its description and status."
        }
    }

    private static func system(_ system: CodeSystem) -> String {
        switch system {
        case .hcpcs: "HCPCS Level II"
        case .icd9cm: "ICD-9-CM (GEMs and descriptions)"
        default: system.rawValue
        }
    }

    static func warning(_ code: CodeToken) -> String {
        "\(code.system.rawValue) \(code.display) was not found in the knowledge base"
    }
}
