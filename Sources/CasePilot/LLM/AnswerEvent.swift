/// One step of a streamed answer (``CasePilotEngine/answerStream(_:following:category:llm:)``).
public enum AnswerEvent: Sendable, Hashable {
    /// More answer text from the LLM, already checked by the code guard; print it as it comes.
    case text(String)
    /// The final answer; always the last event. If text was streamed and ``Answer/source`` is
    /// ``AnswerSource/llm``, its ``Answer/answer`` is that streamed text. If the source is
    /// ``AnswerSource/knowledgeBase``, the LLM failed (see ``Answer/warnings``) and this answer
    /// replaces whatever was streamed.
    case answer(Answer)
}
