/// GEM mappings of one code, in the direction its code system implies, with the flags explained.
struct GEMAnswer {
    let knowledgeBase: KnowledgeBase

    func mappings(for code: CodeToken, mentionsICD9: Bool) throws -> Resolution {
        var resolution = Resolution()
        guard let info = try knowledgeBase.datasetInfo(.gems) else {
            resolution.add(code: code.reference)
            resolution.add("The General Equivalence Mappings are not imported, so CasePilot cannot map \(code.system.rawValue) \(code.display). Import them with `casepilot data import gems FILE...` (the GEM files and, optionally, the ICD-9-CM title files).")
            resolution.warnings.append("GEMs are not imported")
            return resolution
        }
        let citation = DatasetCitation.citation(info)
        // An ICD-9 code written with its dot is a diagnosis (401.9) or a procedure (40.19); without
        // one ("4019") it may be either, and both GEMs are read.
        let icd9Maps: [GEMMap] = switch code.icd9Procedure {
        case true?: [.icd9pcsToICD10PCS]
        case false?: [.icd9cmToICD10CM]
        case nil: [.icd9cmToICD10CM, .icd9pcsToICD10PCS]
        }
        let (maps, targetSystem): ([GEMMap], CodeSystem) = switch code.system {
        case .icd9cm: (icd9Maps, .icd10cm)
        case .icd10pcs: ([.icd10pcsToICD9PCS], .icd9cm)
        default: ([.icd10cmToICD9CM], .icd9cm)
        }
        for map in maps {
            let entries = try knowledgeBase.gemEntries(map: map.rawValue, source: code.code)
            guard !entries.isEmpty else { continue }
            // An undotted ICD-9 code read as a procedure is printed and named as one (40.19).
            let source = map == .icd9pcsToICD10PCS ? CodeToken(system: .icd9cm, code: code.code, icd9Procedure: true) : code
            let sourceName = try describe(map == .icd9pcsToICD10PCS ? [CodeWriter.icd9ProcedureSystem] : [code.system.rawValue], code.code)
            resolution.add(code: CodeReference(system: code.system, code: source.display, description: sourceName ?? ""))
            let target = map == .icd9pcsToICD10PCS ? CodeSystem.icd10pcs : targetSystem
            var lines = ["\(code.system.rawValue) \(source.display)\(sourceName.map { " (\($0))" } ?? "") maps to \(target.rawValue) (GEM \(map.rawValue), \(info.release)):"]
            for entry in entries {
                if entry.noMap {
                    lines.append("- no map: the GEM has no \(target.rawValue) equivalent (flag no-map)")
                    continue
                }
                let display = CodeToken.display(entry.target, system: target)
                let name = try describe(target == .icd9cm ? [CodeSystem.icd9cm.rawValue, CodeWriter.icd9ProcedureSystem] : [target.rawValue], entry.target)
                var flags: [String] = [entry.approximate ? "approximate (not an exact equivalent)" : "exact (identical meaning)"]
                if entry.combination { flags.append("combination: scenario \(entry.scenario), choice list \(entry.choiceList) — report one code from each choice list of the scenario together") }
                lines.append("- \(display)\(name.map { " \($0)" } ?? ""): " + flags.joined(separator: "; "))
                resolution.add(code: CodeReference(system: target, code: display, description: name ?? ""))
            }
            resolution.add(lines.joined(separator: "\n"), citation: citation)
        }
        if resolution.paragraphs.isEmpty {
            resolution.add(code: code.reference)
            resolution.add("\(code.system.rawValue) \(code.display) is not a source code in the imported GEMs (\(info.release)).", citation: citation)
        }
        return resolution
    }

    private func describe(_ systems: [String], _ code: String) throws -> String? {
        for system in systems {
            if let record = try knowledgeBase.codeRecord(system: system, code: code) { return record.description }
        }
        return nil
    }
}
