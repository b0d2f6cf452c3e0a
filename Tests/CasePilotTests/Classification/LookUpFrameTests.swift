import Testing
@testable import CasePilot

/// "What is the code for <official description>?" is a look-up, whatever words the description uses.
@Suite struct LookUpFrameTests {
    let classifier = SharedEngine.engine.classifier

    @Test(arguments: [
        "What is the code for Poisoning by, adverse effect of and underdosing of unspecified narcotics?",
        "What is the code for Unspecified fracture of shaft of unspecified femur, initial encounter for open fracture type I or II?",
        "What is the code for Car driver injured in collision with other type car in traffic accident?",
        "What is the code for Injury, poisoning and certain other consequences of external causes complicating pregnancy, first trimester?",
        "ICD-10 code for Poisoning by, adverse effect of and underdosing of unspecified narcotics",
        "What's the ICD-10-CM code for Unspecified fracture of shaft of unspecified femur, initial encounter for open fracture type I or II",
        "code for influenza due to unidentified influenza virus with other respiratory manifestations",
        "code for Poisoning by, adverse effect of and underdosing of unspecified narcotics",
    ])
    func officialDescriptionsAfterTheFrameAreLookUps(question: String) {
        #expect(classifier.classify(question).category == .cpt)
    }

    /// The terse form: a description, then "code" ("savary" was once corrected into the everyday "salary").
    @Test(arguments: ["Lumbar microdiscectomy code?", "Savary dilation code?", "Knee arthroscopy code?", "EGD with biopsy code",
                      "hemoglobin A1c code", "chest x-ray code", "wound care code", "a1c code", "level 4 ED visit code", "TB test code"])
    func aDescriptionThenCodeIsALookUp(question: String) {
        #expect(classifier.classify(question).category == .cpt)
    }

    /// A description, then the code set asked for; or the code set, then "for" and a description.
    @Test(arguments: ["diabetes with neuropathy icd 10", "shortness of breath icd 10", "major depressive disorder recurrent moderate icd10",
                      "walker hcpcs", "ICD-10 for shortness of breath", "ICD 10 for pink eye"])
    func aDescriptionWithTheCodeSetIsALookUp(question: String) {
        #expect(classifier.classify(question).category == .cpt)
    }

    /// The MUE adjudication indicator (MAI) is an NCCI term, whatever the look-up phrasing around it.
    @Test func theMAIIsAnNCCIQuestion() {
        #expect(classifier.classify("What is the MAI for 20610?").category == .ncci)
        // A code billed twice asks how many units the day allows.
        for question in ["can I bill 36415 twice", "can 97110 be billed twice"] {
            #expect(classifier.classify(question).category == .ncci, "\(question)")
        }
    }

    /// Two codes' RVUs or payments are each code's figures (a look-up), not a pair to edit; "20610
    /// with 99213" still is.
    @Test func feeFiguresOfTwoCodesAreALookUp() {
        for question in ["RVU for 99214 and 99215", "what are the RVUs for 99213 and 99214", "compare payment for 99214 and 99215"] {
            #expect(classifier.classify(question).category == .cpt, "\(question)")
        }
        #expect(classifier.classify("can I bill 20610 with 99213").category == .ncci)
    }

    /// A remittance's group code with its reason number ("PR-1", "CO 97") is a compliance question,
    /// though no other word of it is a coding word.
    @Test func aGroupCodeAndReasonIsAComplianceQuestion() {
        for question in ["what is PR-1", "what does CO 97 mean", "OA-23 on the remit"] {
            #expect(classifier.classify(question).category == .compliance, "\(question)")
        }
        #expect(!Classifier.namesAdjustmentReason(["co", "pay"]) && Classifier.namesAdjustmentReason(["pr", "1"]))
    }

    /// A denial's reason code is a claim's, not a code set's: "what is denial code CO-16" is no look-up.
    @Test func aDenialCodeIsNoCodeLookUp() {
        for question in ["what is denial code CO-16", "reason code 97 on my remit"] {
            #expect(classifier.classify(question).category == .compliance, "\(question)")
        }
    }

    /// A bare category in a look-up frame is a code to look up ("What is I10?" was out of scope).
    @Test func aBareCategoryIsLookedUp() {
        #expect(classifier.classify("What is I10?").category == .cpt)
        #expect(classifier.classify("Is Z23 billable?").category == .cpt)
    }

