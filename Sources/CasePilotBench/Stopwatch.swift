/// Wall-clock measurement on the monotonic clock.
enum Stopwatch {
    /// Runs `body` and returns its result with the elapsed seconds.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        return (result, seconds(clock.now - start))
    }

    /// Runs the async `body` and returns its result with the elapsed seconds.
    static func time<T>(_ body: () async throws -> T) async rethrows -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await body()
        return (result, seconds(clock.now - start))
    }

    /// A duration in seconds.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// Order statistics of a sample.
struct Percentiles {
    private let sorted: [Double]

    init(_ sample: [Double]) { sorted = sample.sorted() }

    /// The nearest-rank percentile `p` (0...100); 0 for an empty sample.
    func callAsFunction(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
    }

    var median: Double { self(50) }
    var max: Double { sorted.last ?? 0 }
}
