import CasePilot
import FoundationEssentials

extension AnswerRenderer {
    /// The text answer styled for the REPL: wrapped to the terminal, headings bold, the answer's
    /// codes highlighted, sources dimmed and notes in yellow. With ``TerminalStyle/plain`` it is
    /// exactly ``text(_:)``.
    static func terminal(_ answer: Answer, style: TerminalStyle) -> String {
        body(answer.answer, codes: answer.codes.map(\.code), style: style) + footer(answer, style: style)
    }

    /// What follows the answer text: a blank line and the sources (dimmed), then the notes; empty
    /// when there are neither.
    static func footer(_ answer: Answer, style: TerminalStyle) -> String {
        var footer = ""
        if let sources = sourcesLine(answer) { footer += "\n\n" + style.dim(style.wrap(sources)) }
        for warning in answer.warnings { footer += "\n" + style.warning(style.wrap("Note: \(warning).")) }
        return footer
    }

    /// The citations of an answer on one line (`Source: …` or `Sources: …`), `nil` when it has none.
    static func sourcesLine(_ answer: Answer) -> String? {
        guard !answer.citations.isEmpty else { return nil }
        let sources = answer.citations.map { citation in
            "\(citation.source), \(citation.release) [\(citation.reference)]"
        }
        return (sources.count == 1 ? "Source: " : "Sources: ") + sources.joined(separator: "; ")
    }

    /// The citations one per line, for `/sources`.
    static func sourcesList(_ answer: Answer, style: TerminalStyle) -> String {
        guard !answer.citations.isEmpty else { return "The last answer cites no sources." }
        return answer.citations.map { citation in
            var line = "- \(citation.source), \(citation.release) [\(citation.reference)]"
            if let url = citation.url { line += " \(url)" }
            return style.wrap(line, indent: "  ")
        }.joined(separator: "\n")
    }

    /// Paragraph text: a short first line of a block without final punctuation is a heading.
    private static func body(_ text: String, codes: [String], style: TerminalStyle) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let codes = codes.filter { !$0.isEmpty }.sorted { $0.count > $1.count }.map(Array.init)
        return lines.enumerated().map { index, line in
            let wrapped = style.wrap(line)
            let startsBlock = index == 0 || lines[index - 1].isEmpty
            let followed = index + 1 < lines.count && !lines[index + 1].isEmpty
            if startsBlock, followed, line.count <= 120, let last = line.last, !".:;?!".contains(last) {
                return style.bold(wrapped)
            }
            guard style.colour, !codes.isEmpty else { return wrapped }
            return highlight(wrapped, codes: codes, style: style)
        }.joined(separator: "\n")
    }

    /// Styles each whole-word occurrence of a code (`codes` longest first): not inside a longer
    /// code, word or decimal ("99213" is not highlighted in "992134" or "1.99213").
    private static func highlight(_ text: String, codes: [[Character]], style: TerminalStyle) -> String {
        let characters = Array(text)
        func isWordCharacter(_ index: Int) -> Bool {
            characters.indices.contains(index) && characters[index].isASCII && (characters[index].isLetter || characters[index].isNumber)
        }
        var result = "", position = 0
        while position < characters.count {
            let startsWord = !isWordCharacter(position - 1) && (position == 0 || characters[position - 1] != ".")
            let code = !startsWord ? nil : codes.first { code in
                characters[position...].starts(with: code) && !isWordCharacter(position + code.count)
            }
            if let code {
                result += style.code(String(code))
                position += code.count
            } else {
                result.append(characters[position])
                position += 1
            }
        }
        return result
    }
}
