extension Answer {
    /// This answer with its text from the LLM: codes and citations stay the knowledge base's.
    func phrased(by text: String, warnings extra: [String]) -> Answer {
        var answer = Answer(question: question, category: category, confidence: confidence, runnerUp: runnerUp, answer: text,
                            codes: codes, citations: citations, source: .llm, warnings: warnings + extra.filter { !warnings.contains($0) })
        answer.readAs = readAs
        return answer
    }

    /// This answer with one more warning.
    func adding(warning: String) -> Answer {
        var answer = Answer(question: question, category: category, confidence: confidence, runnerUp: runnerUp, answer: answer,
                            codes: codes, citations: citations, source: source, warnings: warnings + [warning])
        answer.readAs = readAs
        return answer
    }
}
