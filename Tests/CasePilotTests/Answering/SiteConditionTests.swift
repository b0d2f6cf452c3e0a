import Foundation
import Testing
@testable import CasePilot

/// A condition named at a site ("plantar fasciitis of the right foot") is found by the condition,
/// not by the injuries that share the site's words; with made-up codes in the tabular layout.
@Suite struct SiteConditionTests {
    static let tabularXML = """
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10CM.tabular>
          <version>2026</version>
          <chapter><name>13</name><desc>Made-up musculoskeletal chapter (M00-M99)</desc>
            <section id="M90-M99"><desc>Made-up block</desc>
              <diag><name>M99</name><desc>Imaginary soft tissue disorders</desc>
                <diag><name>M99.2</name><desc>Imaginary plantar fascial fibromatosis</desc>
                  <inclusionTerm><note>Imaginary plantar fasciitis</note></inclusionTerm>
                </diag>
                <diag><name>M99.6</name><desc>Imaginary necrotizing fasciitis</desc></diag>
              </diag>
              <diag><name>M97</name><desc>Imaginary pain</desc>
                <diag><name>M97.1</name><desc>Imaginary pain in right ankle and joints of right foot</desc></diag>
                <diag><name>M97.4</name><desc>Imaginary pain in right toe(s)</desc></diag>
              </diag>
              <diag><name>M98</name><desc>Imaginary gout</desc>
                <diag><name>M98.0</name><desc>Imaginary idiopathic gout</desc>
                  <diag><name>M98.01</name><desc>Imaginary idiopathic gout, right shoulder</desc></diag>
                  <diag><name>M98.07</name><desc>Imaginary idiopathic gout, right ankle and foot</desc></diag>
                  <diag><name>M98.9</name><desc>Imaginary idiopathic gout, unspecified</desc></diag>
                </diag>
              </diag>
            </section>
          </chapter>
          <chapter><name>19</name><desc>Made-up injuries</desc>
            <section id="S90-S99"><desc>Injuries of the ankle and foot</desc>
              <diag><name>S99</name><desc>Imaginary injuries of the foot</desc>
                <diag><name>S99.1</name><desc>Laceration of imaginary plantar artery of right foot</desc></diag>
                <diag><name>S99.2</name><desc>Abrasion of imaginary right great toe</desc></diag>
                <diag><name>S99.3</name><desc>Contusion of imaginary right great toe</desc></diag>
              </diag>
            </section>
          </chapter>
        </ICD10CM.tabular>
        """

    @Test func theConditionBeforeTheSiteIsRead() {
        #expect(CodeSearch.conditionBeforeSite("plantar fasciitis of the right foot") == ["plantar", "fasciitis"])
        #expect(CodeSearch.conditionBeforeSite("icd 10 for gout of the right great toe") == ["gout"])
        #expect(CodeSearch.conditionBeforeSite("history of colon polyps") == nil, "a history is no condition at a site")
        #expect(CodeSearch.conditionBeforeSite("a pair of wooden crutches") == nil)
        #expect(CodeSearch.conditionBeforeSite("right knee osteoarthritis") == nil, "no condition before the side")
        // Without "of", the side opens the site.
        #expect(CodeSearch.conditionBeforeSite("plantar fasciitis left foot") == ["plantar", "fasciitis"])
        #expect(CodeSearch.conditionBeforeSite("carpal tunnel syndrome right") == nil, "no site after the side")
    }

    @Test func aConditionAtASiteIsNoInjuryOfTheSite() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm-tabular-2026.xml.gz", bytes: Archive.gzip(Array(Self.tabularXML.utf8))))
        // By the condition's inclusion term, though the site's words are all in S99.1's title.
        let fasciitis = try fixture.answer("dx code for imaginary plantar fasciitis of the right foot", .cpt)
        #expect(fasciitis.codes.first?.code == "M99.2", "\(fasciitis.text)")
        let withoutOf = try fixture.answer("dx code for imaginary plantar fasciitis right foot", .cpt)
        #expect(withoutOf.codes.first?.code == "M99.2", "\(withoutOf.text)")
        // By the condition's titles, though none names the toe: they file it under "ankle and foot".
        let gout = try fixture.answer("icd 10 for imaginary gout of the right great toe", .cpt)
        #expect(gout.codes.first?.code == "M98.07", "\(gout.text)")
        // A title that names the part itself comes first.
        let pain = try fixture.answer("icd 10 for imaginary pain in right big toe", .cpt)
        #expect(pain.codes.first?.code == "M97.4", "\(pain.text)")
        #expect(CodeSearch.inRegions(["gout", "right", "great", "toe"]) == ["gout", "right", "ankle", "foot"])
        #expect(CodeSearch.inRegions(["gout", "right", "knee"]) == ["gout", "right", "knee"])
        // An injury at the site is still found by its own words.
        #expect(try fixture.answer("icd 10 for contusion of the imaginary right great toe", .cpt).codes.first?.code == "S99.3")
    }
}
