/// "Can I bill A with B?": the NCCI PTP edits between two codes in either order.
struct PTPAnswer {
    let knowledgeBase: KnowledgeBase

    func pair(_ first: CodeToken, _ second: CodeToken, setting: Setting) throws -> Resolution {
        var resolution = Resolution()
        resolution.add(code: first.reference)
        resolution.add(code: second.reference)
        let place = Self.place(setting)
        guard let edits = try knowledgeBase.ptpEdits(first.code, second.code, setting: setting),
              let info = try knowledgeBase.datasetInfo(.ncciPTP, setting: setting) else {
            resolution.add("The NCCI procedure-to-procedure (PTP) edits for \(place) services are not imported, so CasePilot cannot say whether \(first.display) and \(second.display) are bundled. Import the official quarterly file with `casepilot data import ncci-ptp FILE --setting \(setting.rawValue)` to get the column 1/column 2 roles and the modifier indicator.")
            resolution.warnings.append("NCCI PTP edits (\(setting.rawValue)) are not imported")
            return resolution
        }
        let citation = DatasetCitation.citation(info)
        let today = KnowledgeBase.todayStamp()
        let active = edits.filter { !DatasetCitation.hasPassed($0.deletionDate, reference: today) }
        guard let edit = active.first else {
            var text = "No active NCCI PTP edit pairs \(first.display) with \(second.display) in the \(place) edits (\(info.release)): NCCI does not bundle them, so both may be reported when each is documented and medically necessary (other payer rules, MUEs and global-surgery rules still apply)."
            if let old = edits.first {
                text += " An earlier edit (column 1 \(old.column1), column 2 \(old.column2)) was deleted effective \(DatasetCitation.date(old.deletionDate) ?? "")."
            }
            resolution.add(text, citation: citation)
            return resolution
        }
        var text = "NCCI PTP edit (\(place), \(info.release)): \(edit.column1) is the column 1 (comprehensive) code and \(edit.column2) the column 2 (component) code. "
        text += "If both are reported for the same patient on the same date of service, \(edit.column2) is denied as part of \(edit.column1) unless the edit allows a modifier — \(IndicatorMeanings.ptpModifier(edit.modifierIndicator))."
        if edit.modifierIndicator == 1, Self.isEvaluationAndManagement(edit.column2) {
            text += " " + (try visitModifier(visit: edit.column2, procedure: edit.column1))
        } else if edit.modifierIndicator == 1 {
            text += " Put the modifier on the column 2 code (\(edit.column2)), never merely to get paid."
        }
        if let rationale = edit.rationale { text += "\nRationale: \(rationale)." }
        if let effective = DatasetCitation.date(edit.effectiveDate) { text += "\nEffective: \(effective)." }
        if let deletion = edit.deletionDate { text += "\nScheduled deletion: \(DatasetCitation.date(deletion) ?? deletion)." }
        let others = Set(active.dropFirst().map(\.modifierIndicator)).subtracting([edit.modifierIndicator])
        if !others.isEmpty { text += "\nThe file also lists this pair with modifier indicator \(others.sorted().map(String.init).joined(separator: ", ")) for other periods." }
        resolution.add(text, citation: citation)
        return resolution
    }

