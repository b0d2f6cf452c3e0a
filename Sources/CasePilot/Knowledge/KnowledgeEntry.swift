/// One authored entry from `Knowledge/`: a code, a modifier or a topic article.
struct KnowledgeEntry: Sendable, Hashable {
    enum Kind: String, Sendable, CaseIterable {
        case code, modifier, article
    }

    let kind: Kind
    /// The code system (codes and modifiers); `nil` for articles.
    let system: CodeSystem?
    /// The code, modifier or article id.
    let key: String
    let category: Category
    let title: String
    let body: String
    let questions: [String]
    let keywords: [String]
    let related: [CodeToken]
    let isDeleted: Bool
    let source: String
    let url: String?
    let asOf: String
    /// Path relative to the knowledge folder, and the header's line number.
    let file: String
    let line: Int

    var reference: String { "Knowledge/\(file):\(line)" }

    var citation: Citation { Citation(source: source, release: asOf, reference: reference, url: url) }
}
