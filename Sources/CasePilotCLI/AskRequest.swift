import ArgumentParser
import CasePilot
import FoundationEssentials

/// One `casepilot ask` run as plain values: where the knowledge base is, what to ask, how to print.
struct AskRequest {
    var db: String?
    var home: String?
    var json = false
    var category: Category?
    var llm = LLMSettings()
    /// The question's words; none: one question per line of standard input.
    var question: [String] = []

    /// Answers the question (or each line of standard input) on standard output.
    /// - Throws: `ExitCode` after writing the failure to standard error.
    func run() async throws {
        // The environment is read once, for the variables CasePilot uses.
        let environment = ProcessEnvironment.relevant()
        if let options = try AskCommand.reportingFailures({ try answerWithoutLLM(environment: environment) }) {
            try await answer(phrasedWith: options, environment: environment)
        }
    }

    /// Answers on the calling thread, without Swift concurrency, unless an LLM is to phrase the
    /// answers: then nothing is printed and the LLM's options come back for
    /// ``answer(phrasedWith:environment:)``. A process that answers this way starts no threads,
    /// which took a fifth of a one-shot ask.
    func answerWithoutLLM(environment: [String: String]) throws -> LLMOptions? {
        let options = try llm.options(home: home, environment: environment)
        guard options.configuration == nil else { return options }
        let engine = try GlobalOptions.openKnowledge(db: db, home: home, environment: environment)
        var questions = Questions(given: question)
        while let question = questions.next() {
            print(render(try engine.ask(question, category: category)), terminator: terminator)
        }
        return nil
    }

    /// Answers with the LLM of `options`.
    /// - Throws: `ExitCode` after writing the failure to standard error.
    func answer(phrasedWith options: LLMOptions, environment: [String: String]) async throws {
        try await AskCommand.reportingFailures {
            let engine = try GlobalOptions.openEngine(db: db, home: home, environment: environment)
            var questions = Questions(given: question)
            while let question = questions.next() {
                print(render(try await engine.ask(question, category: category, llm: options)), terminator: terminator)
            }
        }
    }

    /// The question given, or else each line of standard input. A plain iterator: a generic
    /// sequence's metadata is built at run time by scanning every conformance of the program.
    private struct Questions: IteratorProtocol {
        private var given: String?
        private let fromInput: Bool

        init(given words: [String]) {
            given = words.isEmpty ? nil : words.joined(separator: " ")
            fromInput = words.isEmpty
        }

        mutating func next() -> String? {
            defer { given = nil }
            return fromInput ? readLine(strippingNewline: true) : given
        }
    }

    /// Blank lines part text answers to the lines of standard input; JSON Lines have none.
    private var terminator: String {
        question.isEmpty && !json ? "\n\n" : "\n"
    }

    private func render(_ answer: Answer) -> String {
        json ? AnswerRenderer.json(answer) : AnswerRenderer.text(answer)
    }

    /// The everyday one-shot `ask` read without ArgumentParser: a question with any of `--db`,
    /// `--home`, `--json` and `--no-llm`, each at most once. ArgumentParser reflects over every
    /// command's options before it parses, which took about a quarter of such a run. Anything
    /// else (help, the other options, `--`, `--db=path`, a word that starts with a dash, no
    /// question) is `nil`: ArgumentParser parses it, and reports its mistakes.
    static func plain(_ arguments: [String]) -> AskRequest? {
        guard arguments.first == "ask" else { return nil }
        var request = AskRequest()
        var seen: Set<String> = []
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("-") {
                guard seen.insert(argument).inserted else { return nil }
                switch argument {
                case "--json": request.json = true
                case "--no-llm": request.llm.llm = false
                case "--db", "--home":
                    guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") else { return nil }
                    index += 1
                    if argument == "--db" { request.db = arguments[index] } else { request.home = arguments[index] }
                default: return nil
                }
            } else {
                request.question.append(argument)
            }
            index += 1
        }
        return request.question.isEmpty ? nil : request
    }
}
