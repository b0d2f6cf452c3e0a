import CasePilot
import Dispatch
import FoundationEssentials
@preconcurrency import Glibc

/// One REPL turn: the answer printed as it arrives; Ctrl-C stops the answer, not the REPL.
struct StreamedTurn {
    /// How an answer is printed.
    enum Output {
        /// Text styled for the terminal (``TerminalStyle/plain`` when piped); LLM text streams.
        case text(TerminalStyle)
        /// One JSON object per answer (``AnswerRenderer/json(_:)``); nothing streams.
        case json
    }

    let engine: CasePilotEngine
    let llm: LLMOptions

    /// Answers and prints `question`.
    /// - Parameters:
    ///   - previous: the previous answer, for follow-ups.
    ///   - category: forces a category instead of classifying.
    ///   - output: text or JSON.
    /// - Returns: the answer, or `nil` when the user pressed Ctrl-C or the required LLM failed
    ///   (the reason is printed on standard error).
    func run(_ question: String, following previous: Answer?, category: Category? = nil, output: Output) async throws -> Answer? {
        guard llm.configuration != nil else {
            let answer = try await engine.ask(question, following: previous, category: category)
            Self.printFinal(answer, output: output, streamed: false)
            return answer
        }
        let engine = engine, llm = llm
        let streaming: TerminalStyle? = if case .text(let style) = output { style } else { nil }
        let task = Task {
            try await Self.stream(engine.answerStream(question, following: previous, category: category, llm: llm), streaming: streaming)
        }
        do {
            let answer = try await InterruptSignal.shared.cancelling(task) { try await task.value }
            Self.printFinal(answer.answer, output: output, streamed: answer.streamed)
            return answer.answer
        } catch is CancellationError {
            print("\n[answer stopped]\n")
            return nil
        } catch let error as CasePilotError where error.isUnavailable {
            print()
            StandardError.write("casepilot: \(error.message)\n\n")
            return nil
        }
    }

    /// Prints the answer (or, after streamed LLM text, what follows it) and a blank line.
    private static func printFinal(_ answer: Answer, output: Output, streamed: Bool) {
        switch output {
        case .json:
            print(AnswerRenderer.json(answer))
        case .text(let style):
            if streamed, answer.source == .llm {
                print(AnswerRenderer.footer(answer, style: style))
            } else {
                if streamed { print("\n\n[the LLM's answer was interrupted; the knowledge-base answer follows]\n") }
                print(AnswerRenderer.terminal(answer, style: style))
            }
        }
        print()
        fflush(nil)
    }

    /// Prints text events as they come (when `streaming`) and returns the final answer.
    private static func stream(_ events: AsyncThrowingStream<AnswerEvent, any Error>, streaming: TerminalStyle?) async throws -> (answer: Answer, streamed: Bool) {
        var streamed = false
        for try await event in events {
            switch event {
            case .text(let text):
                guard streaming != nil else { continue }
                print(text, terminator: "")
                fflush(nil)
                streamed = true
            case .answer(let answer):
                return (answer, streamed)
            }
        }
        try Task.checkCancellation()
        throw CancellationError()
    }
}
