/// The CMS place-of-service code set as CSV: code, name and description (the columns of the CMS
/// Place of Service Code Set page, or `pos_code`, `pos_name`, `pos_description`).
struct PlaceOfServiceFormat: DatasetFormat {
    static let code = HeaderMap.Column("pos_code", "place of service code", "pos code", "code")
    static let name = HeaderMap.Column("pos_name", "place of service name", "pos name", "name")
    static let description = HeaderMap.Column("pos_description", "place of service description", "pos description", "description")

    func read(_ file: inout DataFile, context: ImportContext) throws -> Int {
        let insert = try context.knowledgeBase.bulkInsert("INSERT OR REPLACE INTO place_of_service(code, name, description) VALUES (?, ?, ?)")
        return try file.bytes.withUnsafeMutableBufferPointer { buffer in
            var reader = CSVReader(buffer)
            let header = try HeaderMap.locate(in: &reader, required: [Self.code, Self.name])
            let columns = header.indices([Self.code, Self.name, Self.description])
            var rows = 0
            while try reader.next() {
                try header.requireWidth(reader)
                let code = reader[columns[0]!].trimmed.string
                guard (1...2).contains(code.count), code.allSatisfy(\.isNumber) else {
                    throw InputProblem("expected a two-digit place-of-service code such as 11, found \"\(code.prefix(12))\"", line: reader.line)
                }
                let name = reader[columns[1]!].trimmed.string
                guard !name.isEmpty else { throw InputProblem("the name of place of service \(code) is empty", line: reader.line) }
                insert.text(code.count == 1 ? "0" + code : code, at: 1)
                insert.text(name, at: 2)
                insert.text(columns[2].flatMap { reader[$0].nonEmptyString } ?? "", at: 3)
                try insert.insert()
                rows += 1
            }
            return rows
        }
    }
}
