extension KnowledgeBase {
    /// The PTP edits between two codes in either order (`nil` when the setting is not imported).
    func ptpEdits(_ first: String, _ second: String, setting: Setting) throws -> [PTPEditRecord]? {
        guard try datasetInfo(.ncciPTP, setting: setting) != nil else { return nil }
        let table = Schema.ptpTable(setting)
        return try database.statement("""
            SELECT p.column1, p.column2, p.effective_date, p.deletion_date, p.modifier_indicator, r.text
            FROM \(table) p LEFT JOIN ptp_rationale r ON r.id = p.rationale
            WHERE (p.column1 = ?1 AND p.column2 = ?2) OR (p.column1 = ?2 AND p.column2 = ?1)
            ORDER BY p.deletion_date IS NOT NULL, p.deletion_date DESC, p.effective_date DESC
            """).rows([.text(first), .text(second)]) { row in
                PTPEditRecord(column1: row.string(0), column2: row.string(1), effectiveDate: row.text(2), deletionDate: row.text(3),
                              modifierIndicator: Int(row.integer(4) ?? 9), rationale: row.text(5))
            }
    }

    /// The PTP edits that list `code` in column 1 (its component codes), or with `asColumn2` in
    /// column 2 (the codes it is bundled into), by code. `nil` when the setting is not imported.
    /// Column 2 has no index of its own (it would cost every import of 2.5 million rows), so that
    /// reading scans the table: about 0.2 s.
    func ptpEdits(of code: String, asColumn2: Bool = false, setting: Setting) throws -> [PTPEditRecord]? {
        guard try datasetInfo(.ncciPTP, setting: setting) != nil else { return nil }
        let (column, order) = asColumn2 ? ("column2", "column1") : ("column1", "column2")
        return try database.statement("""
            SELECT p.column1, p.column2, p.effective_date, p.deletion_date, p.modifier_indicator, NULL
            FROM \(Schema.ptpTable(setting)) p WHERE p.\(column) = ? ORDER BY p.\(order), p.effective_date DESC
            """).rows([.text(code)]) { row in
                PTPEditRecord(column1: row.string(0), column2: row.string(1), effectiveDate: row.text(2), deletionDate: row.text(3),
                              modifierIndicator: Int(row.integer(4) ?? 9), rationale: nil)
            }
    }

    /// The PTP edits between `code` and the E/M codes (99202–99499), either way round, by E/M
    /// code. `nil` when the setting is not imported. One index look-up per E/M code, in each column.
    func ptpEditsWithVisits(_ code: String, setting: Setting) throws -> [PTPEditRecord]? {
        guard try datasetInfo(.ncciPTP, setting: setting) != nil else { return nil }
        return try database.statement("""
            SELECT p.column1, p.column2, p.effective_date, p.deletion_date, p.modifier_indicator, NULL
            FROM \(Schema.ptpTable(setting)) p
            WHERE (p.column1 = ?1 AND p.column2 IN (\(Self.visitCodeList))) OR (p.column2 = ?1 AND p.column1 IN (\(Self.visitCodeList)))
            ORDER BY p.column1 = ?1, p.column1, p.column2, p.effective_date DESC
            """).rows([.text(code)]) { row in
                PTPEditRecord(column1: row.string(0), column2: row.string(1), effectiveDate: row.text(2), deletionDate: row.text(3),
                              modifierIndicator: Int(row.integer(4) ?? 9), rationale: nil)
            }
    }

    /// The E/M codes as an SQL list: '99202', ..., '99499' (digits only, so safe to inline).
    private static let visitCodeList = (99202...99499).map { "'\($0)'" }.joined(separator: ", ")

    /// The MUE of `code` in `setting`.
    func mue(_ code: String, setting: Setting) throws -> MUERecord? {
        try database.statement("SELECT code, value, mai, rationale FROM mue WHERE setting = ? AND code = ?")
            .rows([.text(setting.rawValue), .text(code)]) { row in
                MUERecord(code: row.string(0), value: Int(row.integer(1) ?? 0), adjudicationIndicator: Int(row.integer(2) ?? 0), rationale: row.text(3))
            }.first
    }

    /// Add-on code edits where `code` is the add-on (`asAddOn`) or the primary code.
    func aocEdits(_ code: String, asAddOn: Bool) throws -> [AOCRecord] {
        let column = asAddOn ? "add_on" : "primary_code"
        return try database.statement("SELECT add_on, primary_code, edit_type, deletion_date FROM aoc_edit WHERE \(column) = ? ORDER BY primary_code, add_on")
            .rows([.text(code)]) { row in
                AOCRecord(addOn: row.string(0), primary: row.string(1), editType: Int(row.integer(2) ?? 0), deletionDate: row.text(3))
            }
    }

