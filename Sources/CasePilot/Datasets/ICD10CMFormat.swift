import FoundationEssentials

/// ICD-10-CM: the CDC tabular XML (`.xml`/`.xml.gz`, see ``ICD10CMTabular``), the official order
/// file and code-description TXT (see ``ICDFlatFile``), and CSV exports with `code`,
/// `description`, `billable` and `parent` columns.
struct ICD10CMFormat: DatasetFormat {
    static let code = HeaderMap.Column("code", "code", "icd10cm", "icd 10 cm code", "diagnosis code")
    static let description = HeaderMap.Column("description", "description", "long description", "long desc")
    static let short = HeaderMap.Column("short description", "short description", "short desc")
    static let billable = HeaderMap.Column("billable", "billable", "valid", "valid for submission", "is billable")
    static let parent = HeaderMap.Column("parent", "parent", "parent code")
    static let level = HeaderMap.Column("level", "level")

    func accepts(_ fileName: String) -> Bool {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".xml") { return lower.contains("tabular") }
        return (lower.hasSuffix(".txt") || lower.hasSuffix(".csv")) && (lower.contains("order") || lower.contains("code"))
    }

    func read(_ file: inout DataFile, context: ImportContext) throws -> Int {
        let writer = try CodeWriter(context: context)
        let first = file.firstLine.trimmingPrefix("\u{FEFF}")
        if first.hasPrefix("<") {
            return try ICD10CMTabular.read(file, writer: writer, context: context)
        }
        if first.contains(",") || first.contains("\"") {
            return try readCSV(&file, writer: writer)
        }
        return try ICDFlatFile(system: .icd10cm).read(file, writer: writer)
    }

    private func readCSV(_ file: inout DataFile, writer: CodeWriter) throws -> Int {
        try file.bytes.withUnsafeMutableBufferPointer { buffer in
            var reader = CSVReader(buffer)
            let header = try HeaderMap.locate(in: &reader, required: [Self.code, Self.description])
            let columns = header.indices([Self.code, Self.description, Self.short, Self.billable, Self.parent, Self.level])
            var rows = 0
            while try reader.next() {
                try header.requireWidth(reader)
                if let level = columns[5], ["chapter", "block", "section"].contains(reader[level].trimmed.string.lowercased()) { continue }
                let code = Self.undotted(reader[columns[0]!].string)
                guard CodeShape.isICD10CM(code) else {
                    throw InputProblem("expected an ICD-10-CM code (a letter, a digit, then letters or digits, e.g. E11.9), found \"\(code.prefix(12))\"", line: reader.line)
                }
                let description = reader[columns[1]!].trimmed.string
                guard !description.isEmpty else { throw InputProblem("the description of \(code) is empty", line: reader.line) }
                let billable = columns[3].flatMap { index -> Bool? in
                    switch reader[index].trimmed.string.lowercased() {
                    case "1", "true", "yes", "y": true
                    case "0", "false", "no", "n": false
                    default: nil
                    }
                }
                let parent = columns[4].map { Self.undotted(reader[$0].string) }.flatMap { CodeShape.isICD10CM($0) ? $0 : nil }
                try writer.write(CodeRow(system: CodeSystem.icd10cm.rawValue, code: code, description: description,
                                         shortDescription: columns[2].flatMap { reader[$0].nonEmptyString }, billable: billable, parent: parent))
                rows += 1
            }
            return rows
        }
    }

    static func undotted(_ text: String) -> String {
        String(text.uppercased().filter { $0 != "." && !$0.isWhitespace })
    }
}
