import CasePilot
import Foundation

/// One benchmark run: every measurement in order, each added to the report as it completes.
struct BenchRun {
    let tools: BenchTools
    let dataFolder: URL
    let database: String
    let work: URL
    let questions: Int
    let asks: Int
    let runs: Int
    let seed: UInt64
    /// Print every description→code miss.
    let showMisses: Bool

    func measure(into report: inout Report) async throws {
        let configuration = EngineConfiguration(databasePath: database, knowledgeDirectory: tools.home.appendingPathComponent("Knowledge"))

        print("Importing every dataset of \(dataFolder.path)…")
        let (builder, build) = try Stopwatch.time { try CasePilotEngine(configuration: configuration) }
        let imports = try await ImportBenchmark(engine: builder, dataFolder: dataFolder).run()
        var importSection = Report.Section(title: "Import (in process, into one knowledge base)")
        importSection.add("Knowledge/ build", build.duration)
        for timing in imports {
            importSection.add(timing.label, "\(timing.rowsPerSecond.grouped) rows/s",
                              "\(Double(timing.rows).grouped) rows in \(timing.seconds.duration)")
        }
        let total = imports.reduce(0) { $0 + $1.seconds }
        importSection.add("all imports", total.duration, "\(Double(imports.reduce(0) { $0 + $1.rows }).grouped) rows")
        importSection.add("knowledge base on disk", String(format: "%.1f MiB", ImportBenchmark.sizeOnDiskMiB(database)), "database + WAL")
        importSection.add("peak memory after imports", String(format: "%.1f MiB", Machine.peakMemoryMiB()), "getrusage ru_maxrss")

        // A fresh engine, as a new process would open it (its parser learns the imported modifiers).
        let engine = try CasePilotEngine(configuration: configuration)

        print("Answering \(asks) questions in process (twice)…")
        let answering = try await AnswerBenchmark(engine: engine, questions: QuestionMix.questions, asks: asks).run()
        var answerSection = Report.answeringSection(answering, slowest: 3)

        let oneShot = try measureOneShot()
        answerSection.add(oneShot)

        print("PTP import: sqlite3 .import and Python…")
        let ptp = try PTPComparison(dataFolder: dataFolder, sqlite3: tools.sqlite3, python3: tools.python3,
                                    script: tools.home.appendingPathComponent("Benchmarks/ptp_import.py").path, workFolder: work).run()
        let ours = imports.first { $0.job.files == [PTPComparison.practitionerFile] }!
        var ptpSection = Report.Section(title: "Practitioner PTP import, side by side (\(Double(ptp.rows).grouped) rows)")
        ptpSection.add("casepilot (in process)", ours.seconds.duration, ".csv.gz; decompress, validate, insert, index, provenance")
        ptpSection.add("sqlite3 .import", ptp.shellImport.duration, "decompressed CSV, 5 TEXT columns, no index")
        ptpSection.add("sqlite3 .import + CREATE INDEX", ptp.shellImportAndIndex.duration, "index on the code pair")
        ptpSection.add("Python csv + sqlite3", ptp.python.duration, "Benchmarks/ptp_import.py, with the index")
        ptpSection.add("ratio to sqlite3 .import", String(format: "%.2f×", ours.seconds / ptp.shellImport))
        ptpSection.add("ratio to sqlite3 .import + index", String(format: "%.2f×", ours.seconds / ptp.shellImportAndIndex))
        ptpSection.add("ratio to Python", String(format: "%.2f×", ours.seconds / ptp.python))

        let (descriptionSection, descriptionTargets) = try await describeCodes(engine)

        print("Labelled question sets…")
        var accuracySection = Report.Section(title: "Classification and facts (labelled question sets)")
        let fixtures = tools.home.appendingPathComponent("Tests/CasePilotTests/Fixtures")
        for name in ["classifier-heldout.tsv", "evaluation.tsv"] {
            let result = try await ClassificationEvaluation(engine: engine).run(fixtures.appendingPathComponent(name))
            accuracySection.add("\(name) classification", result.overall.rate.percent, "\(result.overall.correct)/\(result.overall.total)")
            for (category, tally) in result.perCategory {
                accuracySection.add("  \(category.rawValue)", tally.rate.percent, "\(tally.correct)/\(tally.total)")
            }
            if let facts = result.factRecall {
                accuracySection.add("\(name) fact recall", facts.rate.percent,
                                    "\(facts.correct)/\(facts.total) right category and every expected fact")
            }
        }
        accuracySection.add("peak memory, whole run", String(format: "%.1f MiB", Machine.peakMemoryMiB()), "getrusage ru_maxrss")

        report.sections = [importSection, answerSection, ptpSection, descriptionSection, accuracySection]
        report.targets = [
            Report.latencyTarget(answering),
            Report.oneShotTarget(oneShot),
            ("PTP import ≤ 2× sqlite3 .import", String(format: "%.2f×", ours.seconds / ptp.shellImport), ours.seconds / ptp.shellImport <= 2),
            ("PTP import faster than Python", String(format: "%.2f×", ours.seconds / ptp.python), ours.seconds < ptp.python),
        ] + descriptionTargets
    }

    /// An engine on `database` holding every shared dataset: imported now unless it already holds them.
    func engineWithEveryDataset() async throws -> CasePilotEngine {
        let configuration = EngineConfiguration(databasePath: database, knowledgeDirectory: tools.home.appendingPathComponent("Knowledge"))
        let builder = try CasePilotEngine(configuration: configuration)
        let held = try await builder.status().datasets
        if held.count == ImportBenchmark.jobs.count, Set(held.map(\.name)) == Set(ImportBenchmark.jobs.map(\.dataset.rawValue)) {
            print("Reusing the datasets imported in \(database)")
        } else {
            print("Importing every dataset of \(dataFolder.path)…")
            _ = try await ImportBenchmark(engine: builder, dataFolder: dataFolder).run()
        }
        // A fresh engine, as a new process would open it (its parser learns the imported modifiers).
        return try CasePilotEngine(configuration: configuration)
    }
}
