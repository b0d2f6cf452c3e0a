/// The official HCPCS fixed-width record (CMS "HCPCS contractor record", 320 bytes):
/// code 1–5 (modifiers right-aligned in 4–5), sequence number 6–10, record id 11
/// (3 code, 4 code continuation, 7 modifier, 8 modifier continuation), long description 12–91,
/// short description 92–119, then pricing, coverage, lab, cross-reference, ASC, OPPS, BETOS and
/// type-of-service fields, followed by the code-added, action-effective and termination dates
/// (YYYYMMDD) and the action code. Continuation records carry only more long-description text.
enum HCPCSFixedWidth {
    /// The first offset (0-based) from which the three consecutive date fields are searched: the
    /// layout has shifted by a few bytes between years, so they are found by shape, not offset.
    static let datesSearchStart = 250

    static func looksFixedWidth(_ bytes: [UInt8]) -> Bool {
        guard let end = bytes.prefix(1024).firstIndex(of: 0x0A) else { return bytes.count >= 280 && bytes.count <= 322 && recordID(bytes, 0) }
        let length = bytes[end - 1] == 0x0D ? end - 1 : end
        return length >= 280 && recordID(bytes, 0) && !bytes[0..<20].contains(0x2C)
    }

    private static func recordID(_ bytes: [UInt8], _ start: Int) -> Bool {
        bytes.count > start + 10 && [UInt8(ascii: "3"), UInt8(ascii: "4"), UInt8(ascii: "7"), UInt8(ascii: "8")].contains(bytes[start + 10])
    }

    static func read(_ file: DataFile, writer: CodeWriter) throws -> Int {
        var pending: CodeRow?
        var rows = 0
        func flush() throws {
            if let row = pending { try writer.write(row); rows += 1 }
            pending = nil
        }
        try file.bytes.withUnsafeBufferPointer { buffer in
            var lines = LineReader(buffer)
            while let line = lines.next() {
                if line.trimmed.isEmpty { continue }
                guard line.count >= 119 else {
                    throw InputProblem("expected a 320-byte HCPCS record, found a line of \(line.count) bytes (truncated file?)", line: lines.line)
                }
                let kind = line[10]
                let code = line.slice(0, 5).trimmed.string
                let text = line.slice(11, 80).trimmed.string
                switch kind {
                case UInt8(ascii: "3"), UInt8(ascii: "7"):
                    try flush()
                    let isModifier = kind == UInt8(ascii: "7")
                    guard isModifier ? code.count == 2 : CodeShape.isProcedure(code) else {
                        throw InputProblem("expected a HCPCS code in positions 1–5, found \"\(code)\"", line: lines.line)
                    }
                    let dates = try Self.dates(line, line: lines.line)
                    pending = CodeRow(system: isModifier ? CodeSystem.modifier.rawValue : CodeSystem.hcpcs.rawValue, code: code,
                                      description: text, shortDescription: line.slice(91, 28).nonEmptyString, billable: true,
                                      effectiveDate: dates.added, terminationDate: dates.termination)
                case UInt8(ascii: "4"), UInt8(ascii: "8"):
                    guard pending?.code == code else {
                        throw InputProblem("a continuation record for \(code) does not follow its first record", line: lines.line)
                    }
                    pending?.description += " " + text
                default:
                    throw InputProblem("expected a record id of 3, 4, 7 or 8 in position 11, found \"\(Character(Unicode.Scalar(kind)))\"", line: lines.line)
                }
            }
        }
        try flush()
        return rows
    }

    /// The code-added and termination dates, found as the run of three date fields after the detail fields.
    private static func dates(_ line: ByteField, line number: Int) throws -> (added: String?, termination: String?) {
        var start = datesSearchStart
        while start + 16 <= line.count {
            if isDate(line.slice(start, 8)), isDate(line.slice(start + 8, 8)) {
                let termination = line.slice(start + 16, 8).trimmed
                return (line.slice(start, 8).string, isDate(termination) ? termination.string : nil)
            }
            start += 1
        }
        throw InputProblem("expected the code-added and action-effective dates (YYYYMMDD) after position \(datesSearchStart); the record is truncated or not a HCPCS record", line: number)
    }

    private static func isDate(_ field: ByteField) -> Bool {
        guard field.count == 8, field.integer != nil else { return false }
        let century = field.slice(0, 2).integer ?? 0, month = field.slice(4, 2).integer ?? 0
        return (century == 19 || century == 20) && (1...12).contains(month)
    }
}
