internal import CSQLite

extension Database {
    /// Registers an FTS5 auxiliary function (`name(table, arguments...)`) on this connection.
    /// `context` is handed to `function` (through `xUserData`) and to `destroy` when the connection closes.
    func createFullTextFunction(_ name: String, context: UnsafeMutableRawPointer? = nil,
                                destroy: (@convention(c) (UnsafeMutableRawPointer?) -> Void)? = nil,
                                _ function: fts5_extension_function) throws {
        guard let api = casepilot_fts5_api(handle), api.pointee.iVersion >= 2, let create = api.pointee.xCreateFunction else {
            destroy?(context)
            throw DatabaseError(resultCode: SQLITE_ERROR, message: "this SQLite has no FTS5 extension API", sql: "SELECT fts5(?1)")
        }
        let code = create(api, name, context, function, destroy)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: code, connection: handle) }
    }
}
