/// An instructional note of the ICD-10-CM tabular, as read back from the knowledge base.
struct CodeNote: Sendable, Hashable {
    /// The tabular's note kinds, in the order an answer lists them.
    enum Kind: String, CaseIterable, Sendable {
        case codeFirst, useAdditionalCode, codeAlso, excludes1, excludes2

        /// How an answer introduces the kind.
        var heading: String {
            switch self {
            case .codeFirst: "Code first"
            case .useAdditionalCode: "Use additional code"
            case .codeAlso: "Code also"
            case .excludes1: "Excludes1 (never coded together with these)"
            case .excludes2: "Excludes2 (not part of this code; both may be coded when both are present)"
            }
        }
    }

    /// The code the note is printed under (without dots): the asked code or one of its ancestors.
    let code: String
    let kind: Kind
    let note: String
}

extension KnowledgeBase {
    /// The notes printed under `codes` (without dots), in the tabular's order within each code.
    func codeNotes(system: String, codes: [String]) throws -> [CodeNote] {
        guard !codes.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: codes.count).joined(separator: ", ")
        // One statement per lineage length (at most five), cached like the others.
        return try database.statement("SELECT code, kind, note FROM code_note WHERE system = ? AND code IN (\(marks)) ORDER BY rowid")
            .rows([.text(system)] + codes.map { .text($0) }) { row in
                CodeNote.Kind(rawValue: row.string(1)).map { CodeNote(code: row.string(0), kind: $0, note: row.string(2)) }
            }.compactMap { $0 }
    }
}
