/// A view of the bytes of one field inside an input buffer.
struct ByteField {
    let base: UnsafePointer<UInt8>
    let count: Int

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    init(base: UnsafeMutablePointer<UInt8>, count: Int) {
        self.init(base: UnsafePointer(base), count: count)
    }

    var isEmpty: Bool { count == 0 }

    subscript(index: Int) -> UInt8 { base[index] }

    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// The field without leading and trailing spaces and tabs.
    var trimmed: ByteField {
        var start = 0, stop = count
        while start < stop, base[start] == 0x20 || base[start] == 0x09 { start += 1 }
        while stop > start, base[stop - 1] == 0x20 || base[stop - 1] == 0x09 || base[stop - 1] == 0x0D { stop -= 1 }
        return ByteField(base: base + start, count: stop - start)
    }

    /// A sub-range (clamped to the field).
    func slice(_ from: Int, _ length: Int) -> ByteField {
        let start = min(from, count)
        return ByteField(base: base + start, count: min(length, count - start))
    }

    /// The text of the field (invalid UTF-8 repaired).
    var string: String { String(decoding: buffer, as: UTF8.self) }

    /// The trimmed text, or `nil` when empty.
    var nonEmptyString: String? {
        let value = trimmed
        return value.isEmpty ? nil : value.string
    }

    /// The field as a non-negative integer, or `nil` when it is not one.
    var integer: Int? {
        let value = trimmed
        guard !value.isEmpty, value.count <= 18 else { return nil }
        var result = 0
        for index in 0..<value.count {
            let digit = Int(value[index]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            result = result * 10 + digit
        }
        return result
    }

    /// Whether the field consists of upper-case ASCII letters and digits only, `length` long.
    func isAlphanumericCode(length: ClosedRange<Int>) -> Bool {
        guard length.contains(count) else { return false }
        for index in 0..<count {
            let byte = base[index]
            let ok = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
            if !ok { return false }
        }
        return true
    }

    /// Compares the field with ASCII text.
    func equals(_ text: StaticString) -> Bool {
        guard text.utf8CodeUnitCount == count else { return false }
        for index in 0..<count where text.utf8Start[index] != base[index] { return false }
        return true
    }
}
