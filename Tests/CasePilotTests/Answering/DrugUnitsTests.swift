import Foundation
import Testing
@testable import CasePilot

/// Billing units of a drug code for a dose, from the amount in its official description.
@Suite struct DrugUnitsTests {
    static let hcpcs = """
        HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
        J9985,0010,3,"Injection, imaginary drug, per 15 mg",Imaginary drug,20200101,20200101,,N
        J9986,0010,3,"Injection, imaginary toxin, 1 unit",Imaginary toxin,20200101,20200101,,N
        J9987,0010,3,"Injection, imaginary salt, up to 50 mg",Imaginary salt,20200101,20200101,,N
        J9988,0010,3,"Injection, imaginary vitamin, up to 1,000 mcg",Imaginary vitamin,20200101,20200101,,N
        J9989,0010,3,"Injection, imaginary antibiotic sodium, per 250 mg",Imaginary antibiotic,20200101,20200101,,N
        J9990,0010,3,"Injection, imaginary cytotoxin, 1 gram",Imaginary cytotoxin,20200101,20200101,,N
        J9991,0010,3,"Injection, imaginary steroid acetate, 40 mg",Imaginary steroid 40,20200101,20200101,,N
        J9992,0010,3,"Injection, imaginary steroid acetate, 80 mg",Imaginary steroid 80,20200101,20200101,,N

        """

    /// "how many units for 200 mg?" after a drug code's look-up asks for that code's units: a
    /// number is an amount, not a new topic.
    @Test func aDoseFollowUpUsesThePreviousCode() async throws {
        let fixture = try Fixture()
        try fixture.load(.hcpcs, fixture.write("HCPC2025_OCT_ANWEB.csv", Self.hcpcs))
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        let code = try await engine.ask("What is J9985?")
        let units = try await engine.ask("how many units for 60 mg?", following: code)
        #expect(units.answer.hasPrefix("60 mg of HCPCS J9985"), "\(units.answer.prefix(160))")
        #expect(!TopicShift.startsNewTopic(QuestionParser().parse("how many units for 60 mg?"), after: code))
        #expect(TopicShift.startsNewTopic(QuestionParser().parse("how many units of Xolair?"), after: code))
    }

    /// A drug named by its generic name after the dose ("1 gram of ceftriaxone"), by its brand with
    /// the dose written as one word ("Depo-Medrol 80mg": the current per-milligram code, not a
    /// description that shares "depo"), or in "how do I bill a … shot?" is its code, with its units.
    @Test func aDrugNamedByItsNameOrBrandGetsItsCodeAndUnits() async throws {
        let fixture = try Fixture()
        try fixture.load(.hcpcs, fixture.write("HCPC2026_JAN_ANWEB.csv", """
            HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,ADD DT,ACT EFF DT,TERM DT,ACTION CD
            J0696,0010,3,"Injection, ceftriaxone sodium, per 250 mg",Ceftriaxone sodium injection,19940101,19940101,,N
            J1000,0010,3,"Injection, depo-estradiol cypionate, up to 5 mg",Depo-estradiol cypionate inj,19940101,19940101,,N
            J1010,0010,3,"Injection, methylprednisolone acetate, 1 mg",Inj methylpred acetate 1 mg,20240401,20240401,,N
            J1050,0010,3,"Injection, medroxyprogesterone acetate, 1 mg",Medroxyprogesterone acetate,20130101,20130101,,N

            """))
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        let ceftriaxone = try await engine.ask("how many units for 1 gram of ceftriaxone")
        #expect(ceftriaxone.answer.hasPrefix("1 gram of HCPCS J0696") && ceftriaxone.answer.contains("is 4 units"), "\(ceftriaxone.answer.prefix(160))")
        let medrol = try await engine.ask("what is the J code for depo medrol 80mg")
        #expect(medrol.codes.first?.code == "J1010" && medrol.answer.contains("is 80 units"), "\(medrol.answer.prefix(200))")
        let provera = try await engine.ask("how do I bill a depo provera shot")
        #expect(provera.category == .cpt && provera.codes.first?.code == "J1050", "\(provera.category) \(provera.answer.prefix(120))")
        #expect(try await engine.ask("how do i bill a client for freelance design work").category == .unknown)
    }

    /// A drug typed with its dose ("ceftriaxone 1 gram") is a look-up of the drug: the dose is the
    /// amount given, not a word the description must hold.
    @Test func aDrugWithItsDoseNamesItsCode() throws {
        let fixture = try Fixture()
        try fixture.load(.hcpcs, fixture.write("HCPC2025_OCT_ANWEB.csv", Self.hcpcs))
        let answerer = Answerer(knowledgeBase: fixture.knowledgeBase)
        let parser = QuestionParser()
        #expect(try answerer.codeNaming(parser.parse("imaginary antibiotic 1 gram")) != nil)
        #expect(try answerer.codeNaming(parser.parse("imaginary antibiotic 500mg")) != nil)
        #expect(try answerer.codeNaming(parser.parse("imaginary 1 gram")) == nil, "nothing but the dose and a word every description holds")
        let answer = try fixture.answer("imaginary antibiotic 1 gram", .cpt)
        #expect(answer.codes.first?.code == "J9989" && answer.text.contains("is 4 units (1 gram ÷ 250 mg = 4)"), "\(answer.text)")
    }

