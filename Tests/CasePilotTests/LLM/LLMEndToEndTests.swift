import Foundation
import Testing
@testable import CasePilot

/// Opt-in: real questions through a real local model (see `scripts/llm-e2e-setup.sh`).
///
/// Enabled only with `CASEPILOT_LLM_E2E=1` and `CASEPILOT_LLM_URL` pointing at the server. The
/// tiny model invents codes freely, so these tests check the guarantees, not the prose: the answer
/// comes from the LLM, keeps the knowledge base's codes and citations, and every code the guard
/// could not verify is marked in the text and listed in the warnings.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["CASEPILOT_LLM_E2E"] == "1", "set CASEPILOT_LLM_E2E=1 (and CASEPILOT_LLM_URL) to run against a real model"))
struct LLMEndToEndTests {
    let engine = SharedEngine.engine

    func options() throws -> LLMOptions {
        var configuration = try #require(try LLMConfiguration.load(), "CASEPILOT_LLM_URL is not set")
        // A tiny model can ramble until its context is full; a cap keeps the test quick.
        configuration.maxTokens = configuration.maxTokens ?? 300
        return LLMOptions(configuration: configuration, promptsDirectory: TestPaths.repository.appendingPathComponent("Prompts"))
    }

    /// Asked one after another: the local server answers one request at a time.
    @Test func aRealModelAnswersAndTheGuardMarksWhatItCannotVerify() async throws {
        let questions = [
            "What is CPT code 99213?",
            "What does modifier 25 mean?",
            "Which codes do I use for an office visit for an established patient?",
            "Can I bill 20610 with 99213 on the same day?",
        ]
        var answeredByLLM = 0
        for question in questions {
            let base = try await engine.ask(question)
            let answer = try await engine.ask(question, llm: try options())
            print("Q: \(question)\nA (\(answer.source.rawValue)): \(answer.answer)\nwarnings: \(answer.warnings)\n")
            #expect(answer.codes == base.codes && answer.citations == base.citations)
            guard answer.source == .llm else {
                // A tiny model may return nothing; then the fallback must say so.
                #expect(answer.answer == base.answer && answer.warnings.contains { $0.contains("the LLM could not answer") })
                continue
            }
            answeredByLLM += 1
            for warning in answer.warnings where warning.contains("in the LLM's answer") {
                let marker = warning.contains("[terminated]") ? "[terminated]" : "[unverified]"
                let code = warning.components(separatedBy: " in the LLM's answer").first?.split(separator: " ").last.map(String.init) ?? ""
                #expect(answer.answer.contains("\(code) \(marker)"), "\(code) is flagged but not marked in the text")
            }
        }
        #expect(answeredByLLM > 0, "the model answered none of the questions")
    }

    @Test func aStreamedAnswerEndsInTheSameGuardedText() async throws {
        var streamed = ""
        var final: Answer?
        for try await event in engine.answerStream("What is CPT code 99214?", llm: try options()) {
            switch event {
            case .text(let text): streamed += text
            case .answer(let answer): final = answer
            }
        }
        let answer = try #require(final)
        print("streamed: \(streamed)\nwarnings: \(answer.warnings)")
        if answer.source == .llm {
            #expect(streamed.trimmingCharacters(in: .whitespacesAndNewlines) == answer.answer)
        } else {
            #expect(answer.warnings.contains { $0.contains("the LLM could not answer") })
        }
    }

    @Test func patientIdentifiersStayLocal() async throws {
        let answer = try await engine.ask("Patient SSN 123-45-6789: what is CPT 99213?", llm: try options())
        #expect(answer.source == .knowledgeBase)
        #expect(answer.warnings.contains { $0.contains("not sent to the LLM") })
    }
}
