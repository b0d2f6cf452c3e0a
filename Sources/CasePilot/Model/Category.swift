/// The kind of question asked; its raw value is the stable id used in JSON output.
public enum Category: String, Sendable, Codable, CaseIterable, Hashable {
    /// Code look-ups in any code system: meaning, validity, description to code, RVUs.
    case cpt
    /// How to code: E/M levels, time, global surgery, add-on codes, ICD-10-CM conventions.
    case guidelines
    /// What a modifier means and which one to use.
    case modifiers
    /// Mappings between code sets: GEMs, CPT to HCPCS G-codes, code-to-code relations.
    case crosswalks
    /// NCCI procedure-to-procedure edits, MUEs and add-on code edits.
    case ncci
    /// Upcoding, unbundling, documentation, FCA/AKS/Stark, OIG, HIPAA.
    case compliance
    /// Medicare coverage: NCD/LCD, frequency limits, ABN, preventive services.
    case coverage
    /// Not a medical-coding question.
    case unknown

    /// The seven answerable categories (all but ``unknown``).
    public static let answerable: [Category] = allCases.filter { $0 != .unknown }

    /// A short human-readable name.
    public var displayName: String {
        switch self {
        case .cpt: "code look-up"
        case .guidelines: "coding guidelines"
        case .modifiers: "modifiers"
        case .crosswalks: "crosswalks"
        case .ncci: "NCCI edits"
        case .compliance: "compliance"
        case .coverage: "Medicare coverage"
        case .unknown: "out of scope"
        }
    }
}
