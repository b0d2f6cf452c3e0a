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
        var best: (distance: Int, word: [UInt8])?
        for length in (bytes.count - 1)...(bytes.count + 1) {
            for candidate in byLength[length] ?? [] where candidate[0] == bytes[0] {
                let distance = Self.distance(bytes, candidate)
                // The closest word; of equally close ones the first in byte order, whatever the set's order.
                if distance <= 1, distance < (best?.distance ?? .max)
                    || distance == best?.distance && candidate.lexicographicallyPrecedes(best!.word) {
                    best = (distance, candidate)
                }
            }
        }
        return best.map { String(decoding: $0.word, as: UTF8.self) } ?? word
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
}
