internal import CSQLite

/// Parts of one stored blob read straight into arrays, inside
/// ``Database/withBlob(table:column:rowid:_:)`` only. A blob read through a statement is first
/// copied whole into SQLite's own buffer; the classifier's tables (some 450 kB) are read in every
/// new process.
struct BlobReader {
    private let handle: OpaquePointer
    /// The blob's length in bytes.
    let count: Int

    fileprivate init(handle: OpaquePointer) {
        self.handle = handle
        self.count = Int(sqlite3_blob_bytes(handle))
    }

    /// The bytes in `range` (within `0..<count`).
    func bytes(_ range: Range<Int>) throws -> [UInt8] {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "a blob range past its end")
        return try [UInt8](unsafeUninitializedCapacity: range.count) { buffer, initialized in
            if !range.isEmpty {
                let code = sqlite3_blob_read(handle, buffer.baseAddress, Int32(range.count), Int32(range.lowerBound))
                guard code == SQLITE_OK else { throw DatabaseError(resultCode: code, message: String(cString: sqlite3_errstr(code))) }
            }
            initialized = range.count
        }
    }

    fileprivate func close() {
        sqlite3_blob_close(handle)
    }
}

extension Database {
    /// Runs `read` on the blob in `column` of the row `rowid` of `table`.
    func withBlob<T>(table: String, column: String, rowid: Int64, _ read: (BlobReader) throws -> T) throws -> T {
        var handle: OpaquePointer?
        let code = sqlite3_blob_open(self.handle, "main", table, column, rowid, 0, &handle)
        guard code == SQLITE_OK, let handle else {
            sqlite3_blob_close(handle)
            throw DatabaseError(resultCode: code, connection: self.handle)
        }
        let reader = BlobReader(handle: handle)
        defer { reader.close() }
        return try read(reader)
    }
}
