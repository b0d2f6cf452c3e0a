import FoundationEssentials
@preconcurrency import Glibc

/// How REPL output looks: colour and wrapping only on a terminal, never colour with `NO_COLOR`.
struct TerminalStyle: Sendable {
    /// Whether ANSI colour codes may be written.
    let colour: Bool
    /// The width to wrap to; `nil` leaves lines as they are (piped output).
    let width: Int?

    /// Plain text: no colour, no wrapping.
    static let plain = TerminalStyle(colour: false, width: nil)

    /// The style for standard output as it is now.
    static func standardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        guard isatty(STDOUT_FILENO) == 1 else { return .plain }
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(colour: !noColour && environment["TERM"] != "dumb", width: terminalWidth())
    }

    /// The terminal's column count (TIOCGWINSZ), 80 when it cannot be read.
    static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }
    /// Codes: bold cyan.
    func code(_ text: String) -> String { paint(text, "1;36") }
    func warning(_ text: String) -> String { paint(text, "33") }

    private func paint(_ text: String, _ sgr: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(sgr)m\(text)\u{1B}[0m" : text
    }

    /// `text` wrapped at word boundaries to ``width`` (each paragraph and line kept); words longer
    /// than the width are split.
    func wrap(_ text: String, indent: String = "") -> String {
        guard let width else { return text }
        let limit = max(width - 1, 20)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            wrapLine(String(line), limit: limit, indent: indent)
        }.joined(separator: "\n")
    }

    private func wrapLine(_ line: String, limit: Int, indent: String) -> String {
        guard line.count > limit else { return line }
        // Continuation lines keep the line's own leading spaces (list items, indented notes).
        let leading = String(line.prefix { $0 == " " })
        let hanging = indent.isEmpty ? leading : indent
        var lines: [String] = []
        var current = leading, currentCount = leading.count, hasWord = false
        // Runs of spaces inside the line are kept (aligned columns).
        for piece in line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: false) {
            var word = piece, wordCount = piece.count
            if hasWord, currentCount + 1 + wordCount <= limit {
                current += " " + word
                currentCount += 1 + wordCount
                continue
            }
            if hasWord {
                lines.append(current)
                (current, currentCount) = (hanging, hanging.count)
            }
            while wordCount > 0, currentCount + wordCount > limit {
                let cut = max(limit - currentCount, 1)
                lines.append(current + word.prefix(cut))
                (current, currentCount) = (hanging, hanging.count)
                word = word.dropFirst(cut)
                wordCount -= cut
            }
            current += word
            currentCount += wordCount
            hasWord = true
        }
        if hasWord { lines.append(current) }
        return lines.joined(separator: "\n")
    }
}
