import FoundationEssentials

extension LLMConfiguration {
    /// The configuration file: `$XDG_CONFIG_HOME/casepilot/config` (`~/.config/casepilot/config`).
    public static func defaultConfigFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        URL(fileURLWithPath: defaultConfigPath(environment: environment))
    }

    /// The path of ``defaultConfigFile(environment:)``, without building a URL (every process reads it).
    static func defaultConfigPath(environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + "/.config"
        return base + "/casepilot/config"
    }

    /// Reads the configuration from the environment, falling back key by key to the config file.
    ///
    /// Environment: `CASEPILOT_LLM_URL`, `CASEPILOT_LLM_MODEL`, `CASEPILOT_LLM_API_KEY`,
    /// `CASEPILOT_LLM_TIMEOUT` (seconds), `CASEPILOT_LLM_MAX_TOKENS`. File (`key = value` lines,
    /// `#` comments): `url`, `model`, `api_key`, `timeout`, `max_attempts`, `temperature`, `max_tokens`.
    /// - Parameters:
    ///   - environment: the process environment.
    ///   - file: the config file (default ``defaultConfigFile(environment:)``); a missing file is fine.
    /// - Returns: the configuration, or `nil` when no endpoint URL is configured.
    /// - Throws: ``CasePilotError`` (bad input) for a malformed file or value, naming file and line.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment, file: URL? = nil) throws -> LLMConfiguration? {
        var values = try readFile(file?.path ?? defaultConfigPath(environment: environment))
        let fromEnvironment = ["url": "CASEPILOT_LLM_URL", "model": "CASEPILOT_LLM_MODEL", "api_key": "CASEPILOT_LLM_API_KEY", "timeout": "CASEPILOT_LLM_TIMEOUT", "max_tokens": "CASEPILOT_LLM_MAX_TOKENS"]
        for (key, variable) in fromEnvironment {
            if let value = environment[variable]?.trimmed(), !value.isEmpty {
                values[key] = (value, variable)
            }
        }
        guard let url = values["url"]?.value else { return nil }
        guard let scheme = URLComponents(string: url)?.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw CasePilotError.badInput("\(values["url"]!.origin): the LLM URL must start with http:// or https://")
        }
        var configuration = LLMConfiguration(url: url, model: values["model"]?.value, apiKey: values["api_key"]?.value)
        if let (text, origin) = values["timeout"] {
            guard let seconds = Double(text), seconds > 0 else { throw CasePilotError.badInput("\(origin): timeout must be a positive number of seconds, found `\(text)`") }
            configuration.timeout = .milliseconds(Int(seconds * 1000))
        }
        if let (text, origin) = values["max_attempts"] {
            guard let attempts = Int(text), attempts >= 1 else { throw CasePilotError.badInput("\(origin): max_attempts must be a whole number of at least 1, found `\(text)`") }
            configuration.maxAttempts = attempts
        }
        if let (text, origin) = values["temperature"] {
            guard let temperature = Double(text), (0...2).contains(temperature) else { throw CasePilotError.badInput("\(origin): temperature must be between 0 and 2, found `\(text)`") }
            configuration.temperature = temperature
        }
        if let (text, origin) = values["max_tokens"] {
            guard let tokens = Int(text), tokens >= 1 else { throw CasePilotError.badInput("\(origin): max_tokens must be a whole number of at least 1, found `\(text)`") }
            configuration.maxTokens = tokens
        }
        return configuration
    }

    private static let fileKeys: Set<String> = ["url", "model", "api_key", "timeout", "max_attempts", "temperature", "max_tokens"]

    /// `key = value` lines; values may be quoted. Returns each value with `file:line` as origin.
    private static func readFile(_ path: String) throws -> [String: (value: String, origin: String)] {
        // Most users have no file: a failed read would build an error only to drop it.
        guard FileManager.default.fileExists(atPath: path), let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else { return [:] }
        var values: [String: (value: String, origin: String)] = [:]
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmed()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let origin = "\(path):\(offset + 1)"
            guard let equals = line.firstIndex(of: "=") else {
                throw CasePilotError.badInput("\(origin): expected `key = value`")
            }
            let key = line[..<equals].trimmed().lowercased().replacing("-", with: "_")
            var value = line[line.index(after: equals)...].trimmed()
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            guard fileKeys.contains(key) else {
                throw CasePilotError.badInput("\(origin): unknown key `\(key)`; expected one of \(fileKeys.sorted().joined(separator: ", "))")
            }
            if !value.isEmpty { values[key] = (value, origin) }
        }
        return values
    }
}
