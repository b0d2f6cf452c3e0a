import CasePilot

extension BenchRun {
    /// `--only answering`: latency and throughput, with the ten slowest questions.
    func measureAnswering(into report: inout Report) async throws {
        let answering = try await AnswerBenchmark(engine: try await engineWithEveryDataset(), questions: QuestionMix.questions, asks: asks).run()
        report.sections = [Report.answeringSection(answering, slowest: 10)]
        report.targets = [Report.latencyTarget(answering)]
    }
}
