import Foundation
import Testing

/// The `--llm` flags of the built `casepilot` executable, against a loopback server.
@Suite(.enabled(if: CLIExecutable.url != nil, "the casepilot executable is not built (run `swift build` first)"))
struct LLMCommandLineTests {
    /// A home folder with the test knowledge and the repository's prompts, and a clean environment.
    let home: URL
    let key = LLMTestSupport.apiKey

    init() throws {
        home = try TestPaths.temporaryDirectory()
        let knowledge = home.appendingPathComponent("Knowledge")
        try FileManager.default.createDirectory(at: knowledge, withIntermediateDirectories: true)
        try LLMTestSupport.knowledge.write(to: knowledge.appendingPathComponent("codes.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: home.appendingPathComponent("Prompts"), withDestinationURL: TestPaths.repository.appendingPathComponent("Prompts"))
    }

    func run(_ arguments: [String], llmURL: String?, input: String? = nil, extraEnvironment: [String: String] = [:]) throws -> CommandRun {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CASEPILOT_") }
        environment["CASEPILOT_HOME"] = home.path
        environment["CASEPILOT_DB"] = home.appendingPathComponent("kb.sqlite").path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        environment["CASEPILOT_LLM_API_KEY"] = key
        environment["CASEPILOT_LLM_TIMEOUT"] = "2"
        if let llmURL { environment["CASEPILOT_LLM_URL"] = llmURL }
        environment.merge(extraEnvironment) { $1 }
        return try CommandRun.casepilot(arguments, environment: environment, input: input)
    }

    @Test func askUsesTheConfiguredLLMAndKeepsTheJSONContract() throws {
        let server = try LoopbackServer(always: .json(body: ChatJSON.completion("CPT 99213 is a return office visit; never G9999.")))
        defer { server.stop() }
        let result = try run(["ask", "--json", "What is CPT code 99213?"], llmURL: server.url)

        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["source"] as? String == "llm")
        #expect(object["answer"] as? String == "CPT 99213 is a return office visit; never G9999 [unverified].")
        #expect((object["codes"] as? [[String: Any]])?.first?["code"] as? String == "99213")
        #expect((object["warnings"] as? [String])?.contains { $0.contains("G9999") } == true)
        #expect(!result.all.contains(key))
    }

    @Test func noLLMGivesTheKnowledgeBaseAnswerAndSendsNothing() throws {
        let server = try LoopbackServer(always: .json(body: ChatJSON.completion("unused")))
        defer { server.stop() }
        let plain = try run(["ask", "--json", "What is CPT code 99213?"], llmURL: nil)
        let off = try run(["ask", "--json", "--no-llm", "What is CPT code 99213?"], llmURL: server.url)
        #expect(plain.status == 0 && off.status == 0)
        #expect(off.stdout == plain.stdout)
        #expect(server.requests.isEmpty)
    }

    @Test func aFailingEndpointFallsBackOrExits69WhenRequired() throws {
        let refusing = try RefusingPort()
        let fallback = try run(["ask", "What is CPT code 99213?"], llmURL: refusing.url)
        #expect(fallback.status == 0)
        #expect(fallback.stdout.contains("Note: the LLM could not answer"))

        let required = try run(["ask", "--llm-required", "What is CPT code 99213?"], llmURL: refusing.url)
        #expect(required.status == 69)
        #expect(required.stderr.contains("the LLM answer is required"))
        #expect(!fallback.all.contains(key) && !required.all.contains(key))
    }

    /// libcurl is loaded only when an LLM is asked; a machine where it cannot be loaded still
    /// answers from the knowledge base and says why the LLM was not used.
    @Test func withoutLibcurlTheKnowledgeBaseStillAnswers() throws {
        let server = try LoopbackServer(always: .json(body: ChatJSON.completion("unused")))
        defer { server.stop() }
        // The dynamic loader searches LD_LIBRARY_PATH first and finds these unloadable files.
        let libraries = home.appendingPathComponent("libraries")
        try FileManager.default.createDirectory(at: libraries, withIntermediateDirectories: true)
        for name in ["libcurl.so.4", "libcurl.so"] {
            try "not a library".write(to: libraries.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let hidden = ["LD_LIBRARY_PATH": libraries.path]
        let plain = try run(["ask", "--no-llm", "What is CPT code 99213?"], llmURL: nil, extraEnvironment: hidden)
        #expect(plain.status == 0 && plain.stdout.contains("99213"), "\(plain.stderr)")

        let fallback = try run(["ask", "What is CPT code 99213?"], llmURL: server.url, extraEnvironment: hidden)
        #expect(fallback.status == 0)
        #expect(fallback.stdout.contains("libcurl could not be loaded") && fallback.stdout.contains("this is the knowledge-base answer"))
        let required = try run(["ask", "--llm-required", "What is CPT code 99213?"], llmURL: server.url, extraEnvironment: hidden)
        #expect(required.status == 69)
        #expect(required.stderr.contains("libcurl could not be loaded"))
        #expect(server.requests.isEmpty)
    }

    @Test func llmFlagsWithoutAnEndpointAreAUsageError() throws {
        let result = try run(["ask", "--llm", "What is CPT code 99213?"], llmURL: nil)
        #expect(result.status == 64)
        #expect(result.stderr.contains("CASEPILOT_LLM_URL"))
    }

    @Test func aQuestionWithPatientIdentifiersIsNotSentAndTheUserIsTold() throws {
        let server = try LoopbackServer(always: .json(body: ChatJSON.completion("unused")))
        defer { server.stop() }
        let result = try run(["ask", "Pt Jane Roe DOB 04/02/1961, MRN 5512093: bill 99213?"], llmURL: server.url)
        #expect(result.status == 0)
        #expect(server.requests.isEmpty)
        #expect(result.stdout.contains("not sent to the LLM") && result.stdout.contains("--allow-phi"))
    }

    @Test func theReplStreamsTheAnswer() throws {
        let server = try LoopbackServer(always: .events(ChatJSON.chunks(["CPT 99213 ", "is a return ", "office visit [1]."])))
        defer { server.stop() }
        let result = try run(["repl"], llmURL: server.url, input: "What is CPT code 99213?\nquit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("CPT 99213 is a return office visit [1].\n\nSource: Test source for office visits"))
        #expect(server.requests.first?.json?["stream"] as? Bool == true)
        #expect(!result.all.contains(key))
    }
}
