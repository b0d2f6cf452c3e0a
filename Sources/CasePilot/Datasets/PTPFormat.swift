import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// NCCI procedure-to-procedure edits: the official tab-delimited TXT (title and copyright lines,
/// then `Column 1, Column 2, *=in existence prior to 1996, Effective Date, Deletion Date,
/// Modifier, PTP Edit Rationale`) and CSV exports with those columns under any header spelling.
struct PTPFormat: DatasetFormat {
    static let column1 = HeaderMap.Column("column 1", "column 1", "column1", "col 1", "comprehensive code")
    static let column2 = HeaderMap.Column("column 2", "column 2", "column2", "col 2", "component code")
    static let prior = HeaderMap.Column("prior to 1996", "in existence prior to 1996", "prior 1996", "1996")
    static let effective = HeaderMap.Column("effective date", "effective date", "effective")
    static let deletion = HeaderMap.Column("deletion date", "deletion date", "deletion")
    static let modifier = HeaderMap.Column("modifier indicator", "modifier indicator", "modifier")
    static let rationale = HeaderMap.Column("rationale", "ptp edit rationale", "rationale")

    func read(_ file: inout DataFile, context: ImportContext) throws -> Int {
        let setting = context.setting ?? .practitioner
        let insert = try context.knowledgeBase.bulkInsert("""
            INSERT INTO \(Schema.ptpTable(setting))(column1, column2, effective_date, deletion_date, prior_1996, modifier_indicator, rationale)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let tabs = file.looksTabDelimited
        let total = file.bytes.count
        var rationales = RationaleCache()
        let name = file.displayName
        return try file.bytes.withUnsafeMutableBufferPointer { buffer in
            var reader = CSVReader(buffer, separator: tabs ? 0x09 : 0x2C)
            // Official column order, used for the TXT when its header block is not recognised.
            var columns: [Int?] = [0, 1, 2, 3, 4, 5, 6]
            var sawHeader = false
            var rows = 0
            var preamble = 0
            while try reader.next() {
                guard let first = columns[0], let second = columns[1],
                      reader[first].trimmed.isAlphanumericCode(length: 5...5), reader[second].trimmed.isAlphanumericCode(length: 5...5)
                else {
                    if rows > 0 { throw problem(reader, columns) }
                    let map = HeaderMap(reader: reader)
                    let mapped = map.indices([Self.column1, Self.column2, Self.prior, Self.effective, Self.deletion, Self.modifier, Self.rationale])
                    // A header row names both code columns (in different cells) and the modifier indicator.
                    if reader.count >= 3, let one = mapped[0], let two = mapped[1], one != two, mapped[5] != nil {
                        columns = mapped
                        sawHeader = true
                    }
                    preamble += 1
                    if preamble > 20 || (!tabs && !sawHeader) {
                        throw InputProblem("expected NCCI PTP edits: a header with column 1, column 2, deletion date and modifier indicator, then rows of two 5-character codes", line: reader.line)
                    }
                    continue
                }
                let needed = (columns.compactMap { $0 }.max() ?? 5) + 1
                if reader.count < needed {
                    throw InputProblem("expected \(needed) fields, found \(reader.count): the row is incomplete (truncated file?)", line: reader.line)
                }
                guard let modifierIndex = columns[5], let modifier = reader[modifierIndex].integer, modifier == 0 || modifier == 1 || modifier == 9 else {
                    throw problem(reader, columns)
                }
                insert.text(reader[first].trimmed, at: 1)
                insert.text(reader[second].trimmed, at: 2)
                insert.text(try date(reader, columns[3]), at: 3)
                insert.text(try date(reader, columns[4]), at: 4)
                insert.integer(columns[2].map { reader[$0].trimmed.equals("*") ? 1 : 0 }, at: 5)
                insert.integer(modifier, at: 6)
                if let index = columns[6] {
                    insert.integer(try rationales.id(reader[index].trimmed, knowledgeBase: context.knowledgeBase), at: 7)
                } else {
                    insert.integer(nil, at: 7)
                }
                try insert.insert()
                rows += 1
                if rows & 0x3FFF == 0 {
                    context.report(file: name, rows: rows, fraction: Double(reader.offset) / Double(max(total, 1)))
                }
            }
            context.report(file: name, rows: rows, fraction: 1)
            return rows
        }
    }

    /// An 8-digit date, or an empty field for "no date" (`*` or blank).
    private func date(_ reader: CSVReader, _ index: Int?) throws -> ByteField {
        guard let index else { return ByteField(base: UnsafePointer<UInt8>(bitPattern: 1)!, count: 0) }
        let field = reader[index].trimmed
        if field.isEmpty || field.equals("*") { return field.slice(0, 0) }
        guard field.count == 8, field.integer != nil else {
            throw InputProblem("expected a date as YYYYMMDD or * for none, found \"\(field.string.prefix(20))\"", line: reader.line)
        }
        return field
    }

    private func problem(_ reader: CSVReader, _ columns: [Int?]) -> InputProblem {
        let shown = (0..<min(reader.count, 7)).map { reader[$0].string.prefix(20) }.joined(separator: " | ")
        return InputProblem("expected an edit row: column 1 code, column 2 code (5 characters each) and a modifier indicator of 0, 1 or 9; found \"\(shown)\"", line: reader.line)
    }
}

/// Maps the dozen official rationale texts to ids without allocating a string per row.
struct RationaleCache {
    private var known: [([UInt8], Int)] = []

    mutating func id(_ field: ByteField, knowledgeBase: KnowledgeBase) throws -> Int? {
        if field.isEmpty { return nil }
        for (bytes, id) in known where bytes.count == field.count {
            if bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, field.base, field.count) == 0 }) { return id }
        }
        let id = try knowledgeBase.ptpRationaleID(field.string)
        known.append((Array(field.buffer), id))
        return id
    }
}
