import CasePilot
import Foundation
import Testing

/// The dataset import through the public engine API only.
@Suite("Public API: importing datasets")
struct DatasetImportAPITests {
    @Test func importStatusAnswerRemove() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casepilot-api-\(UUID().uuidString)")
        let knowledge = folder.appendingPathComponent("Knowledge")
        try FileManager.default.createDirectory(at: knowledge, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mue_practitioner_2024-07-01.csv")
        try Data("hcpcs_cpt_code,mue_value,mue_adjudication_indicator,mai_description,mue_rationale\n11111,4,3,3 Date of Service Edit: Clinical,Clinical: Data\n".utf8).write(to: file)

        let engine = try CasePilotEngine(configuration: EngineConfiguration(databasePath: folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: knowledge))
        let info = try await engine.importDataset(.mue, files: [file])
        #expect(info.setting == "practitioner" && info.release == "2024-07-01" && info.rowCount == 1)
        #expect(try await engine.status().datasets == [info])

        let answer = try await engine.ask("What is the MUE for 11111?", category: .ncci)
        #expect(answer.answer.contains("4 units"))
        #expect(answer.citations.contains { $0.release == "2024-07-01" && $0.reference == file.lastPathComponent })

        let garbage = folder.appendingPathComponent("mue_practitioner_2024-10-01.csv")
        try Data("not,a,mue\n1,2,3\n".utf8).write(to: garbage)
        await #expect(throws: CasePilotError.self) { try await engine.importDataset(.mue, files: [garbage]) }
        #expect(try await engine.status().datasets == [info])

        #expect(try await engine.removeDataset(.mue))
        #expect(try await engine.status().datasets.isEmpty)
    }
}
