/// NCCI add-on code edits: the official TXT/CSV (`Add-on Code`, `Primary Code`, `AOC Edit Type`,
/// effective and deletion dates) and CSV exports (`primary_code, add_on_code, aoc_edit_type`).
struct AOCFormat: DatasetFormat {
    static let addOn = HeaderMap.Column("add-on code", "add on code", "addon code", "aoc", "add on")
    static let primary = HeaderMap.Column("primary code", "primary code", "primary")
    static let type = HeaderMap.Column("AOC edit type", "aoc edit type", "edit type", "type")
    static let effective = HeaderMap.Column("AOC edit effective date", "aoc edit effective date", "edit effective date")
    static let deletion = HeaderMap.Column("AOC edit deletion date", "aoc edit deletion date", "edit deletion date", "deletion date")

    func read(_ file: inout DataFile, context: ImportContext) throws -> Int {
        let insert = try context.knowledgeBase.bulkInsert(
            "INSERT OR REPLACE INTO aoc_edit(add_on, primary_code, edit_type, effective_date, deletion_date) VALUES (?, ?, ?, ?, ?)")
        let separator: UInt8 = file.looksTabDelimited ? 0x09 : 0x2C
        return try file.bytes.withUnsafeMutableBufferPointer { buffer in
            var reader = CSVReader(buffer, separator: separator)
            let header = try HeaderMap.locate(in: &reader, required: [Self.addOn, Self.primary, Self.type])
            let columns = header.indices([Self.addOn, Self.primary, Self.type, Self.effective, Self.deletion])
            var rows = 0
            while try reader.next() {
                try header.requireWidth(reader)
                let addOn = reader[columns[0]!].trimmed, primary = reader[columns[1]!].trimmed
                guard addOn.isAlphanumericCode(length: 5...5), primary.isAlphanumericCode(length: 5...5) else {
                    throw InputProblem("expected an add-on code and a primary code (5 letters or digits each; CCCCC for contractor-defined primaries), found \"\(addOn.string.prefix(12))\" and \"\(primary.string.prefix(12))\"", line: reader.line)
                }
                guard let type = reader[columns[2]!].integer, (1...3).contains(type) else {
                    throw InputProblem("expected an AOC edit type of 1, 2 or 3, found \"\(reader[columns[2]!].string.prefix(12))\"", line: reader.line)
                }
                insert.text(addOn, at: 1)
                insert.text(primary, at: 2)
                insert.integer(type, at: 3)
                insert.text(try columns[3].flatMap { try CodeShape.date(reader[$0].string, line: reader.line, what: "effective date") }, at: 4)
                insert.text(try columns[4].flatMap { try CodeShape.date(reader[$0].string, line: reader.line, what: "deletion date") }, at: 5)
                try insert.insert()
                rows += 1
            }
            return rows
        }
    }
}
