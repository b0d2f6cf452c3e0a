import CasePilot
import Foundation

extension BenchRun {
    /// Only the description→code evaluation (`--only description`), for a quick loop: imports the
    /// shared datasets unless the knowledge base already holds one import per job.
    func measureDescriptions(into report: inout Report) async throws {
        let configuration = EngineConfiguration(databasePath: database, knowledgeDirectory: tools.home.appendingPathComponent("Knowledge"))
        let builder = try CasePilotEngine(configuration: configuration)
        let held = try await builder.status().datasets
        if held.count == ImportBenchmark.jobs.count, Set(held.map(\.name)) == Set(ImportBenchmark.jobs.map(\.dataset.rawValue)) {
            print("Reusing the datasets imported in \(database)")
        } else {
            print("Importing every dataset of \(dataFolder.path)…")
            _ = try await ImportBenchmark(engine: builder, dataFolder: dataFolder).run()
        }
        let engine = try CasePilotEngine(configuration: configuration)
        let (section, targets) = try await describeCodes(engine)
        report.sections = [section]
        report.targets = targets
    }

    /// The description→code section and its targets, for both code sets.
    func describeCodes(_ engine: CasePilotEngine) async throws -> (Report.Section, [(String, String, Bool)]) {
        print("Description→code: \(questions) per code set…")
        let evaluation = DescriptionEvaluation(engine: engine)
        let icd = try await evaluation.run(codeSet: "ICD-10-CM", population: DescriptionEvaluation.icd10cm(
            dataFolder.appendingPathComponent("icd10cm/icd10cm_codes_2026_april.csv")), count: questions, seed: seed)
        let hcpcs = try await evaluation.run(codeSet: "HCPCS Level II", population: DescriptionEvaluation.hcpcs(
            dataFolder.appendingPathComponent("hcpcs/HCPC2025_OCT_ANWEB.csv")), count: questions, seed: seed)
        if showMisses {
            for result in [icd, hcpcs] { printMisses(result) }
        }
        return (Report.descriptionSection([icd, hcpcs], seed: seed), Report.descriptionTargets([icd, hcpcs]))
    }

    private func printMisses(_ result: DescriptionEvaluation.Result) {
        print("\(result.codeSet): \(result.misses.count) misses (expected ← answered, category; = marks an identical description)")
        for miss in result.misses {
            let answered = miss.answered.isEmpty ? "nothing" : miss.answered.joined(separator: " ")
            print("  \(miss.item.code) ← \(answered) [\(miss.category.rawValue)]\(miss.twinAnswered ? " =" : "")  \(miss.item.description)")
        }
    }
}
