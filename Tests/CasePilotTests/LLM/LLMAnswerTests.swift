import Foundation
import Testing
@testable import CasePilot

/// The LLM path end to end against a loopback OpenAI-compatible server.
@Suite struct LLMAnswerTests {
    let question = "What is CPT code 99213?"

    @Test func aNormalAnswerComesFromTheLLMWithTheKnowledgeBaseCodesAndCitations() async throws {
        let reply = "CPT 99213 is a return office visit at low decision making; at moderate complexity use 99214 [1]."
        let server = try LoopbackServer(always: .json(body: ChatJSON.completion(reply)))
        defer { server.stop() }
        let engine = try LLMTestSupport.engine()
        let base = try await engine.ask(question)

        let answer = try await engine.ask(question, llm: LLMTestSupport.options(server))

        #expect(answer.source == .llm)
        #expect(answer.answer == reply)
        #expect(answer.codes == base.codes && answer.citations == base.citations && answer.category == base.category)
        #expect(answer.warnings == base.warnings)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST" && request.path == "/v1/chat/completions")
        #expect(request.headers["authorization"] == "Bearer \(LLMTestSupport.apiKey)")
        #expect(request.json?["model"] as? String == "test-model")
        #expect(request.json?["stream"] as? Bool == false)
        // Grounding: the prompt carries the question, the knowledge base's facts and its sources.
        #expect(request.promptText.contains(question))
        #expect(request.promptText.contains("20 minutes of total time"))
        #expect(request.promptText.contains("[1] Test source for office visits, 2024"))
        #expect(request.promptText.contains("Never invent a code"))
    }

    @Test func aStreamedAnswerArrivesInPiecesAndEndsWithTheFinalAnswer() async throws {
        let pieces = ["CPT 992", "13 is a return ", "office visit; ", "bill G99", "99 never."]
        let server = try LoopbackServer(always: .events(ChatJSON.chunks(pieces), delay: .milliseconds(5)))
        defer { server.stop() }
        let engine = try LLMTestSupport.engine()

        let (streamed, final) = try await LLMTestSupport.collect(engine.answerStream(question, llm: LLMTestSupport.options(server)))

        let answer = try #require(final)
        #expect(answer.source == .llm)
        #expect(answer.answer == "CPT 99213 is a return office visit; bill G9999 [unverified] never.")
        #expect(streamed.trimmingCharacters(in: .whitespacesAndNewlines) == answer.answer)
        #expect(answer.warnings.contains { $0.contains("HCPCS G9999") })
        #expect(server.requests.first?.json?["stream"] as? Bool == true)
        #expect(server.requests.first?.headers["accept"] == "text/event-stream")
    }

