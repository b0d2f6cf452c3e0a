import CasePilot

/// In-process answering: per-question latency and sequential (one-core) throughput.
struct AnswerBenchmark {
    struct Result: Sendable {
        let asks: Int
        let p50: Double
        let p99: Double
        let max: Double
        let throughput: Double
        let throughputAsks: Int
        /// Every question with the median of its asks, slowest first, for diagnosis (question, seconds).
        let slowest: [(String, Double)]
    }

    let engine: CasePilotEngine
    let questions: [String]
    let asks: Int

    func run() async throws -> Result {
        // Warm-up: one pass, so page cache and statement caches are as in a long-lived process.
        for question in questions { _ = try await engine.ask(question) }

        let clock = ContinuousClock()
        var latencies: [Double] = []
        latencies.reserveCapacity(asks)
        var perQuestion: [String: [Double]] = [:]
        for index in 0..<asks {
            let question = questions[index % questions.count]
            let start = clock.now
            _ = try await engine.ask(question)
            let seconds = Stopwatch.seconds(clock.now - start)
            latencies.append(seconds)
            perQuestion[question, default: []].append(seconds)
        }
        let order = Percentiles(latencies)

        // Throughput: the same number of asks back to back on one task (one core), timed as a whole.
        let (_, total) = try await Stopwatch.time {
            for index in 0..<asks { _ = try await engine.ask(questions[index % questions.count]) }
        }
        let slowest = perQuestion.mapValues { Percentiles($0).median }.sorted { $0.value > $1.value }.map { ($0.key, $0.value) }
        return Result(asks: asks, p50: order.median, p99: order(99), max: order.max,
                      throughput: Double(asks) / total, throughputAsks: asks, slowest: slowest)
    }
}
