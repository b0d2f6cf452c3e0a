/// Runs the ``CodeGuard`` over text that arrives in pieces, releasing it word by word.
///
/// Text is held back until a word is complete (a code split across two chunks is never missed),
/// then checked with everything before it as context and released with its markers. Leading
/// whitespace of the answer is dropped. Feeding the whole text at once gives the same result,
/// so the streamed and the non-streamed paths mark codes alike (unless words arriving later
/// change how an earlier token reads, e.g. "diagnosis" after a bare `E11`).
struct StreamingCodeGuard {
    private var codeGuard: CodeGuard
    private var released = ""
    private var pending = ""
    /// The checked text released so far.
    private(set) var output = ""
    /// Every code flagged so far, in order of first appearance.
    private(set) var flags: [CodeGuard.Flag] = []

    init(_ codeGuard: CodeGuard) {
        self.codeGuard = codeGuard
    }

    /// Adds a piece of text; returns the checked text now ready to show (possibly empty).
    mutating func feed(_ piece: String) throws -> String {
        pending += piece
        if released.isEmpty {
            pending = String(pending.drop(while: \.isWhitespace))
        }
        guard let lastSpace = pending.lastIndex(where: \.isWhitespace) else { return "" }
        let segment = String(pending[...lastSpace])
        pending = String(pending[pending.index(after: lastSpace)...])
        return try release(segment)
    }

    /// Ends the text; returns the rest, checked.
    mutating func finish() throws -> String {
        var rest = pending
        pending = ""
        while let last = rest.last, last.isWhitespace { rest.removeLast() }
        let tail = try release(rest)
        while let last = output.last, last.isWhitespace { output.removeLast() }
        return tail
    }

    /// The warnings for the flagged codes.
    var warnings: [String] { flags.map(\.warning) }

    private mutating func release(_ segment: String) throws -> String {
        guard !segment.isEmpty else { return "" }
        let previousWord = TextWords.split(released).last(where: \.isWord)?.text ?? ""
        released += segment
        for flag in try codeGuard.flags(in: released) where !flags.contains(where: { $0.token == flag.token }) {
            flags.append(flag)
        }
        let checked = CodeGuard.mark(segment, flags: flags, previousWord: previousWord)
        output += checked
        return checked
    }
}
