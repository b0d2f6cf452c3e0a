import FoundationEssentials

/// Builds the chat messages for a question from `Prompts/` and the knowledge base's facts.
///
/// `Prompts/system.md` is the system message; `Prompts/<category>.md` is the user message
/// template. Templates are read at every call, so editing a prompt needs no rebuild. Placeholders
/// (each replaced once, in a single pass, so facts can never inject a placeholder):
/// `{{question}}`, `{{category}}`, `{{facts}}`, `{{codes}}`, `{{citations}}`, `{{notes}}`.
/// `{{question}}` and `{{facts}}` are required: an ungrounded prompt is never sent.
struct PromptBuilder {
    let directory: URL
    /// The facts are cut at this many characters so that small local models keep their context.
    var factLimit = 6_000

    static let requiredPlaceholders = ["question", "facts"]

    func messages(for answer: Answer) throws(LLMError) -> [ChatMessage] {
        let system = try read("system.md")
        let template = try read("\(answer.category.rawValue).md")
        for name in Self.requiredPlaceholders where !template.contains("{{\(name)}}") {
            throw LLMError(.promptUnavailable, "Prompts/\(answer.category.rawValue).md has no {{\(name)}} placeholder, so the LLM was not asked")
        }
        let user = Self.fill(template, with: values(for: answer))
        return [ChatMessage(role: .system, content: system), ChatMessage(role: .user, content: user)]
    }

    func values(for answer: Answer) -> [String: String] {
        var facts = answer.answer
        if facts.count > factLimit { facts = String(facts.prefix(factLimit)) + "\n[…facts shortened…]" }
        let codes = answer.codes.map { code in
            "- \(code.system.rawValue) \(code.code)" + (code.description.isEmpty ? " (no description in the knowledge base)" : ": \(code.description)")
        }
        let citations = answer.citations.enumerated().map { index, citation in
            "[\(index + 1)] \(citation.source), \(citation.release)" + (citation.url.map { " <\($0)>" } ?? "")
        }
        return [
            "question": answer.question.trimmed(),
            "category": answer.category.displayName,
            "facts": facts,
            "codes": codes.isEmpty ? "(none)" : codes.joined(separator: "\n"),
            "citations": citations.isEmpty ? "(none)" : citations.joined(separator: "\n"),
            "notes": answer.warnings.isEmpty ? "(none)" : answer.warnings.map { "- \($0)" }.joined(separator: "\n"),
        ]
    }

    /// Replaces `{{name}}` with `values[name]` in one left-to-right pass; unknown names stay.
    static func fill(_ template: String, with values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstRange(of: "{{") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.firstRange(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let name = afterOpen[..<close.lowerBound].trimmed()
            result += values[name] ?? "{{\(name)}}"
            rest = afterOpen[close.upperBound...]
        }
        return result + rest
    }

    private func read(_ name: String) throws(LLMError) -> String {
        let file = directory.appendingPathComponent(name)
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw LLMError(.promptUnavailable, "the prompt file Prompts/\(name) could not be read (looked in \(directory.path)), so the LLM was not asked")
        }
        // Lines starting with `<!--` … `-->` are notes for prompt editors, not for the model.
        return Self.strippingComments(text).trimmed()
    }

    static func strippingComments(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "<!--") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "-->") else { return result }
            rest = rest[close.upperBound...]
            if rest.hasPrefix("\n") { rest = rest.dropFirst() }
        }
        return result + rest
    }
}
