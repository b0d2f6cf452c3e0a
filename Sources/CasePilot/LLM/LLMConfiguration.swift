import FoundationEssentials

/// Where and how to reach an OpenAI-compatible chat-completions endpoint.
///
/// Works with OpenAI, Azure OpenAI, Ollama, llama.cpp's server, vLLM and LM Studio. The API key
/// is never shown: `description`, `debugDescription` and `dump` print it as `[redacted]`.
public struct LLMConfiguration: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The endpoint as configured: a server root (`http://127.0.0.1:11434`), a `/v1` base
    /// (`https://api.openai.com/v1`) or the full `/chat/completions` URL.
    public var url: String
    /// The model name (`gpt-4o-mini`, `llama3.2`); `nil` to let the server choose (llama.cpp).
    public var model: String?
    /// The API key sent as a bearer token (`api-key` for Azure), or `nil` for local servers.
    public var apiKey: String?
    /// The total time allowed for one answer, retries and streaming included.
    public var timeout: Duration
    /// How many requests at most for one answer (retries on 429 and 5xx).
    public var maxAttempts: Int
    /// Sampling temperature; low keeps the model close to the facts.
    public var temperature: Double
    /// The most tokens the answer may have (`max_tokens`), or `nil` to send no limit (some
    /// models reject the parameter).
    public var maxTokens: Int?
    /// Waits between retries; tests replace it to observe delays without sleeping.
    var retryPolicy: RetryPolicy

    /// Creates a configuration.
    /// - Parameters:
    ///   - url: the endpoint (root, `/v1` base or full chat-completions URL).
    ///   - model: the model name, or `nil` when the server needs none.
    ///   - apiKey: the API key, or `nil`.
    ///   - timeout: the total deadline for one answer (default 120 s).
    ///   - maxAttempts: requests at most per answer (default 3).
    ///   - temperature: sampling temperature (default 0.2).
    public init(url: String, model: String? = nil, apiKey: String? = nil, timeout: Duration = .seconds(120), maxAttempts: Int = 3, temperature: Double = 0.2) {
        self.url = url
        self.model = model
        self.apiKey = apiKey
        self.timeout = timeout
        self.maxAttempts = max(1, maxAttempts)
        self.temperature = temperature
        self.retryPolicy = RetryPolicy()
    }

    /// The full chat-completions URL derived from ``url``.
    public var chatCompletionsURL: String {
        var base = url.trimmed()
        if base.contains("/chat/completions") { return base }
        while base.hasSuffix("/") { base.removeLast() }
        return base.hasSuffix("/v1") ? base + "/chat/completions" : base + "/v1/chat/completions"
    }

    /// The endpoint as safe to show: scheme, host and port only (no credentials, path or query).
    public var displayEndpoint: String {
        guard let components = URLComponents(string: chatCompletionsURL), let host = components.host else { return "the configured endpoint" }
        let port = components.port.map { ":\($0)" } ?? ""
        return "\(components.scheme ?? "http")://\(host)\(port)"
    }

    /// A summary with the endpoint's host and the API key shown as `[redacted]`.
    public var description: String {
        "LLMConfiguration(url: \(displayEndpoint), model: \(model ?? "(server default)"), apiKey: \(apiKey == nil ? "none" : "[redacted]"), timeout: \(timeout))"
    }

    /// The same as ``description``: the API key is never shown.
    public var debugDescription: String { description }

    /// What `dump` and debuggers show: the API key as `[redacted]`.
    public var customMirror: Mirror {
        Mirror(self, children: ["url": displayEndpoint, "model": model as Any, "apiKey": apiKey == nil ? "none" : "[redacted]", "timeout": timeout], displayStyle: .struct)
    }

    /// Whether two configurations reach the same endpoint the same way.
    public static func == (lhs: LLMConfiguration, rhs: LLMConfiguration) -> Bool {
        lhs.url == rhs.url && lhs.model == rhs.model && lhs.apiKey == rhs.apiKey && lhs.timeout == rhs.timeout
            && lhs.maxAttempts == rhs.maxAttempts && lhs.temperature == rhs.temperature && lhs.maxTokens == rhs.maxTokens
    }

    /// Hashes the endpoint, model and timeout (not the API key).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(url)
        hasher.combine(model)
        hasher.combine(timeout)
    }
}
