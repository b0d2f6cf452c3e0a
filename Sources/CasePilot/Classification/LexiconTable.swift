/// The lexicon's cue index and spelling vocabulary as one flat byte table. Building them hashes
/// some 1,800 cues and 5,000 words (a third of a one-shot `casepilot ask`); the engine keeps the
/// table with the classifier's counts (``StoredClassifier``), and a new process reads it from
/// there. Words are sorted by their UTF-8 bytes; look-ups are binary searches.
///
/// Layout (little-endian):
///
/// | bytes | content |
/// |---|---|
/// | 4 | magic `CPLX` |
/// | 4 | words W |
/// | 4 | cues C |
/// | 4·(W+1) | offset of each word's text in the text area, and its end |
/// | 4·(W+1) | the first cue that starts with each word (cues are sorted by first word), and C |
/// | 4·(C+1) | offset of each cue's record in the cue area, and its end |
/// | W | per word: 1 when it is never offered as a correction, else 0 |
/// | … | cue records: category index (1), needs domain (1), weight (8, `Double` bits), word numbers (4 each) |
/// | … | the words' UTF-8 text, concatenated in order |
struct LexiconTable: Sendable, Equatable {
    let bytes: [UInt8]
    private let wordCount: Int
    private let wordOffsets: Int
    private let firstCues: Int
    private let cueOffsets: Int
    private let flags: Int
    private let cueArea: Int
    private let textArea: Int
    private static let magic: [UInt8] = Array("CPLX".utf8)
    private static let categories = Category.allCases

