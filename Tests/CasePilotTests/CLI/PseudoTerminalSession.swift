import Foundation
import Synchronization
import Testing

/// The built `casepilot` running on a pseudo-terminal, driven like a person at a keyboard.
///
/// The child's stdin, stdout and stderr are the terminal's slave side; a thread drains the master
/// side into ``output``. Waits poll with generous deadlines and never assert on elapsed time.
final class PseudoTerminalSession: Sendable {
    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let output: String
        var description: String { "timed out waiting for \(waitingFor.debugDescription); output so far:\n\(output)" }
    }

    private let master: Int32
    private let process: Process
    /// What the terminal showed, shared with the reading thread.
    private final class Received: Sendable {
        let bytes = Mutex(Data())
    }

    private let screen = Received()

    /// Starts `casepilot arguments` on a fresh terminal of 80 columns.
    init(arguments: [String] = [], environment: [String: String]) throws {
        // posix_openpt, unlockpt and ptsname by hand: glibc hides them from Swift's Glibc module,
        // and TIOCSPTLCK/TIOCGPTN are function-like macros (values of asm-generic: x86_64, arm64).
        let TIOCSPTLCK: UInt = 0x4004_5431, TIOCGPTN: UInt = 0x8004_5430
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, TIOCSPTLCK, &unlock) == 0, ioctl(master, TIOCGPTN, &number) == 0 else {
            throw POSIXError(.ENOTTY)
        }
        let name = "/dev/pts/\(number)"
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.ENOTTY) }
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process = Process()
        process.executableURL = CLIExecutable.url
        process.arguments = arguments
        process.environment = environment
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        try terminal.close()
        let master = master, screen = screen
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { break }
                screen.bytes.withLock { $0.append(contentsOf: buffer[0..<count]) }
            }
        }
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Everything the terminal showed so far, as text (invalid UTF-8 repaired).
    var output: String { String(decoding: screen.bytes.withLock { $0 }, as: UTF8.self) }

    /// A position in ``output`` to search after.
    var mark: Int { screen.bytes.withLock { $0.count } }

    /// The text shown after `mark`, with colour codes removed.
    func plainOutput(after mark: Int = 0) -> String {
        let bytes = screen.bytes.withLock { Data($0.dropFirst(mark)) }
        return String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "\u{1B}\\[[0-9;]*[A-Za-z]", with: "", options: .regularExpression)
    }

    /// Types `text` (control characters and escape sequences included).
    func type(_ text: String) { type(Array(text.utf8)) }

    func type(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return
            }
            offset += written
        }
    }

    /// Waits until `text` appears `count` times after `mark` (colour codes ignored).
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, after mark: Int = 0, timeout: Duration = .seconds(120)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let shown = plainOutput(after: mark)
            if shown.components(separatedBy: text).count - 1 >= count { return shown }
            guard ContinuousClock.now < deadline else { throw Timeout(waitingFor: text, output: output) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Waits for the program to end and returns its exit status.
    func waitForExit(timeout: Duration = .seconds(60)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else { throw Timeout(waitingFor: "exit", output: output) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return process.terminationStatus
    }
}
