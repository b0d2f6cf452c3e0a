import FoundationEssentials

/// One HTTP request, as a value that can cross threads.
struct HTTPRequest: Sendable {
    /// The HTTP method (`POST`, `GET`).
    var method: String
    /// The absolute `http://` or `https://` URL.
    var url: String
    /// Header fields in order; names are sent as given.
    var headers: [(name: String, value: String)]
    /// The request body (sent for any method when not empty).
    var body: Data
    /// The total time the transfer may take, connection and body included.
    var timeout: Duration
    /// The time allowed for connecting (DNS, TCP, TLS).
    var connectTimeout: Duration
    /// The most body bytes accepted before the transfer is aborted.
    var maximumBodySize: Int

    init(
        method: String = "GET", url: String, headers: [(name: String, value: String)] = [], body: Data = Data(),
        timeout: Duration = .seconds(60), connectTimeout: Duration = .seconds(10), maximumBodySize: Int = 16 << 20
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maximumBodySize = maximumBodySize
    }

    /// A `POST` of a JSON body.
    static func postJSON(url: String, body: Data, headers: [(name: String, value: String)] = [], timeout: Duration) -> HTTPRequest {
        HTTPRequest(method: "POST", url: url, headers: [("Content-Type", "application/json")] + headers, body: body, timeout: timeout)
    }
}

extension Duration {
    /// Whole milliseconds, rounded up so that a positive duration never becomes zero.
    var roundedUpMilliseconds: Int {
        let (seconds, attoseconds) = components
        let millis = seconds * 1_000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int(clamping: max(millis, 0))
    }
}
