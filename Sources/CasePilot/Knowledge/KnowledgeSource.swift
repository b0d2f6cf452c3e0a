import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `Knowledge/` folder on disk: its files and a fingerprint of their contents.
struct KnowledgeSource: Sendable {
    /// The folder's path.
    let path: String

    /// The `.txt` files below the folder, as paths relative to it, sorted.
    func files() throws -> [String] {
        var files: [String] = []
        guard Self.addTextFiles(in: path, under: "", to: &files) else {
            throw CasePilotError.knowledgeUnavailable("cannot read the knowledge folder \(path)")
        }
        return files.sorted()
    }

    /// The files' names and stamps: equal signatures mean no file was added, removed or written.
    func signature(of files: [String]) -> String {
        files.map { "\($0) \(FileStamp.of(path(of: $0)) ?? "unreadable")" }.joined(separator: "\n")
    }

    /// Reads `files` (relative paths, by default all): (relative path, contents).
    func read(_ files: [String]? = nil) throws -> [(file: String, text: String)] {
        try (files ?? self.files()).map { file in
            guard let data = FileManager.default.contents(atPath: path(of: file)) else {
                throw CasePilotError.knowledgeUnavailable("cannot read \(path(of: file))")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw KnowledgeFormatError(file: file, line: 1, message: "the file is not valid UTF-8 text")
            }
            return (file, text)
        }
    }

    private func path(of file: String) -> String {
        path + "/" + file
    }

    /// Adds the `.txt` files of the folder `relative` below `root`, and of its subfolders, to
    /// `files`; `false` when a folder cannot be read. Read with `readdir`: the knowledge is checked
    /// at every start, and this is a tenth of FileManager's cost.
    private static func addTextFiles(in root: String, under relative: String, to files: inout [String]) -> Bool {
        guard let folder = opendir(relative.isEmpty ? root : root + "/" + relative) else { return false }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            if isFolder(entry.pointee.d_type, at: root + "/" + path) {
                guard addTextFiles(in: root, under: path, to: &files) else { return false }
            } else if name.hasSuffix(".txt") {
                files.append(path)
            }
        }
        return true
    }

    /// Whether a folder entry of `type` is a folder (a symbolic link to one is not followed).
    private static func isFolder(_ type: UInt8, at path: String) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
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
