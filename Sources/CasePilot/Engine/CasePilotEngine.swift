import FoundationEssentials

/// The CasePilot engine: answers medical-coding questions from the local knowledge base, with an
/// optional LLM to phrase the answers (see ``ask(_:following:category:llm:)``). An actor, so tasks
/// can share it; ``KnowledgeEngine`` is the same engine for synchronous code.
///
/// ```swift
/// let engine = try CasePilotEngine(configuration: .init(knowledgeDirectory: home.appendingPathComponent("Knowledge")))
/// let answer = try await engine.ask("What is CPT code 99213?")
/// print(answer.category, answer.answer, answer.citations)
/// ```
public actor CasePilotEngine {
    let local: KnowledgeEngine
    /// The question classifier (usable without the actor).
    public nonisolated let classifier: Classifier

    var knowledgeBase: KnowledgeBase { local.knowledgeBase }
    var parser: QuestionParser { local.parser }

    /// Opens the knowledge base and rebuilds its authored knowledge if `Knowledge/` changed.
    /// - Throws: what ``KnowledgeEngine/init(configuration:)`` throws.
    public init(configuration: EngineConfiguration) throws {
        self.init(try KnowledgeEngine(configuration: configuration))
    }

    /// The engine of an opened ``KnowledgeEngine``, which it then owns.
    public init(_ engine: sending KnowledgeEngine) {
        self.local = engine
        self.classifier = engine.classifier
    }

    /// Answers one question from the knowledge base (``KnowledgeEngine/ask(_:following:category:)``).
    public func ask(_ question: String, following previous: Answer? = nil, category forced: Category? = nil) throws -> Answer {
        try local.ask(question, following: previous, category: forced)
    }

    /// Classifies a question without answering it.
    public nonisolated func classify(_ question: String) -> Classification {
        classifier.classify(question)
    }

    /// What the knowledge base holds: authored entries and imported datasets.
    public func status() throws -> KnowledgeStatus {
        try local.status()
    }
}
