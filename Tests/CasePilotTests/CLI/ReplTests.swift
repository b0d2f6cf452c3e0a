import Foundation
import Testing

/// The interactive REPL on a pseudo-terminal: line editing, history, commands and keys.
@Suite(.enabled(if: CLIExecutable.url != nil, "the casepilot executable is not built (run `swift build` first)"))
struct ReplTests {
    static let prompt = "casepilot> "
    static let up = "\u{1B}[A", ctrlC = "\u{03}", ctrlD = "\u{04}"

    /// A temporary home, state and knowledge-base location, removed at the end.
    let directory: URL
    var historyFile: URL { directory.appendingPathComponent("state/casepilot/history") }

    init() throws {
        directory = try TestPaths.temporaryDirectory()
    }

    func start() throws -> PseudoTerminalSession {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CASEPILOT_") && !$0.key.hasPrefix("XDG_") }
        environment["CASEPILOT_DB"] = directory.appendingPathComponent("kb.sqlite").path
        environment["CASEPILOT_HOME"] = TestPaths.repository.path
        environment["HOME"] = directory.appendingPathComponent("home").path
        environment["XDG_STATE_HOME"] = directory.appendingPathComponent("state").path
        environment["XDG_CONFIG_HOME"] = directory.appendingPathComponent("config").path
        environment["TERM"] = "xterm"
        environment["LANG"] = "C.UTF-8"
        environment["NO_COLOR"] = nil
        return try PseudoTerminalSession(environment: environment)
    }

    @Test func aConversationWithHistoryCommandsAndKeys() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let repl = try start()
        let welcome = try repl.waitFor(Self.prompt)
        #expect(welcome.contains("knowledge entries"))
        #expect(welcome.contains("/help"))

        // A question; the answer is highlighted on a terminal.
        var mark = repl.mark
        repl.type("What is 20610?\r")
        var shown = try repl.waitFor(Self.prompt, after: mark)
        #expect(shown.contains("20610") && shown.contains("joint"))
        #expect(repl.output.contains("\u{1B}["), "colour on a terminal")

        // Up-arrow recalls it.
        mark = repl.mark
        repl.type(Self.up + "\r")
        shown = try repl.waitFor(Self.prompt, after: mark)
        #expect(shown.contains("What is 20610?"))
        #expect(shown.contains("20610") && shown.contains("joint"))

        // A follow-up uses the previous code.
        mark = repl.mark
        repl.type("is it bundled with 99213?\r")
        shown = try repl.waitFor(Self.prompt, after: mark)
        #expect(shown.contains("20610") && shown.contains("99213"))

        // /sources lists the last answer's citations.
        mark = repl.mark
        repl.type("/sources\r")
        shown = try repl.waitFor(Self.prompt, after: mark)
        #expect(shown.contains("Knowledge/articles/ncci.txt"))

        // Ctrl-C abandons a half-typed line and stays.
        mark = repl.mark
        repl.type("what about the hosp" + Self.ctrlC)
        shown = try repl.waitFor(Self.prompt, after: mark)
        #expect(shown.contains("^C"))
        mark = repl.mark
        repl.type("/frobnicate\r")
        shown = try repl.waitFor(Self.prompt, after: mark)
        #expect(shown.contains("type /help"))
        #expect(!shown.contains("what about the hosp"), "the abandoned line is gone")

        // Ctrl-D on an empty line leaves.
        repl.type(Self.ctrlD)
        #expect(try repl.waitForExit() == 0)

        let history = try String(contentsOf: historyFile, encoding: .utf8)
        #expect(history.contains("99213"))
        #expect(!history.contains("hosp"), "an abandoned line is not history")
        let permissions = try FileManager.default.attributesOfItem(atPath: historyFile.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)

        // History survives a restart: the last line of the previous session comes back first.
        let again = try start()
        try again.waitFor(Self.prompt)
        mark = again.mark
        again.type(Self.up + "\r")
        shown = try again.waitFor(Self.prompt, after: mark)
        #expect(shown.contains("/frobnicate"))
        mark = again.mark
        again.type(Self.up + Self.up + "\r")
        shown = try again.waitFor(Self.prompt, after: mark)
        #expect(shown.contains("No answer yet"), "`/sources` recalled from the previous session")
        again.type("/quit\r")
        #expect(try again.waitForExit() == 0)
    }

    @Test func oddInputNeverCrashes() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let repl = try start()
        try repl.waitFor(Self.prompt)
        let mark = repl.mark
        // Thousands of blank lines, control characters, invalid UTF-8 and a very long line.
        repl.type(String(repeating: "\r", count: 3000))
        repl.type("\u{01}\u{02}\u{07}\u{0B}\u{0C}\u{1B}x\r")
        repl.type([0xFF, 0xFE, 0xC3, 0x28, 0x20] + Array("what is 99213".utf8) + [0xE2, 0x82, 0x0D])
        repl.type(String(repeating: "modifier 59 ", count: 1500) + "\r")
        repl.type("/json\rWhat is 99214?\r")
        try repl.waitFor("\"code\":\"99214\"", after: mark)
        repl.type(Self.ctrlD)
        #expect(try repl.waitForExit() == 0)
    }

    @Test func noColourWhenNOColorIsSet() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CASEPILOT_") && !$0.key.hasPrefix("XDG_") }
        environment["CASEPILOT_DB"] = directory.appendingPathComponent("kb.sqlite").path
        environment["CASEPILOT_HOME"] = TestPaths.repository.path
        environment["HOME"] = directory.path
        environment["TERM"] = "xterm"
        environment["NO_COLOR"] = "1"
        let repl = try PseudoTerminalSession(environment: environment)
        try repl.waitFor(Self.prompt)
        repl.type("What is 99213?\r")
        try repl.waitFor(Self.prompt, count: 2)
        repl.type("/quit\r")
        #expect(try repl.waitForExit() == 0)
        #expect(!repl.output.contains("\u{1B}[1m") && !repl.output.contains("\u{1B}[2m") && !repl.output.contains("\u{1B}[1;36m"))
    }
}
