import Foundation
import Testing
@testable import CasePilot

/// Sepsis with its cause or severity is coded systemic infection first, then the localized
/// infection, then severe sepsis or septic shock.
@Suite struct SepsisTests {
    /// Real (public-domain) ICD-10-CM titles, in the CSV export layout.
    static let icd10cm = """
        code,code_no_dot,level,billable,description,parent
        A40.3,A403,code,1,Sepsis due to Streptococcus pneumoniae,A40
        A41.02,A4102,code,1,Sepsis due to Methicillin resistant Staphylococcus aureus,A41.0
        A41.51,A4151,code,1,Sepsis due to Escherichia coli [E. coli],A41.5
        A41.9,A419,code,1,"Sepsis, unspecified organism",A41
        B95.62,B9562,code,1,Methicillin resistant Staphylococcus aureus infection as the cause of diseases classified elsewhere,B95.6
        J18.9,J189,code,1,"Pneumonia, unspecified organism",J18
        J96.00,J9600,code,1,"Acute respiratory failure, unspecified whether with hypoxia or hypercapnia",J96.0
        N39.0,N390,code,1,"Urinary tract infection, site not specified",N39
        R65.20,R6520,code,1,Severe sepsis without septic shock,R65.2
        R65.21,R6521,code,1,Severe sepsis with septic shock,R65.2
        T81.12XA,T8112XA,code,1,"Postprocedural septic shock, initial encounter",T81.12X

        """

    @Test func theCauseAndSeverityAreRead() {
        let parser = QuestionParser()
        #expect(Sepsis.reading(parser.parse("sepsis due to pneumonia")) == .init(cause: "pneumonia", severe: false, shock: false))
        #expect(Sepsis.reading(parser.parse("pneumonia with sepsis")) == .init(cause: "pneumonia", severe: false, shock: false))
        #expect(Sepsis.reading(parser.parse("sepsis with pneumonia, which diagnosis gets sequenced first?")) == .init(cause: "pneumonia", severe: false, shock: false))
        #expect(Sepsis.reading(parser.parse("what is the icd 10 code for severe sepsis with septic shock due to uti")) == .init(cause: "uti", severe: true, shock: true))
        #expect(Sepsis.reading(parser.parse("sepsis due to pneumonia with acute respiratory failure")) == .init(cause: "pneumonia", dysfunctions: ["acute respiratory failure"], severe: true, shock: false))
        #expect(Sepsis.reading(parser.parse("sepsis")) == nil, "the article answers")
        #expect(Sepsis.reading(parser.parse("How do I code sepsis?")) == nil, "the question's words are no cause")
        #expect(Sepsis.reading(parser.parse("What is the code for Other specified sepsis?")) == nil, "a title's words are no cause")
        #expect(Sepsis.reading(parser.parse("MRSA sepsis with septic shock")) == .init(cause: "mrsa", severe: false, shock: true))
        #expect(Sepsis.reading(parser.parse("sepsis due to pneumonia and uti")) == nil, "two causes: which is the localized infection is the provider's")
        #expect(Sepsis.reading(parser.parse("urosepsis")) == nil, "no default code: query the provider")
        #expect(Sepsis.reading(parser.parse("postprocedural sepsis due to wound infection")) == nil, "a setting with codes of its own")
    }

    @Test func theSystemicInfectionComesFirst() throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", Self.icd10cm))
        let pneumonia = try fixture.answer("sepsis due to pneumonia", .cpt)
        #expect(pneumonia.codes.map(\.code) == ["A41.9", "J18.9"], "\(pneumonia.text)")
        #expect(pneumonia.text.contains("2. J18.9 Pneumonia, unspecified organism: the localized infection") && pneumonia.text.contains("I.C.1.d.4"))
        let shock = try fixture.answer("severe sepsis with septic shock due to uti", .cpt)
        #expect(shock.codes.map(\.code) == ["A41.9", "N39.0", "R65.21"], "\(shock.text)")
        #expect(shock.text.contains("3. R65.21 Severe sepsis with septic shock: never first-listed"))
        let organism = try fixture.answer("septic shock due to MRSA", .cpt)
        #expect(organism.codes.map(\.code) == ["A41.02", "R65.21"], "\(organism.text)")
        #expect(try fixture.answer("severe sepsis", .cpt).codes.map(\.code) == ["A41.9", "R65.20"])
        let failure = try fixture.answer("sepsis due to pneumonia with acute respiratory failure", .cpt)
        #expect(failure.codes.map(\.code) == ["A41.9", "J18.9", "R65.20", "J96.00"], "\(failure.text)")
        #expect(failure.text.contains("4. J96.00 Acute respiratory failure, unspecified whether with hypoxia or hypercapnia: the acute organ dysfunction"))
    }

    /// "sepsis" typed alone is the guideline article, then the code the term names: the coder gets
    /// the rules and the code. Not for a term of qualifiers only ("initial encounter").
    @Test func aDiagnosisTypedAloneIsTheArticleAndItsCode() async throws {
        let fixture = try Fixture()
        try fixture.load(.icd10cm, fixture.write("icd10cm_codes_2026.csv", Self.icd10cm))
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        let answer = try await engine.ask("sepsis")
        #expect(answer.category == .guidelines && answer.answer.hasPrefix("Coding sepsis, severe sepsis and septic shock"), "\(answer.answer.prefix(80))")
        #expect(answer.answer.hasSuffix("The code \"sepsis\" names: ICD-10-CM A41.9 — Sepsis, unspecified organism."), "\(answer.answer.suffix(120))")
        #expect(answer.codes.contains { $0.code == "A41.9" })
        let answerer = Answerer(knowledgeBase: fixture.knowledgeBase)
        #expect(try answerer.diagnosisNaming(QuestionParser().parse("initial encounter")) == nil)
        #expect(try answerer.diagnosisNaming(QuestionParser().parse("how do I code sepsis in an adult patient admitted from home")) == nil, "not a bare term")
    }
}
