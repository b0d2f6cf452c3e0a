/// The direction and code sets of a General Equivalence Mapping file.
enum GEMMap: String, Sendable, CaseIterable {
    case icd9cmToICD10CM = "icd9cm-to-icd10cm"
    case icd10cmToICD9CM = "icd10cm-to-icd9cm"
    case icd9pcsToICD10PCS = "icd9pcs-to-icd10pcs"
    case icd10pcsToICD9PCS = "icd10pcs-to-icd9pcs"

    /// From CSV column names such as `icd9cm`/`icd10cm` or `icd9pcs`/`icd10pcs`.
    init?(source: String, target: String) {
        let source = source.replacing(" ", with: ""), target = target.replacing(" ", with: "")
        switch (source, target) {
        case ("icd9cm", "icd10cm"), ("icd9", "icd10"), ("icd9dx", "icd10cm"): self = .icd9cmToICD10CM
        case ("icd10cm", "icd9cm"), ("icd10", "icd9"), ("icd10cm", "icd9dx"): self = .icd10cmToICD9CM
        case ("icd9pcs", "icd10pcs"), ("icd9sg", "icd10pcs"), ("icd9proc", "icd10pcs"): self = .icd9pcsToICD10PCS
        case ("icd10pcs", "icd9pcs"), ("icd10pcs", "icd9sg"), ("icd10pcs", "icd9proc"): self = .icd10pcsToICD9PCS
        default: return nil
        }
    }

    /// From an official file name (`2018_I9gem.txt`, `gem_pcsi9.txt`) or, failing that, the codes' shapes.
    init(fileName: String, sample: [(String, String)]) {
        let lower = fileName.lowercased()
        let numericSource = sample.contains { $0.0.allSatisfy(\.isNumber) }
        let pcsTarget = sample.contains { $0.1.count == 7 && CodeShape.isICD10PCS($0.1) }
        let pcsSource = sample.contains { $0.0.count == 7 && CodeShape.isICD10PCS($0.0) }
        if lower.contains("pcsi9") || (pcsSource && !numericSource) { self = .icd10pcsToICD9PCS }
        else if lower.contains("i9pcs") || lower.contains("i9_pcs") || (numericSource && pcsTarget) { self = .icd9pcsToICD10PCS }
        else if lower.contains("i10gem") || lower.contains("10cm_to") || !numericSource { self = .icd10cmToICD9CM }
        else { self = .icd9cmToICD10CM }
    }

    /// The map of the other direction between the same code sets.
    var reversed: GEMMap {
        switch self {
        case .icd9cmToICD10CM: .icd10cmToICD9CM
        case .icd10cmToICD9CM: .icd9cmToICD10CM
        case .icd9pcsToICD10PCS: .icd10pcsToICD9PCS
        case .icd10pcsToICD9PCS: .icd9pcsToICD10PCS
        }
    }

    /// The code set of the map's source codes (ICD-9-CM for diagnoses and procedures alike).
    var sourceSystem: CodeSystem {
        switch self {
        case .icd9cmToICD10CM, .icd9pcsToICD10PCS: .icd9cm
        case .icd10cmToICD9CM: .icd10cm
        case .icd10pcsToICD9PCS: .icd10pcs
        }
    }

    /// The code set of the map's target codes.
    var targetSystem: CodeSystem { reversed.sourceSystem }

    /// Whether the map's ICD-9-CM codes are procedures (volume 3: `40.19`), not diagnoses (`401.9`).
    var isProcedure: Bool { self == .icd9pcsToICD10PCS || self == .icd10pcsToICD9PCS }

    func sourceValid(_ code: String) -> Bool { valid(code, icd9: self == .icd9cmToICD10CM || self == .icd9pcsToICD10PCS) }
    func targetValid(_ code: String) -> Bool { valid(code, icd9: self == .icd10cmToICD9CM || self == .icd10pcsToICD9PCS) }

    private func valid(_ code: String, icd9: Bool) -> Bool {
        switch (isProcedure, icd9) {
        case (false, true): CodeShape.isICD9Diagnosis(code)
        case (false, false): CodeShape.isICD10CM(code)
        case (true, true): CodeShape.isICD9Procedure(code)
        case (true, false): CodeShape.isICD10PCS(code)
        }
    }
}
