/// How authored entries read in an answer.
enum EntryText {
    static func heading(_ entry: StoredEntry) -> String {
        switch entry.kind {
        case .code: "\(entry.system?.rawValue ?? "") \(entry.key) — \(entry.title)"
        case .modifier where entry.title.lowercased().hasPrefix("modifier \(entry.key.lowercased())"): entry.title
        case .modifier: "Modifier \(entry.key) — \(entry.title)"
        case .article: entry.title
        }
    }

    static func full(_ entry: StoredEntry) -> String {
        let status = entry.isDeleted ? "\n(Deleted code: see below for what replaced it.)" : ""
        return heading(entry) + status + "\n" + entry.body
    }

    static func oneLine(_ entry: StoredEntry) -> String {
        heading(entry)
    }
}
