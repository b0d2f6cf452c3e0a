import Foundation
import Synchronization
@testable import CasePilot

/// Engines, options and fixtures for the LLM tests.
enum LLMTestSupport {
    /// An API key that must never appear in any output.
    static let apiKey = "sk-casepilot-test-7f3a9c1e5b2d4068"

    /// A small, fixed knowledge base so the tests do not depend on the repository's content.
    static let knowledge = """
        == code CPT 99213
        title: Office visit for an established patient, low-level decision making
        body:
          A return office visit chosen by low medical decision making or 20 minutes of total time.
        related: 99214, modifier 25
        source: Test source for office visits
        as-of: 2024

        == code CPT 99214
        title: Office visit for an established patient, moderate decision making
        body:
          A return office visit chosen by moderate medical decision making or 30 minutes.
        source: Test source for office visits
        as-of: 2024

        == modifier 25
        title: Significant, separately identifiable E/M service
        body:
          Appended to an E/M service on the day of a procedure when the visit stands on its own.
        source: Test source for modifiers
        as-of: 2024

        """

    /// The engine over `knowledge`, shared: the tests only read from it.
    static func engine() throws -> CasePilotEngine {
        try sharedEngine.get()
    }

    private static let sharedEngine = Result { try makeEngine() }

    /// An engine over a fresh database holding `knowledge`, an active HCPCS code (G0439) and a
    /// terminated one (G0001).
    static func makeEngine() throws -> CasePilotEngine {
        let directory = try TestPaths.temporaryDirectory()
        let knowledgeDirectory = directory.appendingPathComponent("Knowledge")
        try FileManager.default.createDirectory(at: knowledgeDirectory, withIntermediateDirectories: true)
        try knowledge.write(to: knowledgeDirectory.appendingPathComponent("codes.txt"), atomically: true, encoding: .utf8)
        let database = directory.appendingPathComponent("kb.sqlite").path
        let knowledgeBase = try KnowledgeBase(path: database)
        try knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: knowledgeDirectory.path))
        try knowledgeBase.database.execute("""
            INSERT INTO code(system, code, display, description, termination_date, dataset)
            VALUES ('HCPCS', 'G0001', 'G0001', 'Routine venipuncture', '20121231', 'hcpcs'),
                   ('HCPCS', 'G0439', 'G0439', 'Annual wellness visit, subsequent', NULL, 'hcpcs')
            """)
        return try CasePilotEngine(configuration: EngineConfiguration(databasePath: database, knowledgeDirectory: knowledgeDirectory))
    }

    /// Options pointing at `server` with instant, recorded retry waits.
    ///
    /// The default deadline is generous (ten minutes: CPU-heavy suites running beside these tests,
    /// such as the real-data imports, can hold the concurrency pool for the better part of the run;
    /// two minutes once ran out on CI) so that a busy machine never turns a prompt answer into a
    /// timeout; only the tests about deadlines set a short one (their servers never answer, so
    /// those tests take exactly that long).
    static func options(
        _ server: LoopbackServer, timeout: Duration = .seconds(600), required: Bool = false,
        allowPHI: Bool = false, sleeps: SleepRecorder = SleepRecorder()
    ) -> LLMOptions {
        options(url: server.url, timeout: timeout, required: required, allowPHI: allowPHI, sleeps: sleeps)
    }

    static func options(
        url: String, timeout: Duration = .seconds(600), required: Bool = false,
        allowPHI: Bool = false, sleeps: SleepRecorder = SleepRecorder()
    ) -> LLMOptions {
        var configuration = LLMConfiguration(url: url, model: "test-model", apiKey: apiKey, timeout: timeout, maxAttempts: 3)
        configuration.retryPolicy = RetryPolicy(baseDelay: .milliseconds(5), maximumDelay: .milliseconds(20), sleep: { try await sleeps.sleep($0) })
        return LLMOptions(configuration: configuration, isRequired: required, allowsPHI: allowPHI, promptsDirectory: TestPaths.repository.appendingPathComponent("Prompts"))
    }

    /// Collects a streamed answer: the text events joined, and the final answer.
    static func collect(_ events: AsyncThrowingStream<AnswerEvent, any Error>) async throws -> (streamed: String, answer: Answer?) {
        var streamed = ""
        var final: Answer?
        for try await event in events {
            switch event {
            case .text(let text): streamed += text
            case .answer(let answer): final = answer
            }
        }
        return (streamed, final)
    }

    /// Everything a user could see of an answer: its JSON encoding.
    static func visible(_ answer: Answer) throws -> String {
        String(decoding: try JSONEncoder().encode(answer), as: UTF8.self)
    }
}

/// Records the waits the retry policy asks for, waiting only a moment.
final class SleepRecorder: Sendable {
    private let delays = Mutex<[Duration]>([])

    var recorded: [Duration] { delays.withLock { $0 } }

    func sleep(_ delay: Duration) async throws {
        delays.withLock { $0.append(delay) }
        try await Task.sleep(for: .milliseconds(1))
    }
}
