/// GEM mappings of one code, in the direction its code system implies, with the flags explained;
/// read backward when the code has no entry of its own.
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
        let maps: [GEMMap] = switch code.system {
        case .icd9cm:
            switch code.icd9Procedure {
            case true?: [.icd9pcsToICD10PCS]
            case false?: [.icd9cmToICD10CM]
            case nil: [.icd9cmToICD10CM, .icd9pcsToICD10PCS]
            }
        case .icd10pcs: [.icd10pcsToICD9PCS]
        default: [.icd10cmToICD9CM]
        }
        for map in maps {
            let entries = try knowledgeBase.gemEntries(map: map.rawValue, source: code.code)
            guard !entries.isEmpty else { continue }
            let source = try named(code.code, in: map.sourceSystem, procedure: map.isProcedure)
            resolution.add(code: source)
            var lines = ["\(Self.heading(source)) maps to \(map.targetSystem.rawValue) (GEM \(map.rawValue), \(info.release)):"]
            for entry in entries {
                if entry.noMap {
                    lines.append("- no map: the GEM has no \(map.targetSystem.rawValue) equivalent (flag no-map)")
                    continue
                }
                let target = try named(entry.target, in: map.targetSystem, procedure: map.isProcedure)
                lines.append("- \(Self.line(target)): " + Self.flags(entry).joined(separator: "; "))
                resolution.add(code: target)
            }
            resolution.add(lines.joined(separator: "\n"), citation: citation)
        }
        guard resolution.paragraphs.isEmpty else { return resolution }
        // No entry of its own (the ICD-10-PCS → ICD-9 GEM is often not at hand, and codes newer than
        // the GEMs have none): the other direction tells which codes lead to it.
        for map in maps {
            let entries = try knowledgeBase.gemEntries(map: map.reversed.rawValue, target: code.code)
            guard !entries.isEmpty else { continue }
            let asked = try named(code.code, in: map.sourceSystem, procedure: map.isProcedure)
            resolution.add(code: asked)
            var lines = ["\(Self.heading(asked)) has no entry of its own in the imported GEMs (\(info.release)). Read backward, the \(map.targetSystem.rawValue) → \(map.sourceSystem.rawValue) GEM (\(map.reversed.rawValue)) maps these \(map.targetSystem.rawValue) codes to it:"]
            for entry in entries {
                let source = try named(entry.source, in: map.targetSystem, procedure: map.isProcedure)
                lines.append("- \(Self.line(source)): " + Self.flags(entry, backward: true).joined(separator: "; "))
                resolution.add(code: source)
            }
            lines.append("A backward reading lists the codes that map to \(asked.code), not a mapping of \(asked.code) itself: choose among them by what the record documents.")
            resolution.add(lines.joined(separator: "\n"), citation: citation)
        }
        if resolution.paragraphs.isEmpty {
            resolution.add(code: code.reference)
            resolution.add("\(code.system.rawValue) \(code.display) is not a source code in the imported GEMs (\(info.release)).", citation: citation)
        }
        return resolution
    }

    /// What a GEM entry's flags say; read `backward`, a combination is the source's, not the target's.
    private static func flags(_ entry: GEMRecord, backward: Bool = false) -> [String] {
        var flags = [entry.approximate ? "approximate (not an exact equivalent)" : "exact (identical meaning)"]
        if entry.combination {
            flags.append(backward
                ? "combination: it maps to this code together with others (scenario \(entry.scenario))"
                : "combination: scenario \(entry.scenario), choice list \(entry.choiceList) — report one code from each choice list of the scenario together")
        }
        return flags
    }

    /// "ICD-9-CM 40.19 (its title)".
    private static func heading(_ code: CodeReference) -> String {
        "\(code.system.rawValue) \(code.code)" + (code.description.isEmpty ? "" : " (\(code.description))")
    }

    /// "40.19 its title".
    private static func line(_ code: CodeReference) -> String {
        code.description.isEmpty ? code.code : "\(code.code) \(code.description)"
    }

    /// A GEM code as a coder prints it (an ICD-9 procedure `40.19`, a diagnosis `401.9`), with its
    /// title when its code set is imported.
    private func named(_ code: String, in system: CodeSystem, procedure: Bool) throws -> CodeReference {
        let icd9Procedure = system == .icd9cm && procedure
        let stored = icd9Procedure ? CodeWriter.icd9ProcedureSystem : system.rawValue
        let display = CodeToken(system: system, code: code, icd9Procedure: icd9Procedure ? true : nil).display
        return CodeReference(system: system, code: display, description: try knowledgeBase.codeRecord(system: stored, code: code)?.description ?? "")
    }
}
