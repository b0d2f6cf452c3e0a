import FoundationEssentials

/// When to retry a chat-completions request and how long to wait first.
///
/// Retries `429` and transient `5xx` answers. A server's `Retry-After` (seconds or an HTTP date)
/// or `retry-after-ms` wins; otherwise the wait doubles from ``baseDelay`` with jitter, up to
/// ``maximumDelay``. A wait that would pass the deadline is not taken: the request fails instead.
struct RetryPolicy: Sendable {
    var baseDelay: Duration = .milliseconds(500)
    var maximumDelay: Duration = .seconds(8)
    /// Sleeps for a delay; replaced in tests to record delays without waiting.
    var sleep: @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }

    /// Whether a response with this status is worth another attempt.
    static func isRetryable(status: Int) -> Bool {
        status == 429 || status == 408 || (500...599).contains(status) && status != 501 && status != 505
    }

    /// The wait before attempt `attempt + 1`, given the failed response's head.
    func delay(afterAttempt attempt: Int, head: HTTPResponseHead, now: Date = Date()) -> Duration {
        if let requested = Self.retryAfter(head, now: now) { return requested }
        let exponent = min(max(attempt - 1, 0), 16)
        let backoff = min(baseDelay * (1 << exponent), maximumDelay)
        // "Equal jitter": half fixed, half random, so concurrent clients spread out.
        return backoff / 2 + backoff / 2 * Double.random(in: 0...1)
    }

    /// The server's requested wait: `retry-after-ms`, or `Retry-After` as seconds or an HTTP date.
    static func retryAfter(_ head: HTTPResponseHead, now: Date = Date()) -> Duration? {
        if let text = head.value(forHeader: "retry-after-ms"), let millis = Double(text), millis >= 0 {
            return .milliseconds(Int(millis.rounded(.up)))
        }
        guard let text = head.value(forHeader: "retry-after") else { return nil }
        if let seconds = Double(text), seconds >= 0 { return .milliseconds(Int((seconds * 1000).rounded(.up))) }
        guard let date = HTTPDate.parse(text) else { return nil }
        return .milliseconds(max(0, Int(date.timeIntervalSince(now) * 1000)))
    }
}
