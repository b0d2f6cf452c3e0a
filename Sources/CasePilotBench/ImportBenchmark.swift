import CasePilot
import Foundation

/// Imports every dataset of the shared data folder into one knowledge base, timing each import.
struct ImportBenchmark {
    /// One import: the dataset, its files relative to the data folder.
    struct Job: Sendable {
        let dataset: Dataset
        let files: [String]
    }

    /// The outcome of one import.
    struct Timing: Sendable {
        let job: Job
        let rows: Int
        let seconds: Double
        var rowsPerSecond: Double { Double(rows) / seconds }
        var label: String {
            let name = job.files.count == 1 ? (job.files[0] as NSString).lastPathComponent : "\(job.files.count) files"
            return "\(job.dataset.rawValue) (\(name))"
        }
    }

    /// Every importable file of `../shared/data` (the same list the integration tests import).
    static let jobs: [Job] = [
        Job(dataset: .hcpcs, files: ["hcpcs/HCPC2025_OCT_ANWEB.csv"]),
        // The tabular XML rather than the code CSV of the same release: it adds the inclusion terms.
        Job(dataset: .icd10cm, files: ["icd10cm/icd10cm-tabular-April-1-2026.xml.gz"]),
        Job(dataset: .icd10pcs, files: ["icd10pcs/icd10pcs_codes_2024.txt.gz"]),
        Job(dataset: .ncciPTP, files: [PTPComparison.practitionerFile]),
        Job(dataset: .ncciPTP, files: ["ncci-ptp/ptp_outpatient_hospital_2024-07-01.csv.gz"]),
        Job(dataset: .mue, files: ["mue/mue_practitioner_2024-07-01.csv"]),
        Job(dataset: .mue, files: ["mue/mue_outpatient_hospital_2024-07-01.csv"]),
        Job(dataset: .mue, files: ["mue/mue_dme_supplier_2024-07-01.csv"]),
        Job(dataset: .aoc, files: ["ncci-aoc/aoc_edits_2024-06-03.csv"]),
        Job(dataset: .pfsRVU, files: ["pfs-rvu/PPRRVU24_JUL.csv"]),
        Job(dataset: .gems, files: ["gems/icd9cm_to_icd10cm_gem.csv", "gems/icd10cm_to_icd9cm_gem.csv",
                                    "gems/icd9pcs_to_icd10pcs_gem.csv", "gems/CMS32_DESC_LONG_DX.txt", "gems/CMS32_DESC_LONG_SG.txt"]),
        Job(dataset: .lcdIndex, files: ["coverage/mcd_lcd_article_index_2025-08.csv"]),
        Job(dataset: .pos, files: ["pos/place_of_service_codes.csv"]),
    ]

    let engine: CasePilotEngine
    let dataFolder: URL

    /// Runs every import in order.
    func run() async throws -> [Timing] {
        var timings: [Timing] = []
        for job in Self.jobs {
            let urls = job.files.map { dataFolder.appendingPathComponent($0) }
            let (info, seconds) = try await Stopwatch.time { try await engine.importDataset(job.dataset, files: urls) }
            timings.append(Timing(job: job, rows: info.rowCount, seconds: seconds))
            print(String(format: "  imported %@: %d rows in %.2f s", timings.last!.label, info.rowCount, seconds))
        }
        return timings
    }

    /// The size of the database file and its WAL on disk, in MiB.
    static func sizeOnDiskMiB(_ path: String) -> Double {
        let bytes = ["", "-wal", "-shm"].compactMap {
            (try? FileManager.default.attributesOfItem(atPath: path + $0))?[.size] as? NSNumber
        }.reduce(0) { $0 + $1.int64Value }
        return Double(bytes) / 1_048_576
    }
}