    @Test func amountsAreReadWithTheirUnits() {
        let amounts = DrugUnits.amounts(in: "1,000 mcg, then 0.5mg and 2 g of j9985; 3 units; 40 minutes")
        #expect(amounts.map(\.text) == ["1000 mcg", "0.5 mg", "2 g", "3 units"])
        #expect(amounts.map(\.value) == [1, 0.5, 2000, 3])
        #expect(DrugUnits.amounts(in: "j1885 60mg").map(\.text) == ["60 mg"])
    }

    @Test func theDoseIsDividedByTheDescriptorAmountAndRoundedUp() throws {
        let fixture = try Fixture()
        #expect(try !fixture.answer("How many units of J9985 for 60 mg?", .ncci).text.contains("÷"), "no HCPCS file: no descriptor amount")
        try fixture.load(.hcpcs, fixture.write("HCPC2025_OCT_ANWEB.csv", Self.hcpcs))
        let four = try fixture.answer("How many units of J9985 for 60 mg?", .ncci)
        #expect(four.text.hasPrefix("60 mg of HCPCS J9985 (\"Injection, imaginary drug, per 15 mg\") is 4 units (60 mg ÷ 15 mg = 4)."), "\(four.text.prefix(160))")
        #expect(!four.text.contains("rounded up"))
        let partial = try fixture.answer("J9985 25 mg", .cpt)
        #expect(partial.text.hasPrefix("25 mg of HCPCS J9985 (\"Injection, imaginary drug, per 15 mg\") is 2 units (25 mg ÷ 15 mg = 1.667). A dose that is not a whole multiple"))
        #expect(try fixture.answer("J9986 for 100 units of the imaginary toxin", .cpt).text.hasPrefix("100 units of HCPCS J9986"))
        #expect(try fixture.answer("J9987 25 mg, how many units?", .guidelines).text.contains("is 1 unit (25 mg ÷ 50 mg = 0.5)"))
        #expect(try fixture.answer("J9988 for 1 g?", .cpt).text.contains("is 1000 units (1 g ÷ 1000 mcg = 1000)"))
        #expect(try fixture.answer("J9985 2 ml", .cpt).text.hasPrefix("HCPCS J9985 (\"Injection, imaginary drug, per 15 mg\") is billed per 15 mg; convert the dose of 2 ml"))
        #expect(try fixture.answer("J9985, 2 units: is that right?", .cpt).paragraphs.allSatisfy { !$0.contains("÷") })
        // A drug by name with a dose: the name finds the code, the dose gives its units.
        let byName = try fixture.answer("What's the J code for imaginary antibiotic 1 gram?", .cpt)
        #expect(byName.codes.first?.code == "J9989", "not the other 1-gram drug: \(byName.text.prefix(160))")
        #expect(byName.text.contains("1 gram of HCPCS J9989 (\"Injection, imaginary antibiotic sodium, per 250 mg\") is 4 units"))
        #expect(try fixture.answer("J code for imaginary steroid acetate 80 mg", .cpt).codes.first?.code == "J9992", "the dose breaks the tie")
        #expect(CodeSearch.withoutDose(["ceftriaxone", "1", "gram", "80mg", "b12"]) == ["ceftriaxone", "b12"])
        // A brand name that an authored entry lists as a keyword stands for its code.
        try FileManager.default.createDirectory(at: fixture.folder.appendingPathComponent("Knowledge"), withIntermediateDirectories: true)
        try fixture.write("Knowledge/drugs.txt", """
            == code HCPCS J9989
            title: Imaginary antibiotic injection, per 250 mg
            body: Made up for the test.
            keywords: Imaginex, imaginary antibiotic
            source: s
            as-of: 2025

            """)
        try fixture.knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: fixture.folder.appendingPathComponent("Knowledge").path))
        #expect(try fixture.answer("how many units of Imaginex 1 gram?", .guidelines).text.hasPrefix("1 gram of HCPCS J9989"))
        #expect(try !fixture.answer("how many units of 1 gram?", .guidelines).text.contains("÷"), "no drug named")
        // A quoted official description that names another code is a look-up, not a dose.
        let quoted = try fixture.answer("What is the code for Injection, imaginary cytotoxin, not equivalent to J9986, per 1000 units?", .cpt)
        #expect(quoted.paragraphs.allSatisfy { !$0.contains("÷") }, "\(quoted.text.prefix(200))")
        #expect(try !fixture.answer("What is the code for injection, imaginary salt, 15 mg (for medicare, use j9985)?", .cpt).text.contains("÷"))
    }
}
