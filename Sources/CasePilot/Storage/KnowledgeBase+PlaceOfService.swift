/// One place of service of the imported CMS code set.
struct PlaceOfServiceRecord: Sendable, Hashable {
    let code: String
    let name: String
    let description: String
}

extension KnowledgeBase {
    /// The imported place of service `code` (two digits), if any.
    func placeOfService(_ code: String) throws -> PlaceOfServiceRecord? {
        try database.statement("SELECT code, name, description FROM place_of_service WHERE code = ?").rows([.text(code)]) { row in
            PlaceOfServiceRecord(code: row.string(0), name: row.string(1), description: row.string(2))
        }.first
    }

    /// Every imported place of service, in code order, without the unassigned codes.
    func placesOfService() throws -> [PlaceOfServiceRecord] {
        try database.statement("SELECT code, name, description FROM place_of_service WHERE name <> 'Unassigned' ORDER BY code").rows([]) { row in
            PlaceOfServiceRecord(code: row.string(0), name: row.string(1), description: row.string(2))
        }
    }
}
