/// Facts about one code from the imported code sets, fee schedule and add-on edits.
struct CodeFacts {
    let knowledgeBase: KnowledgeBase

    /// The imported code row of `token` (ICD-9 tokens are looked up as diagnoses, then procedures).
    func record(_ token: CodeToken) throws -> CodeRecord? {
        switch token.system {
        case .icd9cm:
            return try knowledgeBase.codeRecord(system: CodeSystem.icd9cm.rawValue, code: token.code)
                ?? knowledgeBase.codeRecord(system: CodeWriter.icd9ProcedureSystem, code: token.code)
        case .cpt:
            return nil
        default:
            return try knowledgeBase.codeRecord(system: token.system.rawValue, code: token.code)
        }
    }

    /// What the code sets say about `token`: description, validity, header or billable; `nil` when not imported.
    func describe(_ token: CodeToken, withHeading: Bool) throws -> Resolution? {
        guard let record = try record(token), let dataset = Dataset(rawValue: record.dataset),
              let info = try knowledgeBase.datasetInfo(dataset) else { return try describeMissingHeader(token) }
        var resolution = Resolution()
        let citation = DatasetCitation.citation(info)
        var lines: [String] = []
        if withHeading { lines.append("\(token.system == .modifier ? "Modifier" : token.system.rawValue) \(record.display) — \(record.description)") }
        if !withHeading { lines.append("Official description (\(dataset.title), \(info.release)): \(record.description)") }
        if let short = record.shortDescription, short != record.description { lines.append("Short description: \(short).") }
        lines.append(contentsOf: try status(record, info: info))
        resolution.add(lines.joined(separator: "\n"), citation: citation)
        if let notes = try notes(record) { resolution.add(notes, citation: citation) }
        resolution.add(code: CodeReference(system: record.codeSystem, code: record.display, description: record.description))
        if record.billable == false, record.codeSystem == .icd10cm || record.codeSystem == .icd10pcs {
            resolution.merge(try headerChildren(record, citation: citation))
        }
        return resolution
    }

    private func status(_ record: CodeRecord, info: DatasetInfo) throws -> [String] {
        var lines: [String] = []
        if let added = DatasetCitation.date(record.effectiveDate) { lines.append("Added: \(added).") }
        if let ended = record.terminationDate {
            let passed = DatasetCitation.hasPassed(ended, reference: KnowledgeBase.todayStamp())
            lines.append("Termination date: \(DatasetCitation.date(ended) ?? ended) — \(passed ? "the code is no longer valid for services after that date" : "the code stops being valid after that date").")
        } else if record.codeSystem == .hcpcs || record.system == CodeSystem.modifier.rawValue {
            lines.append("No termination date: valid in the \(info.release) file.")
        }
        switch (record.codeSystem, record.billable) {
        case (.icd10cm, true?), (.icd10pcs, true?):
            lines.append("Billable: yes — valid for claims (\(info.release)).")
        case (.icd10cm, false?), (.icd10pcs, false?):
            lines.append("Billable: no — \(record.display) is a header (category or subcategory), not valid on a claim; report one of the more specific codes below it.")
        default:
            break
        }
        return lines
    }

    /// How many notes of one kind an answer lists before saying how many more there are.
    static let notesPerKind = 6

    /// The tabular's instructional notes (of `kinds`) for an ICD-10-CM code: its own and those
    /// printed under its category and subcategories, which apply to it too; `nil` when there are none.
    func notes(_ record: CodeRecord, kinds: [CodeNote.Kind] = CodeNote.Kind.allCases) throws -> String? {
        guard record.codeSystem == .icd10cm, record.code.count >= 3 else { return nil }
        let lineage = (3...record.code.count).map { String(record.code.prefix($0)) }
        let notes = try knowledgeBase.codeNotes(system: record.system, codes: lineage)
        guard notes.contains(where: { kinds.contains($0.kind) }) else { return nil }
        var lines = ["Tabular instructions for \(record.display):"]
        for kind in kinds {
            let ofKind = Array(notes.filter { $0.kind == kind }.prefix(Self.notesPerKind))
            guard !ofKind.isEmpty else { continue }
            let total = notes.filter { $0.kind == kind }.count
            // The notes of each code together, those printed under an ancestor named: the asked
            // code's own first, as the tabular reads from the code up.
            let codes = lineage.reversed().filter { code in ofKind.contains { $0.code == code } }
            let groups = codes.map { code -> String in
                // The tabular writes some notes to follow their heading: "Code also" ", if applicable, …".
                let texts = ofKind.filter { $0.code == code }.map { String($0.note.drop { $0 == "," || $0 == " " }) }
                // A note that ends in a colon introduces the ones after it ("code to identify control using:").
                let joined = texts.enumerated().map { index, text in index == 0 ? text : (texts[index - 1].hasSuffix(":") ? " " : "; ") + text }.joined()
                return code == record.code ? joined : "under \(CodeToken.display(code, system: .icd10cm)): \(joined)"
            }
            let more = total > Self.notesPerKind ? "; and \(total - Self.notesPerKind) more" : ""
            let listed = groups.joined(separator: "; ") + more
            lines.append("- \(kind.heading): " + listed + (listed.hasSuffix(".") ? "" : "."))
        }
        return lines.joined(separator: "\n")
    }

    /// The more specific codes under a header code.
    func headerChildren(_ record: CodeRecord, citation: Citation) throws -> Resolution {
        var resolution = Resolution()
        var children = try knowledgeBase.children(system: record.system, of: record.code)
        if children.isEmpty { children = try knowledgeBase.codes(system: record.system, startingWith: record.code, limit: 40) }
        guard !children.isEmpty else { return resolution }
        let shown = children.prefix(25).map { child -> String in
            let flag = child.billable == false ? " (header: more specific codes below it)" : ""
            return "- \(child.display) \(child.description)\(flag)"
        }
        let more = children.count > 25 ? "\n(\(children.count - 25) more)" : ""
        resolution.add("Use a more specific code under \(record.display):\n" + shown.joined(separator: "\n") + more, citation: citation)
        for child in children.prefix(8) {
            resolution.add(code: CodeReference(system: child.codeSystem, code: child.display, description: child.description))
        }
        return resolution
    }

    /// A code missing from a file without header rows, whose longer codes are present: it is a header.
    private func describeMissingHeader(_ token: CodeToken) throws -> Resolution? {
        guard token.system == .icd10cm, let info = try knowledgeBase.datasetInfo(.icd10cm) else { return nil }
        let longer = try knowledgeBase.codes(system: token.system.rawValue, startingWith: token.code, limit: 40)
        guard !longer.isEmpty else { return nil }
        let header = CodeRecord.header(token, dataset: .icd10cm)
        var resolution = Resolution()
        resolution.add("\(token.system.rawValue) \(token.display) is not itself a billable code in the imported \(info.release) file: it is a header (category or subcategory).", citation: DatasetCitation.citation(info))
        resolution.merge(try headerChildren(header, citation: DatasetCitation.citation(info)))
        return resolution
    }
}

extension CodeRecord {
    /// A stand-in for a header code that the imported file does not list.
    static func header(_ token: CodeToken, dataset: Dataset) -> CodeRecord {
        CodeRecord(system: token.system.rawValue, code: token.code, display: token.display, description: "", shortDescription: nil,
                   billable: false, parent: nil, effectiveDate: nil, terminationDate: nil, dataset: dataset.rawValue)
    }
}
