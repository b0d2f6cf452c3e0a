import Foundation
import Testing
@testable import CasePilot

/// Facts from the real CMS/CDC files in `../shared/data`, imported once per run.
@Suite("Real datasets from ../shared/data", .enabled(if: SharedData.available, "../shared/data is absent: the real-data tests are skipped"))
struct SharedDataTests {
    @Test func everyDatasetIsImportedWithProvenance() async throws {
        let datasets = try await SharedData.knowledgeBase().datasets()
        #expect(Set(datasets.map(\.name)) == Set(Dataset.allCases.map(\.rawValue)))
        let ptp = try #require(datasets.first { $0.name == "ncci-ptp" && $0.setting == "practitioner" })
        #expect(ptp.rowCount == 2_546_017 && ptp.release == "2024-07-01" && ptp.checksum.count == 64)
        #expect(datasets.first { $0.name == "hcpcs" }?.rowCount == 8_846)
        #expect(datasets.first { $0.name == "icd10pcs" }?.rowCount == 78_603)
    }

    @Test func labPanelsNeverTogether() async throws {
        let edits = try #require(try await SharedData.knowledgeBase().ptpEdits("80048", "80053", setting: .practitioner))
        let active = try #require(edits.first { $0.deletionDate == nil })
        #expect(active.column1 == "80053" && active.column2 == "80048" && active.modifierIndicator == 0)
        let answer = try await SharedData.answer("Can I bill 80048 with 80053?")
        #expect(answer.text.contains("80053 is the column 1"))
        #expect(answer.text.contains("never paid together"))
        #expect(answer.citations.contains { $0.source == "NCCI PTP edits, practitioner" && $0.release == "2024-07-01" })
    }

    @Test func officeVisitsAllowAModifier() async throws {
        let edits = try #require(try await SharedData.knowledgeBase().ptpEdits("99213", "99214", setting: .practitioner))
        #expect(edits.first { $0.deletionDate == nil }?.modifierIndicator == 1)
        let answer = try await SharedData.answer("Can 99214 and 99213 be billed together?", .ncci)
        #expect(answer.text.contains("modifier indicator 1"))
    }

    @Test func injectionMUEPerSetting() async throws {
        let kb = try await SharedData.knowledgeBase()
        #expect(try kb.mue("96372", setting: .practitioner)?.value == 4)
        #expect(try kb.mue("96372", setting: .hospital)?.value == 5)
        let answer = try await SharedData.answer("What is the MUE for 96372?", .ncci)
        #expect(answer.text.contains("MUE for 96372 (practitioner, 2024-07-01): 4 units"))
    }

    @Test func hcpcsDescriptionsAndTermination() async throws {
        let wellness = try await SharedData.answer("What is G0439?", .cpt)
        #expect(wellness.text.lowercased().contains("annual wellness visit"))
        #expect(wellness.text.contains("subsequent visit"))
        let drug = try await SharedData.answer("Is J1030 still valid?", .cpt)
        #expect(drug.text.contains("Termination date: 2024-03-31"))
    }

    @Test func diabetesHeaderIsNotBillable() async throws {
        #expect(try await SharedData.knowledgeBase().codeRecord(system: "ICD-10-CM", code: "E116")?.billable == false)
        let answer = try await SharedData.answer("Is E11.6 billable?", .cpt)
        #expect(answer.text.contains("Billable: no"))
        #expect(answer.text.contains("E11.65"))
    }

    @Test func icd9UrgeIncontinenceMapsForward() async throws {
        let answer = try await SharedData.answer("What is the ICD-10 code for ICD-9 788.33?", .crosswalks)
        #expect(answer.text.contains("N39.46"))
        #expect(answer.codes.contains { $0.code == "N39.46" })
    }

    @Test func addOnPrimariesAndLCDs() async throws {
        let addOn = try await SharedData.answer("What primary codes can I report with add-on code 11045?", .ncci)
        #expect(addOn.text.contains("11042"))
        let coverage = try await SharedData.answer("Which LCD covers urine drug testing?", .coverage)
        #expect(coverage.text.contains("L36668") || coverage.text.contains("Urine Drug Testing"))
    }

    /// Drug units from the real HCPCS descriptors: ketorolac is per 15 mg, ceftriaxone per 250 mg.
    @Test func drugUnitsFromTheDescriptor() async throws {
        #expect(try await SharedData.answer("How many units of J1885 for 60 mg of Toradol?").text.contains("is 4 units (60 mg ÷ 15 mg = 4)"))
        #expect(try await SharedData.answer("J0696 ceftriaxone 1 g, how many units?").text.contains("is 4 units (1 g ÷ 250 mg = 4)"))
    }

    @Test func placeOfServiceCodes() async throws {
        let office = try await SharedData.answer("What is POS 11?", .cpt)
        #expect(office.text.hasPrefix("Place of service 11 — Office"))
        #expect(office.citations.first?.source == Dataset.pos.title)
        #expect(try await SharedData.answer("POS 10 or 02 for a telehealth visit at home?", .cpt).text.contains("Telehealth Provided in Patient"))
    }

