/// Corrects typos in ordinary words against a fixed vocabulary (Damerau–Levenshtein).
struct SpellingCorrector: Sendable {
    private let vocabulary: Set<String>
    private let byLength: [Int: [[UInt8]]]

    /// - Parameters:
    ///   - vocabulary: the known words, kept as typed.
    ///   - unsuggested: known words never offered as a correction.
    init(vocabulary: Set<String>, unsuggested: Set<String> = []) {
        self.vocabulary = vocabulary
        var byLength: [Int: [[UInt8]]] = [:]
        for word in vocabulary where word.utf8.count >= 4 && !unsuggested.contains(word) {
            byLength[word.utf8.count, default: []].append(Array(word.utf8))
        }
        self.byLength = byLength
    }

    /// The vocabulary word closest to `word`, or `word` itself when it is known, too short, or nothing is close.
    func correct(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count >= 5, !vocabulary.contains(word), bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        let limit = 1
        var best: (distance: Int, word: [UInt8])?
        for length in (bytes.count - limit)...(bytes.count + limit) {
            for candidate in byLength[length] ?? [] where candidate[0] == bytes[0] {
                let distance = Self.distance(bytes, candidate, limit: limit)
                // The closest word; of equally close ones the first in byte order, whatever the set's order.
                if distance <= limit, distance < (best?.distance ?? .max)
                    || distance == best?.distance && candidate.lexicographicallyPrecedes(best!.word) {
                    best = (distance, candidate)
                }
            }
        }
        return best.map { String(decoding: $0.word, as: UTF8.self) } ?? word
    }

    /// Optimal-string-alignment distance, giving up early past `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...max(b.count, 1) where b.count > 0 {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
