import FoundationEssentials

/// Parses one `Knowledge/` text file into entries (format: `Knowledge/README.md`).
struct KnowledgeParser {
    static let allowedKeys: Set<String> = ["title", "body", "category", "questions", "keywords", "related", "status", "source", "url", "as-of"]

    let file: String

    func parse(_ text: String) throws(KnowledgeFormatError) -> [KnowledgeEntry] {
        var entries: [KnowledgeEntry] = []
        var draft: Draft?
        var currentKey: String?
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)

        func finish() throws(KnowledgeFormatError) {
            if let done = draft { entries.append(try done.build(file: file)) }
            draft = nil
            currentKey = nil
        }

        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("==") {
                try finish()
                draft = try header(line, line: number)
                continue
            }
            if line.trimmed().isEmpty {
                if let key = currentKey { draft?.append("", to: key) }
                continue
            }
            if line.hasPrefix("  ") || line.hasPrefix("\t") {
                guard let key = currentKey, draft != nil else {
                    throw KnowledgeFormatError(file: file, line: number, message: "indented text outside a field; expected `key: value` or a `==` header")
                }
                draft?.append(line.trimmed(), to: key)
                continue
            }
            guard draft != nil else {
                throw KnowledgeFormatError(file: file, line: number, message: "text before the first entry; expected a header such as `== code CPT 99213`")
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw KnowledgeFormatError(file: file, line: number, message: "expected `key: value`, found `\(line.prefix(60))`")
            }
            let key = line[..<colon].trimmed().lowercased()
            guard Self.allowedKeys.contains(key) else {
                throw KnowledgeFormatError(file: file, line: number, message: "unknown field `\(key)`; expected one of \(Self.allowedKeys.sorted().joined(separator: ", "))")
            }
            guard draft?.fields[key] == nil else {
                throw KnowledgeFormatError(file: file, line: number, message: "field `\(key)` appears twice in this entry")
            }
            let value = line[line.index(after: colon)...].trimmed()
            draft?.fields[key] = Field(line: number, lines: value.isEmpty ? [] : [value])
            currentKey = key
        }
        try finish()
        return entries
    }

    private func header(_ line: String, line number: Int) throws(KnowledgeFormatError) -> Draft {
        let parts = line.dropFirst(2).split(separator: " ").map(String.init)
        func fail(_ message: String) -> KnowledgeFormatError {
            KnowledgeFormatError(file: file, line: number, message: message)
        }
        switch parts.first?.lowercased() {
        case "code":
            guard parts.count == 3, let system = CodeSystem(name: parts[1]), system != .modifier else {
                throw fail("expected `== code SYSTEM CODE` with SYSTEM one of CPT, HCPCS, ICD-10-CM, ICD-10-PCS, ICD-9-CM")
            }
            let code = parts[2].uppercased()
            guard code.count >= 3, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") }) else {
                throw fail("`\(parts[2])` is not a code")
            }
            return Draft(kind: .code, system: system, key: code, line: number)
        case "modifier":
            guard parts.count == 2, parts[1].count == 2, parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw fail("expected `== modifier XX` with a two-character modifier")
            }
            return Draft(kind: .modifier, system: .modifier, key: parts[1].uppercased(), line: number)
        case "article":
            guard parts.count == 2, parts[1].allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
                throw fail("expected `== article ID` with ID lower-case words joined by `-`")
            }
            return Draft(kind: .article, system: nil, key: parts[1], line: number)
        default:
            throw fail("expected `== code SYSTEM CODE`, `== modifier XX` or `== article ID`")
        }
    }
}

private struct Field {
    let line: Int
    var lines: [String]
}

private struct Draft {
    let kind: KnowledgeEntry.Kind
    let system: CodeSystem?
    let key: String
    let line: Int
    var fields: [String: Field] = [:]

    init(kind: KnowledgeEntry.Kind, system: CodeSystem?, key: String, line: Int) {
        self.kind = kind
        self.system = system
        self.key = key
        self.line = line
    }

