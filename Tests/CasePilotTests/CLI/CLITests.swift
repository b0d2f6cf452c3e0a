import Foundation
import Testing

/// Runs the built `casepilot` executable as a user would.
@Suite(.enabled(if: CLIExecutable.url != nil, "the casepilot executable is not built (run `swift build` first)"))
struct CLITests {

    func run(_ arguments: [String], input: String? = nil, database: URL) throws -> CommandRun {
        var environment = ProcessInfo.processInfo.environment
        environment["CASEPILOT_DB"] = database.path
        environment["CASEPILOT_HOME"] = TestPaths.repository.path
        return try CommandRun.casepilot(arguments, environment: environment, input: input)
    }

    func withDatabase(_ body: (URL) throws -> Void) throws {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory.appendingPathComponent("kb.sqlite"))
    }

    @Test func withoutCASEPILOT_HOMETheHomeIsFoundFromTheWorkingFolderOrTheExecutable() throws {
        try withDatabase { db in
            var environment = ProcessInfo.processInfo.environment
            environment["CASEPILOT_DB"] = db.path
            environment["CASEPILOT_HOME"] = nil
            // The repository, above the working folder; then above the executable (.build/debug).
            let elsewhere = db.deletingLastPathComponent()
            for folder in [TestPaths.repository.appendingPathComponent("Sources"), elsewhere] {
                let result = try CommandRun.casepilot(["ask", "--json", "What is modifier 25?"], environment: environment, in: folder)
                #expect(result.status == 0, "\(folder.path): \(result.stderr)")
                #expect(result.stdout.contains("\"category\":\"modifiers\""), "\(folder.path)")
            }
        }
    }

    @Test func askPrintsAnAnswerWithASourceLine() throws {
        try withDatabase { db in
            let result = try run(["ask", "What is CPT code 99213?"], database: db)
            #expect(result.status == 0)
            #expect(result.stdout.contains("99213"))
            #expect(result.stdout.contains("Source"))
        }
    }

    @Test func askJSONFollowsTheContract() throws {
        try withDatabase { db in
            let result = try run(["ask", "--json", "What is CPT code 99213?"], database: db)
            #expect(result.status == 0)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(object["category"] as? String == "cpt")
            let codes = try #require(object["codes"] as? [[String: Any]])
            #expect(codes.first?["code"] as? String == "99213")
            #expect(codes.first?["system"] as? String == "CPT")
            for key in ["question", "confidence", "answer", "citations", "source", "warnings"] {
                #expect(object[key] != nil, "missing \(key)")
            }
        }
    }

    /// The everyday `ask` is read without ArgumentParser; `--` before the question sends the same
    /// command line through ArgumentParser. Both must answer, and fail, alike.
    @Test func plainAskMatchesTheArgumentParserPath() throws {
        try withDatabase { db in
            let home = TestPaths.repository.path
            for options in [["--json"], ["--db", db.path, "--no-llm"], ["--home", home, "--json", "--db", db.path]] {
                let plain = try run(["ask"] + options + ["What", "is", "modifier 59?"], database: db)
                let parsed = try run(["ask"] + options + ["--", "What", "is", "modifier 59?"], database: db)
                #expect(plain.status == 0)
                #expect(plain.stdout.contains("59"))
                #expect(plain.stdout == parsed.stdout, "options \(options)")
            }
            let plain = try run(["ask", "--home", "/nonexistent-casepilot-home", "What is 99213?"], database: db)
            let parsed = try run(["ask", "--home", "/nonexistent-casepilot-home", "--", "What is 99213?"], database: db)
            #expect(plain.status == 64)
            #expect((plain.status, plain.stderr) == (parsed.status, parsed.stderr))
            // A command line the plain reading does not take goes to ArgumentParser, which accepts a
            // repeated flag and explains an unknown option.
            let repeated = try run(["ask", "--json", "--json", "What is 99213?"], database: db)
            #expect(repeated.status == 0)
            #expect(repeated.stdout.hasPrefix("{\"question\":\"What is 99213?\""))
            let unknown = try run(["ask", "--bogus", "What is 99213?"], database: db)
            #expect(unknown.status == 64)
            #expect(unknown.stderr.contains("Unknown option '--bogus'"))
        }
    }

    @Test func stdinGivesOneJSONObjectPerLineInOrder() throws {
        try withDatabase { db in
            let result = try run(["ask", "--json"], input: "What does modifier 25 mean?\n\nhello\n", database: db)
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count == 3)
            let categories = try lines.map { line in
                (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["category"] as? String
            }
            #expect(categories == ["modifiers", "unknown", "unknown"])
            #expect(lines[1].contains("empty question"))
        }
    }

    @Test func replAnswersPipedQuestionsAndQuits() throws {
        try withDatabase { db in
            let result = try run([], input: "What is 99214?\nquit\n", database: db)
            #expect(result.status == 0)
            #expect(result.stdout.contains("99214"))
            // A vi user's ":quit" leaves too; it is no question to answer.
            let vi = try run([], input: "What is 99214?\n:quit\nWhat is POS 11?\n", database: db)
            #expect(vi.status == 0 && vi.stdout.contains("99214") && !vi.stdout.contains("place-of-service"))
            #expect(!result.stdout.contains("casepilot>"), "no prompt when stdin is not a terminal")
            #expect(!result.stdout.contains("\u{1b}["), "no colour codes when piped")
        }
    }

    @Test func unknownOptionIsAUsageError() throws {
        try withDatabase { db in
            let result = try run(["ask", "--bogus"], database: db)
            #expect(result.status == 64)
            #expect(result.stderr.contains("Usage") || result.stderr.contains("usage"))
        }
    }

    @Test func malformedKnowledgeIsBadInputNamingFileAndLine() throws {
        let home = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.createDirectory(at: home.appendingPathComponent("Knowledge"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home.appendingPathComponent("Prompts"), withIntermediateDirectories: true)
        try "== modifier 25\ntitle: t\n".write(to: home.appendingPathComponent("Knowledge/bad.txt"), atomically: true, encoding: .utf8)
        try withDatabase { db in
            let result = try run(["ask", "--home", home.path, "what is modifier 25"], database: db)
            #expect(result.status == 65)
            #expect(result.stderr.contains("Knowledge/bad.txt:1"))
        }
    }
}
