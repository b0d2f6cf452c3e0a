import Foundation

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
        guard let content = choice.message.content, !content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw LLMError(.emptyReply, "the endpoint returned an empty answer")
        }
        return content
    }

    /// The meaning of one server-sent event's data.
    static func event(_ data: String) throws(LLMError) -> StreamEvent {
        let trimmed = data.trimmingCharacters(in: .whitespaces)
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
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any], let error = object["error"] else { return nil }
        if let text = error as? String { return String(text.prefix(300)) }
        if let details = error as? [String: Any], let text = details["message"] as? String { return String(text.prefix(300)) }
        return error is NSNull ? nil : "unspecified error"
    }

    /// A short, printable summary of an error body: its error message or its first line.
    static func summary(ofErrorBody body: Data) -> String {
        if let message = errorMessage(in: body) { return message }
        let text = String(decoding: body.prefix(300), as: UTF8.self)
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.trimmingCharacters(in: .whitespaces)
    }
}
