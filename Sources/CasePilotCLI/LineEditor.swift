@preconcurrency internal import CEdit
import FoundationEssentials
@preconcurrency import Glibc

/// Line editing with libedit on a terminal: emacs keys, history recalled with the arrow keys and
/// kept in a file between sessions.
///
/// At the prompt the terminal sends no SIGINT (libedit's edit mode runs without `ISIG`): Ctrl-C
/// is an editor key that abandons the half-typed line, and Ctrl-D on an empty line ends input.
/// Outside `read()` the terminal is in its normal mode, so Ctrl-C during an answer raises SIGINT
/// as usual (see ``InterruptSignal``).
final class LineEditor {
    /// What one `read()` returned.
    enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the line was abandoned.
        case cancelled
        /// Ctrl-D on an empty line, or the terminal went away.
        case end
    }

    /// At most this many lines are kept in the history file.
    static let historySize: Int32 = 1000

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyFile: URL?
    private let prompt: UnsafeMutablePointer<CChar>
    /// Set by the Ctrl-C key function while `el_gets` runs (same thread).
    private var cancelled = false

    /// Opens the editor on standard input and output.
    /// - Parameters:
    ///   - prompt: the prompt (may contain colour codes between `\u{1}` marks).
    ///   - historyFile: where the history is read from and saved to; `nil` keeps it in memory.
    /// - Returns: `nil` when libedit cannot be loaded or cannot start.
    init?(prompt: String, historyFile: URL?) {
        guard Self.libedit == nil else { return nil }
        setlocale(LC_CTYPE, "")
        guard let editor = casepilot_el_init("casepilot", stdin, stdout, stderr) else { return nil }
        guard let history = casepilot_history_init() else {
            casepilot_el_end(editor)
            return nil
        }
        self.editor = editor
        self.history = history
        self.historyFile = historyFile
        self.prompt = strdup(prompt)
        casepilot_history_set_size(history, Self.historySize)
        casepilot_history_set_unique(history, 1)
        if let historyFile { _ = casepilot_history_load(history, historyFile.path) }

        casepilot_el_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        casepilot_el_set_editor(editor, "emacs")
        casepilot_el_set_history(editor, history)
        casepilot_el_set_prompt(editor) { editor in
            guard let editor, let data = casepilot_el_get_client_data(editor) else { return nil }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().prompt
        }
        casepilot_el_disable_isig(editor)
        casepilot_el_add_function(editor, "casepilot-cancel-line", "Abandon the line (Ctrl-C)") { editor, _ in
            guard let editor, let data = casepilot_el_get_client_data(editor) else { return UInt8(CC_ERROR) }
            Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().cancelled = true
            // Show `^C` at the end of the line and finish it as Return would.
            if let line = casepilot_el_line(editor) {
                casepilot_el_cursor(editor, Int32(line.pointee.lastchar - line.pointee.cursor))
            }
            casepilot_el_insertstr(editor, "^C")
            casepilot_el_push(editor, "\n")
            return UInt8(CC_REFRESH)
        }
        casepilot_el_bind(editor, "^C", "casepilot-cancel-line")
        // The user's ~/.editrc, as every libedit program reads it.
        casepilot_el_source(editor, nil)
    }

    /// Why libedit could not be loaded (`nil`: it is loaded); loaded once, on first use.
    private static let libedit: String? = casepilot_edit_load().map { String(cString: $0) }

    deinit {
        casepilot_el_end(editor)
        casepilot_history_end(history)
        free(prompt)
    }

    /// Reads one line (without its newline), recording non-blank lines in the history.
    func read() -> Input {
        fflush(stdout)
        casepilot_el_resize(editor)
        while true {
            cancelled = false
            var count: Int32 = 0
            guard let raw = casepilot_el_gets(editor, &count), count > 0 else {
                if count < 0, errno == EINTR { continue }
                return .end
            }
            if cancelled { return .cancelled }
            // Invalid UTF-8 becomes U+FFFD rather than failing.
            var line = String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
            if line.hasSuffix("\n") { line.removeLast() }
            remember(line)
            return .line(line)
        }
    }

    private func remember(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        casepilot_history_enter(history, line)
        guard let historyFile else { return }
        let directory = historyFile.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        if casepilot_history_save(history, historyFile.path) >= 0 {
            // Questions may describe patients: the history is for the user's eyes only.
            chmod(historyFile.path, 0o600)
        }
    }

    /// The history file: `$XDG_STATE_HOME/casepilot/history`, else `~/.local/state/casepilot/history`.
    static func defaultHistoryFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("casepilot/history")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/casepilot/history")
    }
}

@available(*, unavailable)
extension LineEditor: Sendable {}
