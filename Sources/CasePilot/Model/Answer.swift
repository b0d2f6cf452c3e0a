/// Where the text of an answer came from.
public enum AnswerSource: String, Sendable, Codable, Hashable {
    /// Composed deterministically from the knowledge base.
    case knowledgeBase = "knowledge-base"
    /// Phrased by the configured LLM over knowledge-base facts.
    case llm
}

/// CasePilot's answer to one question.
///
/// Encodes to the stable scripting contract (`casepilot ask --json`).
public struct Answer: Sendable, Codable, Hashable {
    /// The question as asked.
    public let question: String
    /// The category the question was sorted into.
    public let category: Category
    /// How sure the classifier was, from 0 to 1.
    public let confidence: Double
    /// The next most likely category, when there is one.
    public let runnerUp: Category?
    /// The plain-text answer.
    public let answer: String
    /// The codes the answer is about, most relevant first.
    public let codes: [CodeReference]
    /// The sources of the facts used.
    public let citations: [Citation]
    /// Where the answer text came from.
    public let source: AnswerSource
    /// Anything the user should know: missing data, unverified codes, fallbacks.
    public let warnings: [String]
    /// The question as CasePilot read it, when a follow-up was read as a whole question ("and
    /// 10 cm?" after "simple repair 3 cm scalp" is "simple repair 10 cm scalp"), so that the next
    /// follow-up builds on it. Kept in process only: not part of the JSON contract.
    var readAs: String? = nil

    /// The question this answer answers: ``readAs``, else the question as asked.
    var questionRead: String { readAs ?? question }

    /// Creates an answer.
    public init(
        question: String, category: Category, confidence: Double, runnerUp: Category? = nil,
        answer: String, codes: [CodeReference] = [], citations: [Citation] = [],
        source: AnswerSource = .knowledgeBase, warnings: [String] = []
    ) {
        self.question = question
        self.category = category
        self.confidence = confidence
        self.runnerUp = runnerUp
        self.answer = answer
        self.codes = codes
        self.citations = citations
        self.source = source
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case question, category, confidence
        case runnerUp = "runner_up"
        case answer, codes, citations, source, warnings
    }
}
