/// Reads the release (and, for NCCI files, the setting) from an official file name.
enum ReleaseDetector {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The release a file name states, or `nil`.
    ///
    /// Understands `2024-07-01`, `Eff_07-01-2024`, `April-1-2026`, NCCI versions (`v302r0` is
    /// 2024-07-01), `HCPC2025_OCT`, `PPRRVU24_JUL`, `RVU24C`, `AOC_V2025Q4`, `codes_2026_april`,
    /// `2025-08`, `CMS32` and a plain fiscal year (`icd10cm_codes_2024` is FY2024).
    static func release(fromFileName name: String) -> String? {
        let lower = name.lowercased()
        if let match = lower.firstMatch(of: /(\d{4})-(\d{2})-(\d{2})/) { return "\(match.1)-\(match.2)-\(match.3)" }
        if let match = lower.firstMatch(of: /(\d{2})-(\d{2})-(\d{4})/) { return "\(match.3)-\(match.1)-\(match.2)" }
        if let match = lower.firstMatch(of: /([a-z]+)-(\d{1,2})-(\d{4})/), let month = monthNumber(String(match.1)) {
            return "\(match.3)-\(month)-\(pad(String(match.2)))"
        }
        if let match = lower.firstMatch(of: /v(\d{2})(\d)r\d/), let version = Int(match.1), let quarter = Int(match.2), quarter < 4 {
            return "\(1994 + version)-\(pad(String(quarter * 3 + 1)))-01"
        }
        if let match = lower.firstMatch(of: /v?(\d{4})q([1-4])/), let quarter = Int(match.2) {
            return "\(match.1)-Q\(quarter)"
        }
        if let match = lower.firstMatch(of: /(\d{4})[_-]?([a-z]{3})[a-z]*/), let month = monthNumber(String(match.2)) {
            return "\(match.1)-\(month)"
        }
        if let match = lower.firstMatch(of: /rvu(\d{2})([a-d])/) { return "RVU\(match.1)\(match.2.uppercased())" }
        if let match = lower.firstMatch(of: /(\d{2})_([a-z]{3})/), let month = monthNumber(String(match.2)) {
            return "20\(match.1)-\(month)"
        }
        if let match = lower.firstMatch(of: /(\d{4})-(\d{2})/) { return "\(match.1)-\(match.2)" }
        if let match = lower.firstMatch(of: /cms(\d{2})_/) { return "ICD-9-CM v\(match.1)" }
        if let match = lower.firstMatch(of: /(?:^|[^\d])(20\d{2})(?:[^\d]|$)/) {
            return lower.contains("icd10") || lower.contains("gem") ? "FY\(match.1)" : String(match.1)
        }
        return nil
    }

    /// The NCCI/MUE setting a file name states, or `nil`.
    static func setting(fromFileName name: String) -> Setting? {
        let lower = name.lowercased()
        if lower.contains("dme") { return .dme }
        if lower.contains("hospital") || lower.contains("ccioph") || lower.contains("outpatient") { return .hospital }
        if lower.contains("practitioner") || lower.contains("ccipra") || lower.contains("_prac") { return .practitioner }
        return nil
    }

    private static func monthNumber(_ text: String) -> String? {
        guard text.count >= 3, let index = months.firstIndex(of: String(text.prefix(3))) else { return nil }
        return pad(String(index + 1))
    }

    private static func pad(_ text: String) -> String { text.count == 1 ? "0" + text : text }
}
