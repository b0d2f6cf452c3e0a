internal import CSQLite
import FoundationEssentials

/// One SQLite connection with a cache of prepared statements.
///
/// Not thread-safe: the engine actor owns it and serialises access.
final class Database {
    let handle: OpaquePointer
    let path: String
    private var cache: [String: Statement] = [:]

    /// Opens (creating if needed) the database at `path`; `":memory:"` opens an in-memory one.
    init(path: String) throws {
        var pointer: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        var code = sqlite3_open_v2(path, &pointer, flags, nil)
        if code == SQLITE_CANTOPEN, path != ":memory:" {
            // The first run: the default path's folder may not exist yet.
            sqlite3_close_v2(pointer)
            pointer = nil
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            code = sqlite3_open_v2(path, &pointer, flags, nil)
        }
        guard code == SQLITE_OK, let pointer else {
            let error = DatabaseError(resultCode: code, connection: pointer)
            sqlite3_close_v2(pointer)
            throw error
        }
        self.handle = pointer
        self.path = path
        sqlite3_busy_timeout(pointer, 5_000)
        try execute("PRAGMA foreign_keys = ON")
        if path != ":memory:" { try execute("PRAGMA journal_mode = WAL; PRAGMA mmap_size = 1073741824") }
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more SQL statements that take no parameters.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            throw DatabaseError(resultCode: code, message: text, sql: sql)
        }
    }

    /// A cached prepared statement for `sql`.
    func statement(_ sql: String) throws -> Statement {
        if let cached = cache[sql] { return cached }
        let statement = try Statement(database: self, sql: sql)
        cache[sql] = statement
        return statement
    }

    /// A one-off prepared statement, not cached (for statements built at run time).
    func uncachedStatement(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// Runs `body` in an immediate transaction; rolls back if it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The first column of the first row of a parameterless-or-bound query.
    func scalarText(_ sql: String, _ values: [DatabaseValue] = []) throws -> String? {
        try statement(sql).rows(values) { $0.text(0) }.first ?? nil
    }

    func scalarInteger(_ sql: String, _ values: [DatabaseValue] = []) throws -> Int64? {
        try statement(sql).rows(values) { $0.integer(0) }.first ?? nil
    }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// A value that changes whenever the content may have: a commit by another connection
    /// (`PRAGMA data_version`) or a row changed by this one.
    func contentVersion() throws -> [Int64] {
        [try scalarInteger("PRAGMA data_version") ?? 0, sqlite3_total_changes64(handle)]
    }
}

@available(*, unavailable)
extension Database: Sendable {}
