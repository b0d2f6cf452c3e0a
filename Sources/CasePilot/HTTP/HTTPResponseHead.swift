/// The status line and header fields of an HTTP response.
struct HTTPResponseHead: Sendable, Hashable {
    /// The status code (`200`, `429`).
    var status: Int
    /// Header fields in the order received, names as sent by the server.
    var headers: [HTTPHeaderField]

    /// The first value of the header `name` (case-insensitive), trimmed.
    func value(forHeader name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// Whether the status is in the 2xx range.
    var isSuccess: Bool { (200..<300).contains(status) }
}

/// One response header field.
struct HTTPHeaderField: Sendable, Hashable {
    var name: String
    var value: String
}
