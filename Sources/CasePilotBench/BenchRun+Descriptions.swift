import CasePilot
import Foundation

extension BenchRun {
    /// Only the description→code evaluation (`--only description`), for a quick loop: imports the
    /// shared datasets unless the knowledge base already holds one import per job.
    func measureDescriptions(into report: inout Report) async throws {
        let (section, targets) = try await describeCodes(try await engineWithEveryDataset())
        report.sections = [section]
        report.targets = targets
    }

    /// The description→code section and its targets, for both code sets.
    func describeCodes(_ engine: CasePilotEngine) async throws -> (Report.Section, [(String, String, Bool)]) {
        print("Description→code: \(questions) per code set…")
        let evaluation = DescriptionEvaluation(engine: engine)
        let icd = try await evaluation.run(codeSet: "ICD-10-CM", population: DescriptionEvaluation.icd10cm(
            dataFolder.appendingPathComponent("icd10cm/icd10cm_codes_2026_april.csv")), count: questions, seed: seed)
        let hcpcsFile = dataFolder.appendingPathComponent("hcpcs/HCPC2025_OCT_ANWEB.csv")
        let hcpcs = try await evaluation.run(codeSet: "HCPCS Level II", population: DescriptionEvaluation.hcpcs(hcpcsFile), count: questions, seed: seed)
        // Short descriptions are official too, but abbreviated: measured, not a target of issue 7.
        let short = try await evaluation.run(codeSet: "HCPCS short descriptions", population: DescriptionEvaluation.hcpcs(hcpcsFile, short: true), count: questions, seed: seed)
        if showMisses {
            for result in [icd, hcpcs, short] { printMisses(result) }
        }
        return (Report.descriptionSection([icd, hcpcs, short], seed: seed), Report.descriptionTargets([icd, hcpcs]))
    }

    private func printMisses(_ result: DescriptionEvaluation.Result) {
        print("\(result.codeSet): \(result.misses.count) misses (expected ← answered, category; = marks an identical description)")
        for miss in result.misses {
            let answered = miss.answered.isEmpty ? "nothing" : miss.answered.joined(separator: " ")
            print("  \(miss.item.code) ← \(answered) [\(miss.category.rawValue)]\(miss.twinAnswered ? " =" : "")  \(miss.item.description)")
        }
    }
}
