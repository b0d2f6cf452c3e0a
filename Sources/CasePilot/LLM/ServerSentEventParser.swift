import FoundationEssentials

/// Splits a `text/event-stream` body into events (the `data:` payload of each), chunk by chunk.
///
/// A pure state machine: feed it whatever byte chunks the network delivers (lines may be split
/// anywhere, even inside a UTF-8 sequence) and it returns the events completed so far. Follows the
/// WHATWG rules that matter for chat completions: `\n`, `\r\n` or `\r` line ends, `:` comments,
/// several `data:` lines joined with `\n`, an event ending at a blank line.
struct ServerSentEventParser: Sendable {
    private var buffer: [UInt8] = []
    private var dataLines: [String] = []
    private var sawCarriageReturn = false

    /// Feeds a chunk; returns the data of every event it completed.
    mutating func feed(_ chunk: Data) -> [String] {
        var events: [String] = []
        for byte in chunk {
            if sawCarriageReturn {
                sawCarriageReturn = false
                if byte == 0x0A { continue }
            }
            if byte == 0x0A || byte == 0x0D {
                sawCarriageReturn = byte == 0x0D
                if let event = endLine() { events.append(event) }
            } else {
                buffer.append(byte)
            }
        }
        return events
    }

    /// Ends the stream. A last event whose lines all ended but which lacked the closing blank
    /// line is returned; a line cut off mid-way is dropped (it is an interrupted event).
    mutating func finish() -> String? {
        defer {
            buffer = []
            dataLines = []
        }
        return buffer.isEmpty && !dataLines.isEmpty ? dataLines.joined(separator: "\n") : nil
    }

    private mutating func endLine() -> String? {
        let line = String(decoding: buffer, as: UTF8.self)
        buffer.removeAll(keepingCapacity: true)
        if line.isEmpty {
            guard !dataLines.isEmpty else { return nil }
            defer { dataLines = [] }
            return dataLines.joined(separator: "\n")
        }
        if line.hasPrefix(":") { return nil }
        let field: Substring, value: Substring
        if let colon = line.firstIndex(of: ":") {
            field = line[..<colon]
            let rest = line[line.index(after: colon)...]
            value = rest.hasPrefix(" ") ? rest.dropFirst() : rest
        } else {
            field = Substring(line)
            value = ""
        }
        if field == "data" { dataLines.append(String(value)) }
        return nil
    }
}
