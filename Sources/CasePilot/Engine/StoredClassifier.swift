#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The engine's classifier without re-training in every process: the learned counts and the
/// lexicon's table are kept in a file beside the knowledge base (`<database>-classifier`), marked
/// with the executable and the knowledge that made them, and mapped into memory by the next
/// process: the counts are searched in place, so a one-shot ask reads only the pages its
/// look-ups touch.
///
/// Layout (little-endian): magic `CPCT`; the length of the mark and the mark (UTF-8); the length
/// of the counts and the counts (``FeatureCounts``); the lexicon (``LexiconTable``).
enum StoredClassifier {
    private static let magic: [UInt8] = Array("CPCT".utf8)

    /// Loads the stored tables when this build made them on this knowledge; otherwise trains and
    /// stores the tables for the next process (an in-memory knowledge base, or a folder that
    /// cannot be written, just means training again).
    static func load(parser: QuestionParser, from knowledgeBase: KnowledgeBase) -> Classifier {
        guard let path = path(of: knowledgeBase), let executable = FileStamp.executable,
              let knowledge = try? knowledgeBase.meta("knowledge_fingerprint") else {
            return Classifier(parser: parser)
        }
        let trainedBy = "\(executable) knowledge \(knowledge)"
        if let file = MappedFile(path: path), let stored = tables(in: file, trainedBy: trainedBy) {
            return Classifier(parser: parser, trainedCounts: stored.counts, lexicon: stored.lexicon)
        }
        let classifier = Classifier(parser: parser)
        try? write(stored(classifier, trainedBy: trainedBy), to: path)
        return classifier
    }

    /// The tables file of `knowledgeBase`; `nil` for an in-memory one.
    static func path(of knowledgeBase: KnowledgeBase) -> String? {
        let database = knowledgeBase.database.path
        return database == ":memory:" || database.isEmpty ? nil : database + "-classifier"
    }

    /// The file's contents for `classifier`, marked `trainedBy`.
    static func stored(_ classifier: Classifier, trainedBy: String) -> [UInt8] {
        let mark = Array(trainedBy.utf8)
        let counts = classifier.trainedCounts.bytes
        func length(_ bytes: [UInt8]) -> [UInt8] { withUnsafeBytes(of: UInt32(bytes.count).littleEndian, Array.init) }
        return magic + length(mark) + mark + length(counts) + counts + classifier.lexicon.bytes
    }

    /// The tables in `file` when they are marked `trainedBy`; `nil` when they are not, or the
    /// file is not such a file.
    static func tables(in file: MappedFile, trainedBy: String) -> (counts: FeatureCounts, lexicon: LexiconTable)? {
        let bytes = file.bytes
        func length(at offset: Int) -> Int? {
            offset + 4 <= bytes.count ? Int(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian) : nil
        }
        guard bytes.prefix(4).elementsEqual(magic), let markLength = length(at: 4), 8 + markLength <= bytes.count,
              bytes[8..<(8 + markLength)].elementsEqual(trainedBy.utf8),
              let countsLength = length(at: 8 + markLength) else { return nil }
        let countsStart = 12 + markLength
        guard countsStart + countsLength <= bytes.count,
              let counts = FeatureCounts(table: ByteTable(file, range: countsStart..<(countsStart + countsLength))),
              let lexicon = LexiconTable(bytes: Array(bytes[(countsStart + countsLength)...])) else { return nil }
        return (counts, lexicon)
    }

    /// Writes `contents` to `path` whole or not at all: to a temporary file first, then renamed.
    static func write(_ contents: [UInt8], to path: String) throws {
        let temporary = "\(path).\(getpid()).tmp"
        guard let file = fopen(temporary, "wb") else { throw CasePilotError.unavailable("cannot write \(temporary)") }
        let written = contents.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) } == contents.count
        guard fclose(file) == 0, written, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CasePilotError.unavailable("cannot write \(path)")
        }
    }
}
