/// The Medicare Coverage Database index of LCDs and billing articles (CSV export of the
/// Coverage API: `document_display_id`, `document_type`, `title`, `contractor_name_type`, ...).
struct LCDIndexFormat: DatasetFormat {
    static let id = HeaderMap.Column("document_display_id", "document display id", "display id", "document id")
    static let type = HeaderMap.Column("document_type", "document type", "type")
    static let title = HeaderMap.Column("title", "title", "document title")
    static let contractor = HeaderMap.Column("contractor_name_type", "contractor name type", "contractor")
    static let version = HeaderMap.Column("document_version", "document version", "version")
    static let effective = HeaderMap.Column("effective_date", "effective date")
    static let retirement = HeaderMap.Column("retirement_date", "retirement date")
    static let updated = HeaderMap.Column("updated_on", "updated on")
    static let url = HeaderMap.Column("url", "url", "link")

    func read(_ file: inout DataFile, context: ImportContext) throws -> Int {
        let insert = try context.knowledgeBase.bulkInsert("""
            INSERT INTO lcd_document(document_id, document_type, title, contractor, version, effective_date, retirement_date, updated_on, url)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        return try file.bytes.withUnsafeMutableBufferPointer { buffer in
            var reader = CSVReader(buffer)
            let header = try HeaderMap.locate(in: &reader, required: [Self.id, Self.title])
            let columns = header.indices([Self.id, Self.type, Self.title, Self.contractor, Self.version, Self.effective, Self.retirement, Self.updated, Self.url])
            var rows = 0
            while try reader.next() {
                try header.requireWidth(reader)
                let id = reader[columns[0]!].trimmed.string
                guard let first = id.first, "LA".contains(first), id.count >= 2, id.dropFirst().allSatisfy(\.isNumber) else {
                    throw InputProblem("expected an LCD or article id such as L36668 or A56789, found \"\(id.prefix(12))\"", line: reader.line)
                }
                let title = reader[columns[2]!].trimmed.string
                guard !title.isEmpty else { throw InputProblem("the title of \(id) is empty", line: reader.line) }
                func text(_ index: Int?) -> String? {
                    index.flatMap { reader[$0].nonEmptyString }.flatMap { $0.uppercased() == "N/A" ? nil : $0 }
                }
                insert.text(id, at: 1)
                insert.text(text(columns[1]) ?? (first == "L" ? "LCD" : "Article"), at: 2)
                insert.text(title, at: 3)
                insert.text(text(columns[3])?.split(whereSeparator: \.isNewline).joined(separator: " "), at: 4)
                insert.text(text(columns[4]), at: 5)
                insert.text(text(columns[5]), at: 6)
                insert.text(text(columns[6]), at: 7)
                insert.text(text(columns[7]), at: 8)
                insert.text(text(columns[8]), at: 9)
                try insert.insert()
                rows += 1
            }
            return rows
        }
    }
}
