import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// A multinomial naive Bayes model over question features (words, word pairs, code kinds).
///
/// Complements the hand-written lexicon: it learns the phrasing of the training corpus, including
/// the everyday words that mark out-of-scope questions.
struct NaiveBayesModel: Sendable {
    /// The learned counts; the engine stores them so that a new process need not re-train.
    let counts: FeatureCounts
    private let logPrior: [Double]
    private let logDenominator: [Double]
    private static let categories = Category.allCases
    /// Laplace smoothing.
    static let alpha = 0.3

    /// Trains on feature lists.
    init(examples: [(category: Category, features: [String])]) {
        let indexed = examples.map { (category: Self.categories.firstIndex(of: $0.category)!, features: $0.features) }
        self.init(counts: FeatureCounts(categories: Self.categories.count, examples: indexed))!
    }

    /// A model from stored counts.
    /// - Returns: `nil` when they were counted over other categories.
    init?(counts: FeatureCounts) {
        guard counts.categoryCount == Self.categories.count else { return nil }
        let vocabulary = Double(max(counts.featureCount, 1))
        let documents = Self.categories.indices.map { Double(counts.documents($0)) }
        let all = max(documents.reduce(0, +), 1)
        self.counts = counts
        logPrior = documents.map { log(($0 + 1) / (all + Double(Self.categories.count))) }
        logDenominator = Self.categories.indices.map { log(Double(counts.total($0)) + Self.alpha * vocabulary) }
    }

    /// The posterior probability of each category for `features` (features never seen are ignored).
    func posterior(_ features: [String]) -> [Category: Double] {
        var scores = logPrior
        for feature in features {
            guard let row = counts.row(of: feature) else { continue }
            for index in scores.indices {
                scores[index] += log(Double(counts.count(row: row, category: index)) + Self.alpha) - logDenominator[index]
            }
        }
        let top = scores.max() ?? 0
        let exps = scores.map { exp($0 - top) }
        let sum = exps.reduce(0, +)
        return Dictionary(uniqueKeysWithValues: zip(Self.categories, exps.map { $0 / sum }))
    }

    /// Features of a question: its words (codes replaced by their kind), word pairs, and code-count markers.
    static func features(words: [String], codes: [CodeToken]) -> [String] {
        var codeKinds: [String: String] = [:]
        for code in codes {
            let kind = "#" + code.system.rawValue.lowercased()
            codeKinds[code.code.lowercased()] = kind
            codeKinds[code.display.lowercased()] = kind
        }
        let tokens = words.map { codeKinds[$0] ?? $0 }
        var features = tokens
        // Word stems (first five letters) let "bundled" teach "bundling" and "covered" teach "coverage".
        features += tokens.filter { $0.count > 5 && !$0.hasPrefix("#") }.map { "~" + $0.prefix(5) }
        for index in tokens.indices.dropLast() { features.append(tokens[index] + " " + tokens[index + 1]) }
        let procedures = codes.filter(\.isProcedure).count
        if procedures >= 2 { features.append("#two-procedures") }
        if codes.isEmpty { features.append("#no-code") }
        return features
    }
}
