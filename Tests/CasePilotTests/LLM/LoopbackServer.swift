import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A tiny OpenAI-compatible HTTP server on 127.0.0.1 (ephemeral port) for tests.
///
/// Each connection is served on its own thread by a scripted `Reply` chosen by the test's
/// handler from the request and its attempt number (1, 2, ...). Every request is recorded.
final class LoopbackServer: Sendable {
    struct Request: Sendable {
        let method: String
        let path: String
        /// Header names lower-cased.
        let headers: [String: String]
        let body: Data

        /// The JSON body, if it is a JSON object.
        var json: [String: any Sendable]? {
            (try? JSONSerialization.jsonObject(with: body)) as? [String: any Sendable]
        }

        /// The concatenated `content` of every message sent.
        var promptText: String {
            let messages = (try? JSONSerialization.jsonObject(with: body) as? [String: Any])?["messages"] as? [[String: Any]] ?? []
            return messages.compactMap { $0["content"] as? String }.joined(separator: "\n")
        }
    }

    enum Reply: Sendable {
        /// A complete JSON response.
        case json(status: Int = 200, body: String, headers: [String: String] = [:])
        /// A `text/event-stream` response (chunked): each string is sent as `data: <string>` with
        /// `delay` between events; `cut` drops the connection after the events, without ending
        /// the chunked body.
        case events([String], delay: Duration = .zero, cut: Bool = false)
        /// Reads the request, then answers nothing until the client hangs up (or `limit` passes).
        case stall(limit: Duration = .seconds(10))
    }

    private let listener: Int32
    /// The port the server listens on.
    let port: Int
    private let handler: @Sendable (Request, Int) -> Reply
    private let recorded = Mutex<[Request]>([])
    private let stopped = Mutex(false)

    /// The server root, e.g. `http://127.0.0.1:40123`.
    var url: String { "http://127.0.0.1:\(port)" }

    /// The requests received so far.
    var requests: [Request] { recorded.withLock { $0 } }

    init(_ handler: @escaping @Sendable (Request, Int) -> Reply) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        self.handler = handler
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// A server that answers every request with the same reply.
    convenience init(always reply: Reply) throws {
        try self.init { _, _ in reply }
    }

    /// Stops accepting connections (idempotent; call it when the test ends).
    func stop() {
        let first = stopped.withLock { stopped in
            defer { stopped = true }
            return !stopped
        }
        // Only the accept loop closes the descriptor, once accept fails: closing it here could
        // hand the number to another test's socket while the loop is about to accept on it.
        if first { shutdown(listener, Int32(SHUT_RDWR)) }
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                if errno == EINTR || errno == ECONNABORTED { continue }
                close(listener)
                return
            }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = readRequest(client) else { return }
        let attempt = recorded.withLock { requests in
            requests.append(request)
            return requests.count
        }
        switch handler(request, attempt) {
        case .json(let status, let body, let headers):
            var head = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Status")\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            send(client, head + "\r\n" + body)
        case .events(let events, let delay, let cut):
            send(client, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
            for event in events {
                if delay > .zero { Thread.sleep(forTimeInterval: Double(delay.components.attoseconds) / 1e18 + Double(delay.components.seconds)) }
                let payload = "data: \(event)\n\n"
                guard send(client, String(payload.utf8.count, radix: 16) + "\r\n" + payload + "\r\n") else { return }
            }
            if !cut { send(client, "0\r\n\r\n") }
        case .stall(let limit):
            let end = ContinuousClock.now + limit
            while ContinuousClock.now < end, !peerClosed(client) { usleep(5_000) }
        }
    }

    private func readRequest(_ client: Int32) -> Request? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let separator = Data("\r\n\r\n".utf8)
        while data.range(of: separator) == nil {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            data.append(contentsOf: buffer[..<count])
        }
        let headerEnd = data.range(of: separator)!
        let headText = String(decoding: data[..<headerEnd.lowerBound], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[headerEnd.upperBound...])
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while body.count < length {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            body.append(contentsOf: buffer[..<count])
        }
        return Request(method: requestLine.first.map(String.init) ?? "", path: requestLine.count > 1 ? String(requestLine[1]) : "", headers: headers, body: body)
    }

    @discardableResult
    private func send(_ client: Int32, _ text: String) -> Bool {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeMutableBytes { Glibc.send(client, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    private func peerClosed(_ client: Int32) -> Bool {
        var byte: UInt8 = 0
        let count = recv(client, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        return count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
    }
}

/// A loopback port that refuses connections: bound but not listening, so no other test can take it.
final class RefusingPort: Sendable {
    private let descriptor: Int32
    let port: Int
    var url: String { "http://127.0.0.1:\(port)" }

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        descriptor = fd
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(descriptor) }
}

/// Bodies in the chat-completions format.
enum ChatJSON {
    /// A non-streamed completion whose message is `content`.
    static func completion(_ content: String) -> String {
        let encoded = String(decoding: try! JSONEncoder().encode(content), as: UTF8.self)
        return #"{"id":"chatcmpl-test","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"# + encoded + #"},"finish_reason":"stop"}]}"#
    }

    /// Streamed chunks carrying `pieces`, then a finishing chunk and `[DONE]`.
    static func chunks(_ pieces: [String], done: Bool = true) -> [String] {
        let role = #"{"choices":[{"index":0,"delta":{"role":"assistant"},"finish_reason":null}]}"#
        let texts = pieces.map { piece in
            #"{"choices":[{"index":0,"delta":{"content":"# + String(decoding: try! JSONEncoder().encode(piece), as: UTF8.self) + #"},"finish_reason":null}]}"#
        }
        let finish = #"{"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"#
        return [role] + texts + (done ? [finish, "[DONE]"] : [])
    }
}
