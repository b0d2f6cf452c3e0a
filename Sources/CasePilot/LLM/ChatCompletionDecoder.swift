import FoundationEssentials

/// Reads chat-completions JSON: whole responses, streamed chunks and error bodies.
enum ChatCompletionDecoder {
    /// What one streamed event carried.
    enum StreamEvent: Equatable {
        /// Text to append (possibly empty, e.g. the role-only first chunk).
        case delta(String, finished: Bool)
        /// `data: [DONE]`: the server ended the stream.
        case done
    }

    private struct Response: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable { let content: String? }
            let message: Message
        }
        let choices: [Choice]
    }

    private struct Chunk: Decodable {
        struct Choice: Decodable {
            struct Delta: Decodable { let content: String? }
            let delta: Delta?
            let finish_reason: String?
        }
        let choices: [Choice]
    }

    /// The assistant's text from a non-streamed response body.
    static func content(of body: Data) throws(LLMError) -> String {
        if let message = errorMessage(in: body) { throw LLMError(.malformedResponse, "the endpoint reported an error: \(message)") }
        guard let response = try? JSONDecoder().decode(Response.self, from: body), let choice = response.choices.first else {
            throw LLMError(.malformedResponse, "the endpoint's reply was not chat-completions JSON")
        }
        guard let content = choice.message.content, !content.trimmed().isEmpty else {
            throw LLMError(.emptyReply, "the endpoint returned an empty answer")
        }
        return content
    }

    /// The meaning of one server-sent event's data.
    static func event(_ data: String) throws(LLMError) -> StreamEvent {
        let trimmed = data.trimmed()
        if trimmed == "[DONE]" { return .done }
        let bytes = Data(trimmed.utf8)
        if let message = errorMessage(in: bytes) { throw LLMError(.malformedResponse, "the endpoint reported an error mid-stream: \(message)") }
        guard let chunk = try? JSONDecoder().decode(Chunk.self, from: bytes) else {
            throw LLMError(.malformedResponse, "the endpoint streamed something that is not chat-completions JSON")
        }
        guard let choice = chunk.choices.first else { return .delta("", finished: false) }
        return .delta(choice.delta?.content ?? "", finished: choice.finish_reason != nil)
    }

    /// The `error.message` (OpenAI) or `error` string (Ollama) of an error body, if it is one.
    static func errorMessage(in body: Data) -> String? {
        switch (try? JSONDecoder().decode(ErrorBody.self, from: body))?.error {
        case .message(let text): String(text.prefix(300))
        case .unspecified: "unspecified error"
        case nil: nil
        }
    }

    /// `{"error": ...}`; `error` is `nil` when absent or `null`.
    private struct ErrorBody: Decodable {
        let error: ErrorValue?
    }

    private enum ErrorValue: Decodable {
        case message(String)
        case unspecified

        private struct Details: Decodable {
            let message: String
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .message(text)
            } else if let details = try? container.decode(Details.self) {
                self = .message(details.message)
            } else {
                self = .unspecified
            }
        }
    }

    /// A short, printable summary of an error body: its error message or its first line.
    static func summary(ofErrorBody body: Data) -> String {
        if let message = errorMessage(in: body) { return message }
        let text = String(decoding: body.prefix(300), as: UTF8.self)
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.trimmed()
    }
}
