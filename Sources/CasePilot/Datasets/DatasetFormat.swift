/// Reads one dataset's files into the knowledge base.
protocol DatasetFormat {
    /// Whether a ZIP member named `fileName` is one this format reads (others are skipped).
    func accepts(_ fileName: String) -> Bool
    /// Reads `file` and inserts its rows; returns how many rows were imported.
    /// - Throws: ``InputProblem`` for malformed input (the import is then rolled back).
    func read(_ file: inout DataFile, context: ImportContext) throws -> Int
}

extension DatasetFormat {
    func accepts(_ fileName: String) -> Bool {
        let lower = fileName.lowercased()
        return lower.hasSuffix(".txt") || lower.hasSuffix(".csv") || lower.hasSuffix(".xml")
    }
}

extension DataFile {
    /// The first line of the file (for format sniffing).
    var firstLine: String {
        let end = bytes.prefix(4096).firstIndex(of: 0x0A) ?? min(bytes.count, 4096)
        return String(decoding: bytes[0..<end], as: UTF8.self)
    }

    /// Whether the first few lines are separated by tabs rather than commas.
    var looksTabDelimited: Bool {
        let head = bytes.prefix(8192)
        return head.filter { $0 == 0x09 }.count > head.filter { $0 == 0x2C }.count
    }
}
