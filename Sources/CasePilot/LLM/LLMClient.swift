import FoundationEssentials

/// Talks to an OpenAI-compatible `/v1/chat/completions` endpoint, streamed or not.
///
/// One call is one answer: it may make several requests (retries on `429` and `5xx` with
/// backoff, honouring `Retry-After`), all within the configuration's total deadline. Errors are
/// ``LLMError`` with the API key redacted; cancelling the task throws `CancellationError`.
struct LLMClient: Sendable {
    let configuration: LLMConfiguration
    var http = HTTPClient()

    private var redact: SecretRedactor { SecretRedactor(secret: configuration.apiKey) }

    /// The whole answer text.
    func complete(_ messages: [ChatMessage]) async throws -> String {
        let deadline = ContinuousClock.now + configuration.timeout
        let response = try await open(messages, streaming: false, deadline: deadline)
        if response.head.value(forHeader: "content-type")?.lowercased().contains("text/event-stream") == true {
            // The server streamed although it was not asked to: gather the pieces.
            var text = ""
            for try await piece in deltas(of: response) { text += piece }
            try Task.checkCancellation()
            guard !text.trimmed().isEmpty else { throw LLMError(.emptyReply, "the endpoint returned an empty answer") }
            return text
        }
        let body: Data
        do {
            body = try await response.body.collectData(limit: 8 << 20)
        } catch {
            throw translate(error, midStream: false)
        }
        do {
            return try ChatCompletionDecoder.content(of: body)
        } catch {
            throw LLMError(error.code, redact(error.message))
        }
    }

    /// The answer text in pieces as the server streams them (server-sent events).
    ///
    /// Returns once the server has accepted the request; the stream then throws ``LLMError`` if
    /// the server's events are malformed or the stream ends before the answer is complete.
    func stream(_ messages: [ChatMessage]) async throws -> AsyncThrowingStream<String, any Error> {
        let deadline = ContinuousClock.now + configuration.timeout
        return deltas(of: try await open(messages, streaming: true, deadline: deadline))
    }

    /// The text pieces of an accepted response, streamed (SSE) or not (JSON).
    private func deltas(of response: HTTPStreamingResponse) -> AsyncThrowingStream<String, any Error> {
        let (deltas, continuation) = AsyncThrowingStream<String, any Error>.makeStream()
        let isJSON = response.head.value(forHeader: "content-type")?.lowercased().contains("application/json") == true
        let producer = Task { [self] in
            do {
                if isJSON {
                    // The server ignored `"stream": true` and sent one JSON response.
                    let body = try await response.body.collectData(limit: 8 << 20)
                    continuation.yield(try ChatCompletionDecoder.content(of: body))
                } else {
                    try await relayEvents(of: response.body, to: continuation)
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: Task.isCancelled ? CancellationError() : translate(error, midStream: true))
            }
        }
        continuation.onTermination = { _ in producer.cancel() }
        return deltas
    }

    private func relayEvents(of body: AsyncThrowingStream<Data, any Error>, to continuation: AsyncThrowingStream<String, any Error>.Continuation) async throws {
        var parser = ServerSentEventParser()
        var finished = false
        func handle(_ event: String) throws -> Bool {
            switch try ChatCompletionDecoder.event(event) {
            case .done:
                return true
            case .delta(let text, let finishedHere):
                if !text.isEmpty { continuation.yield(text) }
                finished = finished || finishedHere
                return false
            }
        }
        reading: for try await chunk in body {
            for event in parser.feed(chunk) where try handle(event) {
                finished = true
                break reading
            }
        }
        try Task.checkCancellation()
        if !finished, let last = parser.finish(), try handle(last) { finished = true }
        guard finished else {
            throw LLMError(.streamInterrupted, "the answer stream from \(configuration.displayEndpoint) ended before the answer was complete")
        }
    }

    // MARK: Requests and retries

