/// An authored entry as read back from the knowledge base.
struct StoredEntry: Sendable, Hashable {
    let id: Int64
    let kind: KnowledgeEntry.Kind
    let system: CodeSystem?
    let key: String
    let category: Category
    let title: String
    let body: String
    /// Search phrases as stored, comma-separated: split only when asked for (most answers never
    /// read them, and a search reads several entries).
    let keywordList: String
    /// Search phrases ("knee replacement", "TKA").
    var keywords: [String] { keywordList.split(separator: ",").map { $0.trimmed() }.filter { !$0.isEmpty } }
    /// The typical questions it answers, one a line as stored: split only when asked for.
    let questionList: String
    var questions: [String] { questionList.split(separator: "\n").map { $0.trimmed() }.filter { !$0.isEmpty } }
    let isDeleted: Bool
    let citation: Citation

    var codeReference: CodeReference? {
        system.map { CodeReference(system: $0, code: key, description: title) }
    }

    static let columns = "e.id, e.kind, e.system, e.key, e.category, e.title, e.body, e.status, e.source, e.as_of, e.file, e.line, e.url, e.keywords, e.questions"
    /// How many columns `columns` reads: a query's own columns follow them.
    static let columnCount: Int32 = 15

    init(row: Row) {
        id = row.integer(0) ?? 0
        kind = KnowledgeEntry.Kind(rawValue: row.string(1)) ?? .article
        system = CodeSystem(rawValue: row.string(2))
        key = row.string(3)
        category = Category(rawValue: row.string(4)) ?? .unknown
        title = row.string(5)
        body = row.string(6)
        isDeleted = row.string(7) == "deleted"
        citation = Citation(source: row.string(8), release: row.string(9), reference: "Knowledge/\(row.string(10)):\(row.integer(11) ?? 0)", url: row.text(12))
        keywordList = row.string(13)
        questionList = row.string(14)
    }
}
