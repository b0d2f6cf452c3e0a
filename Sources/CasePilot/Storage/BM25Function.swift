internal import CSQLite
#if canImport(Glibc)
import Glibc
#endif

/// A full-text ranking function that gives exactly SQLite's `bm25`, but keeps what bm25 reads
/// from the whole table between queries.
///
/// Called as `name(table, phrases, weights...)`: `weights` are bm25's column weights; `phrases`
/// names the query's phrases in the order FTS5 numbers them (as written), one per line, each with
/// any column filter it is under (or `NULL`: nothing is kept).
///
/// bm25 reads, on every query, two things that change only when the table does:
/// - each phrase's document frequency, by running the phrase as a query of its own over the whole
///   table (for common words, most of the cost of ranking); kept under the phrase's name;
/// - each ranked row's length in tokens, by a query of the table's `_docsize` per row (1.5 µs a
///   row, and a search of the authored knowledge ranks some 200 rows to keep 6); kept by rowid.
///
/// Both are dropped when the database's data version moves (a write by this connection or by
/// another). Registered per connection, once per table it ranks: what it keeps belongs to that table.
final class BM25Function {
    private let connection: OpaquePointer
    private var dataVersion: Int32 = 0
    /// Token count of each row by rowid; 0 when not read yet.
    private var lengths: [Int32] = []
    /// Inverse document frequency of each phrase by name.
    private var inverseFrequencies: [String: Double] = [:]

    /// Rows with larger ids are ranked without keeping their length.
    private static let largestKeptRowid: Int64 = 1 << 22
    private static let mostKeptPhrases = 100_000

    private init(connection: OpaquePointer) {
        self.connection = connection
    }

    /// Registers `name(table, phrases, weights...)` on `database`; the function lives as long as the connection.
    static func register(_ name: String, on database: Database) throws {
        let function = Unmanaged.passRetained(BM25Function(connection: database.handle)).toOpaque()
        try database.createFullTextFunction(name, context: function, destroy: { Unmanaged<BM25Function>.fromOpaque($0!).release() }, rank)
    }

    /// The per-query part of bm25: row count, average length, each phrase's inverse document
    /// frequency and the column weights, read on a query's first ranked row.
    private final class Query {
        let averageLength: Double
        let inverseFrequencies: [Double]
        let weights: [Double]
        var frequencies: [Double]

        init(api: UnsafePointer<Fts5ExtensionApi>, context: OpaquePointer, function: BM25Function, names: String?, weights: [Double]) {
            var rows: Int64 = 0
            var tokens: Int64 = 0
            _ = api.pointee.xRowCount(context, &rows)
            _ = api.pointee.xColumnTotalSize(context, -1, &tokens)
            averageLength = Double(tokens) / Double(rows)
            let phrases = Int(api.pointee.xPhraseCount(context))
            // Split as bytes: splitting the String by Character cost more than the rest of this.
            let names = names?.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            inverseFrequencies = (0..<phrases).map { phrase in
                guard let names, names.count == phrases else { return Self.inverseFrequency(of: phrase, rows: rows, api: api, context: context) }
                let name = String(Substring(names[phrase]))
                if let kept = function.inverseFrequencies[name] { return kept }
                let idf = Self.inverseFrequency(of: phrase, rows: rows, api: api, context: context)
                function.inverseFrequencies[name] = idf
                return idf
            }
            self.weights = weights
            frequencies = Array(repeating: 0, count: phrases)
        }

        private static func inverseFrequency(of phrase: Int, rows: Int64, api: UnsafePointer<Fts5ExtensionApi>, context: OpaquePointer) -> Double {
            var hits: Int64 = 0
            _ = api.pointee.xQueryPhrase(context, Int32(phrase), &hits) { _, _, hits in
                hits!.assumingMemoryBound(to: Int64.self).pointee += 1
                return SQLITE_OK
            }
            let idf = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
            return idf <= 0 ? 1e-6 : idf
        }
    }

    /// SQLite's bm25 (fts5_aux.c), term for term, so that scores and their ties are the same.
    private static let rank: fts5_extension_function = { api, context, result, argumentCount, arguments in
        guard let api, let context else { return }
        let function = Unmanaged<BM25Function>.fromOpaque(api.pointee.xUserData(context)!).takeUnretainedValue()
        let query: Query
        if let stored = api.pointee.xGetAuxdata(context, 0) {
            query = Unmanaged<Query>.fromOpaque(stored).takeUnretainedValue()
        } else {
            function.dropKeptIfChanged()
            let names = argumentCount > 0 ? sqlite3_value_text(arguments![0]).map { String(cString: $0) } : nil
            let weights = (1..<max(1, Int(argumentCount))).map { sqlite3_value_double(arguments![$0]) }
            query = Query(api: api, context: context, function: function, names: names, weights: weights)
            _ = api.pointee.xSetAuxdata(context, Unmanaged.passRetained(query).toOpaque()) { Unmanaged<Query>.fromOpaque($0!).release() }
        }
        for phrase in query.frequencies.indices { query.frequencies[phrase] = 0 }
        var instances: Int32 = 0
        _ = api.pointee.xInstCount(context, &instances)
        for instance in 0..<instances {
            var phrase: Int32 = 0
            var column: Int32 = 0
            var offset: Int32 = 0
            _ = api.pointee.xInst(context, instance, &phrase, &column, &offset)
            query.frequencies[Int(phrase)] += Int(column) < query.weights.count ? query.weights[Int(column)] : 1.0
        }
        let length = Double(function.length(api: api, context: context))
        let (k1, b) = (1.2, 0.75)
        var score = 0.0
        for (frequency, idf) in zip(query.frequencies, query.inverseFrequencies) {
            score += idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / query.averageLength)))
        }
        sqlite3_result_double(result, -1.0 * score)
    }

    /// The current row's length in tokens, every column counted.
    private func length(api: UnsafePointer<Fts5ExtensionApi>, context: OpaquePointer) -> Int32 {
        let rowid = api.pointee.xRowid(context)
        if rowid >= 0, rowid < lengths.count, lengths[Int(rowid)] > 0 { return lengths[Int(rowid)] }
        var tokens: Int32 = 0
        _ = api.pointee.xColumnSize(context, -1, &tokens)
        if rowid >= 0, rowid <= Self.largestKeptRowid, tokens > 0 {
            if rowid >= lengths.count { lengths += Array(repeating: 0, count: Int(rowid) + 1 - lengths.count) }
            lengths[Int(rowid)] = tokens
        }
        return tokens
    }

    /// Forgets what was kept if the database changed since it was read (or if a long-lived
    /// process has named more phrases than are worth keeping).
    private func dropKeptIfChanged() {
        var version: Int32 = 0
        sqlite3_file_control(connection, "main", SQLITE_FCNTL_DATA_VERSION, &version)
        if version != dataVersion || inverseFrequencies.count > Self.mostKeptPhrases {
            dataVersion = version
            lengths.removeAll()
            inverseFrequencies.removeAll()
        }
    }
}