    @Test func a500IsRetriedAndTheSecondAttemptAnswers() async throws {
        let server = try LoopbackServer { _, attempt in
            attempt == 1 ? .json(status: 500, body: #"{"error":{"message":"overloaded"}}"#) : .json(body: ChatJSON.completion("CPT 99213 is an office visit."))
        }
        defer { server.stop() }
        let sleeps = SleepRecorder()
        let answer = try await LLMTestSupport.engine().ask(question, llm: LLMTestSupport.options(server, sleeps: sleeps))

        #expect(answer.source == .llm, "\(answer.warnings)")
        #expect(answer.answer == "CPT 99213 is an office visit.")
        #expect(server.requests.count == 2)
        #expect(sleeps.recorded.count == 1)
    }

    @Test func a429WaitsAsLongAsRetryAfterSays() async throws {
        let server = try LoopbackServer { _, attempt in
            attempt == 1 ? .json(status: 429, body: #"{"error":{"message":"slow down"}}"#, headers: ["Retry-After": "2"]) : .json(body: ChatJSON.completion("CPT 99213 is an office visit."))
        }
        defer { server.stop() }
        let sleeps = SleepRecorder()
        // The recorder does not really wait, so the default deadline, longer than Retry-After, costs no time.
        let options = LLMTestSupport.options(server, sleeps: sleeps)
        let answer = try await LLMTestSupport.engine().ask(question, llm: options)

        #expect(answer.source == .llm, "\(answer.warnings)")
        #expect(server.requests.count == 2)
        #expect(sleeps.recorded == [.seconds(2)])
    }

    @Test func a429WhoseRetryAfterPassesTheDeadlineFallsBackAtOnce() async throws {
        let server = try LoopbackServer(always: .json(status: 429, body: "{}", headers: ["Retry-After": "3600"]))
        defer { server.stop() }
        let sleeps = SleepRecorder()
        let engine = try LLMTestSupport.engine()
        let answer = try await engine.ask(question, llm: LLMTestSupport.options(server, sleeps: sleeps))

        #expect(answer.source == .knowledgeBase)
        #expect(answer.answer == (try await engine.ask(question)).answer)
        #expect(answer.warnings.contains { $0.contains("rate-limiting") && $0.contains("knowledge-base answer") })
        #expect(server.requests.count == 1 && sleeps.recorded.isEmpty)
    }

    @Test func aServerSlowerThanTheDeadlineGivesTheKnowledgeBaseAnswer() async throws {
        let server = try LoopbackServer(always: .stall())
        defer { server.stop() }
        let engine = try LLMTestSupport.engine()
        let base = try await engine.ask(question)

        let answer = try await engine.ask(question, llm: LLMTestSupport.options(server, timeout: .milliseconds(300)))

        #expect(answer.source == .knowledgeBase)
        #expect(answer.answer == base.answer && answer.codes == base.codes)
        #expect(answer.warnings.last?.contains("no complete answer") == true)
        await #expect(throws: CasePilotError.self) {
            try await engine.ask(question, llm: LLMTestSupport.options(server, timeout: .milliseconds(300), required: true))
        }
    }

    @Test func malformedJSONGivesTheKnowledgeBaseAnswerOrUnavailableWhenRequired() async throws {
        let server = try LoopbackServer(always: .json(body: #"{"choices": [ {"message": "#))
        defer { server.stop() }
        let engine = try LLMTestSupport.engine()

        let answer = try await engine.ask(question, llm: LLMTestSupport.options(server))
        #expect(answer.source == .knowledgeBase)
        #expect(answer.warnings.last?.contains("not chat-completions JSON") == true)

        let error = await #expect(throws: CasePilotError.self) {
            try await engine.ask(question, llm: LLMTestSupport.options(server, required: true))
        }
        #expect(error?.isUnavailable == true)
    }

    @Test func aStreamCutMidAnswerFallsBackToTheKnowledgeBase() async throws {
        let events = ChatJSON.chunks(["CPT 99213 is a return ", "office visit at"], done: false)
        let server = try LoopbackServer(always: .events(events, cut: true))
        defer { server.stop() }
        let engine = try LLMTestSupport.engine()
        let base = try await engine.ask(question)

        let (streamed, final) = try await LLMTestSupport.collect(engine.answerStream(question, llm: LLMTestSupport.options(server)))

        let answer = try #require(final)
        #expect(streamed.hasPrefix("CPT 99213 is a return"), "the text that did arrive was streamed")
        #expect(answer.source == .knowledgeBase && answer.answer == base.answer)
        #expect(answer.warnings.last?.contains("cut off") == true || answer.warnings.last?.contains("ended before") == true)
    }

    @Test func anInventedOrTerminatedCodeInTheReplyIsMarkedAndWarned() async throws {
        let reply = "Report 99213 with modifier 25 (not modifier 61 or 99213-6Z), then add G9999 and G0001; G0439 covers the wellness visit. Cost: $100.50 under 42 CFR 410.32."
        let server = try LoopbackServer(always: .json(body: ChatJSON.completion(reply)))
        defer { server.stop() }
        let answer = try await LLMTestSupport.engine().ask(question, llm: LLMTestSupport.options(server))

        #expect(answer.source == .llm)
        #expect(answer.answer == "Report 99213 with modifier 25 (not modifier 61 [unverified] or 99213-6Z [unverified]), then add G9999 [unverified] and G0001 [terminated]; G0439 covers the wellness visit. Cost: $100.50 under 42 CFR 410.32.")
        #expect(answer.warnings.contains { $0.contains("modifier 61") })
        #expect(answer.warnings.contains { $0.contains("HCPCS G9999") && $0.contains("[unverified]") })
        #expect(answer.warnings.contains { $0.contains("HCPCS G0001") && $0.contains("2012-12-31") })
        #expect(!answer.warnings.contains { $0.contains("99213") || $0.contains("G0439") || $0.contains("410.32") })
    }

    @Test func aQuestionWithAnSSNIsNotSent() async throws {
        let server = try LoopbackServer(always: .json(body: ChatJSON.completion("never used")))
        defer { server.stop() }
        let engine = try LLMTestSupport.engine()
        let phi = "Patient SSN 123-45-6789 had an office visit: what is CPT 99213?"

        let answer = try await engine.ask(phi, llm: LLMTestSupport.options(server))

        #expect(server.requests.isEmpty, "the server saw no request")
        #expect(answer.source == .knowledgeBase)
        #expect(answer.answer == (try await engine.ask(phi)).answer)
        #expect(answer.warnings.contains { $0.contains("Social Security number") && $0.contains("--allow-phi") })
        await #expect(throws: CasePilotError.self) {
            try await engine.ask(phi, llm: LLMTestSupport.options(server, required: true))
        }
        #expect(server.requests.isEmpty)

        let allowed = try await engine.ask(phi, llm: LLMTestSupport.options(server, allowPHI: true))
        #expect(allowed.source == .llm && server.requests.count == 1)
    }
}