    /// The fee schedule rows of `code` (global service first, then 26/TC/53).
    func feeSchedule(_ code: String) throws -> [FeeScheduleRecord] {
        try database.statement("""
            SELECT code, modifier, description, status, work_rvu, non_facility_pe_rvu, facility_pe_rvu, mp_rvu, non_facility_total,
                   facility_total, pctc_indicator, global_days, multiple_procedure, bilateral_surgery, assistant_surgery,
                   co_surgery, team_surgery, conversion_factor
            FROM fee_schedule WHERE code = ? ORDER BY modifier
            """).rows([.text(code)]) { row in
                FeeScheduleRecord(code: row.string(0), modifier: row.string(1), description: row.text(2), status: row.string(3),
                                  workRVU: row.real(4), nonFacilityPE: row.real(5), facilityPE: row.real(6), malpracticeRVU: row.real(7),
                                  nonFacilityTotal: row.real(8), facilityTotal: row.real(9), pctc: row.text(10), globalDays: row.text(11),
                                  multipleProcedure: row.text(12), bilateral: row.text(13), assistant: row.text(14), coSurgery: row.text(15),
                                  teamSurgery: row.text(16), conversionFactor: row.real(17))
            }
    }

    /// The conversion factor most rows of the imported fee schedule give (the file repeats it on
    /// every row); `nil` when none is imported. Reads the whole table: a few milliseconds.
    func feeScheduleConversionFactor() throws -> Double? {
        try database.statement("""
            SELECT conversion_factor FROM fee_schedule WHERE conversion_factor > 0
            GROUP BY conversion_factor ORDER BY count(*) DESC LIMIT 1
            """).rows { $0.real(0) }.first ?? nil
    }

    /// GEM entries of `source` in `map`.
    func gemEntries(map: String, source: String) throws -> [GEMRecord] {
        try gemEntries("WHERE map = ? AND source = ? ORDER BY scenario, choice_list, target", map: map, code: source)
    }

    /// GEM entries of `map` that lead to `target`, by source. Read only when a code has no entry of
    /// its own: no index holds the targets, so this reads the map's rows (a few milliseconds).
    func gemEntries(map: String, target: String) throws -> [GEMRecord] {
        try gemEntries("WHERE map = ? AND target = ? AND no_map = 0 ORDER BY source", map: map, code: target)
    }

    private func gemEntries(_ condition: String, map: String, code: String) throws -> [GEMRecord] {
        try database.statement("SELECT map, source, target, approximate, no_map, combination, scenario, choice_list FROM gem " + condition)
            .rows([.text(map), .text(code)]) { row in
                GEMRecord(map: row.string(0), source: row.string(1), target: row.string(2), approximate: row.integer(3) == 1,
                          noMap: row.integer(4) == 1, combination: row.integer(5) == 1, scenario: Int(row.integer(6) ?? 0), choiceList: Int(row.integer(7) ?? 0))
            }
    }

    /// The imported LCD or article with the id `identifier` (`L33797`, `A52458`), if any.
    func lcdDocument(id identifier: String) throws -> LCDRecord? {
        try database.statement("SELECT \(Self.lcdColumns) FROM lcd_document d WHERE d.document_id = ?")
            .rows([.text(identifier.uppercased())], Self.lcdRecord).first
    }

    /// LCDs and articles whose titles hold the topic `words`, best first.
    ///
    /// A title must hold every word of a one- or two-word topic, and all but one of a longer one
    /// (as a word or a word's start: "rehab" finds "Rehabilitation"). A title that shares only
    /// "screening" with "is an ABN required for a screening PSA?" is noise, not a lead. Titles
    /// holding every word come first; then active documents, bm25, LCDs before articles.
    func lcdDocuments(matching words: [String], limit: Int) throws -> [LCDRecord] {
        let terms = Array(Set(words.map { $0.filter { $0.isLetter || $0.isNumber }.lowercased() }.filter { $0.count > 1 }))
            .sorted().map { "\"\($0)\"*" }
        guard !terms.isEmpty else { return [] }
        var queries = [terms.joined(separator: " AND ")]
        if terms.count > 2 { queries.append(Self.allButOne(terms)) }
        var documents: [LCDRecord] = []
        for query in queries where documents.count < limit {
            let rows = try database.statement("""
                SELECT \(Self.lcdColumns) FROM lcd_fts JOIN lcd_document d ON d.id = lcd_fts.rowid WHERE lcd_fts MATCH ?
                ORDER BY d.retirement_date IS NOT NULL, bm25(lcd_fts), d.document_type = 'Article', d.document_id LIMIT ?
                """).rows([.text(query), .integer(Int64(limit))], Self.lcdRecord)
            documents += rows.filter { row in !documents.contains { $0.documentID == row.documentID } }
        }
        return Array(documents.prefix(limit))
    }

    /// The columns of an LCD index document that ``lcdRecord(_:)`` reads, of `lcd_document d`.
    private static let lcdColumns = "d.document_id, d.document_type, d.title, d.contractor, d.effective_date, d.retirement_date, d.url"

    private static func lcdRecord(_ row: Row) -> LCDRecord {
        LCDRecord(documentID: row.string(0), documentType: row.string(1), title: row.string(2), contractor: row.text(3),
                  effectiveDate: row.text(4), retirementDate: row.text(5), url: row.text(6))
    }
}
