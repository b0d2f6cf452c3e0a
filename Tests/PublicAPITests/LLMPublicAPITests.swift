import CasePilot
import Foundation
import Testing

/// The LLM options through the public API only, as an embedding application would use them.
@Suite struct LLMPublicAPITests {
    /// A one-entry knowledge folder, so this suite does not rebuild the whole repository's.
    static func engine() throws -> CasePilotEngine {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("casepilot-llm-api-\(UUID().uuidString)")
        let knowledge = home.appendingPathComponent("Knowledge")
        try FileManager.default.createDirectory(at: knowledge, withIntermediateDirectories: true)
        try """
            == modifier 59
            title: Distinct procedural service
            body:
              Marks a procedure as distinct from another on the same day.
            source: Test source
            as-of: 2024
            """.write(to: knowledge.appendingPathComponent("modifiers.txt"), atomically: true, encoding: .utf8)
        return try CasePilotEngine(configuration: EngineConfiguration(databasePath: ":memory:", knowledgeDirectory: knowledge))
    }

    @Test func withoutAnEndpointTheLLMPathIsTheKnowledgeBasePath() async throws {
        let engine = try Self.engine()
        let configuration = try LLMConfiguration.load(environment: ["XDG_CONFIG_HOME": "/nonexistent"])
        #expect(configuration == nil)
        let llm = LLMOptions(configuration: configuration, promptsDirectory: nil)

        let plain = try await engine.ask("What does modifier 59 mean?")
        #expect(try await engine.ask("What does modifier 59 mean?", llm: llm) == plain)
        var final: Answer?
        for try await event in engine.answerStream("What does modifier 59 mean?", llm: llm) {
            if case .answer(let answer) = event { final = answer }
        }
        #expect(final == plain)
    }

    @Test func aConfigurationNeverShowsItsKey() {
        let configuration = LLMConfiguration(url: "https://api.openai.com/v1", model: "gpt-4o-mini", apiKey: "sk-public-api-test-key")
        #expect(configuration.chatCompletionsURL == "https://api.openai.com/v1/chat/completions")
        #expect(!configuration.description.contains("sk-public"))
        #expect(!String(reflecting: configuration).contains("sk-public"))
    }
}
