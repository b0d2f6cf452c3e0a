/// The Medicare Physician Fee Schedule relative value file (PPRRVU): the official CSV (title and
/// copyright rows, then `HCPCS, MOD, DESCRIPTION, STATUS CODE, ... WORK RVU, ... GLOB DAYS, ...
/// MULT PROC, BILAT SURG, ASST SURG, CO- SURG, TEAM SURG, ...`) and snake_case exports.
///
/// The descriptor column holds AMA CPT text: it is stored only in the user's own database.
struct PFSFormat: DatasetFormat {
    static let columns: [HeaderMap.Column] = [
        .init("HCPCS", "hcpcs", "hcpcs code", "code"),
        .init("MOD", "mod", "modifier"),
        .init("DESCRIPTION", "description", "short description"),
        .init("STATUS CODE", "status code", "status"),
        .init("WORK RVU", "work rvu", "rvu work", "work"),
        .init("NON-FAC PE RVU", "non fac pe rvu", "non facility pe rvu", "transitioned non fac pe rvu"),
        .init("FACILITY PE RVU", "facility pe rvu", "fac pe rvu", "transitioned facility pe rvu"),
        .init("MP RVU", "mp rvu", "malpractice rvu", "mp"),
        .init("NON-FACILITY TOTAL", "non facility total", "non fac total"),
        .init("FACILITY TOTAL", "facility total", "fac total"),
        .init("PCTC IND", "pctc ind", "pctc indicator", "pctc"),
        .init("GLOB DAYS", "glob days", "global days", "global"),
        .init("MULT PROC", "mult proc", "multiple procedure"),
        .init("BILAT SURG", "bilat surg", "bilateral surgery"),
        .init("ASST SURG", "asst surg", "assistant surgery"),
        .init("CO- SURG", "co surg", "co surgery", "co surgeons"),
        .init("TEAM SURG", "team surg", "team surgery"),
        .init("ENDO BASE", "endo base", "endoscopic base code"),
        .init("PHYSICIAN SUPERVISION", "physician supervision of diagnostic procedures", "physician supervision"),
        .init("CONV FACTOR", "conv factor", "conversion factor"),
    ]

    func accepts(_ fileName: String) -> Bool {
        let lower = fileName.lowercased()
        return lower.contains("pprrvu") && (lower.hasSuffix(".csv") || lower.hasSuffix(".txt"))
    }

    func read(_ file: inout DataFile, context: ImportContext) throws -> Int {
        let insert = try context.knowledgeBase.bulkInsert("""
            INSERT OR REPLACE INTO fee_schedule(code, modifier, description, status, work_rvu, non_facility_pe_rvu, facility_pe_rvu, mp_rvu,
                non_facility_total, facility_total, pctc_indicator, global_days, multiple_procedure, bilateral_surgery,
                assistant_surgery, co_surgery, team_surgery, endoscopic_base, supervision, conversion_factor)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let separator: UInt8 = file.looksTabDelimited ? 0x09 : 0x2C
        return try file.bytes.withUnsafeMutableBufferPointer { buffer in
            var reader = CSVReader(buffer, separator: separator)
            let header = try HeaderMap.locate(in: &reader, required: [Self.columns[0], Self.columns[3], Self.columns[4]], preamble: 15)
            let indices = header.indices(Self.columns)
            var rows = 0
            while try reader.next() {
                let code = reader[indices[0]!].trimmed
                if rows > 0, reader.count <= 2 { continue }
                try header.requireWidth(reader)
                guard code.isAlphanumericCode(length: 5...5) else {
                    throw InputProblem("expected a HCPCS/CPT code (5 letters or digits) in the HCPCS column, found \"\(code.string.prefix(12))\"", line: reader.line)
                }
                let status = reader[indices[3]!].trimmed
                guard status.count == 1 else {
                    throw InputProblem("expected a one-letter status code for \(code.string), found \"\(status.string.prefix(12))\"", line: reader.line)
                }
                for (offset, index) in indices.enumerated() {
                    let parameter = Int32(offset + 1)
                    guard let index else { insert.integer(nil, at: parameter); continue }
                    let field = reader[index].trimmed
                    switch offset {
                    case 1: insert.text(field.isEmpty ? "" : field.string, at: parameter)
                    case 4...9, 19:
                        if field.isEmpty { insert.real(nil, at: parameter); continue }
                        guard let number = Double(field.string) else {
                            throw InputProblem("expected a number in \(Self.columns[offset].label) for \(code.string), found \"\(field.string.prefix(12))\"", line: reader.line)
                        }
                        insert.real(number, at: parameter)
                    default: insert.text(field, at: parameter)
                    }
                }
                try insert.insert()
                rows += 1
            }
            return rows
        }
    }
}
