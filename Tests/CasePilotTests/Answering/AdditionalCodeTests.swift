import Foundation
import Testing
@testable import CasePilot

/// A code whose "use additional code" note asks for what the question names beyond its title comes
/// with that code second.
@Suite struct AdditionalCodeTests {
    /// Made-up titles in the tabular's layout, with the notes that ask for another code.
    static let tabular = """
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10CM.tabular>
          <version>2026</version>
          <chapter><name>4</name><desc>Made-up chapter</desc>
            <section id="E08-E13"><desc>Made-up block</desc>
              <diag><name>E11</name><desc>Imaginary diabetes</desc>
                <useAdditionalCode><note>code to identify control using:</note><note>imaginary insulin (Z79.4)</note></useAdditionalCode>
                <diag><name>E11.6</name><desc>Imaginary diabetes with other complications</desc>
                  <diag><name>E11.62</name><desc>Imaginary diabetes with skin complications</desc>
                    <diag><name>E11.621</name><desc>Imaginary diabetes with foot ulcer</desc>
                      <useAdditionalCode><note>code to identify site of ulcer (L97.4-, L97.5-)</note></useAdditionalCode>
                    </diag>
                  </diag>
                </diag>
                <diag><name>E11.2</name><desc>Imaginary diabetes with kidney complications</desc>
                  <diag><name>E11.22</name><desc>Imaginary diabetes with imaginary kidney disease</desc>
                    <useAdditionalCode><note>code to identify stage of imaginary kidney disease (N18.1-N18.6)</note></useAdditionalCode>
                  </diag>
                </diag>
              </diag>
              <diag><name>I12</name><desc>Imaginary hypertensive kidney disease</desc>
                <diag><name>I12.9</name><desc>Imaginary hypertensive kidney disease with stage 1 through stage 4 imaginary kidney disease</desc>
                  <useAdditionalCode><note>code to identify the stage of imaginary kidney disease (N18.1-N18.4, N18.9)</note></useAdditionalCode>
                </diag>
              </diag>
            </section>
          </chapter>
          <chapter><name>14</name><desc>Made-up kidneys</desc>
            <section id="N17-N19"><desc>Made-up block</desc>
              <diag><name>N18</name><desc>Imaginary kidney disease</desc>
                <diag><name>N18.3</name><desc>Imaginary kidney disease, stage 3</desc>
                  <diag><name>N18.31</name><desc>Imaginary kidney disease, stage 3a</desc></diag>
                  <diag><name>N18.32</name><desc>Imaginary kidney disease, stage 3b</desc></diag>
                </diag>
                <diag><name>N18.4</name><desc>Imaginary kidney disease, stage 4</desc></diag>
                <diag><name>N18.5</name><desc>Imaginary kidney disease, stage 5</desc></diag>
              </diag>
            </section>
          </chapter>
          <chapter><name>12</name><desc>Made-up skin</desc>
            <section id="L80-L99"><desc>Made-up block</desc>
              <diag><name>L97</name><desc>Imaginary chronic ulcer of lower limb</desc>
                <codeFirst><note>any associated underlying condition, such as:</note><note>imaginary diabetic ulcers (E11.621, E11.622)</note></codeFirst>
                <diag><name>L97.4</name><desc>Imaginary chronic ulcer of heel</desc>
                  <diag><name>L97.41</name><desc>Imaginary chronic ulcer of right heel and midfoot</desc>
                    <diag><name>L97.419</name><desc>Imaginary chronic ulcer of right heel and midfoot of unspecified severity</desc></diag>
                  </diag>
                  <diag><name>L97.42</name><desc>Imaginary chronic ulcer of left heel</desc>
                    <diag><name>L97.422</name><desc>Imaginary chronic ulcer of left heel with fat layer exposed</desc></diag>
                  </diag>
                </diag>
                <diag><name>L97.5</name><desc>Imaginary chronic ulcer of other part of foot</desc>
                  <inclusionTerm><note>Imaginary chronic ulcer of toe</note></inclusionTerm>
                  <diag><name>L97.51</name><desc>Imaginary chronic ulcer of other part of right foot</desc>
                    <diag><name>L97.512</name><desc>Imaginary chronic ulcer of other part of right foot with fat layer exposed</desc></diag>
                    <diag><name>L97.519</name><desc>Imaginary chronic ulcer of other part of right foot with unspecified severity</desc></diag>
                  </diag>
                </diag>
              </diag>
            </section>
          </chapter>
          <chapter><name>21</name><desc>Made-up status</desc>
            <section id="Z77-Z99"><desc>Made-up block</desc>
              <diag><name>Z79</name><desc>Imaginary long term drug therapy</desc>
                <diag><name>Z79.4</name><desc>Imaginary long term use of insulin</desc></diag>
              </diag>
            </section>
          </chapter>
        </ICD10CM.tabular>
        """

