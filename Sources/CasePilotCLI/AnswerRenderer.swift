import CasePilot
import FoundationEssentials

/// Turns answers into text for people or JSON for scripts.
enum AnswerRenderer {
    /// One line of JSON with the contract's keys in the contract's order.
    static func json(_ answer: Answer) -> String {
        var fields: [String] = [
            pair("question", answer.question),
            pair("category", answer.category.rawValue),
            "\"confidence\":\(answer.confidence)",
        ]
        if let runnerUp = answer.runnerUp { fields.append(pair("runner_up", runnerUp.rawValue)) }
        fields.append(pair("answer", answer.answer))
        let codes = answer.codes.map { "{" + [pair("system", $0.system.rawValue), pair("code", $0.code), pair("description", $0.description)].joined(separator: ",") + "}" }
        fields.append("\"codes\":[" + codes.joined(separator: ",") + "]")
        let citations = answer.citations.map { citation in
            var parts = [pair("source", citation.source), pair("release", citation.release), pair("reference", citation.reference)]
            if let url = citation.url { parts.append(pair("url", url)) }
            return "{" + parts.joined(separator: ",") + "}"
        }
        fields.append("\"citations\":[" + citations.joined(separator: ",") + "]")
        fields.append(pair("source", answer.source.rawValue))
        fields.append("\"warnings\":[" + answer.warnings.map(quoted).joined(separator: ",") + "]")
        return "{" + fields.joined(separator: ",") + "}"
    }

    private static func pair(_ key: String, _ value: String) -> String {
        quoted(key) + ":" + quoted(value)
    }

    /// A JSON string literal (escaping by the standard encoder).
    private static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(text)).flatMap { String(data: $0, encoding: .utf8) } ?? "\"\""
    }

    static func text(_ answer: Answer) -> String {
        var lines = [answer.answer]
        if !answer.citations.isEmpty {
            let sources = answer.citations.map { citation in
                "\(citation.source), \(citation.release) [\(citation.reference)]"
            }
            lines.append("")
            lines.append((sources.count == 1 ? "Source: " : "Sources: ") + sources.joined(separator: "; "))
        }
        for warning in answer.warnings {
            lines.append("Note: \(warning).")
        }
        return lines.joined(separator: "\n")
    }
}
