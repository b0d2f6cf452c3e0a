import Testing
@testable import CasePilot

/// The spelling corrector: one edit away at most, the closest known word, ties in byte order.
@Suite struct SpellingCorrectorTests {
    private func distance(_ a: String, _ b: String) -> Int {
        SpellingCorrector.distance(Array(a.utf8), Array(b.utf8))
    }

    @Test func distanceCountsOneEditOfEachKind() {
        #expect(distance("modifier", "modifier") == 0)
        #expect(distance("modifer", "modifier") == 1)   // a letter dropped
        #expect(distance("modifiier", "modifier") == 1) // a letter added
        #expect(distance("modifiar", "modifier") == 1)  // a letter changed
        #expect(distance("modifeir", "modifier") == 1)  // neighbours swapped
        #expect(distance("mdoifier", "modifier") == 1)
        #expect(distance("modifeirs", "modifier") == 2)
        #expect(distance("mofidier", "modifier") == 2)  // two letters changed
        #expect(distance("modifie", "modifier") == 1)   // the last letter dropped
        #expect(distance("modi", "modifier") == 2)
    }

    @Test func correctsToTheClosestKnownWord() {
        let corrector = SpellingCorrector(vocabulary: ["modifier", "coverage", "covered", "bundled"], unsuggested: ["covered"])
        #expect(corrector.correct("modifer") == "modifier")
        #expect(corrector.correct("covarage") == "coverage")
        #expect(corrector.correct("covred") == "covred")     // only an unsuggested word is close
        #expect(corrector.correct("bundles") == "bundled")
        #expect(corrector.correct("bundlexx") == "bundlexx") // two edits away
        #expect(corrector.correct("cove") == "cove")         // too short to correct
    }
}