    /// The table of `cues`, known besides their words `knownWords`.
    /// - Parameters:
    ///   - cues: the cues in order of preference; at each first word the longest come first.
    ///   - knownWords: words the corrector knows though no cue uses them.
    ///
    /// The words of everyday-topic cues (category `unknown`) that no coding cue or known word
    /// uses are known but never offered as a correction: "savary" is a dilator, not a misspelt
    /// "salary".
    init(cues: [Cue], knownWords: Set<String>) {
        var coding = knownWords
        var everyday: Set<String> = []
        for cue in cues {
            if cue.category == .unknown { everyday.formUnion(cue.words) } else { coding.formUnion(cue.words) }
        }
        let words = coding.union(everyday).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let number = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) })
        // By first word, then longest first, then in the given order.
        let ordered = cues.enumerated().sorted { a, b in
            let (first, second) = (number[a.element.words[0]]!, number[b.element.words[0]]!)
            if first != second { return first < second }
            if a.element.words.count != b.element.words.count { return a.element.words.count > b.element.words.count }
            return a.offset < b.offset
        }.map(\.element)

        var bytes = Self.magic
        func append32(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { bytes.append(contentsOf: $0) } }
        append32(words.count)
        append32(ordered.count)
        var offset = 0
        for word in words {
            append32(offset)
            offset += word.utf8.count
        }
        append32(offset)
        var cueIndex = 0
        for wordNumber in words.indices {
            append32(cueIndex)
            while cueIndex < ordered.count, number[ordered[cueIndex].words[0]]! == wordNumber { cueIndex += 1 }
        }
        append32(ordered.count)
        var records: [UInt8] = []
        for cue in ordered {
            append32(records.count)
            records.append(UInt8(Self.categories.firstIndex(of: cue.category)!))
            records.append(cue.needsDomain ? 1 : 0)
            withUnsafeBytes(of: cue.weight.bitPattern.littleEndian) { records.append(contentsOf: $0) }
            for word in cue.words { withUnsafeBytes(of: UInt32(number[word]!).littleEndian) { records.append(contentsOf: $0) } }
        }
        append32(records.count)
        bytes += words.map { everyday.contains($0) && !coding.contains($0) ? 1 : 0 }
        bytes += records
        for word in words { bytes.append(contentsOf: word.utf8) }
        self.init(bytes: bytes)!
    }

    /// Reads a stored table.
    /// - Returns: `nil` when the bytes are not a well-formed table.
    init?(bytes: [UInt8]) {
        guard bytes.count >= 12, Array(bytes[0..<4]) == Self.magic else { return nil }
        let words = Int(Self.uint32(bytes, at: 4))
        let cues = Int(Self.uint32(bytes, at: 8))
        let wordOffsets = 12
        let firstCues = wordOffsets + 4 * (words + 1)
        let cueOffsets = firstCues + 4 * (words + 1)
        let flags = cueOffsets + 4 * (cues + 1)
        let cueArea = flags + words
        guard bytes.count >= cueArea else { return nil }
        // Every offset rises to the end of its area, and every number names a word or a cue: look-ups
        // then stay inside the bytes.
        func rising(_ start: Int, _ count: Int, upTo last: Int) -> Bool {
            var previous = 0
            for index in 0...count {
                let value = Int(Self.uint32(bytes, at: start + 4 * index))
                guard value >= previous, index > 0 || value == 0 else { return false }
                previous = value
            }
            return previous == last
        }
        guard rising(firstCues, words, upTo: cues) else { return nil }
        let recordsEnd = Int(Self.uint32(bytes, at: cueOffsets + 4 * cues))
        let textArea = cueArea + recordsEnd
        guard bytes.count >= textArea, rising(cueOffsets, cues, upTo: recordsEnd),
              rising(wordOffsets, words, upTo: bytes.count - textArea) else { return nil }
        for cue in 0..<cues {
            let start = cueArea + Int(Self.uint32(bytes, at: cueOffsets + 4 * cue))
            let end = cueArea + Int(Self.uint32(bytes, at: cueOffsets + 4 * cue + 4))
            guard end - start >= 14, (end - start - 10) % 4 == 0, Int(bytes[start]) < Self.categories.count else { return nil }
            for word in stride(from: start + 10, to: end, by: 4) where Int(Self.uint32(bytes, at: word)) >= words { return nil }
        }
        self.bytes = bytes
        self.wordCount = words
        self.wordOffsets = wordOffsets
        self.firstCues = firstCues
        self.cueOffsets = cueOffsets
        self.flags = flags
        self.cueArea = cueArea
        self.textArea = textArea
    }

    /// The cues whose words are `words` from `start` on, longest first.
    func cues(matching words: [String], at start: Int) -> [Cue] {
        guard let first = number(of: words[start]) else { return [] }
        return (firstCue(of: first)..<firstCue(of: first + 1)).compactMap { index in
            let record = cueArea + Int(Self.uint32(bytes, at: cueOffsets + 4 * index))
            let count = (cueArea + Int(Self.uint32(bytes, at: cueOffsets + 4 * index + 4)) - record - 10) / 4
            guard start + count <= words.count, (1..<count).allSatisfy({ next in
                text(of: Int(Self.uint32(bytes, at: record + 10 + 4 * next))).elementsEqual(words[start + next].utf8)
            }) else { return nil }
            let weight = Double(bitPattern: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: record + 2, as: UInt64.self).littleEndian })
            return Cue(words: Array(words[start..<(start + count)]), category: Self.categories[Int(bytes[record])],
                       weight: weight, needsDomain: bytes[record + 1] != 0)
        }
    }

    /// The known word closest to `word` (one letter changed, added, dropped, or two neighbours
    /// swapped); `word` itself when it is known, shorter than five letters, not plain lower-case
    /// letters, or when nothing is that close. Of equally close words the first in byte order.
    func correct(_ word: String) -> String {
        let typed = Array(word.utf8)
        guard typed.count >= 5, typed.allSatisfy({ $0 >= 97 && $0 <= 122 }), number(of: word) == nil else { return word }
        // The words that start with the same letter are one run of the sorted table.
        let start = lowerBound { $0.first.map { $0 < typed[0] } ?? true }
        var index = start
        while index < wordCount, let letter = text(of: index).first, letter == typed[0] {
            let candidate = text(of: index)
            if bytes[flags + index] == 0, abs(candidate.count - typed.count) <= 1, Self.distance(typed, Array(candidate)) == 1 {
                return String(decoding: candidate, as: UTF8.self)
            }
            index += 1
        }
        return word
    }

    /// The optimal-string-alignment distance of `a` and `b` when it is at most one edit (one letter
    /// changed, added, dropped, or two neighbours swapped); 2 for anything farther.
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return 2 }
        guard let first = short.indices.first(where: { short[$0] != long[$0] }) else {
            return long.count - short.count
        }
        if short.count < long.count {
            return short[first...].elementsEqual(long[(first + 1)...]) ? 1 : 2
        }
        if short[(first + 1)...].elementsEqual(long[(first + 1)...]) { return 1 }
        let swapped = first + 1 < short.count && short[first] == long[first + 1] && short[first + 1] == long[first]
            && short[(first + 2)...].elementsEqual(long[(first + 2)...])
        return swapped ? 1 : 2
    }

    /// The number of `word` in the sorted words, or `nil` when it is not known.
    private func number(of word: String) -> Int? {
        var word = word
        return word.withUTF8 { key in
            let index = lowerBound { Self.compare($0, key) < 0 }
            return index < wordCount && Self.compare(text(of: index), key) == 0 ? index : nil
        }
    }

    /// The first word number for which `precedes` is false (the words are sorted by their bytes).
    private func lowerBound(_ precedes: (ArraySlice<UInt8>) -> Bool) -> Int {
        var low = 0
        var high = wordCount
        while low < high {
            let middle = (low + high) / 2
            if precedes(text(of: middle)) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Byte-wise order of two byte strings: negative, zero or positive.
    private static func compare(_ a: ArraySlice<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        a.withUnsafeBufferPointer { a in
            for index in 0..<min(a.count, b.count) where a[index] != b[index] {
                return Int(a[index]) - Int(b[index])
            }
            return a.count - b.count
        }
    }

    private func text(of word: Int) -> ArraySlice<UInt8> {
        let start = textArea + Int(Self.uint32(bytes, at: wordOffsets + 4 * word))
        let end = textArea + Int(Self.uint32(bytes, at: wordOffsets + 4 * word + 4))
        return bytes[start..<end]
    }

    private func firstCue(of word: Int) -> Int { Int(Self.uint32(bytes, at: firstCues + 4 * word)) }

    private static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian }
    }
}
