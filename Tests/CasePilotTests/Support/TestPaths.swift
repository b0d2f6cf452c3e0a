import Foundation

/// Paths the tests need, found from this file's location.
enum TestPaths {
    /// The repository root.
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let knowledge = repository.appendingPathComponent("Knowledge")
    static let fixtures = repository.appendingPathComponent("Tests/CasePilotTests/Fixtures")

    /// `../shared/data` beside the repository, when present.
    static let sharedData = repository.deletingLastPathComponent().appendingPathComponent("shared/data")
    static var hasSharedData: Bool { FileManager.default.fileExists(atPath: sharedData.path) }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("casepilot-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
