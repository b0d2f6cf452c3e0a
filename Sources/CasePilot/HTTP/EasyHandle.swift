internal import CCurl
import FoundationEssentials

/// One libcurl easy handle, configured for one request; cleans up in `deinit`.
///
/// Lives and dies on its transfer thread: libcurl calls the callbacks synchronously from
/// `curl_easy_perform` on that thread, and reaches this object through an unretained
/// `Unmanaged` pointer, valid because the handle outlives the `perform()` call.
final class EasyHandle {
    private let handle: UnsafeMutableRawPointer
    private let transfer: HTTPTransfer
    private let maximumBodySize: Int
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var head = HeadParser()
    private var headDelivered: HTTPResponseHead?
    private var bodyBytes = 0
    private var bodyTooLarge = false

    /// Creates and configures the handle for `request`.
    /// - Throws: ``HTTPClientError`` when libcurl is unavailable or rejects an option.
    init(request: HTTPRequest, transfer: HTTPTransfer, environment: [String: String]) throws(HTTPClientError) {
        if let failure = CurlRuntime.loadFailure {
            throw HTTPClientError(.transport, "libcurl could not be loaded (\(failure)); install it to use an LLM (Debian: apt-get install libcurl4)")
        }
        guard let handle = casepilot_curl_easy_init() else {
            throw HTTPClientError(.transport, "libcurl could not create a handle")
        }
        self.handle = handle
        self.transfer = transfer
        self.maximumBodySize = request.maximumBodySize
        let errorSize = Int(casepilot_curl_error_size())
        errorBuffer = .allocate(capacity: errorSize)
        errorBuffer.initialize(repeating: 0, count: errorSize)
        try configure(request, environment: environment)
    }

    deinit {
        casepilot_curl_easy_cleanup(handle)
        casepilot_curl_slist_free_all(headerList)
        errorBuffer.deallocate()
    }

    /// Runs the transfer to its end (blocking) and reports the outcome to the transfer.
    func perform() {
        let code = casepilot_curl_easy_perform(handle)
        if code == CURLE_OK {
            transfer.complete(.success(headDelivered ?? head.finalHead))
        } else {
            transfer.complete(.failure(error(for: code)))
        }
    }

    private func configure(_ request: HTTPRequest, environment: [String: String]) throws(HTTPClientError) {
        try set(CURLOPT_URL, request.url)
        try set(CURLOPT_NOSIGNAL, 1)
        try set(CURLOPT_PROTOCOLS_STR, "http,https")
        try set(CURLOPT_FOLLOWLOCATION, 0)
        try set(CURLOPT_ACCEPT_ENCODING, "")
        try set(CURLOPT_USERAGENT, "CasePilot (\(CurlRuntime.version))")
        try set(CURLOPT_TIMEOUT_MS, request.timeout.roundedUpMilliseconds)
        try set(CURLOPT_CONNECTTIMEOUT_MS, min(request.connectTimeout, request.timeout).roundedUpMilliseconds)
        try set(CURLOPT_SUPPRESS_CONNECT_HEADERS, 1)
        // libcurl takes http_proxy / https_proxy / no_proxy from the environment by itself;
        // loopback is always reached directly, whatever no_proxy says.
        let noProxy = [environment["no_proxy"] ?? environment["NO_PROXY"], "localhost,127.0.0.1,::1"]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ",")
        try set(CURLOPT_NOPROXY, noProxy)
        if let bundle = environment["CURL_CA_BUNDLE"], !bundle.isEmpty { try set(CURLOPT_CAINFO, bundle) }
        try check(casepilot_curl_setopt_error_buffer(handle, errorBuffer))

