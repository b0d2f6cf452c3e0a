import Foundation
import Testing
@testable import CasePilot

/// The pieces of the LLM path that need no network.
@Suite struct LLMUnitTests {
    @Test func serverSentEventsSurviveAnyChunking() {
        let body = ": comment\r\ndata: {\"a\":1}\r\n\r\ndata: line one\ndata: line two\n\nevent: x\ndata: [DONE]\n\n"
        let bytes = Array(body.utf8)
        for size in [1, 2, 3, 7, bytes.count] {
            var parser = ServerSentEventParser()
            var events: [String] = []
            for start in stride(from: 0, to: bytes.count, by: size) {
                events += parser.feed(Data(bytes[start..<min(start + size, bytes.count)]))
            }
            #expect(events == ["{\"a\":1}", "line one\nline two", "[DONE]"], "chunk size \(size)")
            #expect(parser.finish() == nil)
        }
        var cut = ServerSentEventParser()
        #expect(cut.feed(Data("data: {\"choi".utf8)).isEmpty)
        #expect(cut.finish() == nil, "a half-received event is dropped")
    }

    @Test func streamedChunksDecode() throws {
        #expect(try ChatCompletionDecoder.event(#"{"choices":[{"delta":{"content":"Hi"},"finish_reason":null}]}"#) == .delta("Hi", finished: false))
        #expect(try ChatCompletionDecoder.event(#"{"choices":[{"delta":{},"finish_reason":"stop"}]}"#) == .delta("", finished: true))
        #expect(try ChatCompletionDecoder.event("[DONE]") == .done)
        #expect(throws: LLMError.self) { try ChatCompletionDecoder.event("{not json") }
        #expect(throws: LLMError.self) { try ChatCompletionDecoder.event(#"{"error":{"message":"boom"}}"#) }
        #expect(throws: LLMError.self) { try ChatCompletionDecoder.content(of: Data(#"{"choices":[{"message":{"content":"  "}}]}"#.utf8)) }
    }

    @Test func placeholdersAreFilledInOnePass() {
        let filled = PromptBuilder.fill("Q: {{question}}\nF: {{facts}}\n{{unknown}}", with: ["question": "what is {{facts}}?", "facts": "F1"])
        #expect(filled == "Q: what is {{facts}}?\nF: F1\n{{unknown}}")
        #expect(PromptBuilder.strippingComments("<!-- note -->\nHello <!-- x --> there") == "Hello  there")
    }

    @Test func everyCategoryHasAGroundedPromptTemplate() throws {
        let builder = PromptBuilder(directory: TestPaths.repository.appendingPathComponent("Prompts"))
        for category in Category.answerable {
            let answer = Answer(question: "Q?", category: category, confidence: 1, answer: "FACTS-HERE",
                                citations: [Citation(source: "S", release: "2024", reference: "r")])
            let messages = try builder.messages(for: answer)
            #expect(messages.map(\.role) == [.system, .user])
            #expect(messages[1].content.contains("Q?") && messages[1].content.contains("FACTS-HERE") && messages[1].content.contains("[1] S, 2024"), "\(category)")
            #expect(!messages[1].content.contains("{{") && !messages[0].content.contains("<!--"), "\(category)")
        }
    }

