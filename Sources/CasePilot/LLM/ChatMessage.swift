import FoundationEssentials

/// One message of a chat-completions conversation.
struct ChatMessage: Sendable, Codable, Hashable {
    enum Role: String, Sendable, Codable, Hashable {
        case system, user, assistant
    }

    var role: Role
    var content: String
}

/// The JSON body of a `/v1/chat/completions` request.
struct ChatCompletionRequest: Encodable {
    var model: String?
    var messages: [ChatMessage]
    var stream: Bool
    var temperature: Double
    var maxTokens: Int?

    enum CodingKeys: String, CodingKey {
        case model, messages, stream, temperature
        case maxTokens = "max_tokens"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encode(messages, forKey: .messages)
        try container.encode(stream, forKey: .stream)
        try container.encode(temperature, forKey: .temperature)
        try container.encodeIfPresent(maxTokens, forKey: .maxTokens)
    }

    func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Encoding strings and numbers cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }
}