    /// A closing code set after nothing but frame words, or after a mapping, frames no look-up.
    @Test func aClosingCodeSetThatIsNoLookUpFrame() {
        #expect(Classifier.codeSetSuffixLength(["copd", "icd", "10", "cm"]) == 3)
        #expect(Classifier.endsInCodeNoun(["copd", "icd", "10"]))
        #expect(!Classifier.endsInCodeNoun(["what", "is", "hcpcs"]))
        #expect(!Classifier.endsInCodeNoun(["convert", "icd", "9", "to", "icd", "10"]))
        #expect(!Classifier.endsInCodeNoun(["difference", "between", "icd", "9", "and", "icd", "10"]))
        #expect(Classifier.describedStart(["icd", "10", "for", "pink", "eye"]) == 3)
        #expect(Classifier.describedStart(["billing", "for", "pink", "eye"]) == nil)
    }

    /// A closing "code" that is a verb, or the target of a mapping, frames no look-up.
    @Test func aClosingCodeThatIsNoLookUpFrame() {
        #expect(Classifier.endsInCodeNoun(["chest", "x", "ray", "code"]))
        #expect(!Classifier.endsInCodeNoun(["which", "one", "do", "i", "code"]))
        #expect(!Classifier.endsInCodeNoun(["prolia", "ndc", "to", "hcpcs", "code"]))
        #expect(!Classifier.endsInCodeNoun(["is", "it", "a", "valid", "code"]))
        #expect(classifier.classify("prolia NDC to J code").category == .crosswalks)
    }

    /// "Code" as a verb makes an everyday topic a coding question; inpatient and outpatient are
    /// coding words on their own.
    @Test func codingWorkWithEverydayWords() {
        #expect(classifier.classify("how should we code a cat bite to the hand?").category == .guidelines)
        #expect(classifier.classify("observation vs inpatient status").category == .guidelines)
        #expect(classifier.classify("therapy threshold amount this year?").category == .coverage)
        #expect(classifier.classify("my cat bit me, what should I do?").category == .unknown)
        #expect(classifier.classify("Is there a code for a cat bite?").category == .cpt)
        #expect(classifier.classify("How do I code a dog bite?").category == .guidelines)
        #expect(classifier.classify("how do i code a for loop in javascript").category == .unknown)
        #expect(classifier.classify("Are clean claims paid faster?").category == .compliance)
    }

    /// A lab panel's contents are a code question; everyday look-ups stay out of scope.
    @Test func panelsAndEverydayCodesAreNotMistaken() {
        #expect(classifier.classify("What tests are in a CMP?").category == .cpt)
        #expect(classifier.classify("What is the CMP and who enforces it?").category == .compliance)
        #expect(classifier.classify("Zip code?").category == .unknown)
        #expect(classifier.classify("what is my salary code").category == .unknown)
    }

    /// Two codes weighed against each other: CPT codes a choice (guidelines), HCPCS codes or codes
    /// of two code sets a crosswalk; reported together, an NCCI question.
    @Test func weighingTwoCodes() {
        #expect(classifier.classify("99213 vs 99214").category == .guidelines)
        #expect(classifier.classify("What's the difference between 99213 and 99214?").category == .guidelines)
        #expect(classifier.classify("difference between G0121 and 45378").category == .crosswalks)
        #expect(classifier.classify("G0438 vs G0439").category == .crosswalks)
        #expect(classifier.classify("Can I bill 99213 and 99214 on the same day?").category == .ncci)
    }

    /// What a code covers is what it includes; what Medicare covers is coverage.
    @Test func whatACodeCovers() {
        #expect(classifier.classify("What does 96372 cover?").category == .cpt)
        #expect(classifier.classify("Does Medicare cover 96372?").category == .coverage)
    }

    /// The frame only discounts the words after it: the same words asked as a question keep their category.
    @Test func withoutTheFrameTheWordsStillCount() {
        #expect(classifier.classify("How do I code poisoning versus adverse effect versus underdosing?").category == .guidelines)
        #expect(classifier.classify("what's the zip code for miami beach").category == .unknown)
        #expect(classifier.classify("ICD 10 code for old ICD 9 707.03").category == .crosswalks, "a frame before a code is no description")
        #expect(classifier.classify("What is the ICD-10 code for ICD-9 V70.0?").category == .crosswalks)
        #expect(classifier.classify("What is the code for 99213?").category == .cpt)
    }

    @Test func theDescriptionStartsAfterTheFrame() {
        #expect(Classifier.describedStart(["what", "is", "the", "code", "for", "paraplegia"]) == 5)
        #expect(Classifier.describedStart(["whats", "the", "icd", "10", "cm", "code", "for", "paraplegia"]) == 7)
        #expect(Classifier.describedStart(["dx", "code", "for", "paraplegia"]) == 3)
        #expect(Classifier.describedStart(["how", "do", "i", "code", "paraplegia"]) == nil)
        #expect(Classifier.describedStart(["whats", "the", "zip", "code", "for", "miami"]) == nil)
        #expect(Classifier.describedStart(["dx", "codes", "for", "84443"]) == nil)
    }
}
