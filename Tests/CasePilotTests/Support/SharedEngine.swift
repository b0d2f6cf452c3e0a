@testable import CasePilot

/// One in-memory engine built from the repository's `Knowledge/`, shared by tests that only read.
enum SharedEngine {
    static let engine: CasePilotEngine = {
        do {
            return try CasePilotEngine(configuration: EngineConfiguration(databasePath: ":memory:", knowledgeDirectory: TestPaths.knowledge))
        } catch {
            fatalError("the repository's Knowledge/ does not build: \(error)")
        }
    }()
}
