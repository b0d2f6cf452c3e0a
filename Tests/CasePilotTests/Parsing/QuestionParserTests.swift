import Testing
@testable import CasePilot

@Suite struct QuestionParserTests {
    let parser = QuestionParser()

    func codes(_ question: String) -> [String] {
        parser.parse(question).codes.map { "\($0.system.rawValue) \($0.display)" }
    }

    @Test func procedureCodesOfEveryShape() {
        #expect(codes("What is CPT code 99213?") == ["CPT 99213"])
        #expect(codes("is 3074F a cat II code") == ["CPT 3074F"])
        #expect(codes("cpt#0591T - what is this") == ["CPT 0591T"])
        #expect(codes("G0439 vs g0438") == ["HCPCS G0439", "HCPCS G0438"])
        #expect(codes("what is U0003") == ["HCPCS U0003"], "HCPCS has U codes for COVID-19 tests")
    }

    @Test func diagnosisCodesWithAndWithoutDots() {
        #expect(codes("what is E11.9") == ["ICD-10-CM E11.9"])
        #expect(codes("what is E119") == ["ICD-10-CM E11.9"])
        #expect(codes("Is S72.001A billable") == ["ICD-10-CM S72.001A"])
        #expect(codes("icd 10 code E1165 for diabetes") == ["ICD-10-CM E11.65"])
        #expect(codes("what does 0DTJ4ZZ stand for") == ["ICD-10-PCS 0DTJ4ZZ"])
        // U is for special purposes: with its dot a U code is nothing else.
        #expect(codes("U07.1") == ["ICD-10-CM U07.1"])
        #expect(codes("is U09.9 billable") == ["ICD-10-CM U09.9"])
    }

    /// A bare category ("I10") is a code when the question is only a frame around it, or names a
    /// diagnosis; not as a word of a description ("N95 mask", "B12 injection").
    @Test func bareCategoriesInALookUpFrame() {
        #expect(codes("What is I10?") == ["ICD-10-CM I10"])
        #expect(codes("Is Z23 billable?") == ["ICD-10-CM Z23"])
        #expect(codes("E11 vs E10") == ["ICD-10-CM E11", "ICD-10-CM E10"])
        #expect(codes("dx I10 with CKD") == ["ICD-10-CM I10"])
        #expect(codes("When do I use Z09?") == ["ICD-10-CM Z09"])
        #expect(codes("when should we use Z23") == ["ICD-10-CM Z23"])
        #expect(codes("how to use I10") == ["ICD-10-CM I10"])
        // The GEMs map ICD codes only.
        #expect(codes("is there a GEM for R51") == ["ICD-10-CM R51"])
        // A remittance's remark code is no code of a code set (N130 is not N13.0).
        #expect(codes("what does remark code N130 mean").isEmpty)
        #expect(codes("RARC MA130 on the remit").isEmpty)
        #expect(codes("HCPCS code for an N95 mask").isEmpty)
        #expect(codes("B12 injection code").isEmpty)
        // Not among diagnosis words either: the vitamin, or a word only a thing takes.
        #expect(codes("ICD-10 for vitamin B12 deficiency anemia").isEmpty)
        #expect(codes("dx code for B12 deficiency").isEmpty)
        #expect(codes("ICD-10 for N95 mask exposure").isEmpty)
        #expect(codes("dx I10 with CKD") == ["ICD-10-CM I10"])
    }

    @Test func icd9WhenAsked() {
        #expect(codes("icd-9 250.00 to icd-10") == ["ICD-9-CM 250.00"])
        #expect(codes("ICD9 788.33 maps to what") == ["ICD-9-CM 788.33"])
        // Mapped to ICD-10, a three-digit code is an ICD-9-CM one; a five-digit one stays CPT.
        #expect(codes("crosswalk 496 to ICD-10") == ["ICD-9-CM 496"])
        #expect(codes("map V58.61 to ICD-10") == ["ICD-9-CM V58.61"], "ICD-10-CM's V codes are external causes")
        #expect(codes("V27.0 to icd 10") == ["ICD-9-CM V27.0"])
        #expect(codes("what does V58.61 map to in icd-10") == ["ICD-9-CM V58.61"])
        // Asked what it is in ICD-10, too (V70.0 was read as ICD-10-CM's bus driver header).
        #expect(codes("what is V70.0 in icd 10") == ["ICD-9-CM V70.0"])
        #expect(codes("496 copd in icd10 is what") == ["ICD-9-CM 496"])
        #expect(codes("what is V27.0") == ["ICD-10-CM V27.0"])
        #expect(codes("map 99213 to icd-10") == ["CPT 99213"])
    }