    mutating func append(_ text: String, to key: String) {
        fields[key]?.lines.append(text)
    }

    /// Joined paragraphs: lines within a paragraph joined by spaces, paragraphs by a blank line.
    func text(_ key: String) -> String? {
        guard let field = fields[key] else { return nil }
        var paragraphs: [String] = []
        var current: [String] = []
        for line in field.lines {
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        let joined = paragraphs.joined(separator: "\n\n")
        return joined.isEmpty ? nil : joined
    }

    func build(file: String) throws(KnowledgeFormatError) -> KnowledgeEntry {
        func required(_ key: String) throws(KnowledgeFormatError) -> String {
            guard let value = text(key) else {
                throw KnowledgeFormatError(file: file, line: line, message: "entry `\(self.key)` has no `\(key):` field; every entry needs title, body, source and as-of")
            }
            return value
        }
        func fieldLine(_ key: String) -> Int { fields[key]?.line ?? line }

        let title = try required("title")
        let body = try required("body")
        let source = try required("source")
        let asOf = try required("as-of")
        guard Self.isDate(asOf) else {
            throw KnowledgeFormatError(file: file, line: fieldLine("as-of"), message: "`as-of: \(asOf)` is not a date; expected YYYY or YYYY-MM-DD")
        }
        let category: Category
        switch kind {
        case .code: category = .cpt
        case .modifier: category = .modifiers
        case .article:
            let raw = try required("category")
            guard let parsed = Category(rawValue: raw), parsed != .unknown else {
                throw KnowledgeFormatError(file: file, line: fieldLine("category"), message: "`category: \(raw)` is not one of \(Category.answerable.map(\.rawValue).joined(separator: ", "))")
            }
            category = parsed
        }
        var deleted = false
        if let status = text("status") {
            guard kind != .article, status == "active" || status == "deleted" else {
                throw KnowledgeFormatError(file: file, line: fieldLine("status"), message: "`status: \(status)` expected `active` or `deleted` (codes and modifiers only)")
            }
            deleted = status == "deleted"
        }
        let related = try (text("related").map { $0.split(separator: ",") } ?? []).map { item throws(KnowledgeFormatError) -> CodeToken in
            let value = item.trimmed()
            guard let token = Self.relatedCode(value) else {
                throw KnowledgeFormatError(file: file, line: fieldLine("related"), message: "`\(value)` in `related:` is not a recognisable code; expected 99213, G0439, E11.9, I10 or `modifier 25`")
            }
            return token
        }
        let questions = fields["questions"]?.lines.filter { !$0.isEmpty } ?? []
        let keywords = text("keywords").map { $0.split(separator: ",").map { $0.trimmed() } } ?? []
        let displayKey = system.map { CodeToken.display(key.replacing(".", with: ""), system: $0) } ?? key
        return KnowledgeEntry(
            kind: kind, system: system, key: displayKey, category: category, title: title, body: body,
            questions: questions, keywords: keywords, related: related, isDeleted: deleted,
            source: source, url: text("url"), asOf: asOf, file: file, line: line)
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard let year = parts.first, year.count == 4, year.allSatisfy(\.isNumber) else { return false }
        if parts.count == 1 { return true }
        return parts.count == 3 && parts[1].count == 2 && parts[2].count == 2 && parts.dropFirst().allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    static func relatedCode(_ text: String) -> CodeToken? {
        let lower = text.lowercased()
        if lower.hasPrefix("modifier ") {
            let code = text.dropFirst("modifier ".count).trimmed().uppercased()
            return code.count == 2 ? CodeToken(system: .modifier, code: code) : nil
        }
        let upper = text.uppercased()
        // A dotted code is a diagnosis, U07.1 included (in a question a bare "U" code needs diagnosis
        // words); a three-character category is a code of its own here (I10, Z09).
        guard let system = CodeShapes.system(of: upper, diagnosisContext: upper.contains("."), icd9Context: false, lookUpContext: true) else { return nil }
        return CodeToken(system: system, code: upper.replacing(".", with: ""))
    }
}
