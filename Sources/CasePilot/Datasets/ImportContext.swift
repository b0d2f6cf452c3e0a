import FoundationEssentials

/// What an importer needs while it runs: the knowledge base, the setting, and progress reporting.
final class ImportContext {
    let knowledgeBase: KnowledgeBase
    let dataset: Dataset
    let setting: Setting?
    /// A release the importer found inside a file (e.g. the ICD-10-CM XML `<version>`).
    var releaseFromContents: String?
    private let progress: (@Sendable (ImportProgress) -> Void)?
    private var lastReport = Date.distantPast

    init(knowledgeBase: KnowledgeBase, dataset: Dataset, setting: Setting?, progress: (@Sendable (ImportProgress) -> Void)?) {
        self.knowledgeBase = knowledgeBase
        self.dataset = dataset
        self.setting = setting
        self.progress = progress
    }

    /// Reports progress at most a few times a second; call it every few thousand rows.
    func report(file: String, rows: Int, fraction: Double) {
        guard let progress else { return }
        let now = Date()
        guard now.timeIntervalSince(lastReport) >= 0.2 || fraction >= 1 else { return }
        lastReport = now
        progress(ImportProgress(dataset: dataset, file: file, rows: rows, fraction: min(max(fraction, 0), 1)))
    }
}

/// Progress of a running import, for a progress line on a terminal.
public struct ImportProgress: Sendable, Hashable {
    /// The dataset being imported.
    public let dataset: Dataset
    /// The file being read.
    public let file: String
    /// Rows read from that file so far.
    public let rows: Int
    /// How much of the file has been read, from 0 to 1.
    public let fraction: Double
}
