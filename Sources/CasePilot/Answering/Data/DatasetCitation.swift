/// Citations and date formatting for facts taken from imported datasets.
enum DatasetCitation {
    /// "NCCI PTP edits, practitioner", release "2024-07-01", reference = the imported file names.
    static func citation(_ info: DatasetInfo) -> Citation {
        let dataset = Dataset(rawValue: info.name)
        let source = dataset?.citationSource(setting: info.setting) ?? info.name
        return Citation(source: source, release: info.release, reference: info.sourceFiles)
    }

    /// `20240331` → `2024-03-31`; other text unchanged.
    static func date(_ raw: String?) -> String? {
        guard let raw, raw.count == 8, raw.allSatisfy(\.isNumber) else { return raw }
        let characters = Array(raw)
        return "\(String(characters[0..<4]))-\(String(characters[4..<6]))-\(String(characters[6..<8]))"
    }

    /// Whether a `YYYYMMDD` deletion or termination date has passed by `reference` (`YYYYMMDD`).
    static func hasPassed(_ raw: String?, reference: String) -> Bool {
        guard let raw, raw.count == 8 else { return false }
        return raw < reference
    }
}
