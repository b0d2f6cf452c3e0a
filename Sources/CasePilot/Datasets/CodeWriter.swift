/// One row of the `code` table: a code of an official code set with its descriptions and status.
struct CodeRow {
    /// The stored system name: a ``CodeSystem`` raw value, or ``CodeWriter/icd9ProcedureSystem``.
    var system: String
    /// The code without dots (`E119`).
    var code: String
    var description: String
    var shortDescription: String? = nil
    /// `true` valid for claims, `false` a header; `nil` unknown.
    var billable: Bool? = nil
    /// The parent code without dots.
    var parent: String? = nil
    /// `YYYYMMDD` dates.
    var effectiveDate: String? = nil
    var terminationDate: String? = nil
}

/// Inserts code rows for one dataset; a later row for the same code updates the earlier one.
struct CodeWriter {
    /// ICD-9-CM volume 3 procedure codes share digits with diagnoses, so they get their own system name.
    static let icd9ProcedureSystem = "ICD-9-CM-PROC"

    private let insert: BulkInsert
    private let insertTerm: BulkInsert
    private let insertNote: BulkInsert
    private let dataset: Dataset

    init(context: ImportContext) throws {
        dataset = context.dataset
        insert = try context.knowledgeBase.bulkInsert("""
            INSERT INTO code(system, code, display, description, short_description, billable, parent, effective_date, termination_date, dataset,
                             description_key, short_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(system, code) DO UPDATE SET
                description = excluded.description,
                description_key = excluded.description_key,
                short_description = coalesce(excluded.short_description, short_description),
                short_key = coalesce(excluded.short_key, short_key),
                billable = coalesce(excluded.billable, billable),
                parent = coalesce(excluded.parent, parent),
                effective_date = coalesce(excluded.effective_date, effective_date),
                termination_date = coalesce(excluded.termination_date, termination_date),
                dataset = excluded.dataset
            """)
        insertTerm = try context.knowledgeBase.bulkInsert("INSERT INTO code_term(system, code, term, term_key, dataset) VALUES (?, ?, ?, ?, ?)")
        insertNote = try context.knowledgeBase.bulkInsert("INSERT INTO code_note(system, code, kind, note, dataset) VALUES (?, ?, ?, ?, ?)")
    }

    /// The code as printed: `E11.9` for ICD-10-CM, `250.00` for ICD-9-CM, unchanged otherwise.
    static func display(_ code: String, system: String) -> String {
        switch system {
        case CodeSystem.icd10cm.rawValue: return CodeToken.display(code, system: .icd10cm)
        case CodeSystem.icd9cm.rawValue: return CodeToken.display(code, system: .icd9cm)
        case icd9ProcedureSystem where code.count > 2: return String(code.prefix(2)) + "." + String(code.dropFirst(2))
        default: return code
        }
    }

    func write(_ row: CodeRow) throws {
        insert.text(row.system, at: 1)
        insert.text(row.code, at: 2)
        insert.text(Self.display(row.code, system: row.system), at: 3)
        insert.text(row.description, at: 4)
        insert.text(row.shortDescription, at: 5)
        insert.integer(row.billable.map { $0 ? 1 : 0 }, at: 6)
        insert.text(row.parent, at: 7)
        insert.text(row.effectiveDate, at: 8)
        insert.text(row.terminationDate, at: 9)
        insert.text(dataset.rawValue, at: 10)
        insert.integer(DescriptionKey.key(row.description), at: 11)
        insert.integer(row.shortDescription.map(DescriptionKey.key), at: 12)
        try insert.insert()
    }

    /// Adds an instructional note of `code` ("Use additional code to identify the stage …").
    func writeNote(_ note: String, kind: CodeNote.Kind, system: String, code: String) throws {
        insertNote.text(system, at: 1)
        insertNote.text(code, at: 2)
        insertNote.text(kind.rawValue, at: 3)
        insertNote.text(note, at: 4)
        insertNote.text(dataset.rawValue, at: 5)
        try insertNote.insert()
    }

    /// Adds an inclusion term of `code` (see ``InclusionTerm``); a term of modifiers only is skipped.
    func writeTerm(_ term: String, system: String, code: String) throws {
        guard !InclusionTerm.essential(term).isEmpty else { return }
        insertTerm.text(system, at: 1)
        insertTerm.text(code, at: 2)
        insertTerm.text(term, at: 3)
        insertTerm.integer(InclusionTerm.key(term), at: 4)
        insertTerm.text(dataset.rawValue, at: 5)
        try insertTerm.insert()
    }
}
