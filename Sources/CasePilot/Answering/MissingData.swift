/// Honest answers for facts the knowledge base does not hold, naming what would supply them.
enum MissingData {
    /// The dataset that holds descriptions of codes in `system`.
    static func dataset(for system: CodeSystem) -> Dataset {
        switch system {
        case .cpt: .pfsRVU
        case .hcpcs: .hcpcs
        case .icd10cm: .icd10cm
        case .icd10pcs: .icd10pcs
        case .icd9cm: .gems
        case .modifier: .hcpcs
        }
    }

    /// - Parameter release: the release of the dataset that would describe the code, when it is
    ///   imported: the code is then not in the official file at all.
    static func code(_ code: CodeToken, importedRelease release: String? = nil) -> String {
        let name = "\(code.system.rawValue) \(code.display)"
        if let release {
            let file = code.system == .cpt ? "the imported Medicare fee schedule" : "the imported \(system(code.system)) file"
            let check = [.icd10cm, .icd10pcs].contains(code.system) ? "check the characters (the letters I and O are not the digits 1 and 0)" : "check the characters"
            return "\(name) is not in \(file) (\(release)) and CasePilot has no entry for it: \(check), or it may be a code deleted before that release or added after it."
        }
        switch code.system {
        case .cpt:
            return "\(name) is not in CasePilot's knowledge base: there is no authored plain-language description of it, and CPT descriptors are licensed by the AMA, so CasePilot does not guess one. Importing the Medicare fee schedule (`casepilot data import pfs-rvu PPRRVU.csv`) tells whether the code exists and its payment status."
        case .modifier:
            return "Modifier \(code.display) is not in CasePilot's knowledge base. Importing the HCPCS Level II file (`casepilot data import hcpcs FILE`) adds the official descriptions of Level II modifiers."
        default:
            return "\(name) is not in CasePilot's knowledge base. Importing the official \(system(code.system)) file (`casepilot data import \(dataset(for: code.system).rawValue) FILE`) would supply its description and status."
        }
    }

    private static func system(_ system: CodeSystem) -> String {
        switch system {
        case .hcpcs: "HCPCS Level II"
        case .icd9cm: "ICD-9-CM (GEMs and descriptions)"
        default: system.rawValue
        }
    }

    /// What importing the code sets in `missing` would add: the descriptions a bare term such as
    /// "left knee osteoarthritis" is looked up in.
    static func codeSets(_ missing: [Dataset]) -> String {
        let commands = missing.map { "`casepilot data import \($0.rawValue) FILE`" }.joined(separator: " and ")
        return "If it names a diagnosis, drug or supply, import the official code sets first (\(commands)): a term on its own is looked up in their descriptions."
    }

    static func warning(_ code: CodeToken) -> String {
        "\(code.system.rawValue) \(code.display) was not found in the knowledge base"
    }
}
