import FoundationEssentials

/// Physician fee schedule facts of a procedure code from the imported PPRRVU file.
struct FeeScheduleFacts {
    let knowledgeBase: KnowledgeBase

    /// Words that ask for the payment details rather than just the code's meaning.
    static let detailWords: Set<String> = [
        "rvu", "rvus", "relative", "fee", "payment", "pay", "paid", "global", "indicator", "indicators", "bilateral",
        "assistant", "cosurgery", "co-surgery", "team", "pctc", "professional", "technical", "component", "status", "reimbursement", "schedule",
    ]

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
