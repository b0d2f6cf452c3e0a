/// The facts a category handler resolved for a question, before they are composed into text.
struct Resolution: Sendable {
    /// Paragraphs of the answer, in order.
    var paragraphs: [String] = []
    var codes: [CodeReference] = []
    var citations: [Citation] = []
    var warnings: [String] = []
    /// The first authored entry whose full text the answer gives (``add(_:)-(StoredEntry)``): what
    /// a caller that weighs the answer reads its title from.
    private(set) var leadEntry: StoredEntry?

    mutating func add(_ paragraph: String, citation: Citation? = nil) {
        paragraphs.append(paragraph)
        if let citation, !citations.contains(citation) { citations.append(citation) }
    }

    /// Adds an authored entry's full text, with its citation.
    mutating func add(_ entry: StoredEntry) {
        add(EntryText.full(entry), citation: entry.citation)
        if leadEntry == nil { leadEntry = entry }
    }

    mutating func add(code: CodeReference) {
        if !codes.contains(where: { $0.system == code.system && $0.code == code.code }) { codes.append(code) }
    }

    /// Where merged paragraphs go.
    enum Placement {
        /// After all others.
        case end
        /// After the first paragraph and code (the best match).
        case afterFirst
        /// Before all others (the codes still after the ones already named).
        case start
    }

    /// Adds `other`'s facts at `placement`.
    mutating func merge(_ other: Resolution, at placement: Placement = .end) {
        let position = switch placement {
        case .end: paragraphs.count
        case .afterFirst: min(1, paragraphs.count)
        case .start: 0
        }
        paragraphs.insert(contentsOf: other.paragraphs, at: position)
        let new = other.codes.filter { code in !codes.contains { $0.system == code.system && $0.code == code.code } }
        codes.insert(contentsOf: new, at: placement == .afterFirst ? min(1, codes.count) : codes.count)
        for citation in other.citations where !citations.contains(citation) { citations.append(citation) }
        warnings += other.warnings.filter { !warnings.contains($0) }
        leadEntry = placement == .start ? other.leadEntry ?? leadEntry : leadEntry ?? other.leadEntry
    }

    /// This resolution with `other`'s facts added at the end.
    func merged(_ other: Resolution) -> Resolution {
        var combined = self
        combined.merge(other)
        return combined
    }

    var isEmpty: Bool { paragraphs.isEmpty }

    /// Whether it only says that nothing answers: no code, no citation, a warning.
    var isNotFound: Bool { codes.isEmpty && citations.isEmpty && !warnings.isEmpty }

    /// The composed answer text: paragraphs separated by blank lines.
    var text: String { paragraphs.joined(separator: "\n\n") }
}

extension Resolution {
    /// Adds a CPT code a computation chose, with its authored entry's title and citation when it
    /// has one; "CPT code — title" (with `units`, "CPT 13102 × 2 — …") for the answer's text.
    mutating func namedCode(_ code: String, units: String = "", in knowledgeBase: KnowledgeBase) throws -> String {
        let entry = try knowledgeBase.entry(for: CodeToken(system: .cpt, code: code))
        if let entry, !citations.contains(entry.citation) { citations.append(entry.citation) }
        add(code: CodeReference(system: .cpt, code: code, description: entry?.title ?? ""))
        return "CPT \(code)\(units)" + (entry.map { " — \($0.title)" } ?? "")
    }
}
