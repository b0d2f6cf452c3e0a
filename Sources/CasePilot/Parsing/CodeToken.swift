/// A code found in a question, with the system its shape (and the words around it) suggest.
struct CodeToken: Sendable, Hashable {
    let system: CodeSystem
    /// Normalised: upper case, no dots (`E119`, `99213`, `25`).
    let code: String
    /// For ICD-9-CM, which volume the dot placed it in: `true` for a procedure (`40.19`, two digits
    /// before the dot), `false` for a diagnosis (`401.9`); `nil` when written without a dot.
    var icd9Procedure: Bool? = nil

    /// The code as a coder prints it (`E11.9`, `250.00`, the procedure `40.19`).
    var display: String {
        icd9Procedure == true && code.count > 2 ? String(code.prefix(2)) + "." + String(code.dropFirst(2)) : CodeToken.display(code, system: system)
    }

    var reference: CodeReference { CodeReference(system: system, code: display) }

    var isProcedure: Bool { system == .cpt || system == .hcpcs }

    static func display(_ code: String, system: CodeSystem) -> String {
        switch system {
        case .icd10cm where code.count > 3:
            return String(code.prefix(3)) + "." + String(code.dropFirst(3))
        case .icd9cm where code.count > 3 && !code.hasPrefix("E") && code.first?.isNumber == true:
            return String(code.prefix(3)) + "." + String(code.dropFirst(3))
        case .icd9cm where code.hasPrefix("E") && code.count > 4:
            return String(code.prefix(4)) + "." + String(code.dropFirst(4))
        case .icd9cm where code.hasPrefix("V") && code.count > 3:
            return String(code.prefix(3)) + "." + String(code.dropFirst(3))
        default:
            return code
        }
    }
}
