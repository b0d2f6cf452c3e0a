/// A problem found in an input file, before it is tied to the file's name.
///
/// Importers throw it; ``DatasetImporter`` turns it into a ``CasePilotError/badInput(_:)`` that
/// names the file and says that nothing was changed.
struct InputProblem: Error, Sendable {
    /// What was wrong and what was expected.
    let message: String
    /// The 1-based line (or record) where the problem was found, when known.
    var line: Int?

    init(_ message: String, line: Int? = nil) {
        self.message = message
        self.line = line
    }
}
