/// The CMS HCPCS Level II alpha-numeric file: the CSV/XLSX export with the official headers
/// (`HCPC`, `RECID`, `LONG DESCRIPTION`, `SHORT DESCRIPTION`, `ADD DT`, `TERM DT`, ...) or the
/// official fixed-width TXT of 320-byte records (see ``HCPCSFixedWidth``), alone or in the ZIP.
struct HCPCSFormat: DatasetFormat {
    static let code = HeaderMap.Column("HCPC", "hcpc", "hcpcs", "hcpcs code", "code")
    static let recordID = HeaderMap.Column("RECID", "recid", "record id")
    static let long = HeaderMap.Column("LONG DESCRIPTION", "long description", "long desc")
    static let short = HeaderMap.Column("SHORT DESCRIPTION", "short description", "short desc")
    static let added = HeaderMap.Column("ADD DT", "add dt", "add date", "code added date")
    static let actionEffective = HeaderMap.Column("ACT EFF DT", "act eff dt", "action effective date")
    static let termination = HeaderMap.Column("TERM DT", "term dt", "termination date")

    func accepts(_ fileName: String) -> Bool {
        let lower = fileName.lowercased()
        return (lower.hasSuffix(".txt") || lower.hasSuffix(".csv")) && !lower.contains("layout") && !lower.contains("note")
            && !lower.contains("transaction") && !lower.contains("readme")
    }

    func read(_ file: inout DataFile, context: ImportContext) throws -> Int {
        let writer = try CodeWriter(context: context)
        if HCPCSFixedWidth.looksFixedWidth(file.bytes) {
            return try HCPCSFixedWidth.read(file, writer: writer)
        }
        return try file.bytes.withUnsafeMutableBufferPointer { buffer in
            var reader = CSVReader(buffer)
            let header = try HeaderMap.locate(in: &reader, required: [Self.code, Self.long])
            let columns = header.indices([Self.code, Self.recordID, Self.long, Self.short, Self.added, Self.actionEffective, Self.termination])
            var rows = 0
            while try reader.next() {
                try header.requireWidth(reader)
                let code = reader[columns[0]!].trimmed.string
                let recordID = columns[1].map { reader[$0].trimmed.string } ?? (code.count == 2 ? "7" : "3")
                let isModifier = recordID == "7" || recordID == "8"
                guard isModifier ? (code.count == 2 && code.allSatisfy { $0.isLetter || $0.isNumber }) : CodeShape.isProcedure(code) else {
                    throw InputProblem("expected a HCPCS Level II code (a letter and four digits) or a two-character modifier in column \(header.names[columns[0]!]), found \"\(code.prefix(12))\"", line: reader.line)
                }
                let description = reader[columns[2]!].trimmed.string
                guard !description.isEmpty else { throw InputProblem("the long description of \(code) is empty", line: reader.line) }
                try writer.write(CodeRow(
                    system: isModifier ? CodeSystem.modifier.rawValue : CodeSystem.hcpcs.rawValue, code: code,
                    description: description, shortDescription: columns[3].flatMap { reader[$0].nonEmptyString },
                    billable: true, parent: nil,
                    effectiveDate: try columns[4].flatMap { try CodeShape.date(reader[$0].string, line: reader.line, what: "add date") },
                    terminationDate: try columns[6].flatMap { try CodeShape.date(reader[$0].string, line: reader.line, what: "termination date") }))
                rows += 1
            }
            return rows
        }
    }
}
