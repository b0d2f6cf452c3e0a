import Foundation
import Testing
@testable import CasePilot

/// A value worked out from the knowledge base is kept for one question while the content stays the
/// same: never across a change of the content, by this connection or another.
@Suite struct RememberedValuesTests {
    @Test func aValueIsForgottenWhenTheContentChanges() throws {
        let fixture = try Fixture()
        let knowledgeBase = fixture.knowledgeBase
        var computed = 0
        func value() throws -> Int {
            try knowledgeBase.remembering("count") { computed += 1; return computed }
        }
        #expect(try value() == 1)
        #expect(try value() == 1, "worked out once")
        knowledgeBase.forgetRemembered()
        #expect(try value() == 2, "a new question works it out anew")
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", "code,code_no_dot,level,billable,description,parent\nA00.0,A000,code,1,Made-up cholera,A00\n"))
        #expect(try value() == 3, "an import by this connection")
        // Another connection's commit to the same file.
        let other = try KnowledgeBase(path: fixture.folder.appendingPathComponent("kb.sqlite").path)
        _ = try DatasetImporter(knowledgeBase: other).run(.icd10cm, files: [fixture.write("icd10cm_codes_2026b.csv", "code,code_no_dot,level,billable,description,parent\nA00.1,A001,code,1,Made-up cholera two,A00\n")],
                                                         setting: nil, release: nil, progress: nil)
        #expect(try value() == 4, "a commit by another connection")
        #expect(try value() == 4)
    }
}