    private func open(_ messages: [ChatMessage], streaming: Bool, deadline: ContinuousClock.Instant) async throws -> HTTPStreamingResponse {
        let body = ChatCompletionRequest(model: configuration.model, messages: messages, stream: streaming, temperature: configuration.temperature, maxTokens: configuration.maxTokens).json()
        var attempt = 0
        while true {
            attempt += 1
            let remaining = deadline - .now
            guard remaining > .zero else { throw timedOut() }
            let request = HTTPRequest.postJSON(url: configuration.chatCompletionsURL, body: body, headers: headers(streaming: streaming), timeout: remaining)
            let response: HTTPStreamingResponse
            do {
                response = try await http.stream(request)
            } catch {
                throw translate(error, midStream: false)
            }
            if response.head.isSuccess { return response }

            let status = response.head.status
            let errorBody = (try? await response.body.collectData(limit: 64 << 10)) ?? Data()
            try Task.checkCancellation()
            let summary = redact(ChatCompletionDecoder.summary(ofErrorBody: errorBody))
            guard RetryPolicy.isRetryable(status: status) else { throw refused(status: status, summary: summary) }
            let delay = configuration.retryPolicy.delay(afterAttempt: attempt, head: response.head)
            let outOfTime = delay >= deadline - .now
            guard attempt < configuration.maxAttempts, !outOfTime else {
                throw gaveUp(status: status, summary: summary, attempts: attempt, retryAfterBeyondDeadline: outOfTime && RetryPolicy.retryAfter(response.head) != nil)
            }
            try await configuration.retryPolicy.sleep(delay)
        }
    }

    private func headers(streaming: Bool) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = [("Accept", streaming ? "text/event-stream" : "application/json")]
        if let key = configuration.apiKey, !key.isEmpty {
            let azure = URLComponents(string: configuration.chatCompletionsURL)?.host?.hasSuffix(".openai.azure.com") == true
            headers.append(azure ? ("api-key", key) : ("Authorization", "Bearer \(key)"))
        }
        return headers
    }

    // MARK: Errors

    private func timedOut() -> LLMError {
        LLMError(.timedOut, "no complete answer from \(configuration.displayEndpoint) within \(Self.seconds(configuration.timeout))")
    }

    private func refused(status: Int, summary: String) -> LLMError {
        let detail = summary.isEmpty ? "" : ": \(summary)"
        switch status {
        case 401, 403: return LLMError(.httpStatus, "\(configuration.displayEndpoint) refused the request (HTTP \(status)); check the API key\(detail)")
        case 404: return LLMError(.httpStatus, "\(configuration.displayEndpoint) has no chat-completions endpoint or model there (HTTP 404)\(detail)")
        default: return LLMError(.httpStatus, "\(configuration.displayEndpoint) answered HTTP \(status)\(detail)")
        }
    }

    private func gaveUp(status: Int, summary: String, attempts: Int, retryAfterBeyondDeadline: Bool) -> LLMError {
        let detail = summary.isEmpty ? "" : ": \(summary)"
        let tries = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
        let why = retryAfterBeyondDeadline ? " (the server asked to wait longer than the time left)" : ""
        return status == 429
            ? LLMError(.rateLimited, "\(configuration.displayEndpoint) is rate-limiting requests (HTTP 429) after \(tries)\(why)\(detail)")
            : LLMError(.httpStatus, "\(configuration.displayEndpoint) answered HTTP \(status) after \(tries)\(why)\(detail)")
    }

    /// Maps a transport or decoding failure to an ``LLMError`` (or `CancellationError`).
    func translate(_ error: any Error, midStream: Bool) -> any Error {
        switch error {
        case is CancellationError: return error
        case let error as LLMError: return LLMError(error.code, redact(error.message))
        case let error as HTTPClientError:
            if error.isCancelled { return CancellationError() }
            if error.isTimeout { return timedOut() }
            if error.isConnectFailure { return LLMError(.unreachable, redact("could not connect to \(configuration.displayEndpoint): \(error.message)")) }
            if error.isConnectionLost {
                return midStream
                    ? LLMError(.streamInterrupted, "the answer stream from \(configuration.displayEndpoint) was cut off before the answer was complete")
                    : LLMError(.transport, "\(configuration.displayEndpoint) closed the connection without a complete response")
            }
            return LLMError(.transport, redact("\(configuration.displayEndpoint): \(error.message)"))
        default:
            return LLMError(.transport, redact(String(describing: error)))
        }
    }

    static func seconds(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return seconds < 10 ? NumberText.fixed(seconds, decimals: 1) + " s" : "\(Int(seconds.rounded())) s"
    }
}
