import Foundation
@testable import CasePilot

/// A temporary folder of fixture files and an on-disk knowledge base, for one test.
final class Fixture {
    let folder: URL
    let knowledgeBase: KnowledgeBase

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("casepilot-datasets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        knowledgeBase = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Writes `text` (or `bytes`) to a file in the folder and returns its URL.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// Imports files into the fixture's knowledge base.
    @discardableResult
    func load(_ dataset: Dataset, _ files: URL..., setting: Setting? = nil, release: String? = nil) throws -> DatasetInfo {
        try DatasetImporter(knowledgeBase: knowledgeBase).run(dataset, files: files, setting: setting, release: release, progress: nil)
    }

    /// Answers `question` in `category` from the fixture's knowledge base.
    func answer(_ question: String, _ category: CasePilot.Category) throws -> Resolution {
        try Answerer(knowledgeBase: knowledgeBase).resolve(QuestionParser().parse(question), category: category)
    }

    /// Pads `text` to `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }
}

/// Builds gzip and ZIP files without a compressor: deflate "stored" blocks and a real CRC-32.
enum Archive {
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    static func le32(_ value: UInt32) -> [UInt8] { le16(Int(value & 0xFFFF)) + le16(Int(value >> 16)) }

    /// A raw deflate stream of stored blocks.
    static func stored(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var offset = 0
        repeat {
            let length = min(65_535, bytes.count - offset)
            let final = offset + length == bytes.count
            output.append(final ? 1 : 0)
            output += le16(length) + le16(~length & 0xFFFF)
            output += bytes[offset..<(offset + length)]
            offset += length
        } while offset < bytes.count
        return output
    }

    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + stored(bytes) + le32(crc32(bytes)) + le32(UInt32(bytes.count))
    }

    /// A ZIP of deflated (stored-block) members.
    static func zip(_ members: [(String, [UInt8])]) -> [UInt8] {
        var body: [UInt8] = []
        var directory: [UInt8] = []
        for (name, bytes) in members {
            let data = stored(bytes), crc = crc32(bytes), nameBytes = Array(name.utf8)
            let offset = UInt32(body.count)
            body += [0x50, 0x4B, 3, 4] + le16(20) + le16(0) + le16(8) + le16(0) + le16(0) + le32(crc)
                + le32(UInt32(data.count)) + le32(UInt32(bytes.count)) + le16(nameBytes.count) + le16(0) + nameBytes + data
            directory += [0x50, 0x4B, 1, 2] + le16(20) + le16(20) + le16(0) + le16(8) + le16(0) + le16(0) + le32(crc)
                + le32(UInt32(data.count)) + le32(UInt32(bytes.count)) + le16(nameBytes.count) + le16(0) + le16(0)
                + le16(0) + le16(0) + le32(0) + le32(offset) + nameBytes
        }
        let end: [UInt8] = [0x50, 0x4B, 5, 6] + le16(0) + le16(0) + le16(members.count) + le16(members.count)
            + le32(UInt32(directory.count)) + le32(UInt32(body.count)) + le16(0)
        return body + directory + end
    }
}
