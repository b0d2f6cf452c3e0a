/// Finds columns by their header names rather than their positions.
///
/// Names are compared after normalising (lower case, runs of anything but letters and digits
/// become one space), so `HCPCS/CPT Code`, `hcpcs_cpt_code` and `HCPCS CPT CODE` are the same.
struct HeaderMap {
    /// One logical column: a label for messages and the header names it may go by.
    struct Column {
        let label: String
        let aliases: [String]

        init(_ label: String, _ aliases: String...) {
            self.label = label
            self.aliases = aliases.map(HeaderMap.normalize)
        }
    }

    /// The normalised header names, in file order.
    let names: [String]
    /// The line of the header row.
    let line: Int

    static func normalize(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    init(reader: CSVReader) {
        names = (0..<reader.count).map { HeaderMap.normalize(reader[$0].string) }
        line = reader.line
    }

    /// The index of `column`: an exact alias first, then a header containing every word of an alias.
    func index(of column: Column) -> Int? {
        for alias in column.aliases {
            if let exact = names.firstIndex(of: alias) { return exact }
        }
        for alias in column.aliases {
            let words = alias.split(separator: " ")
            if let index = names.firstIndex(where: { name in
                let nameWords = Set(name.split(separator: " "))
                return words.allSatisfy(nameWords.contains)
            }) { return index }
        }
        return nil
    }

    /// Advances `reader` to the header row that has every `required` column (skipping up to
    /// `preamble` rows of titles or copyright notices), and returns the map.
    /// - Throws: ``InputProblem`` naming the missing columns when no such row is found.
    static func locate(in reader: inout CSVReader, required: [Column], preamble: Int = 12) throws -> HeaderMap {
        var first: HeaderMap?
        for _ in 0...preamble {
            guard try reader.next() else { break }
            let map = HeaderMap(reader: reader)
            if first == nil { first = map }
            if required.allSatisfy({ map.index(of: $0) != nil }) { return map }
        }
        let expected = required.map(\.label).joined(separator: ", ")
        guard let first else { throw InputProblem("the file is empty; expected a header row with the columns \(expected)", line: 1) }
        let missing = required.filter { first.index(of: $0) == nil }.map(\.label).joined(separator: ", ")
        let found = first.names.prefix(8).map { "\"\($0.prefix(40))\"" }.joined(separator: ", ")
        throw InputProblem("expected a header row with the columns \(expected); missing \(missing) (the first row has \(found.isEmpty ? "no columns" : found)). Is this the right dataset?", line: first.line)
    }

    /// The index of each column, `nil` for optional columns that are absent.
    func indices(_ columns: [Column]) -> [Int?] {
        columns.map { index(of: $0) }
    }

    /// Throws when a data row has fewer fields than the header: the file was cut short or a
    /// quote went astray.
    func requireWidth(_ reader: CSVReader) throws {
        guard reader.count < names.count else { return }
        throw InputProblem("expected \(names.count) fields as in the header, found \(reader.count): the row is incomplete (truncated file?)", line: reader.line)
    }
}
