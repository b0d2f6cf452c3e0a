internal import CSQLite

/// A prepared INSERT fed field by field from input buffers, without building Swift strings.
///
/// Text is bound with `SQLITE_STATIC`: the bytes must stay alive until ``insert()`` returns,
/// which holds for fields read from an import's in-memory file.
final class BulkInsert {
    private let statement: Statement
    private let database: Database
    /// Rows inserted so far.
    private(set) var rows = 0

    init(database: Database, sql: String) throws {
        self.database = database
        statement = try database.uncachedStatement(sql)
    }

    /// Binds the bytes of `field` (or NULL when it is empty) to parameter `index` (1-based).
    func text(_ field: ByteField, at index: Int32) {
        if field.isEmpty {
            sqlite3_bind_null(statement.handle, index)
        } else {
            field.base.withMemoryRebound(to: CChar.self, capacity: field.count) { pointer in
                _ = casepilot_sqlite3_bind_text_static(statement.handle, index, pointer, Int32(field.count))
            }
        }
    }

    /// Binds `text` (copied), or NULL.
    func text(_ text: String?, at index: Int32) {
        guard let text else { sqlite3_bind_null(statement.handle, index); return }
        _ = casepilot_sqlite3_bind_text_transient(statement.handle, index, text, -1)
    }

    /// Binds an integer, or NULL.
    func integer(_ value: Int?, at index: Int32) {
        guard let value else { sqlite3_bind_null(statement.handle, index); return }
        sqlite3_bind_int64(statement.handle, index, Int64(value))
    }

    /// Binds a real number, or NULL.
    func real(_ value: Double?, at index: Int32) {
        guard let value else { sqlite3_bind_null(statement.handle, index); return }
        sqlite3_bind_double(statement.handle, index, value)
    }

    /// Inserts the bound row and clears the bindings.
    func insert() throws {
        let code = sqlite3_step(statement.handle)
        sqlite3_reset(statement.handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: code, connection: database.handle, sql: statement.sql)
        }
        sqlite3_clear_bindings(statement.handle)
        rows += 1
    }
}

@available(*, unavailable)
extension BulkInsert: Sendable {}
