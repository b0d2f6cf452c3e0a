/// A fast RFC 4180 reader over bytes in memory: quoted fields, doubled quotes, embedded line
/// breaks, CRLF or LF line ends, an optional UTF-8 byte-order mark.
///
/// Fields are views into the buffer (unescaped in place), so reading a row allocates nothing.
/// The buffer must outlive the reader and every field taken from it.
struct CSVReader {
    private let base: UnsafeMutablePointer<UInt8>
    private let end: Int
    private var position: Int
    private let separator: UInt8
    /// Start and end offsets of the fields of the current record.
    private var starts: [Int] = []
    private var ends: [Int] = []
    /// The 1-based line on which the current record starts.
    private(set) var line = 0
    private var nextLine = 1

    /// Creates a reader over `buffer` (which it may modify to unescape quotes).
    init(_ buffer: UnsafeMutableBufferPointer<UInt8>, separator: UInt8 = UInt8(ascii: ",")) {
        base = buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!
        end = buffer.count
        self.separator = separator
        let bom = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
        position = bom ? 3 : 0
        starts.reserveCapacity(64)
        ends.reserveCapacity(64)
    }

    /// How far into the buffer the reader is (for progress).
    var offset: Int { position }

    /// The number of fields in the current record.
    var count: Int { starts.count }

    /// Field `index` of the current record (empty when the record is shorter).
    subscript(index: Int) -> ByteField {
        guard index < starts.count else { return ByteField(base: base, count: 0) }
        return ByteField(base: base + starts[index], count: ends[index] - starts[index])
    }

    /// Moves to the next record; `false` at the end of the input. Blank lines are skipped.
    /// - Throws: ``InputProblem`` for a quoted field that never ends.
    mutating func next() throws -> Bool {
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        while position < end, base[position] == 0x0A || base[position] == 0x0D {
            if base[position] == 0x0A { nextLine += 1 }
            position += 1
        }
        guard position < end else { return false }
        line = nextLine
        while true {
            if position < end, base[position] == 0x22 {
                try readQuoted()
            } else {
                let start = position
                while position < end {
                    let byte = base[position]
                    if byte == separator || byte == 0x0A || byte == 0x0D { break }
                    position += 1
                }
                starts.append(start)
                ends.append(position)
            }
            guard position < end else { return true }
            let byte = base[position]
            position += 1
            if byte == separator { continue }
            if byte == 0x0D, position < end, base[position] == 0x0A { position += 1 }
            nextLine += 1
            return true
        }
    }

    private mutating func readQuoted() throws {
        position += 1
        let start = position
        var write = position
        while true {
            guard position < end else {
                throw InputProblem("a quoted field opened here never closes: the file is truncated or not valid CSV", line: line)
            }
            let byte = base[position]
            if byte == 0x22 {
                if position + 1 < end, base[position + 1] == 0x22 {
                    base[write] = 0x22
                    write += 1
                    position += 2
                    continue
                }
                position += 1
                break
            }
            if byte == 0x0A { nextLine += 1 }
            if write != position { base[write] = byte }
            write += 1
            position += 1
        }
        // Tolerate stray text between the closing quote and the separator (as spreadsheets write it).
        while position < end, base[position] != separator, base[position] != 0x0A, base[position] != 0x0D {
            position += 1
        }
        starts.append(start)
        ends.append(write)
    }
}
