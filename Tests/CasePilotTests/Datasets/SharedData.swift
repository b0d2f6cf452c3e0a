import Foundation
@testable import CasePilot

/// The real CMS/CDC files in `<repo>/../shared/data`, imported once per test run into a shared database.
enum SharedData {
    /// The data folder, or `nil` when it is absent (the integration tests are then skipped).
    static let folder: URL? = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = repo.deletingLastPathComponent().appendingPathComponent("shared/data")
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("ncci-ptp").path) ? folder : nil
    }()

    static var available: Bool { folder != nil }

    /// The imports every integration test relies on: (dataset, files relative to the folder, setting).
    static let imports: [(Dataset, [String], Setting?)] = [
        (.hcpcs, ["hcpcs/HCPC2025_OCT_ANWEB.csv"], nil),
        // The tabular XML rather than the code CSV of the same release: it adds the inclusion terms.
        (.icd10cm, ["icd10cm/icd10cm-tabular-April-1-2026.xml.gz"], nil),
        (.icd10pcs, ["icd10pcs/icd10pcs_codes_2024.txt.gz"], nil),
        (.ncciPTP, ["ncci-ptp/ptp_practitioner_2024-07-01.csv.gz"], nil),
        (.ncciPTP, ["ncci-ptp/ptp_outpatient_hospital_2024-07-01.csv.gz"], nil),
        (.mue, ["mue/mue_practitioner_2024-07-01.csv"], nil),
        (.mue, ["mue/mue_outpatient_hospital_2024-07-01.csv"], nil),
        (.mue, ["mue/mue_dme_supplier_2024-07-01.csv"], nil),
        (.aoc, ["ncci-aoc/aoc_edits_2024-06-03.csv"], nil),
        (.pfsRVU, ["pfs-rvu/PPRRVU24_JUL.csv"], nil),
        (.gems, ["gems/icd9cm_to_icd10cm_gem.csv", "gems/icd10cm_to_icd9cm_gem.csv", "gems/icd9pcs_to_icd10pcs_gem.csv",
                 "gems/CMS32_DESC_LONG_DX.txt", "gems/CMS32_DESC_LONG_SG.txt"], nil),
        (.lcdIndex, ["coverage/mcd_lcd_article_index_2025-08.csv"], nil),
        (.pos, ["pos/place_of_service_codes.csv"], nil),
    ]

    /// Where the shared database is imported (removed at the end of the run).
    static let path = FileManager.default.temporaryDirectory.appendingPathComponent("casepilot-shared-\(UUID().uuidString).sqlite").path

    /// The import of every dataset into ``path``, started by the first test that needs it, on a
    /// thread of its own (``offPool(_:)``): the tests waiting for it suspend rather than hold the
    /// concurrency pool, so the other suites keep running meanwhile.
    private static let imported = Task<String, any Error> {
        try await offPool {
            guard let folder else { throw CasePilotError.unavailable("shared data folder is absent") }
            let knowledgeBase = try KnowledgeBase(path: path)
            let importer = DatasetImporter(knowledgeBase: knowledgeBase)
            for (dataset, files, setting) in imports {
                _ = try importer.run(dataset, files: files.map { folder.appendingPathComponent($0) }, setting: setting, release: nil, progress: nil)
            }
            atexit {
                // Best effort: remove the shared database and its WAL files at the end of the run.
                for suffix in ["", "-wal", "-shm"] { unlink(SharedData.path + suffix) }
            }
            return path
        }
    }

    /// Where the copy of the shared database with the repository's `Knowledge/` lives.
    static let withKnowledgePath = FileManager.default.temporaryDirectory.appendingPathComponent("casepilot-shared-knowledge-\(UUID().uuidString).sqlite").path

    /// An engine as a user has it, every dataset and the authored knowledge together, on a copy of
    /// the shared database (the other tests read the datasets alone), made once per run.
    private static let engineWithKnowledge = Task<CasePilotEngine, any Error> {
        let source = try await imported.value
        try await offPool {
            try KnowledgeBase(path: source).database.execute("VACUUM INTO '\(withKnowledgePath)'")
            atexit {
                for suffix in ["", "-wal", "-shm", "-classifier"] { unlink(SharedData.withKnowledgePath + suffix) }
            }
        }
        return try CasePilotEngine(configuration: .init(databasePath: withKnowledgePath, knowledgeDirectory: TestPaths.knowledge))
    }

    /// The engine with every dataset and the authored knowledge (``engineWithKnowledge``).
    static func engine() async throws -> CasePilotEngine {
        try await engineWithKnowledge.value
    }

    /// A connection of this test to the shared database, once it is imported.
    static func knowledgeBase() async throws -> KnowledgeBase {
        try KnowledgeBase(path: await imported.value)
    }

    /// Answers `question` in `category` (or as classified) from the shared data.
    static func answer(_ question: String, _ category: CasePilot.Category? = nil) async throws -> Resolution {
        let parsed = QuestionParser().parse(question)
        let chosen = category ?? SharedEngine.engine.classifier.classify(question).category
        return try Answerer(knowledgeBase: await knowledgeBase()).resolve(parsed, category: chosen)
    }
}
