/// Description → code search over the imported code sets.
///
/// Candidates come from FTS5 (every content word, else any word, by bm25); they are then ranked
/// by how closely their official description matches the question's words (Jaccard overlap of
/// word sets, so an official description finds its own code first and a plain phrasing finds
/// codes whose description adds little to it), then billable before header, then bm25.
struct CodeSearch {
    let knowledgeBase: KnowledgeBase

    /// A ranked candidate.
    struct Hit {
        let record: CodeRecord
        let score: Double
    }

    /// Words that only frame the question ("what is the ICD-10 code for ..."); descriptions rarely use them.
    static let framing: Set<String> = [
        "what", "whats", "which", "code", "codes", "icd", "icd10", "icd10cm", "icd10pcs", "hcpcs", "cpt", "pcs", "please", "tell", "me",
    ]
    /// Words that carry no meaning for matching, on either side.
    static let function: Set<String> = ["a", "an", "the", "of", "for", "to", "in", "on", "and", "or", "by", "as", "at", "is", "are", "be", "s"]

    /// Lower-case word tokens of `text` (letters and digits).
    static func tokens(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    static func normalized(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    /// The code systems a question asks about, from its wording (empty: all).
    static func systems(for text: String) -> [String] {
        let words = tokens(text)
        let joined = " " + words.joined(separator: " ") + " "
        if joined.contains(" pcs ") || joined.contains("icd10pcs") { return [CodeSystem.icd10pcs.rawValue] }
        if joined.contains(" icd 9 ") || joined.contains(" icd9") { return [CodeSystem.icd9cm.rawValue, CodeWriter.icd9ProcedureSystem] }
        if joined.contains(" icd ") || joined.contains("icd10") || joined.contains(" diagnosis ") || joined.contains(" dx ") {
            return [CodeSystem.icd10cm.rawValue]
        }
        if joined.contains(" hcpcs ") { return [CodeSystem.hcpcs.rawValue] }
        return []
    }

    /// The description part of a question: the words after "code for" / "code of" when present.
    static func described(_ text: String) -> String {
        let lower = text.lowercased()
        for marker in ["code for ", "codes for ", "code of ", "code is ", "code would be "] {
            if let range = lower.firstRange(of: marker), lower.distance(from: lower.startIndex, to: range.lowerBound) < 60 {
                return String(lower[range.upperBound...])
            }
        }
        return text
    }

    /// Word and word-pair counts of a text: word order matters ("with X without Y" ≠ "without X with Y").
    struct Profile {
        var words: [String: Int] = [:]
        var pairs: [String: Int] = [:]
    }

    static func profile(_ words: [String]) -> Profile {
        var profile = Profile()
        for word in words { profile.words[word, default: 0] += 1 }
        for index in words.indices.dropLast() { profile.pairs[words[index] + " " + words[index + 1], default: 0] += 1 }
        return profile
    }

    /// Weighted Jaccard overlap of word counts (80%) and word-pair counts (20%); 1 for the same text.
    static func similarity(_ left: Profile, _ right: Profile) -> Double {
        func jaccard(_ a: [String: Int], _ b: [String: Int]) -> Double {
            var shared = 0, total = 0
            for key in Set(a.keys).union(b.keys) {
                shared += min(a[key] ?? 0, b[key] ?? 0)
                total += max(a[key] ?? 0, b[key] ?? 0)
            }
            return total == 0 ? 1 : Double(shared) / Double(total)
        }
        return 0.8 * jaccard(left.words, right.words) + 0.2 * jaccard(left.pairs, right.pairs)
    }

    /// The best codes for a description, best first.
    func search(_ text: String, systems: [String], limit: Int = 5) throws -> [Hit] {
        var words = Self.tokens(Self.described(text))
        // "icd 10 cm", "icd-9": the version number belongs to the framing.
        words = words.enumerated().filter { index, word in !(index > 0 && words[index - 1] == "icd" && (word == "10" || word == "9")) }.map(\.1)
        let content = words.filter { !Self.framing.contains($0) && !Self.function.contains($0) }
        guard !content.isEmpty else { return [] }
        let query = Self.profile(content.map(Self.normalized))
        let quoted = Array(Set(content)).sorted().map { "\"\($0)\"" }
        var candidates = try knowledgeBase.codeCandidates(match: quoted.joined(separator: " "), systems: systems, limit: 300)
        if candidates.isEmpty {
            candidates = try knowledgeBase.codeCandidates(match: quoted.joined(separator: " OR "), systems: systems, limit: 300)
        }
        let ranked = candidates.map { record, bm25 -> (Hit, Double) in
            let words = Self.tokens(record.description).filter { !Self.function.contains($0) }.map(Self.normalized)
            return (Hit(record: record, score: Self.similarity(query, Self.profile(words))), bm25)
        }.sorted { left, right in
            if left.0.score != right.0.score { return left.0.score > right.0.score }
            let leftBillable = left.0.record.billable ?? true, rightBillable = right.0.record.billable ?? true
            if leftBillable != rightBillable { return leftBillable }
            if left.0.record.code.count != right.0.record.code.count { return left.0.record.code.count < right.0.record.code.count }
            return left.1 < right.1
        }
        return ranked.prefix(limit).map(\.0)
    }
}