    /// The active PTP edits of one code: its column 2 (component) codes, or with `asColumn2` the
    /// column 1 codes it is bundled into, by modifier indicator ("What codes bundle into 27447?").
    func edits(of code: CodeToken, asColumn2: Bool, setting: Setting) throws -> Resolution {
        var resolution = Resolution()
        resolution.add(code: code.reference)
        let place = Self.place(setting)
        guard let edits = try knowledgeBase.ptpEdits(of: code.code, asColumn2: asColumn2, setting: setting),
              let info = try knowledgeBase.datasetInfo(.ncciPTP, setting: setting) else {
            return Self.notImported(setting, cannot: "list the codes \(code.display) is bundled with", code: code)
        }
        let active = Self.active(edits, other: { asColumn2 ? $0.column1 : $0.column2 })
        let binding = active.filter { $0.modifierIndicator != 9 }
        let role = asColumn2 ? "column 2 (component)" : "column 1 (comprehensive)"
        let columnTwoHint = asColumn2 ? "" : " Ask \"What is \(code.display) bundled into?\" for the edits that list it in column 2."
        guard !binding.isEmpty else {
            resolution.add("\(code.display) is the \(role) code of no active NCCI PTP edit in the \(place) edits (\(info.release))"
                           + (asColumn2 ? ": NCCI bundles it into no other code." : ": NCCI bundles no other code into it.") + columnTwoHint,
                           citation: DatasetCitation.citation(info))
            return resolution
        }
        var lines = [asColumn2
            ? "NCCI PTP edits (\(place), \(info.release)): \(code.display) is the \(role) code of \(binding.count) active edit\(binding.count == 1 ? "" : "s"). Billed for the same patient on the same day as one of these column 1 codes, \(code.display) is denied:"
            : "NCCI PTP edits (\(place), \(info.release)): \(code.display) is the \(role) code of \(binding.count) active edit\(binding.count == 1 ? "" : "s"). Billed for the same patient on the same day as \(code.display), these column 2 codes are denied:"]
        for (indicator, how) in [(0, "always: no modifier bypasses the edit (modifier indicator 0)"), (1, "unless an NCCI-associated modifier shows the services were clinically distinct (modifier indicator 1)")] {
            let others = binding.filter { $0.modifierIndicator == indicator }.map { asColumn2 ? $0.column1 : $0.column2 }
            guard !others.isEmpty else { continue }
            let shown = others.prefix(Self.listed)
            // The listed codes stay out of the answer's codes: it is about the one code (a follow-up
            // such as "and in the outpatient hospital?" carries that code, not the list).
            lines.append("- \(how), \(others.count) code\(others.count == 1 ? "" : "s"): " + shown.joined(separator: ", ") + (others.count > shown.count ? " and \(others.count - shown.count) more" : ""))
        }
        lines.append("Ask \"Can I bill \(code.display) with CODE?\" for one pair's rationale and dates." + columnTwoHint)
        resolution.add(lines.joined(separator: "\n"), citation: DatasetCitation.citation(info))
        return resolution
    }

    /// "Can I bill 20610 with an E/M?": the active PTP edits between one code and the E/M codes,
    /// by modifier indicator, and which modifier the visit takes (unless `explainingModifier` is
    /// false: it is said once for several codes of one service).
    func visitEdits(of code: CodeToken, setting: Setting, explainingModifier: Bool = true) throws -> Resolution {
        var resolution = Resolution()
        resolution.add(code: code.reference)
        let place = Self.place(setting)
        guard let edits = try knowledgeBase.ptpEditsWithVisits(code.code, setting: setting),
              let info = try knowledgeBase.datasetInfo(.ncciPTP, setting: setting) else {
            return Self.notImported(setting, cannot: "say which E/M codes \(code.display) is bundled with", code: code)
        }
        let binding = Self.active(edits, other: { $0.column1 == code.code ? $0.column2 : $0.column1 }).filter { $0.modifierIndicator != 9 }
        var lines: [String] = []
        if binding.isEmpty {
            lines.append("No active NCCI PTP edit pairs \(code.display) with an E/M code (99202–99499) in the \(place) edits (\(info.release)): NCCI does not bundle them.")
        } else {
            lines.append("NCCI PTP edits (\(place), \(info.release)) between \(code.display) and E/M codes: \(binding.count) active. Billed for the same patient on the same day, the column 2 code is denied:")
            for (indicator, how) in [(0, "always: no modifier bypasses the edit (modifier indicator 0)"), (1, "unless a modifier shows the services were separate (modifier indicator 1)")] {
                for asColumn1 in [true, false] {
                    let visits = binding.filter { $0.modifierIndicator == indicator && ($0.column1 == code.code) != asColumn1 }.map { asColumn1 ? $0.column1 : $0.column2 }
                    guard !visits.isEmpty else { continue }
                    let role = asColumn1 ? "E/M in column 1, \(code.display) denied" : "\(code.display) in column 1, the E/M denied"
                    lines.append("- \(how), \(role): " + Self.runs(visits))
                }
            }
        }
        if explainingModifier { lines.append(try visitModifier(visit: "E/M", procedure: code.display)) }
        resolution.add(lines.joined(separator: "\n"), citation: DatasetCitation.citation(info))
        return resolution
    }

