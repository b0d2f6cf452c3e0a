import FoundationEssentials

/// A thin HTTP client over libcurl: one easy handle per request, run on its own thread.
///
/// Blocking libcurl work never runs on the Swift concurrency pool. Cancelling the calling task
/// (or abandoning a streamed body) aborts the transfer through libcurl's progress callback; the
/// caller is released at once and the thread finishes the abort on its own. Proxies come from
/// the environment (`https_proxy`, `http_proxy`, `no_proxy`), as libcurl does by default.
struct HTTPClient: Sendable {
    /// The environment consulted for `no_proxy` and `CURL_CA_BUNDLE`.
    var environment: [String: String]

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Sends `request` and returns as soon as the response head has arrived.
    /// - Throws: ``HTTPClientError`` (`.cancelled` when the task is cancelled).
    func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        let transfer = HTTPTransfer()
        transfer.abortWhenAbandoned()
        let environment = environment
        let head = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (waiter: CheckedContinuation<HTTPResponseHead, any Error>) in
                guard transfer.awaitHead(waiter) else { return }
                let started = TransferThread.start {
                    do throws(HTTPClientError) {
                        try EasyHandle(request: request, transfer: transfer, environment: environment).perform()
                    } catch {
                        transfer.complete(.failure(error))
                    }
                }
                if !started { transfer.complete(.failure(HTTPClientError(.transport, "could not start a thread for the transfer"))) }
            }
        } onCancel: {
            transfer.cancel()
        }
        return HTTPStreamingResponse(head: head, body: transfer.bodyStream)
    }

    /// Sends `request` and collects the whole response.
    /// - Throws: ``HTTPClientError`` (`.cancelled` when the task is cancelled).
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = try await stream(request)
        do {
            return HTTPResponse(head: response.head, body: try await response.body.collectData(limit: request.maximumBodySize))
        } catch is CancellationError {
            throw HTTPClientError.cancelled
        }
    }
}

extension AsyncThrowingStream where Element == Data {
    /// All chunks joined; throws `CancellationError` if the task is cancelled meanwhile.
    func collectData(limit: Int) async throws -> Data {
        var data = Data()
        for try await chunk in self {
            data.append(chunk)
            if data.count > limit { throw HTTPClientError.responseTooLarge(limit: limit) }
        }
        try Task.checkCancellation()
        return data
    }
}
