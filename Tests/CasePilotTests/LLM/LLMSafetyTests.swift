import Foundation
import Testing
@testable import CasePilot

/// The API key stays secret, no configuration means no change, and failures are handled.
@Suite struct LLMSafetyTests {
    let question = "What is CPT code 99213?"

    @Test func theAPIKeyAppearsInNoAnswerWarningOrError() async throws {
        let key = LLMTestSupport.apiKey
        let masked = String(key.prefix(8)) + "****************" + String(key.suffix(4))
        let echo = #"{"error":{"message":"Incorrect API key provided: \#(key) (\#(masked)). See https://example.invalid/keys."}}"#
        let server = try LoopbackServer { _, attempt in
            attempt % 2 == 1 ? .json(status: 401, body: echo) : .json(status: 500, body: echo)
        }
        defer { server.stop() }
        let engine = try LLMTestSupport.engine()
        let options = LLMTestSupport.options(server)

        let answer = try await engine.ask(question, llm: options)
        let streamed = try await LLMTestSupport.collect(engine.answerStream(question, llm: options))
        var seen = [try LLMTestSupport.visible(answer), streamed.streamed, try LLMTestSupport.visible(try #require(streamed.answer))]
        do {
            _ = try await engine.ask(question, llm: LLMTestSupport.options(server, required: true))
            Issue.record("a required LLM that refuses must throw")
        } catch {
            seen += [String(describing: error), "\(error)", (error as? CasePilotError)?.message ?? ""]
        }
        let configuration = try #require(options.configuration)
        var dumped = ""
        dump(configuration, to: &dumped)
        seen += [configuration.description, configuration.debugDescription, dumped, String(reflecting: configuration)]

        #expect(server.requests.first?.headers["authorization"] == "Bearer \(key)", "the key was really used")
        #expect(answer.warnings.contains { $0.contains("HTTP 401") && $0.contains("API key") })
        for text in seen {
            #expect(!text.contains(key), "the API key leaked into: \(text)")
            #expect(!text.contains(masked), "a masked API key leaked into: \(text)")
            #expect(!text.contains(String(key.suffix(12))), "part of the API key leaked into: \(text)")
        }
    }

    @Test func withoutConfigurationEveryAnswerIsExactlyTheKnowledgeBaseAnswer() async throws {
        let engine = try LLMTestSupport.engine()
        let questions = [question, "What does modifier 25 mean?", "Patient SSN 123-45-6789, CPT 99214?", "", "What is the weather?", "Can I bill 20610 with 99213?"]
        for question in questions {
            let plain = try await engine.ask(question)
            #expect(try await engine.ask(question, llm: .disabled) == plain)
            let options = LLMOptions(configuration: nil, isRequired: true, allowsPHI: false, promptsDirectory: nil)
            #expect(try await engine.ask(question, llm: options) == plain)
            let streamed = try await LLMTestSupport.collect(engine.answerStream(question, llm: .disabled))
            #expect(streamed.streamed.isEmpty && streamed.answer == plain)
        }
    }

    @Test func outOfScopeQuestionsAreNotSent() async throws {
        let server = try LoopbackServer(always: .json(body: ChatJSON.completion("sunny")))
        defer { server.stop() }
        let answer = try await LLMTestSupport.engine().ask("What is the weather in Paris today?", llm: LLMTestSupport.options(server))
        #expect(answer.category == .unknown && answer.source == .knowledgeBase)
        #expect(server.requests.isEmpty)
    }

    @Test func aRefusedConnectionGivesTheKnowledgeBaseAnswer() async throws {
        let refusing = try RefusingPort()
        let answer = try await LLMTestSupport.engine().ask(question, llm: LLMTestSupport.options(url: refusing.url))
        #expect(answer.source == .knowledgeBase)
        #expect(answer.warnings.last?.contains("could not connect") == true)
    }

    @Test func missingPromptsGiveTheKnowledgeBaseAnswerWithAWarning() async throws {
        let server = try LoopbackServer(always: .json(body: ChatJSON.completion("unused")))
        defer { server.stop() }
        var options = LLMTestSupport.options(server)
        options.promptsDirectory = try TestPaths.temporaryDirectory()
        let answer = try await LLMTestSupport.engine().ask(question, llm: options)
        #expect(answer.source == .knowledgeBase)
        #expect(answer.warnings.last?.contains("Prompts/system.md") == true)
        #expect(server.requests.isEmpty)
    }

    @Test func cancellingTheTaskAbortsTheRequest() async throws {
        let server = try LoopbackServer(always: .stall())
        defer { server.stop() }
        let engine = try LLMTestSupport.engine()
        let options = LLMTestSupport.options(server, timeout: .seconds(30))
        let task = Task { try await engine.ask(question, llm: options) }
        for _ in 0..<400 where server.requests.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
        #expect(server.requests.count == 1)
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }

    @Test func stoppingAStreamStopsTheAnswer() async throws {
        let pieces = (0..<200).map { "word\($0) " }
        let server = try LoopbackServer(always: .events(ChatJSON.chunks(pieces), delay: .milliseconds(20)))
        defer { server.stop() }
        let engine = try LLMTestSupport.engine()
        var received = 0
        for try await event in engine.answerStream(question, llm: LLMTestSupport.options(server, timeout: .seconds(30))) {
            if case .text = event { received += 1 }
            if received == 3 { break }
        }
        #expect(received == 3)
    }
}
