/// What the naive Bayes model learns, as one flat byte table: per category the number of training
/// questions and of feature occurrences, and per feature (sorted by its UTF-8 bytes) its count in
/// each category.
///
/// The engine keeps the table in a file beside the knowledge base (``StoredClassifier``) and a new
/// process maps it into memory, so it classifies without re-training, without rebuilding a
/// dictionary and without reading the table first: look-ups are binary searches over the bytes
/// in place. Layout (little-endian):
///
/// | bytes | content |
/// |---|---|
/// | 4 | magic `CPNB` |
/// | 4 | categories C, then 3 zero bytes |
/// | 4 | features N |
/// | 4·C | training questions per category |
/// | 4·C | feature occurrences per category |
/// | 4·(N+1) | offset of each feature's text in the text area, and its end |
/// | 2·N·C | count of each feature in each category |
/// | … | the features' UTF-8 text, concatenated in order |
struct FeatureCounts: Sendable, Equatable {
    let table: ByteTable
    let categoryCount: Int
    let featureCount: Int
    private let offsetsStart: Int
    private let countsStart: Int
    private let textStart: Int
    private static let magic: [UInt8] = Array("CPNB".utf8)

    /// Counts `examples`, each a category index (below `categories`) and its features.
    init(categories: Int, examples: [(category: Int, features: [String])]) {
        var documents = [Int](repeating: 0, count: categories)
        var totals = [Int](repeating: 0, count: categories)
        var counts: [String: [Int]] = [:]
        for example in examples {
            documents[example.category] += 1
            for feature in example.features {
                counts[feature, default: [Int](repeating: 0, count: categories)][example.category] += 1
                totals[example.category] += 1
            }
        }
        let features = counts.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }

        var bytes = Self.magic + [UInt8(categories), 0, 0, 0]
        func append32(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { bytes.append(contentsOf: $0) } }
        append32(features.count)
        documents.forEach(append32)
        totals.forEach(append32)
        var offset = 0
        for feature in features {
            append32(offset)
            offset += feature.utf8.count
        }
        append32(offset)
        for feature in features {
            for count in counts[feature]! {
                // A feature occurs at most once per word of the corpus: some thousands of times.
                precondition(count <= Int(UInt16.max), "a feature occurs more than 65,535 times in the training corpus")
                withUnsafeBytes(of: UInt16(count).littleEndian) { bytes.append(contentsOf: $0) }
            }
        }
        for feature in features { bytes.append(contentsOf: feature.utf8) }
        self.init(bytes: bytes)!
    }

    /// Reads a stored table.
    /// - Returns: `nil` when the bytes are not a well-formed table.
    init?(bytes: [UInt8]) {
        self.init(table: ByteTable(bytes))
    }

    /// Reads a stored table in place (a part of a mapped file).
    /// - Returns: `nil` when the bytes are not a well-formed table.
    init?(table: ByteTable) {
        let bytes = table.bytes
        guard bytes.count >= 12, bytes.prefix(4).elementsEqual(Self.magic) else { return nil }
        let categories = Int(bytes[4])
        let features = Int(table.uint32(at: 8))
        let offsetsStart = 12 + 8 * categories
        let countsStart = offsetsStart + 4 * (features + 1)
        let textStart = countsStart + 2 * features * categories
        // The text runs from the first offset (0) to the last, the end of the bytes. The offsets
        // between are checked by each look-up, which reads a few of them: checking all of them
        // here was a twentieth of a one-shot ask.
        guard categories > 0, bytes.count >= textStart, table.uint32(at: offsetsStart) == 0,
              bytes.count == textStart + Int(table.uint32(at: offsetsStart + 4 * features)) else { return nil }
        self.table = table
        self.categoryCount = categories
        self.featureCount = features
        self.offsetsStart = offsetsStart
        self.countsStart = countsStart
        self.textStart = textStart
    }

    /// The table's bytes, to store.
    var bytes: [UInt8] { Array(table.bytes) }

    /// Training questions labelled with category `category`.
    func documents(_ category: Int) -> Int { Int(table.uint32(at: 12 + 4 * category)) }

    /// Feature occurrences in the questions of category `category`.
    func total(_ category: Int) -> Int { Int(table.uint32(at: 12 + 4 * (categoryCount + category))) }

    /// The row of `feature`, or `nil` when it never occurred in training.
    func row(of feature: String) -> Int? {
        var key = feature
        return key.withUTF8 { key in
            let table = self.table.bytes
            var low = 0
            var high = featureCount - 1
            while low <= high {
                let middle = (low + high) / 2
                let start = textStart + Int(table.loadUnaligned(fromByteOffset: offsetsStart + 4 * middle, as: UInt32.self).littleEndian)
                let end = textStart + Int(table.loadUnaligned(fromByteOffset: offsetsStart + 4 * middle + 4, as: UInt32.self).littleEndian)
                // Offsets that do not rise inside the text mean a damaged table: no feature is found.
                guard start <= end, end <= table.count else { return nil }
                let order = Self.compare(UnsafeRawBufferPointer(rebasing: table[start..<end]), UnsafeRawBufferPointer(key))
                if order == 0 { return middle }
                if order < 0 { low = middle + 1 } else { high = middle - 1 }
            }
            return nil
        }
    }

    /// How often the feature at `row` occurred in category `category`.
    func count(row: Int, category: Int) -> Int {
        Int(table.bytes.loadUnaligned(fromByteOffset: countsStart + 2 * (row * categoryCount + category), as: UInt16.self).littleEndian)
    }

    /// Byte-wise order of two byte strings: negative, zero or positive.
    private static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        for index in 0..<min(a.count, b.count) where a[index] != b[index] {
            return Int(a[index]) - Int(b[index])
        }
        return a.count - b.count
    }
}
