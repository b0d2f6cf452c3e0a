import CasePilot
import Foundation
import Testing

/// Uses the library only through its public API, as an embedding application would.
@Suite struct PublicAPITests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func readmeExampleWorks() async throws {
        let home = try #require(CasePilotHome.locate(explicit: Self.repository.path))
        let engine = try CasePilotEngine(configuration: EngineConfiguration(
            databasePath: ":memory:", knowledgeDirectory: home.appendingPathComponent("Knowledge")))
        let answer = try await engine.ask("What is CPT code 99213?")
        #expect(answer.category == .cpt)
        #expect(answer.codes.first?.code == "99213")
        #expect(answer.citations.first.map { !$0.source.isEmpty } == true)

        let classification = engine.classify("mod 59 vs XS")
        #expect(classification.category == .modifiers)
        #expect(classification.runnerUp != nil)

        let status = try await engine.status()
        #expect(status.authoredEntries > 0)
    }

    @Test func answersEncodeAsJSON() async throws {
        let answer = Answer(question: "q", category: .coverage, confidence: 0.5, answer: "a",
                            codes: [CodeReference(system: .hcpcs, code: "G0439", description: "d")],
                            citations: [Citation(source: "s", release: "2024", reference: "r")])
        let data = try JSONEncoder().encode(answer)
        let decoded = try JSONDecoder().decode(Answer.self, from: data)
        #expect(decoded == answer)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["category"] as? String == "coverage")
        #expect(object["source"] as? String == "knowledge-base")
    }
}
