extension Answer {
    /// This answer with its text from the LLM: codes and citations stay the knowledge base's.
    func phrased(by text: String, warnings extra: [String]) -> Answer {
        Answer(question: question, category: category, confidence: confidence, runnerUp: runnerUp, answer: text,
               codes: codes, citations: citations, source: .llm, warnings: warnings + extra.filter { !warnings.contains($0) })
    }

    /// This answer with one more warning.
    func adding(warning: String) -> Answer {
        Answer(question: question, category: category, confidence: confidence, runnerUp: runnerUp, answer: answer,
               codes: codes, citations: citations, source: source, warnings: warnings + [warning])
    }
}
