/// What a knowledge base holds.
public struct KnowledgeStatus: Sendable, Hashable {
    /// The number of authored entries loaded from `Knowledge/`.
    public let authoredEntries: Int
    /// The imported official datasets with their provenance.
    public let datasets: [DatasetInfo]
}

/// Provenance of one imported dataset.
public struct DatasetInfo: Sendable, Hashable, Codable {
    /// The dataset id (`hcpcs`, `ncci-ptp`, ...).
    public let name: String
    /// The setting (`practitioner`, `hospital`, `dme`), or an empty string.
    public let setting: String
    /// The release, e.g. `2024-07-01`; ``unstatedRelease`` when neither the import nor the files said.
    public let release: String
    /// The release of a dataset whose file names and contents state none (`--release` records one).
    public static let unstatedRelease = "release not stated"
    /// The file names imported.
    public let sourceFiles: String
    /// SHA-256 of the input.
    public let checksum: String
    /// Rows imported.
    public let rowCount: Int
    /// When it was imported (ISO 8601, UTC).
    public let importedAt: String
}
