/// Reads the members of a ZIP archive from its central directory (stored or deflated members).
///
/// CMS ships its quarterly files as ZIPs holding TXT/CSV plus XLSX/PDF copies; only the
/// members the importers can read are extracted.
struct ZipArchive {
    /// One member: its path inside the archive and its uncompressed bytes.
    struct Member {
        let name: String
        let bytes: [UInt8]
    }

    private let bytes: [UInt8]

    /// Whether `bytes` start like a ZIP file (a local header or an empty archive).
    static func isZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && (bytes[2] == 3 || bytes[2] == 5)
    }

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The names of all members, in directory order.
    func names() throws -> [String] {
        try entries().map(\.name)
    }

    /// Extracts the members whose name passes `include`.
    func members(where include: (String) -> Bool) throws -> [Member] {
        try entries().filter { include($0.name) }.map { entry in
            Member(name: entry.name, bytes: try extract(entry))
        }
    }

    private struct Entry {
        let name: String
        let method: Int
        let compressedSize: Int
        let size: Int
        let localOffset: Int
    }

    private func entries() throws -> [Entry] {
        // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
        let lowest = max(0, bytes.count - 65_557)
        var end = bytes.count - 22
        while end >= lowest, !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 5 && bytes[end + 3] == 6) {
            end -= 1
        }
        guard end >= lowest, end >= 0 else {
            throw InputProblem("the ZIP archive has no central directory: the file is truncated or not a ZIP")
        }
        let count = u16(end + 10)
        var offset = u32(end + 16)
        var result: [Entry] = []
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, u32(offset) == 0x0201_4B50 else {
                throw InputProblem("the ZIP central directory is damaged")
            }
            let nameLength = u16(offset + 28), extraLength = u16(offset + 30), commentLength = u16(offset + 32)
            guard offset + 46 + nameLength <= bytes.count else { throw InputProblem("the ZIP central directory is damaged") }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            result.append(Entry(name: name, method: u16(offset + 10), compressedSize: u32(offset + 20),
                                size: u32(offset + 24), localOffset: u32(offset + 42)))
            offset += 46 + nameLength + extraLength + commentLength
        }
        return result
    }

    private func extract(_ entry: Entry) throws -> [UInt8] {
        let header = entry.localOffset
        guard header + 30 <= bytes.count, u32(header) == 0x0403_4B50 else {
            throw InputProblem("the ZIP member \(entry.name) is damaged")
        }
        let start = header + 30 + u16(header + 26) + u16(header + 28)
        guard start + entry.compressedSize <= bytes.count else {
            throw InputProblem("the ZIP member \(entry.name) ends early: the archive is truncated")
        }
        let data = bytes[start..<(start + entry.compressedSize)]
        switch entry.method {
        case 0: return Array(data)
        case 8: return try Inflate.rawInflate(data, expectedSize: entry.size)
        default: throw InputProblem("the ZIP member \(entry.name) uses compression method \(entry.method); only stored and deflated members are supported")
        }
    }

    private func u16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
    private func u32(_ offset: Int) -> Int { u16(offset) | u16(offset + 2) << 16 }
}
