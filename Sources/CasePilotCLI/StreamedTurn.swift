import CasePilot
import Dispatch
import Foundation

/// One REPL turn: the answer printed as it arrives; Ctrl-C stops the answer, not the REPL.
struct StreamedTurn {
    let engine: CasePilotEngine
    let llm: LLMOptions

    /// Answers and prints `question`.
    /// - Returns: the answer, or `nil` when the user pressed Ctrl-C or the required LLM failed
    ///   (the reason is printed on standard error).
    func run(_ question: String, following previous: Answer?) async throws -> Answer? {
        guard llm.configuration != nil else {
            let answer = try await engine.ask(question, following: previous)
            print(AnswerRenderer.text(answer))
            print()
            return answer
        }
        let engine = engine, llm = llm
        let task = Task { try await Self.stream(engine.answerStream(question, following: previous, llm: llm)) }
        do {
            return try await InterruptSignal.shared.cancelling(task) { try await task.value }
        } catch is CancellationError {
            print("\n[answer stopped]\n")
            return nil
        } catch let error as CasePilotError where error.isUnavailable {
            print()
            StandardError.write("casepilot: \(error.message)\n\n")
            return nil
        }
    }

    /// Prints text events as they come and the sources and notes at the end.
    private static func stream(_ events: AsyncThrowingStream<AnswerEvent, any Error>) async throws -> Answer {
        var streamed = false
        for try await event in events {
            switch event {
            case .text(let text):
                print(text, terminator: "")
                fflush(nil)
                streamed = true
            case .answer(let answer):
                let full = AnswerRenderer.text(answer)
                if streamed, answer.source == .llm, full.hasPrefix(answer.answer) {
                    print(full.dropFirst(answer.answer.count))
                } else {
                    if streamed { print("\n\n[the LLM's answer was interrupted; the knowledge-base answer follows]\n") }
                    print(full)
                }
                print()
                return answer
            }
        }
        try Task.checkCancellation()
        throw CancellationError()
    }
}
