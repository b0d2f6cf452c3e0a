extension KnowledgeBase {
    /// The authored entry for a code or modifier, if any.
    func entry(for code: CodeToken) throws -> StoredEntry? {
        // The kind leads the unique index (kind, system, key); without it every entry was read.
        let kind = code.system == .modifier ? KnowledgeEntry.Kind.modifier : .code
        return try database.statement("SELECT \(StoredEntry.columns) FROM kb_entry e WHERE e.kind = ? AND e.system = ? AND e.key = ?")
            .rows([.text(kind.rawValue), .text(code.system.rawValue), .text(code.display)], StoredEntry.init).first
    }

    /// The authored article with this id, if any.
    func article(id: String) throws -> StoredEntry? {
        try database.statement("SELECT \(StoredEntry.columns) FROM kb_entry e WHERE e.kind = 'article' AND e.key = ?")
            .rows([.text(id)], StoredEntry.init).first
    }

    /// The authored articles that list `code` among their related codes, in the order they were built.
    func articles(relating code: CodeToken) throws -> [StoredEntry] {
        try database.statement("SELECT \(StoredEntry.columns) FROM kb_related r JOIN kb_entry e ON e.id = r.entry_id WHERE r.system = ? AND r.code = ? AND e.kind = 'article' ORDER BY e.id")
            .rows([.text(code.system.rawValue), .text(code.display)], StoredEntry.init)
    }

    /// Every modifier with an authored entry.
    func modifierKeys() throws -> Set<String> {
        Set(try database.statement("SELECT key FROM kb_entry WHERE kind = 'modifier'").rows { $0.string(0) })
    }

    /// How many authored entries the knowledge base holds.
    func knowledgeEntryCount() throws -> Int {
        Int(try database.scalarInteger("SELECT count(*) FROM kb_entry") ?? 0)
    }
}
