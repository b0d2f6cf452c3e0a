import ArgumentParser
import CasePilot
import FoundationEssentials

/// The LLM options shared by `ask` and the REPL.
struct LLMFlags: ParsableArguments {
    @Flag(inversion: .prefixedNo, help: "Phrase answers with the configured LLM (default: on when CASEPILOT_LLM_URL or the config file names an endpoint).")
    var llm: Bool?

    @Flag(name: .customLong("llm-required"), help: "Fail with exit code 69 instead of falling back to the knowledge-base answer when the LLM cannot answer.")
    var llmRequired = false

    @Flag(name: .customLong("allow-phi"), help: "Send questions to the LLM even when they look like they contain patient identifiers (SSN, MRN, date of birth with a name, phone, e-mail).")
    var allowPHI = false

    @Option(name: .customLong("llm-url"), help: ArgumentHelp("The OpenAI-compatible endpoint (overrides CASEPILOT_LLM_URL).", valueName: "url"))
    var llmURL: String?

    @Option(name: .customLong("llm-model"), help: ArgumentHelp("The model name (overrides CASEPILOT_LLM_MODEL).", valueName: "name"))
    var llmModel: String?

    @Option(name: .customLong("llm-timeout"), help: ArgumentHelp("Seconds allowed for one LLM answer, retries included (default 120).", valueName: "seconds"))
    var llmTimeout: Double?

    func validate() throws {
        if llm == false, llmRequired { throw ValidationError("--no-llm and --llm-required contradict each other") }
        if let llmTimeout, !(llmTimeout > 0) { throw ValidationError("--llm-timeout must be a positive number of seconds") }
        if let llmURL, !(llmURL.hasPrefix("http://") || llmURL.hasPrefix("https://")) {
            throw ValidationError("--llm-url must start with http:// or https://")
        }
    }

    /// The flags as plain values.
    var settings: LLMSettings {
        LLMSettings(llm: llm, llmRequired: llmRequired, allowPHI: allowPHI, llmURL: llmURL, llmModel: llmModel, llmTimeout: llmTimeout)
    }
}

/// The LLM flags of `ask` and the REPL as plain values (``LLMFlags`` parses them; a plain `ask`
/// has the defaults, or `--no-llm`).
struct LLMSettings: Equatable {
    var llm: Bool?
    var llmRequired = false
    var allowPHI = false
    var llmURL: String?
    var llmModel: String?
    var llmTimeout: Double?

    /// The LLM options for the engine: disabled unless an endpoint is configured and not `--no-llm`.
    /// - Parameter home: the `--home` option, to find `Prompts/`.
    /// - Throws: ``CLIError`` (usage) when `--llm` or `--llm-required` is given without an endpoint.
    func options(home: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LLMOptions {
        if llm == false { return .disabled }
        var configuration: LLMConfiguration?
        do {
            configuration = try LLMConfiguration.load(environment: environment)
        } catch {
            throw CLIError(wrapping: error)
        }
        if let llmURL {
            configuration = configuration.map { var copy = $0; copy.url = llmURL; return copy } ?? LLMConfiguration(url: llmURL)
        }
        guard var configuration else {
            if llm == true || llmRequired {
                throw CLIError(.usage, "no LLM endpoint is configured: set CASEPILOT_LLM_URL (and CASEPILOT_LLM_MODEL, CASEPILOT_LLM_API_KEY as needed), write url = ... in \(LLMConfiguration.defaultConfigFile(environment: environment).path), or pass --llm-url")
            }
            return .disabled
        }
        if let llmModel { configuration.model = llmModel }
        if let llmTimeout { configuration.timeout = .milliseconds(Int(llmTimeout * 1000)) }
        let prompts = CasePilotHome.locate(explicit: home, environment: environment)?.appendingPathComponent("Prompts")
        return LLMOptions(configuration: configuration, isRequired: llmRequired, allowsPHI: allowPHI, promptsDirectory: prompts)
    }
}
