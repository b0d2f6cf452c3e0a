/// NCCI medically unlikely edits: the official CSV (copyright rows, then `HCPCS/CPT Code`,
/// `<Setting> Services MUE Values`, `MUE Adjudication Indicator`, `MUE Rationale`, the
/// indicator cell reading e.g. "3 Date of Service Edit: Clinical") and CSV exports.
struct MUEFormat: DatasetFormat {
    static let code = HeaderMap.Column("HCPCS/CPT code", "hcpcs cpt code", "hcpcs code", "cpt code", "code")
    static let value = HeaderMap.Column("MUE value", "mue value", "mue values", "value")
    static let indicator = HeaderMap.Column("MUE adjudication indicator", "mue adjudication indicator", "adjudication indicator", "mai")
    static let rationale = HeaderMap.Column("MUE rationale", "mue rationale", "rationale")

    func read(_ file: inout DataFile, context: ImportContext) throws -> Int {
        let insert = try context.knowledgeBase.bulkInsert("INSERT OR REPLACE INTO mue(setting, code, value, mai, rationale) VALUES (?, ?, ?, ?, ?)")
        let setting = (context.setting ?? .practitioner).rawValue
        let separator: UInt8 = file.looksTabDelimited ? 0x09 : 0x2C
        return try file.bytes.withUnsafeMutableBufferPointer { buffer in
            var reader = CSVReader(buffer, separator: separator)
            let header = try HeaderMap.locate(in: &reader, required: [Self.code, Self.value, Self.indicator])
            let columns = header.indices([Self.code, Self.value, Self.indicator, Self.rationale])
            var rows = 0
            while try reader.next() {
                let code = reader[columns[0]!].trimmed
                // The official files end with a footnote or copyright row.
                if rows > 0, !code.isAlphanumericCode(length: 5...5), reader.count <= 2 { continue }
                try header.requireWidth(reader)
                guard code.isAlphanumericCode(length: 5...5) else {
                    throw InputProblem("expected a HCPCS/CPT code (5 letters or digits), found \"\(code.string.prefix(12))\"", line: reader.line)
                }
                guard let value = reader[columns[1]!].integer else {
                    throw InputProblem("expected the MUE value of \(code.string) as a whole number, found \"\(reader[columns[1]!].string.prefix(12))\"", line: reader.line)
                }
                let indicatorField = reader[columns[2]!].trimmed
                guard indicatorField.count >= 1, let mai = indicatorField.slice(0, 1).integer, (1...3).contains(mai) else {
                    throw InputProblem("expected an MUE adjudication indicator of 1, 2 or 3 for \(code.string), found \"\(indicatorField.string.prefix(20))\"", line: reader.line)
                }
                insert.text(setting, at: 1)
                insert.text(code, at: 2)
                insert.integer(value, at: 3)
                insert.integer(mai, at: 4)
                insert.text(columns[3].map { reader[$0].trimmed } ?? code.slice(0, 0), at: 5)
                try insert.insert()
                rows += 1
            }
            return rows
        }
    }
}
