/// Iterates over the lines of a text buffer (LF or CRLF), for fixed-width and space-separated files.
struct LineReader {
    private let base: UnsafePointer<UInt8>
    private let end: Int
    private var position = 0
    /// The 1-based number of the current line.
    private(set) var line = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        end = buffer.count
        if end >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { position = 3 }
    }

    /// The next line without its line end, or `nil` at the end of the input.
    mutating func next() -> ByteField? {
        guard position < end else { return nil }
        line += 1
        let start = position
        while position < end, base[position] != 0x0A { position += 1 }
        var stop = position
        if position < end { position += 1 }
        if stop > start, base[stop - 1] == 0x0D { stop -= 1 }
        return ByteField(base: base + start, count: stop - start)
    }

    /// The next line that is not blank.
    mutating func nextNonBlank() -> ByteField? {
        while let line = next() {
            if !line.trimmed.isEmpty { return line }
        }
        return nil
    }
}

extension ByteField {
    /// Splits on runs of spaces and tabs, at most `limit` parts (the last keeps the rest of the line).
    func words(limit: Int) -> [ByteField] {
        var parts: [ByteField] = []
        var index = 0
        while index < count, parts.count < limit {
            while index < count, base[index] == 0x20 || base[index] == 0x09 { index += 1 }
            guard index < count else { break }
            let start = index
            if parts.count == limit - 1 {
                parts.append(ByteField(base: base + start, count: count - start).trimmed)
                break
            }
            while index < count, base[index] != 0x20, base[index] != 0x09 { index += 1 }
            parts.append(ByteField(base: base + start, count: index - start))
        }
        return parts
    }
}
