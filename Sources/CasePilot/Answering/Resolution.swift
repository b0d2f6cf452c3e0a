/// The facts a category handler resolved for a question, before they are composed into text.
struct Resolution: Sendable {
    /// Paragraphs of the answer, in order.
    var paragraphs: [String] = []
    var codes: [CodeReference] = []
    var citations: [Citation] = []
    var warnings: [String] = []

    mutating func add(_ paragraph: String, citation: Citation? = nil) {
        paragraphs.append(paragraph)
        if let citation, !citations.contains(citation) { citations.append(citation) }
    }

    mutating func add(code: CodeReference) {
        if !codes.contains(where: { $0.system == code.system && $0.code == code.code }) { codes.append(code) }
    }

    /// Adds `other`'s facts at the end, or after the first paragraph and code (the best match).
    mutating func merge(_ other: Resolution, afterFirst: Bool = false) {
        paragraphs.insert(contentsOf: other.paragraphs, at: afterFirst ? min(1, paragraphs.count) : paragraphs.count)
        let new = other.codes.filter { code in !codes.contains { $0.system == code.system && $0.code == code.code } }
        codes.insert(contentsOf: new, at: afterFirst ? min(1, codes.count) : codes.count)
        for citation in other.citations where !citations.contains(citation) { citations.append(citation) }
        warnings += other.warnings.filter { !warnings.contains($0) }
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
