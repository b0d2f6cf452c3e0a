import Foundation

/// Runs `body` on a thread of its own and waits for it without holding one of Swift's
/// concurrency-pool threads. Long synchronous test work (importing the real datasets takes a
/// minute in a debug build) would otherwise hold the pool, whose threads are as many as the cores,
/// and every other suite would wait behind it: the LLM tests' prompt answers then ran into their
/// wall-clock deadlines.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try body() }) }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
