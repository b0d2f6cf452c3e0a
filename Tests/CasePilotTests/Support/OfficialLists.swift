import Foundation

/// Code lists read from the official files in `../shared/data` (for tests about real data).
struct OfficialLists {
    /// CPT/HCPCS numbers in the Medicare fee-schedule file, with their short descriptors.
    let feeSchedule: [String: String]
    /// HCPCS Level II codes (RECID 3) and modifiers (RECID 7) with their termination dates ("" when active).
    let levelTwoCodes: [String: String]
    let levelTwoModifiers: [String: String]
    /// CPT modifiers listed in the modifier guidance file.
    let cptModifiers: Set<String>

    static let feeSchedulePath = TestPaths.sharedData.appendingPathComponent("pfs-rvu/PPRRVU24_JUL.csv")
    static let hcpcsPath = TestPaths.sharedData.appendingPathComponent("hcpcs/HCPC2025_OCT_ANWEB.csv")
    static let modifierGuidancePath = TestPaths.sharedData.appendingPathComponent("modifiers/modifiers_cpt_and_level2_guidance_2024.csv")
    static var available: Bool {
        [feeSchedulePath, hcpcsPath, modifierGuidancePath].allSatisfy { FileManager.default.fileExists(atPath: $0.path) }
    }

    static func load() throws -> OfficialLists {
        var feeSchedule: [String: String] = [:]
        let rvu = try CSVTable(url: feeSchedulePath)
        for row in rvu.rows { feeSchedule[row[rvu.column("hcpcs")]] = row[rvu.column("description")] }
        var codes: [String: String] = [:], modifiers: [String: String] = [:]
        let hcpcs = try CSVTable(url: hcpcsPath)
        for row in hcpcs.rows {
            let code = row[hcpcs.column("HCPC")].trimmingCharacters(in: .whitespaces)
            let term = row[hcpcs.column("TERM DT")].trimmingCharacters(in: .whitespaces)
            if row[hcpcs.column("RECID")] == "7" { modifiers[code] = term } else { codes[code] = term }
        }
        let guidance = try CSVTable(url: modifierGuidancePath)
        let cpt = Set(guidance.rows.filter { $0[guidance.column("mod_type")] == "CPT" }.map { $0[guidance.column("mod_code")] })
        return OfficialLists(feeSchedule: feeSchedule, levelTwoCodes: codes, levelTwoModifiers: modifiers, cptModifiers: cpt)
    }
}

/// A small RFC 4180 CSV reader for test data.
struct CSVTable {
    let header: [String]
    let rows: [[String]]

    init(url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [[String]] = []
        var row: [String] = [], field = "", quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(scalar) }
            } else if scalar == "\"" { quoted = true }
            else if scalar == "," { row.append(field); field = "" }
            else if scalar == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else if scalar != "\r" { field.unicodeScalars.append(scalar) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        let header = rows.first ?? []
        self.header = header
        self.rows = Array(rows.dropFirst()).filter { $0.count == header.count }
    }

    func column(_ name: String) -> Int { header.firstIndex(of: name)! }
}
