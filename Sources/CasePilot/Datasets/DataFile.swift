import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// One readable input: a plain file, a decompressed `.gz`, or a member of a `.zip`.
struct DataFile {
    /// How the file is named in messages: `name.zip:member.txt` for ZIP members.
    let displayName: String
    /// The last path component of the file or member, used to detect the release and setting.
    let fileName: String
    /// The uncompressed contents as UTF-8 (Latin-1 files are transcoded).
    var bytes: [UInt8]

    /// Reads `url`, decompressing `.gz` and extracting the ZIP members that pass `include`.
    /// - Returns: the readable files and the SHA-256 of the file as given.
    /// - Throws: ``InputProblem`` for unreadable, corrupt or binary input.
    static func load(_ url: URL, include: (String) -> Bool) throws -> (files: [DataFile], checksum: String) {
        let name = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputProblem("the file cannot be read (missing or not permitted)")
        }
        let raw = [UInt8](data)
        let checksum = SHA256.hex(raw)
        if ZipArchive.isZip(raw) {
            let archive = ZipArchive(raw)
            let members = try archive.members { member in
                let base = member.split(separator: "/").last.map(String.init) ?? member
                return !member.hasSuffix("/") && !member.hasPrefix("__MACOSX") && include(base)
            }
            guard !members.isEmpty else {
                let all = try archive.names().joined(separator: ", ")
                throw InputProblem("the ZIP archive holds no file this dataset can read (it has: \(all.prefix(300)))")
            }
            let files = try members.map { member in
                let base = member.name.split(separator: "/").last.map(String.init) ?? member.name
                return DataFile(displayName: "\(name):\(member.name)", fileName: base, bytes: try text(member.bytes))
            }
            return (files, checksum)
        }
        if Inflate.isGzip(raw) {
            let inner = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
            return ([DataFile(displayName: name, fileName: inner, bytes: try text(Inflate.gunzip(raw)))], checksum)
        }
        return ([DataFile(displayName: name, fileName: name, bytes: try text(raw))], checksum)
    }

    /// Checks that `bytes` are text and returns them as UTF-8.
    static func text(_ bytes: [UInt8]) throws -> [UInt8] {
        let hasNul = bytes.withUnsafeBufferPointer { buffer in
            buffer.count > 0 && memchr(buffer.baseAddress!, 0, buffer.count) != nil
        }
        if hasNul { throw InputProblem("the file holds binary data, not text (is it an XLSX, a PDF or a damaged file?)") }
        if String(validating: bytes, as: UTF8.self) != nil { return bytes }
        // CMS text files predating UTF-8 are Latin-1 (ISO 8859-1); transcode them.
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 16)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else {
                output.append(0xC0 | byte >> 6)
                output.append(0x80 | byte & 0x3F)
            }
        }
        return output
    }
}
