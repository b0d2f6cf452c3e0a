import FoundationEssentials

/// Assembles the response head from the header lines libcurl hands over one at a time.
///
/// Interim `1xx` responses are skipped; the head is complete at the blank line that ends the
/// header block of the first final (`>= 200`) response.
struct HeadParser {
    private var status: Int?
    private var headers: [HTTPHeaderField] = []

    /// Feeds one raw header line (with its line ending).
    /// - Returns: the complete head when `line` ends the final response's header block.
    mutating func consume(line bytes: UnsafeRawBufferPointer) -> HTTPResponseHead? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        // Header bytes are ASCII in practice; Latin-1 keeps any other byte without failing.
        return consume(line: String(bytes[..<end].map { Character(Unicode.Scalar($0)) }))
    }

    /// Feeds one header line without its line ending.
    mutating func consume(line: String) -> HTTPResponseHead? {
        if line.hasPrefix("HTTP/") {
            let parts = line.split(separator: " ", maxSplits: 2)
            status = parts.count >= 2 ? Int(parts[1]) : nil
            headers = []
            return nil
        }
        if line.isEmpty {
            guard let status, status >= 200 else { return nil }
            return HTTPResponseHead(status: status, headers: headers)
        }
        if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].trimmed()
            let value = line[line.index(after: colon)...].trimmed()
            headers.append(HTTPHeaderField(name: name, value: value))
        }
        return nil
    }

    /// The head seen so far, if a status line arrived.
    var finalHead: HTTPResponseHead? {
        status.map { HTTPResponseHead(status: $0, headers: headers) }
    }
}