    /// A fixture with a tabular file of `chapters` (the `<chapter>` elements) imported.
    static func fixture(chapters: String) throws -> Fixture {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm-tabular-2026.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <ICD10CM.tabular>
              <version>2026</version>
            \(chapters)
            </ICD10CM.tabular>
            """))
        return fixture
    }

    @Test func theNotedRangesAreRead() {
        let ranges = CodeLookup.codeRanges(in: "code to identify the stage (N18.1-N18.4, N18.9), agent (B95-B97) or failure (N17.-)")
        #expect(ranges.map { "\($0.lower)…\($0.upper)" } == ["N181…N184", "N189…N189", "B95…B97", "N17…N17"])
        #expect(ranges[0].contains("N1832") && !ranges[0].contains("N185") && ranges[1].contains("N189") && ranges[3].contains("N179"))
        #expect(CodeLookup.codeRanges(in: "Type 2, see category E11-").map(\.lower) == ["E11"], "a word is no code")
    }

    @Test func theAdditionalCodeComesSecond() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm-tabular-2026.xml", Self.tabular))
        let stage = try fixture.answer("imaginary diabetes with imaginary kidney disease stage 3b", .cpt)
        #expect(stage.codes.prefix(2).map(\.code) == ["E11.22", "N18.32"], "\(stage.text)")
        #expect(stage.paragraphs[1] == #"Code also ICD-10-CM N18.32 — Imaginary kidney disease, stage 3b, as E11.22's note asks: "Use additional code to identify stage of imaginary kidney disease (N18.1-N18.6)"."#)
        // A stage the title holds for a span is still the additional code's.
        let span = try fixture.answer("imaginary hypertensive kidney disease stage 4", .cpt)
        #expect(span.codes.prefix(2).map(\.code) == ["I12.9", "N18.4"], "\(span.text)")
        // Nothing beyond the title, or nothing in the noted range: no additional code.
        #expect(try !fixture.answer("imaginary diabetes with imaginary kidney disease", .cpt).text.contains("Code also ICD-10-CM"))
        #expect(try !fixture.answer("imaginary hypertensive kidney disease stage 5", .cpt).text.contains("Code also ICD-10-CM N18.5"), "N18.5 is outside N18.1-N18.4")
    }

    /// CKD that needs dialysis is end stage renal disease, whatever stage is written with it (N18.6
    /// lists "Chronic kidney disease requiring chronic dialysis"), with the dialysis status its note
    /// asks for. The titles are ICD-10-CM's own.
    @Test func kidneyDiseaseOnDialysisIsEndStage() throws {
        let fixture = try Self.fixture(chapters: """
              <chapter><name>9</name><desc>Diseases of the circulatory system</desc>
                <section id="I10-I1A"><desc>Hypertensive diseases</desc>
                  <diag><name>I12</name><desc>Hypertensive chronic kidney disease</desc>
                    <diag><name>I12.0</name><desc>Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease</desc>
                      <useAdditionalCode><note>code to identify the stage of chronic kidney disease (N18.5, N18.6)</note></useAdditionalCode>
                    </diag>
                  </diag>
                </section>
              </chapter>
              <chapter><name>14</name><desc>Diseases of the genitourinary system</desc>
                <section id="N17-N19"><desc>Acute kidney failure and chronic kidney disease</desc>
                  <diag><name>N18</name><desc>Chronic kidney disease (CKD)</desc>
                    <diag><name>N18.4</name><desc>Chronic kidney disease, stage 4 (severe)</desc></diag>
                    <diag><name>N18.5</name><desc>Chronic kidney disease, stage 5</desc></diag>
                    <diag><name>N18.6</name><desc>End stage renal disease</desc>
                      <inclusionTerm><note>Chronic kidney disease requiring chronic dialysis</note></inclusionTerm>
                      <useAdditionalCode><note>code to identify dialysis status (Z99.2)</note></useAdditionalCode>
                    </diag>
                  </diag>
                </section>
              </chapter>
              <chapter><name>21</name><desc>Factors influencing health status</desc>
                <section id="Z77-Z99"><desc>Persons with potential health hazards</desc>
                  <diag><name>Z99</name><desc>Dependence on enabling machines and devices, not elsewhere classified</desc>
                    <diag><name>Z99.2</name><desc>Dependence on renal dialysis</desc></diag>
                  </diag>
                </section>
              </chapter>
            """)
        for question in ["CKD stage 5 on dialysis", "ICD-10 code for stage 5 chronic kidney disease requiring dialysis", "CKD 4, dialysis dependent"] {
            let answer = try fixture.answer(question, .cpt)
            #expect(answer.codes.prefix(2).map(\.code) == ["N18.6", "Z99.2"], "\(question): \(answer.text)")
        }
        #expect(try fixture.answer("CKD stage 5", .cpt).codes.first?.code == "N18.5")
        // The stage that I12.0's note asks for is a code whose whole title the question says, though
        // I12.0's title holds those words too; the dialysis status is what N18.6's note asks for in turn.
        for (question, codes) in [("hypertensive CKD stage 5 on dialysis", ["I12.0", "N18.6", "Z99.2"]), ("hypertensive ESRD", ["I12.0", "N18.6"]),
                                  ("hypertensive CKD stage 5", ["I12.0", "N18.5"])] {
            let answer = try fixture.answer(question, .cpt)
            #expect(answer.codes.prefix(codes.count).map(\.code) == codes, "\(question): \(answer.text)")
        }
        let chained = try fixture.answer("hypertensive CKD stage 5 on dialysis", .cpt).paragraphs
        #expect(chained[1].hasPrefix("Code also ICD-10-CM N18.6 — End stage renal disease, as I12.0's note asks"))
        #expect(chained[2].hasPrefix("Code also ICD-10-CM Z99.2 — Dependence on renal dialysis, as N18.6's note asks"))
    }

    /// Of the codes a note's choices name, the one that holds every word the title lacks: "long
    /// term insulin use" is Z79.4, not Z79.85 "… injectable non-insulin …", whose choice is printed
    /// first and holds all words but "insulin". Typed alone, the terms are a look-up too.
    @Test func theChoiceThatHoldsEveryWordIsTheAdditionalCode() async throws {
        let fixture = try Self.fixture(chapters: """
              <chapter><name>4</name><desc>Endocrine, nutritional and metabolic diseases</desc>
                <section id="E08-E13"><desc>Diabetes mellitus</desc>
                  <diag><name>E11</name><desc>Type 2 diabetes mellitus</desc>
                    <useAdditionalCode><note>code to identify control using:</note><note>injectable non-insulin antidiabetic drugs (Z79.85)</note><note>insulin (Z79.4)</note><note>oral antidiabetic drugs (Z79.84)</note></useAdditionalCode>
                    <diag><name>E11.6</name><desc>Type 2 diabetes mellitus with other specified complications</desc>
                      <diag><name>E11.65</name><desc>Type 2 diabetes mellitus with hyperglycemia</desc></diag>
                    </diag>
                  </diag>
                </section>
              </chapter>
              <chapter><name>21</name><desc>Factors influencing health status</desc>
                <section id="Z77-Z99"><desc>Persons with potential health hazards</desc>
                  <diag><name>Z79</name><desc>Long term (current) drug therapy</desc>
                    <diag><name>Z79.4</name><desc>Long term (current) use of insulin</desc></diag>
                    <diag><name>Z79.8</name><desc>Other long term (current) drug therapy</desc>
                      <diag><name>Z79.84</name><desc>Long term (current) use of oral hypoglycemic drugs</desc></diag>
                      <diag><name>Z79.85</name><desc>Long-term (current) use of injectable non-insulin antidiabetic drugs</desc></diag>
                    </diag>
                  </diag>
                </section>
              </chapter>
            """)
        let question = "type 2 diabetes with hyperglycemia and long term insulin use"
        let answer = try fixture.answer("code for " + question, .cpt)
        #expect(answer.codes.prefix(2).map(\.code) == ["E11.65", "Z79.4"], "\(answer.text)")
        #expect(Answerer.isBareTerm(QuestionParser().parse(question)))
        #expect(try Answerer(knowledgeBase: fixture.knowledgeBase).bareTermCategory(QuestionParser().parse(question)) == .cpt)
    }

    /// A bare term that a code names with the code its note asks for is a look-up: "diabetic foot
    /// ulcer right heel" is E11.621 and the heel's L97.419, though neither title says "right heel" and
    /// "foot ulcer" both.
    @Test func aCodeWithItsPairedCodeNamesABareTerm() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm-tabular-2026.xml", Self.tabular))
        let term = QuestionParser().parse("imaginary diabetic foot ulcer right heel")
        #expect(try Answerer(knowledgeBase: fixture.knowledgeBase).codeNaming(term) != nil)
        let answer = try fixture.answer(term.text, .cpt)
        #expect(answer.codes.prefix(2).map(\.code) == ["E11.621", "L97.419"], "\(answer.text)")
        #expect(try Answerer(knowledgeBase: fixture.knowledgeBase).codeNaming(QuestionParser().parse("imaginary diabetic foot ulcer right knee")) == nil)
    }

    /// A code whose "code first" note names another candidate that holds what the question says
    /// beyond the code's title comes second, after that code.
    @Test func theCodeFirstComesFirst() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm-tabular-2026.xml", Self.tabular))
        for question in ["imaginary diabetes with foot ulcer of left heel with fat layer exposed",
                         "imaginary chronic ulcer of left heel with fat layer exposed due to imaginary diabetes"] {
            let ulcer = try fixture.answer(question, .cpt)
            #expect(ulcer.codes.prefix(2).map(\.code) == ["E11.621", "L97.422"], "\(question): \(ulcer.text)")
            #expect(ulcer.paragraphs[0].hasPrefix("Code first ICD-10-CM E11.621 — Imaginary diabetes with foot ulcer, as L97.422's note asks: \"Code first"), "\(ulcer.paragraphs[0])")
        }
        // Without the diabetes, the ulcer alone: one shared word ("foot") is no reason.
        for question in ["imaginary chronic ulcer of left heel with fat layer exposed", "imaginary chronic ulcer of left heel with fat layer exposed on the foot"] {
            let alone = try fixture.answer(question, .cpt)
            #expect(alone.codes.first?.code == "L97.422" && !alone.text.contains("Code first ICD-10-CM"), "\(question): \(alone.text)")
        }
    }

    /// A header's inclusion terms hold for every code below it: "toe" is L97.5's term, so a toe
    /// ulcer with its side (and depth) is the code below L97.5 that says them.
    @Test func aHeadersInclusionTermHoldsForTheCodesBelowIt() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm-tabular-2026.xml", Self.tabular))
        let side = try fixture.answer("imaginary chronic ulcer of toe right", .cpt)
        #expect(side.codes.first?.code == "L97.519", "\(side.text)")
        #expect(side.paragraphs[0].hasSuffix(#"L97.5 above it lists "Imaginary chronic ulcer of toe" as an inclusion term, which holds for every code below it."#), "\(side.paragraphs[0])")
        let depth = try fixture.answer("imaginary chronic ulcer of right toe with fat layer exposed", .cpt)
        #expect(depth.codes.first?.code == "L97.512", "\(depth.text)")
        // Without a side the header itself is the match, by its own term.
        let toe = try fixture.answer("imaginary chronic ulcer of toe", .cpt)
        #expect(toe.codes.first?.code == "L97.5" && toe.paragraphs[0].contains(#"It lists "Imaginary chronic ulcer of toe" as an inclusion term."#), "\(toe.text)")
    }

    /// The additional code a note asks for may be found by an inherited term ("right toe": L97.519),
    /// or be a header when the question stops there ("toe": L97.5, to be made specific).
    @Test func theAdditionalCodeMayBeNamedByAHeadersTerm() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm-tabular-2026.xml", Self.tabular))
        let side = try fixture.answer("imaginary diabetes with foot ulcer of right toe", .cpt)
        #expect(side.codes.prefix(2).map(\.code) == ["E11.621", "L97.519"], "\(side.text)")
        let toe = try fixture.answer("imaginary diabetes with foot ulcer of toe", .cpt)
        #expect(toe.codes.prefix(2).map(\.code) == ["E11.621", "L97.5"], "\(toe.text)")
        #expect(toe.paragraphs[1] == #"Code also ICD-10-CM L97.5 — Imaginary chronic ulcer of other part of foot (a header: report the code below it that the record supports), as E11.621's note asks: "Use additional code to identify site of ulcer (L97.4-, L97.5-)". It lists "Imaginary chronic ulcer of toe" as an inclusion term."#, "\(toe.paragraphs[1])")
    }

    /// A header's term holds for the codes below it, but not for a 7th character's encounter the
    /// question does not say: "fracture of left wrist" is the header the record completes, not
    /// "…, sequela", whose title adds the fewest words.
    @Test func anInheritedTermDoesNotChooseTheEncounter() throws {
        let fixture = try Self.fixture(chapters: """
              <chapter><name>19</name><desc>Made-up injuries</desc>
                <section id="S60-S69"><desc>Made-up block</desc>
                  <diag><name>S62</name><desc>Imaginary fracture at wrist and hand level</desc>
                    <sevenChrDef><extension char="A">initial encounter for closed fracture</extension><extension char="S">sequela</extension></sevenChrDef>
                    <diag><name>S62.1</name><desc>Imaginary fracture of other carpal bones</desc>
                      <diag><name>S62.10</name><desc>Imaginary fracture of unspecified carpal bone</desc>
                        <inclusionTerm><note>Imaginary fracture of wrist NOS</note></inclusionTerm>
                        <diag><name>S62.101</name><desc>Imaginary fracture of unspecified carpal bone, right wrist</desc></diag>
                        <diag><name>S62.102</name><desc>Imaginary fracture of unspecified carpal bone, left wrist</desc></diag>
                      </diag>
                    </diag>
                  </diag>
                </section>
              </chapter>
            """)
        #expect(try fixture.answer("imaginary fracture of left wrist", .cpt).codes.first?.code == "S62.102")
        #expect(try fixture.answer("imaginary fracture of left wrist sequela", .cpt).codes.first?.code == "S62.102S")
        #expect(try fixture.answer("imaginary fracture of left wrist initial encounter", .cpt).codes.first?.code == "S62.102A")
    }

    /// A bare term that the classifier reads as a modifier question for its side ("… right toe":
    /// modifier T5 names the right great toe) but that names no modifier is a look-up when codes name it.
    @Test func aSideDoesNotMakeADiagnosisAModifierQuestion() async throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm-tabular-2026.xml", Self.tabular))
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        let question = "imaginary diabetic ulcer right toe"
        #expect(engine.classifier.classify(question).category == .modifiers)
        let answer = try await engine.ask(question)
        #expect(answer.category == .cpt && answer.codes.prefix(2).map(\.code) == ["E11.621", "L97.519"], "\(answer.category) \(answer.answer.prefix(200))")
    }
}