    @Test func modifiersInTheirUsualForms() {
        #expect(codes("mod 59 vs XS") == ["modifier 59", "modifier XS"])
        #expect(codes("What does modifier 25 mean?") == ["modifier 25"])
        #expect(codes("99213-25 with 20610") == ["CPT 99213", "modifier 25", "CPT 20610"])
        #expect(codes("25 vs 57") == ["modifier 25", "modifier 57"])
        #expect(codes("modifiers 26 and TC") == ["modifier 26", "modifier TC"])
        #expect(codes("mod25 on a visit") == ["modifier 25"])
        // A denial's group code and reason ("CO-97") is no modifier.
        #expect(codes("What does CO-97 denial mean?").isEmpty)
        // A hyphenated word ("follow-up", "add-on") is no modifier; a modifier written as a code still is.
        #expect(codes("follow-up exam after completed treatment").isEmpty)
        #expect(codes("E0601-KX") == ["HCPCS E0601", "modifier KX"])
    }

    @Test func ordinaryWordsAndNumbersAreNotCodes() {
        #expect(codes("how many units for 38 minutes of therapy") == [])
        #expect(codes("is my hemoglobin A1C of 7 too high") == [])
        #expect(codes("how do I go to the office as soon as possible") == [])
        // A verb after "modifier", typed lower-case before its preposition; the code as typed stays one.
        #expect(codes("For an NCCI pair, which code does the modifier go on?") == [])
        #expect(codes("what does modifier GO mean") == ["modifier GO"])
        #expect(codes("modifier go for occupational therapy") == ["modifier GO"])
        #expect(codes("modifier 24 in the 90 day global") == ["modifier 24"])
        #expect(codes("vitamin B12 level") == [])
        #expect(codes("TB test code") == [])
        #expect(codes("What does modifier TB mean?") == ["modifier TB"])
        #expect(codes("CT head without contrast") == [])
        // Shouting is counted over words of three letters or more, ASCII or not.
        #expect(QuestionParser.isMostlyUpperCase(["WHAT", "IS", "THE", "CODE", "FOR", "an", "EKG"]))
        #expect(!QuestionParser.isMostlyUpperCase(["What", "is", "CPT", "99213", "for", "AS"]))
        #expect(QuestionParser.isMostlyUpperCase(["ÉCHOGRAPHIE", "du", "cœur"]))
        #expect(codes("What does modifier CT mean?") == ["modifier CT"] && codes("CT modifier") == ["modifier CT"])
    }

    @Test func robustToCaseAndPunctuation() {
        #expect(codes("WHAT IS 99214???") == ["CPT 99214"])
        #expect(codes("whats 99214,99215;and 99213.") == ["CPT 99214", "CPT 99215", "CPT 99213"])
    }

    /// "E/M", "E&M" and "E & M" are one word, "em", in lower case so that it is never modifier EM.
    @Test func evaluationAndManagementIsOneWord() {
        for question in ["modifier 25 on an E/M", "modifier 25 on an E&M", "modifier 25 on an e & m", "modifier 25 on an EM"] {
            #expect(parser.parse(question).words == ["modifier", "25", "on", "an", "em"], "\(question)")
            #expect(codes(question) == ["modifier 25"], "\(question)")
        }
        #expect(parser.parse("E/M's level").words == ["em", "s", "level"])
        #expect(parser.parse("vitamin E, M").words == ["vitamin", "e", "m"], "a comma is not a joiner")
        #expect(parser.parse("E/MX").words == ["e", "mx"] && parser.parse("A/M").words == ["a", "m"])
    }

    @Test func settingWords() {
        #expect(parser.parse("MUE for 96372 in the outpatient hospital").setting == .hospital)
        #expect(parser.parse("MUE for 96372").setting == nil)
    }

    @Test func garbageDoesNotCrash() {
        #expect(parser.parse("\u{0}\u{7}\u{1b}[31m ÿþ 🙂 -- .. ##").codes.isEmpty)
        #expect(parser.parse(String(repeating: "99213 ", count: 2_000)).codes.count == 1)
        #expect(parser.parse("").isEmpty)
    }
}