    /// A guidelines answer about a code's global period or RVUs carries the fee-schedule figures.
    /// Questions answered by the datasets and the authored knowledge together, as a user's engine
    /// has them: each opens with what a coder asked for.
    @Test func answersFromDatasetsAndKnowledgeTogether() async throws {
        let engine = try await SharedData.engine()
        let expected: [(question: String, opening: String)] = [
            // An article written for the question, not G0446 (which shares "annual").
            ("how do I code a pap smear at an annual exam", "G0101 and Q0091 with a CPT preventive visit"),
            ("what is the work RVU of 99213", "Medicare physician fee schedule (2024-07) for 99213"),
            ("what is the icd 9 code for diabetes", "Best match: ICD-9-CM 250.00"),
            ("accidental overdose of oxycodone icd 10", "Best match: ICD-10-CM T40.2X1"),
            ("icd 10 for routine child exam", "Best match: ICD-10-CM Z00.129"),
            ("what replaced G0180", "HCPCS G0180 has not been replaced"),
            // An authored entry whose names hold most of the words, not a loose official match
            // (Z71.85 "… vaccine product safety counseling", Q3031 "Collagen skin test").
            ("code for the tdap vaccine product", "CPT 90715"),
            ("code for placing a TB skin test", "CPT 86580"),
            ("how do I code an I&D of an abscess", "CPT 10060"),
            // A service named beside an office visit, by a keyword of its code entry: its edits with the E/M codes.
            ("can I bill a therapeutic injection with an office visit", "Reading \"therapeutic injection\" as 96372"),
            // Coders' shorthand in the titles' words.
            ("whats the icd 10 for a UTI in pregnancy 2nd trimester", "Best match: ICD-10-CM O23.42"),
            ("icd-10 for s/p cholecystectomy, just the status code", "Best match: ICD-10-CM Z90.49"),
            // A condition at a site, not an injury of the site (S95.111 "Laceration of plantar artery of right foot").
            ("dx code for plantar fasciitis of the right foot", "Best match: ICD-10-CM M72.2"),
        ]
        for (question, opening) in expected {
            let answer = try await engine.ask(question)
            #expect(answer.answer.hasPrefix(opening), "\(question): \(answer.answer.prefix(120))")
        }
        let heart = try await engine.ask("what is the code for hypertension with heart failure and CKD")
        #expect(heart.codes.first.map { !$0.code.hasPrefix("I13.1") } == true, "\(heart.codes.first?.code ?? "none")")
    }

    @Test func aGlobalPeriodQuestionGetsTheFigure() async throws {
        let answer = try await SharedData.answer("What is the global period for 27447?", .guidelines)
        #expect(answer.text.contains("global period 090"))
        #expect(answer.citations.contains { $0.source.contains("fee schedule") || $0.reference == "PPRRVU24_JUL.csv" })
    }

    @Test func plainPhrasingFindsTheCodeInTheTopThree() async throws {
        let answer = try await SharedData.answer("What is the ICD-10 code for type 2 diabetes with hyperglycemia?", .cpt)
        #expect(answer.codes.prefix(3).contains { $0.code == "E11.65" })
    }

    /// The CDC tabular XML (the shared import) with its inclusion terms: a plain term finds the
    /// code that lists it ("Fatigue NOS" under R53.83).
    @Test func tabularInclusionTermsFindTheUsualCode() async throws {
        let pressure = try await SharedData.answer("What is the ICD-10 code for high blood pressure?", .cpt)
        #expect(pressure.codes.first?.code == "I10")
        #expect(pressure.text.contains("It lists \"high blood pressure\" as an inclusion term."))
        #expect(try await SharedData.answer("code for hypertension", .cpt).codes.first?.code == "I10")
        #expect(try await SharedData.answer("What is the diagnosis code for diabetes?", .cpt).codes.first?.code == "E11")
        #expect(try await SharedData.answer("ICD-10 code for fatigue", .cpt).codes.first?.code == "R53.83")
        // "with BMI 35" joins the value to the diagnosis: obesity, not "obesity with alveolar hypoventilation".
        #expect(try await SharedData.answer("ICD-10 for obesity with BMI 35", .cpt).codes.prefix(2).map(\.code) == ["E66.9", "Z68.35"])
        // What replaced a code that became a header: the codes now below it, not an ICD-9 mapping.
        let replaced = try await SharedData.answer("what replaced M54.5", .crosswalks)
        #expect(replaced.codes.map(\.code).prefix(4) == ["M54.5", "M54.50", "M54.51", "M54.59"], "\(replaced.text.prefix(200))")
        let info = try #require(try await SharedData.knowledgeBase().datasets().first { $0.name == "icd10cm" })
        #expect(info.release == "2026-04-01" && info.rowCount == 98_262)
    }

    /// The CDC code CSV of the same release imports on its own: every code, the release from the name.
    @Test func icd10cmCodeCSVImports() async throws {
        let folder = try #require(SharedData.folder)
        let (rows, release, answer) = try await offPool {
            let fixture = try Fixture()
            let info = try fixture.load(.icd10cm, folder.appendingPathComponent("icd10cm/icd10cm_codes_2026_april.csv"))
            return (info.rowCount, info.release, try fixture.answer("What is E11.65?", .cpt).text)
        }
        #expect(rows == 98_147 && release == "2026-04")
        #expect(answer.contains("Type 2 diabetes mellitus with hyperglycemia"))
    }

    /// 200 official ICD-10-CM descriptions sampled (seeded) from the CSV: the exact code must come first.
    @Test func officialDescriptionsFindTheirOwnCode() async throws {
        let sample = try DescriptionSample.draw(count: 200, seed: 2026)
        var hits = 0
        var misses: [String] = []
        for (code, description) in sample {
            let answer = try await SharedData.answer("What is the ICD-10-CM code for \(description)?", .cpt)
            if answer.codes.first?.code == code { hits += 1 } else { misses.append("\(code) \(description) → \(answer.codes.first?.code ?? "none")") }
        }
        let share = Double(hits) / Double(sample.count)
        print("Description → code top-1: \(hits)/\(sample.count) = \(String(format: "%.1f", share * 100))%")
        for miss in misses { print("  miss: \(miss)") }
        #expect(share >= 0.99)
    }
}
