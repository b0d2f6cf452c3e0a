import FoundationEssentials

/// The `Knowledge/` folder on disk: its files and a fingerprint of their contents.
struct KnowledgeSource: Sendable {
    let directory: URL

    /// The `.txt` files below the folder, as paths relative to it, sorted.
    func files() throws -> [String] {
        let root = directory.standardizedFileURL.path
        guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: root) else {
            throw CasePilotError.knowledgeUnavailable("cannot read the knowledge folder \(root)")
        }
        return paths.filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// The files' names and stamps: equal signatures mean no file was added, removed or written.
    func signature(of files: [String]) -> String {
        files.map { "\($0) \(FileStamp.of(directory.appendingPathComponent($0).path) ?? "unreadable")" }.joined(separator: "\n")
    }

    /// Reads `files` (relative paths, by default all): (relative path, contents).
    func read(_ files: [String]? = nil) throws -> [(file: String, text: String)] {
        try (files ?? self.files()).map { file in
            let url = directory.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw CasePilotError.knowledgeUnavailable("cannot read \(url.path)")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw KnowledgeFormatError(file: file, line: 1, message: "the file is not valid UTF-8 text")
            }
            return (file, text)
        }
    }

    /// A fingerprint that changes whenever a file is added, removed or edited (FNV-1a 64 over names and contents).
    static func fingerprint(of contents: [(file: String, text: String)]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x100_0000_01b3
            }
        }
        for (file, text) in contents {
            mix(file.utf8)
            mix([0])
            mix(text.utf8)
            mix([0])
        }
        return String(hash, radix: 16)
    }

    /// Parses all files; the first malformed entry or duplicate key throws.
    static func entries(from contents: [(file: String, text: String)]) throws(KnowledgeFormatError) -> [KnowledgeEntry] {
        var entries: [KnowledgeEntry] = []
        var seen: [String: KnowledgeEntry] = [:]
        for (file, text) in contents {
            for entry in try KnowledgeParser(file: file).parse(text) {
                let identity = "\(entry.kind.rawValue) \(entry.system?.rawValue ?? "") \(entry.key)"
                if let first = seen[identity] {
                    throw KnowledgeFormatError(file: file, line: entry.line, message: "`\(entry.key)` is already defined at Knowledge/\(first.file):\(first.line); expected each entry once")
                }
                seen[identity] = entry
                entries.append(entry)
            }
        }
        return entries
    }
}