        if request.method == "POST" || !request.body.isEmpty {
            try set(CURLOPT_POST, 1)
            try check(casepilot_curl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.count)))
            // COPYPOSTFIELDS copies the bytes, so the buffer need not outlive this call.
            let copied = request.body.withUnsafeBytes { bytes in
                casepilot_curl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress ?? UnsafeRawPointer(errorBuffer)))
            }
            try check(copied)
        }
        if request.method != "POST" && request.method != "GET" { try set(CURLOPT_CUSTOMREQUEST, request.method) }
        for field in request.headers + [(name: "Expect", value: "")] {
            let line = field.value.isEmpty ? "\(field.name):" : "\(field.name): \(field.value)"
            guard let list = casepilot_curl_slist_append(headerList, line) else { throw HTTPClientError(.transport, "out of memory") }
            headerList = list
        }
        try check(casepilot_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList))

        let context = Unmanaged.passUnretained(self).toOpaque()
        try check(casepilot_curl_setopt_write_function(handle) { data, size, count, context in
            guard let data, let context else { return 0 }
            let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
            return Unmanaged<EasyHandle>.fromOpaque(context).takeUnretainedValue().didReceive(body: bytes)
        })
        try check(casepilot_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, context))
        try check(casepilot_curl_setopt_header_function(handle) { data, size, count, context in
            guard let data, let context else { return 0 }
            let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
            return Unmanaged<EasyHandle>.fromOpaque(context).takeUnretainedValue().didReceive(headerLine: bytes)
        })
        try check(casepilot_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, context))
        try set(CURLOPT_NOPROGRESS, 0)
        try check(casepilot_curl_setopt_xferinfo_function(handle) { context, _, _, _, _ in
            guard let context else { return 1 }
            // Non-zero aborts the transfer with CURLE_ABORTED_BY_CALLBACK.
            return Unmanaged<EasyHandle>.fromOpaque(context).takeUnretainedValue().transfer.isCancelled ? 1 : 0
        })
        try check(casepilot_curl_setopt_pointer(handle, CURLOPT_XFERINFODATA, context))
    }

    // MARK: Callbacks (on the transfer thread)

    private func didReceive(headerLine bytes: UnsafeRawBufferPointer) -> Int {
        if transfer.isCancelled { return 0 }
        if headDelivered == nil, let complete = head.consume(line: bytes) {
            headDelivered = complete
            transfer.deliver(head: complete)
        }
        return bytes.count
    }

    private func didReceive(body bytes: UnsafeRawBufferPointer) -> Int {
        if transfer.isCancelled { return 0 }
        if headDelivered == nil {
            let fallback = head.finalHead ?? HTTPResponseHead(status: responseCode, headers: [])
            headDelivered = fallback
            transfer.deliver(head: fallback)
        }
        bodyBytes += bytes.count
        if bodyBytes > maximumBodySize {
            bodyTooLarge = true
            return 0
        }
        transfer.deliver(chunk: Data(bytes))
        return bytes.count
    }

    private var responseCode: Int {
        var code = 0
        _ = casepilot_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    // MARK: Errors

    private func error(for code: CURLcode) -> HTTPClientError {
        if transfer.isCancelled || code == CURLE_ABORTED_BY_CALLBACK { return .cancelled }
        if bodyTooLarge { return .responseTooLarge(limit: maximumBodySize) }
        let detail = String(cString: errorBuffer)
        let text = detail.isEmpty ? String(cString: casepilot_curl_easy_strerror(code)) : detail
        switch code {
        case CURLE_OPERATION_TIMEDOUT: return HTTPClientError(.timedOut, "timed out (\(text))")
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: return HTTPClientError(.couldNotResolve, text)
        case CURLE_COULDNT_CONNECT: return HTTPClientError(.couldNotConnect, text)
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL: return HTTPClientError(.invalidRequest, text)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            return HTTPClientError(.tls, "TLS: \(text)")
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE, CURLE_GOT_NOTHING, CURLE_HTTP2_STREAM, CURLE_HTTP2:
            return HTTPClientError(.connectionLost, "the connection was closed before the response was complete (\(text))")
        default: return HTTPClientError(.transport, text)
        }
    }

    private func set(_ option: CURLoption, _ value: Int) throws(HTTPClientError) {
        try check(casepilot_curl_setopt_long(handle, option, value))
    }

    private func set(_ option: CURLoption, _ value: String) throws(HTTPClientError) {
        try check(casepilot_curl_setopt_string(handle, option, value))
    }

    private func check(_ code: CURLcode) throws(HTTPClientError) {
        guard code == CURLE_OK else {
            throw HTTPClientError(.invalidRequest, "libcurl rejected an option: \(String(cString: casepilot_curl_easy_strerror(code)))")
        }
    }
}

@available(*, unavailable)
extension EasyHandle: Sendable {}
