import FoundationEssentials

/// What the knowledge base can say about whether a code exists.
enum CodeExistence: Sendable, Hashable {
    /// Known and current: an authored entry, an official code-set row or a fee-schedule row.
    case active
    /// Known but no longer valid: terminated in the official code set (date `YYYYMMDD` when
    /// known), marked deleted in the fee schedule, or authored as `status: deleted`.
    case terminated(date: String?)
    /// Found nowhere: invented, mistyped, or from a code set that has not been imported.
    case notFound
}

extension KnowledgeBase {
    /// Whether `code` exists, according to authored entries, the official `code` table and the
    /// `fee_schedule` table (each consulted only when present).
    ///
    /// The official code set wins over authored text (a code terminated after an entry was written
    /// is reported terminated); a code that authored knowledge names among an entry's related codes
    /// counts as known. ICD-9-CM codes also count when a GEM maps them.
    /// - Parameter today: `YYYYMMDD`; a termination date after it is not yet in force.
    func existence(of code: CodeToken, today: String = KnowledgeBase.todayStamp()) throws -> CodeExistence {
        let tables = try presentTables()
        if tables.contains("code"), let row = try database.statement(
            "SELECT termination_date FROM code WHERE system = ? AND code = ? LIMIT 1"
        ).rows([.text(code.system.rawValue), .text(code.code)], { [$0.text(0)] }).first {
            if let date = row[0].flatMap(Self.stamp), date <= today { return .terminated(date: date) }
            return .active
        }
        if code.isProcedure, tables.contains("fee_schedule"), let status = try database.statement(
            "SELECT status FROM fee_schedule WHERE code = ? ORDER BY modifier = '' DESC LIMIT 1"
        ).rows([.text(code.code)], { $0.string(0) }).first {
            return status == "D" || status == "H" ? .terminated(date: nil) : .active
        }
        if let entry = try entry(for: code) {
            return entry.isDeleted ? .terminated(date: nil) : .active
        }
        if code.system == .modifier, CodeShapes.cptModifiers.contains(code.code) || CodeShapes.commonLevelTwoModifiers.contains(code.code) {
            return .active
        }
        let related = try database.scalarInteger(
            "SELECT count(*) FROM kb_related WHERE system = ? AND code = ?", [.text(code.system.rawValue), .text(code.display)]) ?? 0
        if related > 0 { return .active }
        if code.system == .icd9cm, tables.contains("gem"),
           try database.scalarInteger("SELECT count(*) FROM gem WHERE source = ? LIMIT 1", [.text(code.code)]) ?? 0 > 0 {
            return .active
        }
        return .notFound
    }

    /// Whether `identifier` is an imported LCD or article id (`L33797`, `A52458`).
    func isCoverageDocument(_ identifier: String) throws -> Bool {
        guard try presentTables().contains("lcd_document") else { return false }
        return try database.scalarInteger("SELECT count(*) FROM lcd_document WHERE document_id = ?", [.text(identifier.uppercased())]) ?? 0 > 0
    }

    private func presentTables() throws -> Set<String> {
        Set(try database.statement(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('code', 'fee_schedule', 'gem', 'lcd_document')"
        ).rows { $0.string(0) })
    }

    /// Today as `YYYYMMDD` (UTC).
    static func todayStamp(_ date: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return NumberText.dateStamp(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
    }

    /// A date as `YYYYMMDD` from `YYYYMMDD`, `YYYY-MM-DD` or `MM/DD/YYYY`; `nil` if unreadable.
    static func stamp(_ text: String) -> String? {
        let trimmed = text.trimmed()
        if trimmed.contains("/") {
            let parts = trimmed.split(separator: "/")
            guard parts.count == 3, parts[2].count == 4 else { return nil }
            return String(parts[2]) + String(repeating: "0", count: max(0, 2 - parts[0].count)) + parts[0]
                + String(repeating: "0", count: max(0, 2 - parts[1].count)) + parts[1]
        }
        let digits = trimmed.filter(\.isNumber)
        return digits.count == 8 ? digits : nil
    }
}
