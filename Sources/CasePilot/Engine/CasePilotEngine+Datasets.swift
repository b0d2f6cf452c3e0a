import FoundationEssentials

extension CasePilotEngine {
    /// Imports official dataset files, replacing that dataset's previous import (for the setting).
    ///
    /// The whole import is one transaction: when it fails, the knowledge base is unchanged.
    /// - Parameters:
    ///   - dataset: which dataset the files hold.
    ///   - files: the files (`.txt`, `.csv`, `.xml`, optionally `.gz` or `.zip`).
    ///   - setting: the NCCI/MUE setting; detected from the file name when `nil`.
    ///   - release: the release to record; detected from the file name or contents when `nil`.
    ///   - progress: called now and then with the progress of a long import.
    /// - Returns: the provenance recorded for the import.
    /// - Throws: ``CasePilotError`` (``CasePilotError/isBadInput`` for a malformed file, naming the
    ///   file and line; ``CasePilotError/isUsage`` for a missing or contradictory setting).
    public func importDataset(_ dataset: Dataset, files: [URL], setting: Setting? = nil, release: String? = nil,
                              progress: (@Sendable (ImportProgress) -> Void)? = nil) throws -> DatasetInfo {
        try DatasetImporter(knowledgeBase: knowledgeBase).run(dataset, files: files, setting: setting, release: release, progress: progress)
    }

    /// Removes an imported dataset (every setting when `setting` is `nil`).
    /// - Returns: whether the dataset had been imported.
    @discardableResult
    public func removeDataset(_ dataset: Dataset, setting: Setting? = nil) throws -> Bool {
        try knowledgeBase.remove(dataset, setting: setting)
    }
}
