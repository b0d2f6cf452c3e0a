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
    /// `fee_schedule` table (every file of the current schema has them, empty until imported).
    ///
    /// The official code set wins over authored text (a code terminated after an entry was written
    /// is reported terminated); a code that authored knowledge names among an entry's related codes
    /// counts as known. ICD-9-CM codes also count when a GEM maps them.
    /// - Parameter today: `YYYYMMDD` (`nil`: today); a termination date after it is not yet in force.
    func existence(of code: CodeToken, today: String? = nil) throws -> CodeExistence {
        if let row = try database.statement(
            "SELECT termination_date FROM code WHERE system = ? AND code = ? LIMIT 1"
        ).rows([.text(code.system.rawValue), .text(code.code)], { [$0.text(0)] }).first {
            if let date = row[0].flatMap(Self.stamp), date <= today ?? Self.todayStamp() { return .terminated(date: date) }
            return .active
        }
        if code.isProcedure, let status = try database.statement(
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
        if code.system == .icd9cm,
           try database.scalarInteger("SELECT count(*) FROM gem WHERE source = ? LIMIT 1", [.text(code.code)]) ?? 0 > 0 {
            return .active
        }
        return .notFound
    }

    /// Whether `identifier` is an imported LCD or article id (`L33797`, `A52458`).
    func isCoverageDocument(_ identifier: String) throws -> Bool {
        try lcdDocument(id: identifier) != nil
    }

    /// Today as `YYYYMMDD` (UTC), by arithmetic: a calendar costs tens of microseconds to make,
    /// more than the look-ups it would date.
    static func todayStamp() -> String {
        let days = Int(Date().timeIntervalSince1970) / 86_400
        // Civil-from-days (Howard Hinnant).
        let z = days + 719_468, era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097, yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1, month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return NumberText.dateStamp(year: year, month: month, day: day)
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
