/// A minimal pull scanner for the simple, attribute-light XML that CDC publishes (the
/// ICD-10-CM tabular): start tags with attributes, end tags, text with the predefined and
/// numeric entities; comments, processing instructions and DOCTYPE are skipped.
struct XMLScanner {
    enum Event {
        case start(name: String, attributes: [String: String])
        case end(name: String)
        case text(String)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var pendingEnd: String?
    /// The 1-based line of the scanner's position (for messages).
    private(set) var line = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next event, or `nil` at the end of the document.
    mutating func next() throws -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < bytes.count, bytes[position] != UInt8(ascii: "<") { advance() }
                let text = Self.decode(bytes[start..<position])
                if !text.allSatisfy(\.isWhitespace) { return .text(text) }
                continue
            }
            if matches("<!--") { try skip(past: "-->"); continue }
            if matches("<?") { try skip(past: "?>"); continue }
            if matches("<!") { try skip(past: ">"); continue }
            advance()
            let isEnd = position < bytes.count && bytes[position] == UInt8(ascii: "/")
            if isEnd { advance() }
            let start = position
            while position < bytes.count, bytes[position] != UInt8(ascii: ">") { advance() }
            guard position < bytes.count else { throw InputProblem("the XML ends inside a tag: the file is truncated", line: line) }
            var inner = Array(bytes[start..<position])
            advance()
            let selfClosing = inner.last == UInt8(ascii: "/")
            if selfClosing { inner.removeLast() }
            let (name, attributes) = Self.parseTag(inner)
            if isEnd { return .end(name: name) }
            if selfClosing { pendingEnd = name }
            return .start(name: name, attributes: attributes)
        }
        return nil
    }

    private mutating func advance() {
        if bytes[position] == 0x0A { line += 1 }
        position += 1
    }

    private func matches(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard position + utf8.count <= bytes.count else { return false }
        return (0..<utf8.count).allSatisfy { bytes[position + $0] == utf8[$0] }
    }

    private mutating func skip(past terminator: String) throws {
        while position < bytes.count, !matches(terminator) { advance() }
        guard position < bytes.count else { throw InputProblem("the XML ends inside a comment or declaration: the file is truncated", line: line) }
        for _ in terminator.utf8 { advance() }
    }

    private static func parseTag(_ inner: [UInt8]) -> (String, [String: String]) {
        let text = String(decoding: inner, as: UTF8.self)
        let nameEnd = text.firstIndex(where: \.isWhitespace) ?? text.endIndex
        let name = String(text[..<nameEnd])
        var attributes: [String: String] = [:]
        var rest = text[nameEnd...]
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].trimmingPrefix(while: \.isWhitespace)
            let afterEquals = rest[rest.index(after: equals)...].trimmingPrefix(while: \.isWhitespace)
            guard let quote = afterEquals.first, quote == "\"" || quote == "'" else { break }
            let valueStart = afterEquals.index(after: afterEquals.startIndex)
            guard let valueEnd = afterEquals[valueStart...].firstIndex(of: quote) else { break }
            attributes[String(key)] = decode(Array(afterEquals[valueStart..<valueEnd].utf8)[...])
            rest = afterEquals[afterEquals.index(after: valueEnd)...]
        }
        return (name, attributes)
    }

    /// Text with entities replaced.
    static func decode(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        decode(Array(slice)[...])
    }

    static func decode(_ slice: ArraySlice<UInt8>) -> String {
        let text = String(decoding: slice, as: UTF8.self)
        guard text.contains("&") else { return text }
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { result.unicodeScalars.append(scalar) } else { result += "&\(entity);" }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return result + rest
    }
}
