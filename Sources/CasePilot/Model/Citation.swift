/// The source of a fact in an answer.
public struct Citation: Sendable, Codable, Hashable {
    /// The publication or dataset (e.g. "CMS MLN006764", "NCCI PTP practitioner edits").
    public let source: String
    /// The release or as-of date (e.g. "2024", "2024-07-01").
    public let release: String
    /// Where in CasePilot the fact lives (a `Knowledge/` file and entry, or a dataset file).
    public let reference: String
    /// A public URL of the source, when known.
    public let url: String?

    /// Creates a citation.
    public init(source: String, release: String, reference: String, url: String? = nil) {
        self.source = source
        self.release = release
        self.reference = reference
        self.url = url
    }
}