    @Test func retryAfterIsReadAsSecondsMillisecondsOrADate() {
        func head(_ headers: [String: String]) -> HTTPResponseHead {
            HTTPResponseHead(status: 429, headers: headers.map { HTTPHeaderField(name: $0.key, value: $0.value) })
        }
        #expect(RetryPolicy.retryAfter(head(["Retry-After": "3"])) == .seconds(3))
        #expect(RetryPolicy.retryAfter(head(["retry-after-ms": "250"])) == .milliseconds(250))
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RetryPolicy.retryAfter(head(["Retry-After": "Tue, 14 Nov 2023 22:13:30 GMT"]), now: now) == .seconds(10))
        #expect(RetryPolicy.retryAfter(head(["Retry-After": "soon"])) == nil)
        #expect(RetryPolicy.isRetryable(status: 429) && RetryPolicy.isRetryable(status: 503) && !RetryPolicy.isRetryable(status: 400) && !RetryPolicy.isRetryable(status: 501))
        let delay = RetryPolicy().delay(afterAttempt: 3, head: head([:]))
        #expect(delay >= .seconds(1) && delay <= .seconds(2), "the third wait doubles twice from 0.5 s, with jitter")
    }

    @Test(arguments: [
        ("SSN 123-45-6789, can I bill 99213?", PatientIdentifierCheck.Finding.socialSecurityNumber),
        ("MRN: 00482913 had 20610 and 99213", .medicalRecordNumber),
        ("member 1EG4-TE5-MK72 needs an ABN?", .medicareBeneficiaryIdentifier),
        ("Patient John Smith, DOB 03/14/1952, screening colonoscopy?", .dateOfBirthWithName),
        ("Mrs. Garcia born January 5, 1948: is G0439 covered?", .dateOfBirthWithName),
        ("Call me at (555) 123-4567 about 99214", .phoneNumber),
        ("send it to jane.doe@example.com", .emailAddress),
    ])
    func patientIdentifiersAreFound(question: String, kind: PatientIdentifierCheck.Finding) {
        #expect(PatientIdentifierCheck.findings(in: question).contains(kind))
    }

    @Test(arguments: [
        "What is CPT code 99213?", "Can I bill 20610 with 99213-25?", "What is an MRN and must it be on the claim?",
        "How often does Medicare cover a screening colonoscopy after age 45?", "ICD-10 E11.9 vs E11.65",
        "What changed in the 2021-01-01 E/M guidelines?", "Is 0591T payable?", "What does HIPAA say about the DOB field?",
        "NDC 0002-8215-01 with J1815", "Patient is 72 years old, born in 1952: is G0438 covered once?",
    ])
    func ordinaryCodingQuestionsAreNotFlagged(question: String) {
        #expect(PatientIdentifierCheck.findings(in: question).isEmpty)
    }

    @Test func theRedactorRemovesTheKeyAndItsFragments() {
        let redact = SecretRedactor(secret: "sk-proj-abcdefghijklmnop1234")
        #expect(redact("bad key sk-proj-abcdefghijklmnop1234.") == "bad key [redacted].")
        #expect(redact("Incorrect API key provided: sk-proj-********************1234") == "Incorrect API key provided: [redacted]")
        #expect(redact("fragment abcdefghijklmnop here") == "fragment [redacted] here")
        #expect(redact("nothing secret") == "nothing secret")
        #expect(SecretRedactor(secret: nil)("as is") == "as is")
    }

    @Test func theEndpointURLIsCompletedAndShownWithoutCredentials() {
        #expect(LLMConfiguration(url: "http://127.0.0.1:11434").chatCompletionsURL == "http://127.0.0.1:11434/v1/chat/completions")
        #expect(LLMConfiguration(url: "https://api.openai.com/v1/").chatCompletionsURL == "https://api.openai.com/v1/chat/completions")
        let azure = "https://x.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-06-01"
        #expect(LLMConfiguration(url: azure).chatCompletionsURL == azure)
        #expect(LLMConfiguration(url: "https://user:secret@host.example:8443/v1?key=zzz").displayEndpoint == "https://host.example:8443")
    }

    @Test func configurationComesFromTheEnvironmentThenTheConfigFile() throws {
        let directory = try TestPaths.temporaryDirectory()
        let file = directory.appendingPathComponent("casepilot/config")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "# LLM\nurl = http://127.0.0.1:8080\nmodel = \"smollm2\"\napi_key = file-key-123\ntimeout = 2.5\n".write(to: file, atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": directory.path, "CASEPILOT_LLM_MODEL": "env-model"]

        let loaded = try #require(try LLMConfiguration.load(environment: environment))
        #expect(loaded.url == "http://127.0.0.1:8080" && loaded.model == "env-model" && loaded.apiKey == "file-key-123")
        #expect(loaded.timeout == .milliseconds(2500))
        #expect(try LLMConfiguration.load(environment: ["XDG_CONFIG_HOME": "/nonexistent"]) == nil)

        try "url = http://h\nmodle = x\n".write(to: file, atomically: true, encoding: .utf8)
        let error = #expect(throws: CasePilotError.self) { try LLMConfiguration.load(environment: environment) }
        #expect(error?.message.contains("config:2") == true && error?.isBadInput == true)
        #expect(throws: CasePilotError.self) { try LLMConfiguration.load(environment: ["CASEPILOT_LLM_URL": "ftp://x", "XDG_CONFIG_HOME": "/nonexistent"]) }
    }
}
