/// A code from an imported code set.
struct CodeRecord: Sendable, Hashable {
    let system: String
    let code: String
    let display: String
    let description: String
    let shortDescription: String?
    let billable: Bool?
    let parent: String?
    let effectiveDate: String?
    let terminationDate: String?
    let dataset: String

    static let columns = "c.system, c.code, c.display, c.description, c.short_description, c.billable, c.parent, c.effective_date, c.termination_date, c.dataset"
    /// How many columns `columns` reads: a query's own columns follow them.
    static let columnCount: Int32 = 10

    init(system: String, code: String, display: String, description: String, shortDescription: String?, billable: Bool?,
         parent: String?, effectiveDate: String?, terminationDate: String?, dataset: String) {
        self.system = system; self.code = code; self.display = display; self.description = description
        self.shortDescription = shortDescription; self.billable = billable; self.parent = parent
        self.effectiveDate = effectiveDate; self.terminationDate = terminationDate; self.dataset = dataset
    }

    init(row: Row) {
        system = row.string(0); code = row.string(1); display = row.string(2); description = row.string(3)
        shortDescription = row.text(4); billable = row.integer(5).map { $0 != 0 }; parent = row.text(6)
        effectiveDate = row.text(7); terminationDate = row.text(8); dataset = row.string(9)
    }

    /// The public code system (ICD-9 procedures report as ICD-9-CM).
    var codeSystem: CodeSystem { CodeSystem(rawValue: system) ?? .icd9cm }
}

/// One NCCI procedure-to-procedure edit.
struct PTPEditRecord: Sendable, Hashable {
    let column1: String
    let column2: String
    let effectiveDate: String?
    let deletionDate: String?
    let modifierIndicator: Int
    let rationale: String?
}

/// One medically unlikely edit.
struct MUERecord: Sendable, Hashable {
    let code: String
    let value: Int
    let adjudicationIndicator: Int
    let rationale: String?
}

/// One add-on code edit.
struct AOCRecord: Sendable, Hashable {
    let addOn: String
    let primary: String
    let editType: Int
    let deletionDate: String?
}

/// One row of the physician fee schedule relative value file.
struct FeeScheduleRecord: Sendable, Hashable {
    let code: String
    let modifier: String
    let description: String?
    let status: String
    let workRVU: Double?
    let nonFacilityPE: Double?
    let facilityPE: Double?
    let malpracticeRVU: Double?
    let nonFacilityTotal: Double?
    let facilityTotal: Double?
    let pctc: String?
    let globalDays: String?
    let multipleProcedure: String?
    let bilateral: String?
    let assistant: String?
    let coSurgery: String?
    let teamSurgery: String?
    let conversionFactor: Double?
}

/// One GEM entry.
struct GEMRecord: Sendable, Hashable {
    let map: String
    let source: String
    let target: String
    let approximate: Bool
    let noMap: Bool
    let combination: Bool
    let scenario: Int
    let choiceList: Int
}

/// One LCD or billing article of the coverage index.
struct LCDRecord: Sendable, Hashable {
    let documentID: String
    let documentType: String
    let title: String
    let contractor: String?
    let effectiveDate: String?
    let retirementDate: String?
    let url: String?
}
