import Foundation
import Testing
@testable import CasePilot

/// Finding the folder that holds `Knowledge/`.
@Suite struct CasePilotHomeTests {
    @Test func anExplicitFolderOrCASEPILOT_HOMEComesFirst() throws {
        let home = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.createDirectory(at: home.appendingPathComponent("Knowledge"), withIntermediateDirectories: true)
        let empty = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }

        #expect(CasePilotHome.locatePath(explicit: home.path, environment: [:]) == home.path)
        #expect(CasePilotHome.locatePath(explicit: empty.path, environment: ["CASEPILOT_HOME": home.path]) == nil, "an explicit folder without Knowledge/ is not replaced")
        #expect(CasePilotHome.locatePath(environment: ["CASEPILOT_HOME": home.path], executablePath: nil) == home.path)
        #expect(CasePilotHome.locate(explicit: home.path, environment: [:])?.path == home.path)
    }
}
