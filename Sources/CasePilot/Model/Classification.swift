/// The classifier's verdict on a question.
public struct Classification: Sendable, Hashable {
    /// The most likely category.
    public let category: Category
    /// How sure the classifier is, from 0 to 1.
    public let confidence: Double
    /// The second most likely category, if any scored.
    public let runnerUp: Category?
    /// The raw score of every category (higher is more likely).
    public let scores: [Category: Double]

    /// Creates a classification.
    public init(category: Category, confidence: Double, runnerUp: Category?, scores: [Category: Double]) {
        self.category = category
        self.confidence = confidence
        self.runnerUp = runnerUp
        self.scores = scores
    }
}
