import FoundationEssentials
import Synchronization

/// The meeting point of one transfer's libcurl thread and the async caller.
///
/// The transfer thread reports the response head, body chunks and the outcome; the caller
/// waits for the head, iterates the body and may cancel at any time. Every piece of mutable
/// state is behind one `Mutex`, so the class is `Sendable` without `@unchecked`.
final class HTTPTransfer: Sendable {
    private struct State {
        var headWaiter: CheckedContinuation<HTTPResponseHead, any Error>?
        var headSettled = false
        var cancelled = false
    }

    private let state = Mutex(State())
    private let body: AsyncThrowingStream<Data, any Error>.Continuation
    /// The body stream the caller iterates.
    let bodyStream: AsyncThrowingStream<Data, any Error>

    init() {
        let (stream, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
        bodyStream = stream
        body = continuation
    }

    /// Makes a consumer that stops iterating the body (or whose task is cancelled) abort the
    /// transfer. The closure holds the transfer until the stream ends, which it always does.
    func abortWhenAbandoned() {
        body.onTermination = { termination in
            if case .cancelled = termination { self.cancel() }
        }
    }

    /// Whether the caller gave up; the transfer thread polls this from libcurl callbacks.
    var isCancelled: Bool { state.withLock { $0.cancelled } }

    /// Registers the caller waiting for the head.
    /// - Returns: `false` if the transfer was cancelled before it started (the waiter is resumed).
    func awaitHead(_ waiter: CheckedContinuation<HTTPResponseHead, any Error>) -> Bool {
        let cancelled = state.withLock { state in
            if !state.cancelled { state.headWaiter = waiter }
            return state.cancelled
        }
        if cancelled { waiter.resume(throwing: HTTPClientError.cancelled) }
        return !cancelled
    }

    /// Called on the transfer thread once the final response head has arrived.
    func deliver(head: HTTPResponseHead) {
        settleHead(.success(head))
    }

    /// Called on the transfer thread for every body chunk.
    func deliver(chunk: Data) {
        body.yield(chunk)
    }

    /// Called on the transfer thread when libcurl is done, successfully or not.
    func complete(_ result: Result<HTTPResponseHead?, HTTPClientError>) {
        switch result {
        case .success(let head):
            if let head { settleHead(.success(head)) } else { settleHead(.failure(.init(.transport, "the server sent no response"))) }
            body.finish()
        case .failure(let error):
            settleHead(.failure(error))
            body.finish(throwing: error)
        }
    }

    /// Abandons the transfer: the waiter and the body stream end with a cancellation error at
    /// once, and the transfer thread aborts at its next libcurl callback.
    func cancel() {
        state.withLock { $0.cancelled = true }
        settleHead(.failure(.cancelled))
        body.finish(throwing: HTTPClientError.cancelled)
    }

    private func settleHead(_ result: Result<HTTPResponseHead, HTTPClientError>) {
        let waiter: CheckedContinuation<HTTPResponseHead, any Error>? = state.withLock { state in
            guard !state.headSettled, let waiter = state.headWaiter else { return nil }
            state.headSettled = true
            state.headWaiter = nil
            return waiter
        }
        waiter?.resume(with: result.mapError { $0 as any Error })
    }
}
