import Testing
@testable import CasePilot

/// The lexicon's table: cues by their first word, the spelling corrector, and the stored bytes.
@Suite struct LexiconTableTests {
    private func distance(_ a: String, _ b: String) -> Int {
        LexiconTable.distance(Array(a.utf8), Array(b.utf8))
    }

    private let table = LexiconTable(
        cues: [Cue("code", .cpt, 1), Cue("code for", .cpt, 3), Cue("covered", .unknown, 1), Cue("modifier 25", .modifiers, 4, needsDomain: true)],
        knownWords: ["modifier", "coverage", "bundled"])

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
        #expect(table.correct("modifer") == "modifier")
        #expect(table.correct("covarage") == "coverage")
        #expect(table.correct("covred") == "covred")     // only an everyday-topic word is close
        #expect(table.correct("bundles") == "bundled")
        #expect(table.correct("bundlexx") == "bundlexx") // two edits away
        #expect(table.correct("cove") == "cove")         // too short to correct
        #expect(table.correct("Modifer") == "Modifer")   // not plain lower-case letters
        #expect(table.correct("coverage") == "coverage")
    }

    @Test func cuesStartingAtAWordLongestFirst() {
        let found = table.cues(matching: ["what", "code", "for", "this"], at: 1)
        #expect(found.map(\.words) == [["code", "for"], ["code"]])
        #expect(found.map(\.weight) == [3, 1])
        #expect(table.cues(matching: ["code", "this"], at: 0).map(\.words) == [["code"]])
        #expect(table.cues(matching: ["modifier"], at: 0).isEmpty, "a cue longer than the rest of the question")
        let modifier = table.cues(matching: ["modifier", "25"], at: 0)
        #expect(modifier.map(\.category) == [.modifiers])
        #expect(modifier.first?.needsDomain == true)
        #expect(table.cues(matching: ["unknown"], at: 0).isEmpty)
    }

    /// Every built-in cue is found at its own words.
    @Test func theBuiltInLexiconFindsEveryCue() {
        let lexicon = Classifier.builtLexicon
        for cue in Lexicon.cues {
            #expect(lexicon.cues(matching: cue.words, at: 0).contains { $0.words == cue.words && $0.category == cue.category && $0.weight == cue.weight },
                    "\(cue.words.joined(separator: " "))")
        }
    }

    @Test func storedBytesReadBackAndDamagedOnesAreRefused() {
        #expect(LexiconTable(bytes: table.bytes) == table)
        #expect(LexiconTable(bytes: Array(table.bytes.dropLast())) == nil)
        #expect(LexiconTable(bytes: Array(table.bytes.dropFirst())) == nil)
        #expect(LexiconTable(bytes: []) == nil)
        var damaged = table.bytes
        damaged[4] = 0xFF // a word count past the bytes
        #expect(LexiconTable(bytes: damaged) == nil)
    }
}
