extension Report {
    /// The in-process answering figures, with the `slowest` questions by the median of their asks.
    static func answeringSection(_ answering: AnswerBenchmark.Result, slowest: Int) -> Section {
        var section = Section(title: "Answering (in process, all datasets imported)")
        section.add("question mix", "\(QuestionMix.questions.count)", "questions across every category, \(answering.asks) asks")
        section.add("latency p50", answering.p50.duration)
        section.add("latency p99", answering.p99.duration)
        section.add("latency max", answering.max.duration)
        section.add("throughput, one core", "\(answering.throughput.grouped) q/s", "\(answering.throughputAsks) asks back to back")
        for (question, seconds) in answering.slowest.prefix(slowest) {
            section.add("slow question (median ask)", seconds.duration, question)
        }
        return section
    }

    /// The p99 target of issue 7.
    static func latencyTarget(_ answering: AnswerBenchmark.Result) -> (String, String, Bool) {
        ("in-process p99 < 1 ms", answering.p99.duration, answering.p99 < 1e-3)
    }

    static func oneShotTarget(_ oneShot: OneShotBenchmark.Result) -> (String, String, Bool) {
        ("one-shot ask ≤ 2× sqlite3 look-up", String(format: "%.2f×", oneShot.ratio), oneShot.ratio <= 2)
    }
}
