import FoundationEssentials

/// Physician fee schedule facts of a procedure code from the imported PPRRVU file.
struct FeeScheduleFacts {
    let knowledgeBase: KnowledgeBase

    /// The fee schedule paragraph for `code`: a one-line summary, or every indicator when `detailed`.
    func describe(_ code: CodeToken, detailed: Bool, modifiers: [String] = []) throws -> Resolution? {
        guard code.isProcedure, let info = try knowledgeBase.datasetInfo(.pfsRVU) else { return nil }
        let rows = try knowledgeBase.feeSchedule(code.code)
        var resolution = Resolution()
        let citation = DatasetCitation.citation(info)
        guard let global = rows.first(where: { $0.modifier.isEmpty }) ?? rows.first else {
            if detailed || !modifiers.isEmpty {
                resolution.add("\(code.display) is not in the imported Medicare physician fee schedule (\(info.release)), so it has no RVUs or payment indicators there.", citation: citation)
                return resolution
            }
            return nil
        }
        var lines = ["Medicare physician fee schedule (\(info.release)) for \(code.display)\(global.modifier.isEmpty ? "" : "-\(global.modifier)"): status \(IndicatorMeanings.status(global.status))"
            + (global.globalDays.map { "; global period \(IndicatorMeanings.globalDays($0))" } ?? "") + "."]
        lines.append("RVUs: work \(number(global.workRVU)), practice expense \(number(global.nonFacilityPE)) non-facility / \(number(global.facilityPE)) facility, malpractice \(number(global.malpracticeRVU)); total \(number(global.nonFacilityTotal)) non-facility / \(number(global.facilityTotal)) facility"
            + (global.conversionFactor.map { " (conversion factor \(number($0)))" } ?? "") + ".")
        if detailed, let amounts = Self.nationalAmounts(global) { lines.append(amounts) }
        var policies: [String] = []
        for modifier in modifiers {
            if let text = IndicatorMeanings.modifierPolicy(modifier, global) { policies.append(text) }
        }
        if detailed, policies.isEmpty {
            policies = ["50", "51", "62", "66", "80", "26"].compactMap { IndicatorMeanings.modifierPolicy($0, global) }
        }
        if !policies.isEmpty { lines.append("Payment policy: " + policies.joined(separator: "; ") + ".") }
        let components = rows.filter { !$0.modifier.isEmpty && $0.modifier != global.modifier }
        if detailed, !components.isEmpty {
            lines.append("Also priced with modifier " + components.map { "\($0.modifier) (work \(number($0.workRVU)), total \(number($0.nonFacilityTotal)) non-facility)" }.joined(separator: ", ") + ".")
        }
        if !detailed, policies.isEmpty { lines = [lines[0] + " " + lines[1]] }
        resolution.add(lines.joined(separator: "\n"), citation: citation)
        return resolution
    }

    /// "What is the conversion factor?": the imported fee schedule's, with how it makes a payment;
    /// empty for a question that does not ask for it, or names a code (its own facts give it).
    func conversionFactor(_ question: ParsedQuestion) throws -> Resolution {
        var resolution = Resolution()
        guard question.codes.isEmpty, question.words.containsPair(where: { $0 == "conversion" && $1 == "factor" }) else { return resolution }
        guard let info = try knowledgeBase.datasetInfo(.pfsRVU), let factor = try knowledgeBase.feeScheduleConversionFactor() else {
            resolution.add("The Medicare physician fee schedule is not imported, so CasePilot cannot give its conversion factor. Import the PPRRVU file with `casepilot data import pfs-rvu FILE`: every row carries the factor of its release.")
            resolution.warnings.append("the Medicare physician fee schedule is not imported")
            return resolution
        }
        var text = "Medicare physician fee schedule (\(info.release)): conversion factor $\(NumberText.fixed(factor, decimals: 4)), from the imported file. "
            + "A service's national payment is its total RVUs times the conversion factor, before the locality's geographic adjustment (GPCIs); anesthesia services have a conversion factor of their own."
        let asked = question.words.filter(QuestionParser.isYear)
        if let year = asked.first, !info.release.hasPrefix(year) {
            text += " The imported file is the \(info.release) release; the factor of \(year) is in that year's file."
        }
        resolution.add(text, citation: DatasetCitation.citation(info))
        return resolution
    }

    /// The national payment amounts: total RVUs times the conversion factor, for a code paid under
    /// the fee schedule (status A, R or T) with both figures in the file.
    static func nationalAmounts(_ row: FeeScheduleRecord) -> String? {
        guard ["A", "R", "T"].contains(row.status), let factor = row.conversionFactor, factor > 0,
              let nonFacility = row.nonFacilityTotal, let facility = row.facilityTotal else { return nil }
        let dollars = { (total: Double) in "$" + NumberText.fixed(total * factor, decimals: 2) }
        return "National payment amount (total RVUs × conversion factor): \(dollars(nonFacility)) non-facility / \(dollars(facility)) facility, before the locality's geographic adjustment (GPCIs). For most services Medicare pays 80% of the allowed amount after the Part B deductible, and the patient 20%."
    }

    private func number(_ value: Double?) -> String {
        guard let value else { return "n/a" }
        return value == value.rounded() ? String(Int(value)) : NumberText.fixed(value, decimals: 2)
    }
}
