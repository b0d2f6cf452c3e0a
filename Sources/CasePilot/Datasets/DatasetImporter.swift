import FoundationEssentials

/// Imports official dataset files into a knowledge base atomically, with provenance.
struct DatasetImporter {
    let knowledgeBase: KnowledgeBase

    /// The format reader of each dataset.
    static func format(for dataset: Dataset) -> any DatasetFormat {
        switch dataset {
        case .hcpcs: HCPCSFormat()
        case .icd10cm: ICD10CMFormat()
        case .icd10pcs: ICD10PCSFormat()
        case .ncciPTP: PTPFormat()
        case .mue: MUEFormat()
        case .aoc: AOCFormat()
        case .pfsRVU: PFSFormat()
        case .gems: GEMFormat()
        case .lcdIndex: LCDIndexFormat()
        case .pos: PlaceOfServiceFormat()
        }
    }

    /// Imports `files` as `dataset`, replacing what was imported before for that setting.
    /// - Throws: ``CasePilotError`` (bad input or usage) naming the file and line; the
    ///   knowledge base is then unchanged.
    func run(_ dataset: Dataset, files urls: [URL], setting requested: Setting?, release requestedRelease: String?,
             progress: (@Sendable (ImportProgress) -> Void)?) throws -> DatasetInfo {
        guard !urls.isEmpty else { throw CasePilotError.usage("give at least one file to import") }
        let format = Self.format(for: dataset)
        var files: [DataFile] = []
        var checksums: [String] = []
        for url in urls {
            do {
                let loaded = try DataFile.load(url, include: format.accepts)
                files += loaded.files
                checksums.append(loaded.checksum)
            } catch let problem as InputProblem {
                throw Self.badInput(url.lastPathComponent, problem, dataset: dataset)
            }
        }
        let setting = try resolveSetting(dataset, requested: requested, names: urls.map(\.lastPathComponent) + files.map(\.fileName))
        let context = ImportContext(knowledgeBase: knowledgeBase, dataset: dataset, setting: setting, progress: progress)
        return try knowledgeBase.importing(dataset, setting: setting) {
            var rows = 0
            for index in files.indices {
                do {
                    let count = try format.read(&files[index], context: context)
                    if count == 0 { throw InputProblem("no \(dataset.rawValue) rows were found in the file") }
                    rows += count
                } catch let problem as InputProblem {
                    throw Self.badInput(files[index].displayName, problem, dataset: dataset)
                }
                files[index].bytes = []
            }
            // Title files (CMS32_DESC_...) state the ICD-9 version, not the release of the maps beside them.
            let names = urls.map(\.lastPathComponent)
            let maps = names.filter { !$0.lowercased().contains("desc") }
            let releaseNames = maps.isEmpty ? names : maps
            let release = requestedRelease
                ?? releaseNames.lazy.compactMap(ReleaseDetector.release(fromFileName:)).first
                ?? files.lazy.filter { maps.isEmpty || !$0.fileName.lowercased().contains("desc") }
                    .compactMap { ReleaseDetector.release(fromFileName: $0.fileName) }.first
                ?? context.releaseFromContents
                ?? DatasetInfo.unstatedRelease
            return DatasetInfo(name: dataset.rawValue, setting: setting?.rawValue ?? "", release: release,
                               sourceFiles: names.joined(separator: ", "), checksum: checksums.joined(separator: ", "),
                               rowCount: rows, importedAt: Self.timestamp())
        }
    }

    private func resolveSetting(_ dataset: Dataset, requested: Setting?, names: [String]) throws -> Setting? {
        guard !dataset.settings.isEmpty else {
            if let requested { throw CasePilotError.usage("\(dataset.rawValue) has no settings; drop --setting \(requested.rawValue)") }
            return nil
        }
        let named = names.lazy.compactMap(ReleaseDetector.setting(fromFileName:)).first
        if let requested, let named, requested != named {
            throw CasePilotError.usage("--setting \(requested.rawValue) was given, but the file name says \(named.rawValue); nothing was changed")
        }
        guard let setting = requested ?? named else {
            throw CasePilotError.usage("say which setting these \(dataset.rawValue) edits are for: --setting \(dataset.settings.map(\.rawValue).joined(separator: "|"))")
        }
        guard dataset.settings.contains(setting) else {
            throw CasePilotError.usage("\(dataset.rawValue) is published for \(dataset.settings.map(\.rawValue).joined(separator: " and ")), not \(setting.rawValue)")
        }
        return setting
    }

    static func badInput(_ file: String, _ problem: InputProblem, dataset: Dataset) -> CasePilotError {
        let place = problem.line.map { "\(file), line \($0)" } ?? file
        // A message may end in its own question mark or full stop ("Is this the right dataset?").
        let message = problem.message.last.map { ".?!".contains($0) } == true ? problem.message : problem.message + "."
        return .badInput("\(place): \(message) Nothing was changed: the previously imported \(dataset.rawValue) data (if any) is intact.")
    }

    static func timestamp() -> String {
        Date().formatted(.iso8601)
    }
}
