/// The flat ICD-10 files CMS and CDC publish each year, in two layouts:
/// - the order file (`icd10cm_order_2026.txt`, `icd10pcs_order_2026.txt`): order number 1–5,
///   code 7–13, header flag 15 (1 valid for claims, 0 header), short description 17–76, long
///   description from 78;
/// - the code-description file (`icd10cm_codes_2026.txt`): the code (no dot), spaces, then the
///   long description; every code in it is valid for claims.
struct ICDFlatFile {
    let system: CodeSystem

    func read(_ file: DataFile, writer: CodeWriter) throws -> Int {
        var rows: [CodeRow] = []
        try file.bytes.withUnsafeBufferPointer { buffer in
            var lines = LineReader(buffer)
            var orderLayout: Bool?
            while let line = lines.next() {
                if line.trimmed.isEmpty { continue }
                let isOrder = orderLayout ?? Self.isOrderLine(line)
                orderLayout = isOrder
                let row = isOrder ? try orderRow(line, number: lines.line) : try codeRow(line, number: lines.line)
                rows.append(row)
            }
        }
        let known = Set(rows.map(\.code))
        for var row in rows {
            // Headers are in the order file only; the parent is the longest shorter code present.
            var prefix = row.code.dropLast()
            while prefix.count >= 3, !known.contains(String(prefix)) { prefix = prefix.dropLast() }
            if prefix.count >= 3 { row.parent = String(prefix) }
            try writer.write(row)
        }
        return rows.count
    }

    private static func isOrderLine(_ line: ByteField) -> Bool {
        line.count > 16 && line.slice(0, 5).integer != nil && line[5] == 0x20 && line[13] == 0x20
            && (line[14] == UInt8(ascii: "0") || line[14] == UInt8(ascii: "1")) && line[15] == 0x20
    }

    private func orderRow(_ line: ByteField, number: Int) throws -> CodeRow {
        guard Self.isOrderLine(line) else {
            throw InputProblem("expected an order-file line (order number, code, 0/1 flag, short and long description), found \"\(line.string.prefix(40))\"", line: number)
        }
        let code = line.slice(6, 7).trimmed.string
        try check(code, header: line[14] == UInt8(ascii: "0"), number: number)
        let long = line.slice(77, line.count).trimmed.string
        return CodeRow(system: system.rawValue, code: code, description: long.isEmpty ? line.slice(16, 60).trimmed.string : long,
                       shortDescription: line.slice(16, 60).nonEmptyString, billable: line[14] == UInt8(ascii: "1"))
    }

    private func codeRow(_ line: ByteField, number: Int) throws -> CodeRow {
        let parts = line.words(limit: 2)
        guard parts.count == 2 else {
            throw InputProblem("expected a code followed by its description, found \"\(line.string.prefix(40))\"", line: number)
        }
        let code = parts[0].string
        try check(code, header: false, number: number)
        return CodeRow(system: system.rawValue, code: code, description: parts[1].string, billable: true)
    }

    private func check(_ code: String, header: Bool, number: Int) throws {
        let valid = system == .icd10cm ? CodeShape.isICD10CM(code) : CodeShape.isICD10PCS(code, length: header ? 1...7 : 7...7)
        guard valid else {
            let expected = system == .icd10cm ? "an ICD-10-CM code (a letter, a digit, then letters or digits)" : "a 7-character ICD-10-PCS code"
            throw InputProblem("expected \(expected), found \"\(code.prefix(12))\"", line: number)
        }
    }
}
