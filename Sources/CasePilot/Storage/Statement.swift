internal import CSQLite

/// A prepared SQLite statement; owns its handle and finalizes it in `deinit`.
final class Statement {
    let sql: String
    let handle: OpaquePointer
    private unowned let database: Database

    init(database: Database, sql: String) throws {
        var pointer: OpaquePointer?
        let code = sqlite3_prepare_v3(database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &pointer, nil)
        guard code == SQLITE_OK, let pointer else {
            throw DatabaseError(resultCode: code, connection: database.handle, sql: sql)
        }
        self.sql = sql
        self.handle = pointer
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// Resets the statement and binds `values` to its parameters in order.
    @discardableResult
    func bind(_ values: [DatabaseValue]) throws -> Statement {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
        return self
    }

    func bind(_ value: DatabaseValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, index)
        case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
        case .real(let number): code = sqlite3_bind_double(handle, index, number)
        case .text(let text): code = casepilot_sqlite3_bind_text_transient(handle, index, text, -1)
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { casepilot_sqlite3_bind_blob_transient(handle, index, $0.baseAddress, Int32($0.count)) }
        }
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: code, connection: database.handle, sql: sql) }
    }

    /// Advances to the next row; returns `false` when the statement is done.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw DatabaseError(resultCode: code, connection: database.handle, sql: sql)
        }
    }

    /// Runs the statement to completion, ignoring rows.
    func run(_ values: [DatabaseValue] = []) throws {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Runs the statement and maps every row.
    func rows<T>(_ values: [DatabaseValue] = [], _ transform: (Row) throws -> T) throws -> [T] {
        try bind(values)
        defer { sqlite3_reset(handle) }
        var result: [T] = []
        while try step() { result.append(try transform(Row(statement: self))) }
        return result
    }

    func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: pointer)
    }

    func integer(_ column: Int32) -> Int64? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, column)
    }

    func real(_ column: Int32) -> Double? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_double(handle, column)
    }

    func blob(_ column: Int32) -> [UInt8]? {
        guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let bytes = sqlite3_column_blob(handle, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }
}

@available(*, unavailable)
extension Statement: Sendable {}

/// A read-only view of the current row of a statement.
struct Row {
    fileprivate let statement: Statement
    func text(_ column: Int32) -> String? { statement.text(column) }
    func string(_ column: Int32) -> String { statement.text(column) ?? "" }
    func integer(_ column: Int32) -> Int64? { statement.integer(column) }
    func real(_ column: Int32) -> Double? { statement.real(column) }
    func blob(_ column: Int32) -> [UInt8]? { statement.blob(column) }
}

/// A value bound to a statement parameter.
enum DatabaseValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    init(_ text: String?) { self = text.map { .text($0) } ?? .null }
    init(_ number: Int?) { self = number.map { .integer(Int64($0)) } ?? .null }
    init(_ number: Double?) { self = number.map { .real($0) } ?? .null }
}
