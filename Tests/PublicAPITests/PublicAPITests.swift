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

    @Test func theSynchronousEngineAnswersAsTheActorDoes() async throws {
        let home = try #require(CasePilotHome.locate(explicit: Self.repository.path))
        let local = try KnowledgeEngine(configuration: EngineConfiguration(
            databasePath: ":memory:", knowledgeDirectory: home.appendingPathComponent("Knowledge")))
        let questions = ["What is CPT code 99213?", "mod 59 vs XS", "Does Medicare cover hearing aids?"]
        var answers: [Answer] = []
        for question in questions {
            answers.append(try local.ask(question))
        }
        let followUp = try local.ask("and with modifier 25?", following: answers[0])
        #expect(answers.map(\.category) == [.cpt, .modifiers, .coverage])
        #expect(local.classify("mod 59 vs XS").category == .modifiers)
        #expect(try local.status().authoredEntries > 0)

        let engine = CasePilotEngine(local)
        for (question, answer) in zip(questions, answers) {
            #expect(try await engine.ask(question) == answer)
        }
        #expect(try await engine.ask("and with modifier 25?", following: answers[0]) == followUp)
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
