internal import CSQLite

/// `name(table, mask, minimum)`: whether the current row holds at least `minimum` of the match's
/// phrases whose numbers are the set bits of `mask` (bit `n`: phrase `n`, as FTS5 numbers them).
///
/// A filter on the rows of a full-text match that reads the positions the match has read
/// already, instead of running a query of its own: "two of these words" as a second full-text
/// query cost a third of a knowledge search.
enum PhrasePresence {
    static func register(_ name: String, on database: Database) throws {
        try database.createFullTextFunction(name, holds)
    }

    private static let holds: fts5_extension_function = { api, context, result, argumentCount, arguments in
        guard let api, let context, argumentCount == 2, let arguments else {
            sqlite3_result_error(result, "expects (table, mask, minimum)", -1)
            return
        }
        var mask = UInt64(bitPattern: sqlite3_value_int64(arguments[0]))
        let minimum = Int(sqlite3_value_int64(arguments[1]))
        var held = 0
        while mask != 0, held < minimum {
            let phrase = Int32(mask.trailingZeroBitCount)
            mask &= mask - 1
            var iterator = Fts5PhraseIter()
            var column: Int32 = -1
            var offset: Int32 = -1
            _ = api.pointee.xPhraseFirst(context, phrase, &iterator, &column, &offset)
            if column >= 0 { held += 1 }
        }
        sqlite3_result_int(result, held >= minimum ? 1 : 0)
    }
}