    /// How an answer names the edits of `setting`.
    private static func place(_ setting: Setting) -> String {
        setting == .hospital ? "outpatient hospital" : "practitioner"
    }

    /// The answer about `code` when `setting`'s PTP edits are not imported: what CasePilot cannot
    /// do without them, and the command that imports them.
    private static func notImported(_ setting: Setting, cannot what: String, code: CodeToken) -> Resolution {
        var resolution = Resolution()
        resolution.add(code: code.reference)
        resolution.add("The NCCI procedure-to-procedure (PTP) edits for \(place(setting)) services are not imported, so CasePilot cannot \(what). Import the official quarterly file with `casepilot data import ncci-ptp FILE --setting \(setting.rawValue)`.")
        resolution.warnings.append("NCCI PTP edits (\(setting.rawValue)) are not imported")
        return resolution
    }

    /// The edits in force today, one per `other` code: the file lists a pair again for each period.
    private static func active(_ edits: [PTPEditRecord], other: (PTPEditRecord) -> String) -> [PTPEditRecord] {
        let today = KnowledgeBase.todayStamp()
        var seen = Set<String>()
        return edits.filter { !DatasetCitation.hasPassed($0.deletionDate, reference: today) && seen.insert(other($0)).inserted }
    }

    /// Sorted five-digit codes with consecutive numbers joined: "99211–99215, 99221".
    static func runs(_ codes: [String]) -> String {
        var parts: [String] = []
        var start = 0
        for index in codes.indices {
            let next = index + 1 < codes.count ? Int(codes[index + 1]) : nil
            guard let current = Int(codes[index]), next == current + 1 else {
                parts.append(index - start >= 2 ? "\(codes[start])–\(codes[index])" : codes[start...index].joined(separator: ", "))
                start = index + 1
                continue
            }
        }
        return parts.joined(separator: ", ")
    }

    /// Codes listed per modifier indicator.
    private static let listed = 40

    /// Whether `code` is a CPT evaluation and management code (99202–99499).
    static func isEvaluationAndManagement(_ code: String) -> Bool {
        code.count == 5 && code.allSatisfy(\.isNumber) && ("99202"..."99499").contains(code)
    }

    /// Which modifier lets an E/M visit be paid beside a procedure: NCCI does not allow 59 or the
    /// X modifiers on an E/M code. With a major surgery (global period 090 in the imported fee
    /// schedule) the visit at which the decision to operate was made takes 57.
    func visitModifier(visit: String, procedure: String) throws -> String {
        let rule = "Modifiers 59 and XE/XP/XS/XU are not used on E/M codes (NCCI Policy Manual, Chapter I)."
        if Self.isEvaluationAndManagement(procedure) {
            return "Both are E/M visits: Medicare pays one E/M visit a day for a practitioner (and for the same specialty in the same group), so the day's work is combined into one visit and one level. Only a second, separate encounter later that day for a problem that could not be handled at the first is billed as well, with modifier 25 on it. \(rule) (Medicare Claims Processing Manual, Ch. 12 §30.6.7)"
        }
        let global = try knowledgeBase.feeSchedule(procedure).first { $0.modifier.isEmpty }?.globalDays
        if global == "090" {
            return "For the visit (\(visit)) beside a major surgery (\(procedure), global period 090 in the fee schedule): modifier 57 on the E/M when the visit, on the day before or the day of the surgery, was the one at which the decision to operate was made; otherwise modifier 25 only for a significant, separately identifiable problem. \(rule)"
        }
        let minor = global.map { ["000", "010"].contains($0) ? " (global period \($0) in the fee schedule: the decision to perform it is part of the procedure)" : "" } ?? ""
        return "For the visit (\(visit)) beside the procedure \(procedure)\(minor): modifier 25 on the E/M code, only when the visit was significant and separately identifiable beyond the procedure's usual pre- and post-service work, with documentation to show it. \(rule)"
    }
}
