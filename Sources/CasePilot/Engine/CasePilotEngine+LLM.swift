import FoundationEssentials

extension CasePilotEngine {
    /// Answers one question, with the answer text phrased by an LLM when `llm` is configured.
    ///
    /// The knowledge base resolves the question first; its facts and citations ground the prompt
    /// (`Prompts/system.md` and `Prompts/<category>.md`). The LLM's reply goes through the code
    /// guard: a code the knowledge base does not know is marked `[unverified]` (`[terminated]`
    /// when terminated) and listed in ``Answer/warnings``. Codes and citations stay the knowledge
    /// base's and ``Answer/source`` is ``AnswerSource/llm``.
    ///
    /// Without a configuration, out-of-scope questions and questions that look like they carry
    /// patient identifiers (unless ``LLMOptions/allowsPHI``) get the knowledge-base answer, the
    /// latter with a warning saying why nothing was sent. If the LLM fails (timeout, refused
    /// connection, HTTP error, malformed reply) the knowledge-base answer comes back with a
    /// warning, or, when ``LLMOptions/isRequired``, an error is thrown.
    /// - Parameters:
    ///   - question: the question in plain words.
    ///   - previous: the previous answer in a conversation.
    ///   - category: forces a category instead of classifying.
    ///   - llm: the LLM to use, if any.
    /// - Returns: the answer.
    /// - Throws: ``CasePilotError`` (unavailable) when the LLM is required but cannot answer;
    ///   `CancellationError` when the task is cancelled; ``DatabaseError`` if the knowledge base
    ///   cannot be read.
    public func ask(_ question: String, following previous: Answer? = nil, category: Category? = nil, llm: LLMOptions) async throws -> Answer {
        let base = try ask(question, following: previous, category: category)
        let (client, messages): (LLMClient, [ChatMessage])
        switch try plan(for: base, llm: llm) {
        case .answer(let answer): return answer
        case .send(let planned, let prompt): (client, messages) = (planned, prompt)
        }
        do {
            let reply = try await client.complete(messages)
            var codeGuard = makeGuard()
            _ = try codeGuard.feed(reply)
            _ = try codeGuard.finish()
            return try finished(base, codeGuard, llm: llm)
        } catch {
            return try fallback(base, after: error, llm: llm)
        }
    }

    /// Answers one question as a stream: LLM text as it arrives, then the final answer.
    ///
    /// Behaves like ``ask(_:following:category:llm:)``; the text events are already checked by the
    /// code guard. Stop iterating (or cancel the iterating task) to stop the answer; the request
    /// to the LLM is aborted.
    /// - Returns: ``AnswerEvent/text(_:)`` events, then exactly one ``AnswerEvent/answer(_:)``.
    ///   The stream throws what ``ask(_:following:category:llm:)`` throws.
    public nonisolated func answerStream(_ question: String, following previous: Answer? = nil, category: Category? = nil, llm: LLMOptions) -> AsyncThrowingStream<AnswerEvent, any Error> {
        let (events, continuation) = AsyncThrowingStream<AnswerEvent, any Error>.makeStream()
        let task = Task {
            do {
                let answer = try await self.streamAnswer(question, following: previous, category: category, llm: llm) { continuation.yield(.text($0)) }
                continuation.yield(.answer(answer))
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return events
    }

    private func streamAnswer(_ question: String, following previous: Answer?, category: Category?, llm: LLMOptions, emit: @Sendable (String) -> Void) async throws -> Answer {
        let base = try ask(question, following: previous, category: category)
        let (client, messages): (LLMClient, [ChatMessage])
        switch try plan(for: base, llm: llm) {
        case .answer(let answer): return answer
        case .send(let planned, let prompt): (client, messages) = (planned, prompt)
        }
        let redact = SecretRedactor(secret: llm.configuration?.apiKey)
        do {
            var codeGuard = makeGuard()
            for try await delta in try await client.stream(messages) {
                let ready = try codeGuard.feed(delta)
                if !ready.isEmpty { emit(redact(ready)) }
            }
            try Task.checkCancellation()
            let tail = try codeGuard.finish()
            if !tail.isEmpty { emit(redact(tail)) }
            return try finished(base, codeGuard, llm: llm)
        } catch {
            return try fallback(base, after: error, llm: llm)
        }
    }

    private enum Plan {
        case answer(Answer)
        case send(LLMClient, [ChatMessage])
    }

    /// Whether and what to send for `base`; applies the privacy rule and builds the prompt.
    private func plan(for base: Answer, llm: LLMOptions) throws -> Plan {
        guard let configuration = llm.configuration, base.category != .unknown else { return .answer(base) }
        let findings = PatientIdentifierCheck.findings(in: base.question)
        if !findings.isEmpty, !llm.allowsPHI {
            let explanation = PatientIdentifierCheck.explanation(for: findings)
            if llm.isRequired { throw CasePilotError.unavailable(explanation) }
            return .answer(base.adding(warning: explanation))
        }
        do {
            guard let directory = llm.promptsDirectory else {
                throw LLMError(.promptUnavailable, "no Prompts/ folder was found, so the LLM was not asked")
            }
            return .send(LLMClient(configuration: configuration), try PromptBuilder(directory: directory).messages(for: base))
        } catch {
            return .answer(try fallback(base, after: error, llm: llm))
        }
    }

    private func makeGuard() -> StreamingCodeGuard {
        StreamingCodeGuard(CodeGuard(knowledgeBase: knowledgeBase, parser: parser))
    }

    private func finished(_ base: Answer, _ codeGuard: StreamingCodeGuard, llm: LLMOptions) throws -> Answer {
        guard !codeGuard.output.isEmpty else { throw LLMError(.emptyReply, "the endpoint returned an empty answer") }
        let redact = SecretRedactor(secret: llm.configuration?.apiKey)
        return base.phrased(by: redact(codeGuard.output), warnings: codeGuard.warnings)
    }

    /// The knowledge-base answer with a warning, or an unavailable error when the LLM is required.
    private func fallback(_ base: Answer, after error: any Error, llm: LLMOptions) throws -> Answer {
        if error is CancellationError || Task.isCancelled { throw CancellationError() }
        let redact = SecretRedactor(secret: llm.configuration?.apiKey)
        let reason = redact((error as? LLMError)?.message ?? String(describing: error))
        if llm.isRequired { throw CasePilotError.unavailable("the LLM answer is required, but \(reason)") }
        return base.adding(warning: "the LLM could not answer (\(reason)); this is the knowledge-base answer")
    }
}
