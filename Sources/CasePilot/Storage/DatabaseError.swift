internal import CSQLite

/// An error reported by SQLite.
///
/// Carries the result code, SQLite's message and the SQL text, but never bound values,
/// so that question text or imported rows do not leak into logs.
public struct DatabaseError: Error, Sendable, CustomStringConvertible {
    /// The SQLite primary or extended result code.
    public let resultCode: Int32
    /// SQLite's error message.
    public let message: String
    /// The statement that failed, if any.
    public let sql: String?

    init(resultCode: Int32, message: String, sql: String? = nil) {
        self.resultCode = resultCode
        self.message = message
        self.sql = sql
    }

    init(resultCode: Int32, connection: OpaquePointer?, sql: String? = nil) {
        let text = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(resultCode))
        self.init(resultCode: resultCode, message: text, sql: sql)
    }

    public var description: String {
        var text = "database error \(resultCode): \(message)"
        if let sql { text += " (in: \(sql.prefix(120)))" }
        return text
    }
}
