import Foundation

/// A multinomial naive Bayes model over question features (words, word pairs, code kinds).
///
/// Complements the hand-written lexicon: it learns the phrasing of the training corpus, including
/// the everyday words that mark out-of-scope questions.
struct NaiveBayesModel: Sendable {
    private let logPrior: [Double]
    private let logLikelihood: [String: [Double]]
    private let logUnseen: [Double]
    private static let categories = Category.allCases

    /// Trains on feature lists with Laplace smoothing `alpha`.
    init(examples: [(category: Category, features: [String])], alpha: Double = 0.3) {
        let count = Self.categories.count
        var documents = [Double](repeating: 0, count: count)
        var totals = [Double](repeating: 0, count: count)
        var counts: [String: [Double]] = [:]
        for example in examples {
            let index = Self.categories.firstIndex(of: example.category)!
            documents[index] += 1
            for feature in example.features {
                counts[feature, default: [Double](repeating: 0, count: count)][index] += 1
                totals[index] += 1
            }
        }
        let vocabulary = Double(max(counts.count, 1))
        let all = max(documents.reduce(0, +), 1)
        logPrior = documents.map { log(($0 + 1) / (all + Double(count))) }
        logUnseen = totals.map { log(alpha / ($0 + alpha * vocabulary)) }
        logLikelihood = counts.mapValues { row in
            row.enumerated().map { log(($0.element + alpha) / (totals[$0.offset] + alpha * vocabulary)) }
        }
    }

    /// The posterior probability of each category for `features` (features never seen are ignored).
    func posterior(_ features: [String]) -> [Category: Double] {
        var scores = logPrior
        for feature in features {
            guard let row = logLikelihood[feature] else { continue }
            for index in scores.indices { scores[index] += row[index] }
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
        for (first, second) in zip(tokens, tokens.dropFirst()) { features.append(first + " " + second) }
        let procedures = codes.filter(\.isProcedure).count
        if procedures >= 2 { features.append("#two-procedures") }
        if codes.isEmpty { features.append("#no-code") }
        return features
    }
}
