import Testing
@testable import CasePilot

/// End-to-end answers from the repository's authored knowledge (no datasets imported).
@Suite struct EngineAnswerTests {
    let engine = SharedEngine.engine

    @Test func explainsACPTCodeInPlainWordsWithACitation() async throws {
        let answer = try await engine.ask("What is CPT code 99213?")
        #expect(answer.category == .cpt)
        #expect(answer.codes.first?.code == "99213" && answer.codes.first?.system == .cpt)
        let text = answer.answer.lowercased()
        #expect(text.contains("established"))
        #expect(text.contains("office") || text.contains("outpatient"))
        #expect(text.contains("low"))
        #expect(text.contains("20 minutes"))
        #expect(!answer.citations.isEmpty)
        #expect(answer.citations.allSatisfy { !$0.source.isEmpty && !$0.release.isEmpty && $0.reference.hasPrefix("Knowledge/") })
        #expect(answer.source == .knowledgeBase)
    }

    /// "99203 vs 99213" sets two codes side by side: each code's look-up answers, not an article
    /// that mentions both; an article whose title names them ("G0121/G0105 ... vs 45378") still does.
    @Test func comparedCodesAreEachLookedUp() async throws {
        let visits = try await engine.ask("99203 vs 99213")
        #expect(visits.category == .cpt)
        #expect(visits.codes.map(\.code) == ["99203", "99213"])
        #expect(visits.answer.hasPrefix("CPT 99203") && visits.answer.contains("\nCPT 99213"), "\(visits.answer)")
        let diagnoses = try await engine.ask("What is the difference between E11.9 and E11.65?")
        #expect(diagnoses.category == .cpt && diagnoses.codes.map(\.code).starts(with: ["E11.9", "E11.65"]), "\(diagnoses.codes)")
        let screening = try await engine.ask("G0105 vs G0121 - what's the difference")
        #expect(screening.answer.hasPrefix("Screening colonoscopy"), "\(screening.answer.prefix(80))")
    }

    /// "Is it covered by Medicare?" after a code's answer is about that code: an article must name
    /// it, not merely share "covered" and "Medicare" (a massage therapy article did).
    @Test func aFollowUpsCarriedCodeIsItsTopic() async throws {
        let visit = try await engine.ask("preventive visit 45 year old established")
        let covered = try await engine.ask("is it covered by medicare?", following: visit)
        #expect(covered.category == .coverage && covered.codes.first?.code == "99396", "\(covered.category) \(covered.codes.map(\.code))")
        #expect(!covered.answer.contains("Massage"), "\(covered.answer.prefix(200))")
        #expect(ArticleLookup.withCarriedCodes(QuestionParser().parse("is it covered?")).words == ["is", "it", "covered"])
    }

    @Test func explainsModifier25() async throws {
        let answer = try await engine.ask("What does modifier 25 mean?")
        #expect(answer.category == .modifiers)
        #expect(answer.codes.first == CodeReference(system: .modifier, code: "25", description: answer.codes.first?.description ?? ""))
        #expect(answer.answer.lowercased().contains("separately identifiable"))
        #expect(!answer.citations.isEmpty)
        #expect(answer.warnings.isEmpty)
    }

    @Test func missingFactsGetAnHonestAnswer() async throws {
        let answer = try await engine.ask("What is CPT code 01999?")
        #expect(answer.category == .cpt)
        #expect(answer.answer.contains("not in CasePilot's knowledge base"))
        #expect(answer.answer.contains("casepilot data import"))
        #expect(answer.warnings.contains { $0.contains("01999") })
        #expect(answer.citations.isEmpty, "an honest 'not found' cites nothing")
    }

    @Test func ncciWithoutDataSaysWhichDatasetToImport() async throws {
        let answer = try await engine.ask("Can I bill 20610 with 99213?")
        #expect(answer.category == .ncci)
        #expect(answer.answer.contains("ncci-ptp"))
        #expect(answer.codes.map(\.code).starts(with: ["20610", "99213"]))
    }

    @Test func outOfScopeIsPoliteAndShort() async throws {
        let answer = try await engine.ask("how do I make banana bread")
        #expect(answer.category == .unknown)
        #expect(answer.answer.contains("medical-coding"))
        #expect(answer.codes.isEmpty && answer.citations.isEmpty)
        #expect(!answer.answer.contains("data import"), "a question is no term to look up")
        // A bare term, with no code set imported to look it up in, may be a diagnosis: say what to import.
        let term = try await engine.ask("left knee osteoarthritis")
        #expect(term.category == .unknown && term.answer.contains("`casepilot data import icd10cm FILE`"), "\(term.answer)")
        // A code with a digit too few or too many is said to be no code; a year is no code at all.
        let mistyped = try await engine.ask("what is 9921")
        #expect(mistyped.answer.hasPrefix("9921 is not a code of any code set") && mistyped.warnings == ["not a valid code: 9921"], "\(mistyped.answer)")
        #expect(try await engine.ask("992133?").warnings == ["not a valid code: 992133"])
        #expect(try await engine.ask("what is 2024").answer.contains("medical-coding"))
    }

    @Test func emptyQuestionIsGraceful() async throws {
        let answer = try await engine.ask("   ")
        #expect(answer.category == .unknown && answer.warnings == ["empty question"])
    }

    @Test(arguments: [
        ("how do I pick an office E/M level by MDM", Category.guidelines),
        ("is billing 99215 on a moderate MDM note upcoding", Category.compliance),
        ("how often does Medicare cover a screening colonoscopy", Category.coverage),
        ("what is an ABN", Category.coverage),
        ("what are the NCCI modifier indicators", Category.ncci),
    ])
    func topicQuestionsAreAnsweredFromArticles(question: String, category: Category) async throws {
        let answer = try await engine.ask(question)
        #expect(answer.category == category)
        #expect(!answer.citations.isEmpty, "\(question): \(answer.answer.prefix(200))")
        #expect(answer.warnings.isEmpty, "\(question): \(answer.warnings)")
    }

    /// Everyday questions, worded unlike the articles' own sample questions, get the article on
    /// the benefit, exclusion or billing concept they ask about. Claim denials are billing
    /// questions; "What are HCC codes?" is a concept whose article is no code look-up; the code
    /// named beside a topic ("the NDC for J1885") is no word the article must hold.
    @Test(arguments: [
        ("Will Medicare pay for a podiatrist to trim toenails?", "Routine foot care", Category.coverage),
        ("Is acupuncture for knee pain covered by Medicare?", "Acupuncture", .coverage),
        ("Medicare coverage for dentures", "Dental services", .coverage),
        ("Does Medicare pay for Lasik?", "Eyeglasses", .coverage),
        ("Will Medicare pay for a Dexcom?", "Continuous glucose monitors", .coverage),
        ("Does Medicare cover a nursing home after a hospital stay?", "Skilled nursing facility", .coverage),
        ("Does Medicare pay for oxygen at home?", "Home oxygen", .coverage),
        ("What is the difference between a denial and a rejection?", "Claim rejections vs denials", .compliance),
        ("What does CO-97 denial mean?", "Claim rejections vs denials", .compliance),
        ("What are HCC codes?", "Risk adjustment and HCCs", .cpt),
        ("What is the NDC for J1885?", "NDC and HCPCS drug codes", .crosswalks),
        ("What is a POA indicator?", "Inpatient principal diagnosis", .guidelines),
        ("What are CC and MCC?", "MS-DRGs, CCs and MCCs", .guidelines),
        ("How do I code hypertension with heart disease?", "Hypertension with heart disease", .guidelines),
        ("How do I code uncontrolled diabetes?", "Coding diabetes mellitus (E08–E13)", .guidelines),
        ("Can a diagnosis be coded straight from the problem list?", "Coding from the problem list", .guidelines),
        ("How do I code E/M based on time?", "Choosing an E/M level by total time", .guidelines),
        // A "what is" term that an article's keyword names outright, before one repeating its words.
        ("What are NCCI edits?", "NCCI edits: procedure-to-procedure", .ncci),
        ("What is an ABN?", "Advance Beneficiary Notice", .coverage),
        ("What is an add-on code?", "Add-on codes: how they work", .cpt),
        ("What is a modifier?", "Modifiers: what they are", .modifiers),
        ("What is a MAC?", "Medicare Administrative Contractors (MACs)", .coverage),
        // "Goes" says where a modifier is put: it found GN ("… GO for occupational therapy").
        ("what modifier goes on E/M", "Modifiers on E/M codes", .modifiers),
        ("Which modifiers can be used on an office visit?", "Modifiers on E/M codes", .modifiers),
        ("annual physical plus a problem addressed at the same visit - which modifier goes on the problem E/M",
         "Preventive visit and problem-oriented visit", .modifiers),
        // No modifier says an interpreter was used; modifier 26 is about a test's interpretation.
        ("what modifier for interpreter", "Interpreter services: no modifier", .modifiers),
        ("X modifiers", "The X modifiers (X{EPSU})", .modifiers),
        // Classified a guideline; the article that names telehealth visits is a coverage one.
        ("how do I code a telehealth visit", "Medicare telehealth coverage basics", .guidelines),
    ])
    func everydayQuestionsFindTheirArticle(question: String, title: String, category: Category) async throws {
        let answer = try await engine.ask(question)
        #expect(answer.category == category, "\(question)")
        #expect(answer.answer.hasPrefix(title), "\(question): \(answer.answer.prefix(120))")
    }

    /// "Modifier for …" asks which modifier does what it says, however the phrase reads as a
    /// description ("interpretation only" is also in a code's title).
    @Test(arguments: [
        ("modifier for interpretation only", "26"),
        ("modifier for technical component only", "TC"),
        ("modifier for unrelated e/m during postop period", "24"),
        ("modifier for unrelated procedure during postop period", "79"),
        ("modifier for distinct service", "59"),
    ])
    func aModifierAskedForByWhatItDoes(question: String, modifier: String) async throws {
        try await expectFirst(modifier, answering: question, in: .modifiers)
    }

    /// That `question` is answered in `category` with `code` first.
    private func expectFirst(_ code: String, answering question: String, in category: Category) async throws {
        let answer = try await engine.ask(question)
        #expect(answer.category == category, "\(question)")
        #expect(answer.codes.first?.code == code, "\(question): \(answer.codes.map(\.code))")
    }

    /// A visit beside one other service takes the visit's modifier, said once: not again as the
    /// E/M modifiers article, nor as a modifier that shares "goes".
    @Test func aModifierBesideAVisitIsSaidOnce() async throws {
        let answer = try await engine.ask("what modifier goes on 96127 with E/M")
        #expect(answer.category == .modifiers)
        #expect(answer.answer.hasPrefix("For the visit (E/M) beside the procedure 96127: modifier 25 on the E/M code"), "\(answer.answer.prefix(200))")
        #expect(!answer.answer.contains("Modifiers on E/M codes") && !answer.answer.contains("Modifier GN"))
        #expect(answer.codes.map(\.code) == ["25", "96127"])
    }

    /// One code with a modifier ("can 71046 be billed with modifier 26?") asks about the modifier,
    /// though "billed with" asks for NCCI edits between two codes (it was the code's MUE); its
    /// units ("how many units of 20610 with modifier 50") are still an NCCI question.
    @Test func oneCodeWithAModifierAsksAboutTheModifier() async throws {
        let professional = try await engine.ask("can 71046 be billed with modifier 26")
        #expect(professional.category == .modifiers && professional.answer.hasPrefix("Modifier 26"), "\(professional.category): \(professional.answer.prefix(120))")
        #expect(!professional.answer.contains("MUE"))
        let units = try await engine.ask("how many units of 20610 with modifier 50")
        #expect(units.category == .ncci, "\(units.answer.prefix(120))")
        #expect(!NCCILookup.asksOnlyAboutAModifier(QuestionParser().parse("can 20610 be billed with 99213 and modifier 25")))
    }

    /// "How do I code a pregnancy test?": the code entry that names the test, not a guideline article
    /// that only shares "test" (the COVID-19 article); an article whose title names part of the
    /// thing still answers ("a pap smear": the Pap test article).
    @Test func howToCodeAServiceIsItsCodeNotAnArticleSharingAWord() async throws {
        for (question, opening) in [("how do I code a pregnancy test", "CPT 81025"), ("how do I code a urine drug screen", "CPT 80305"),
                                    ("how do I code spirometry before and after", "CPT 94060"), ("how do I code a pap smear", "Screening Pap test")] {
            let answer = try await engine.ask(question)
            #expect(answer.answer.hasPrefix(opening), "\(question): \(answer.answer.prefix(120))")
        }
    }

    /// A study or service typed as coders say it finds its code first: for imaging, the body part
    /// and "with", "without" or "with and without contrast" name one code.
    @Test(arguments: [
        ("CT head with contrast", "70460"),
        ("CT chest without contrast", "71250"),
        ("CT chest with and without contrast", "71270"),
        ("CT abdomen without contrast", "74150"),
        ("CT abdomen with contrast", "74160"),
        ("CT abdomen with and without contrast", "74170"),
        ("CT pelvis with and without contrast", "72194"),
        ("CT abdomen and pelvis with and without contrast", "74178"),
        ("MRI brain with and without contrast", "70553"),
        ("MRI lumbar without contrast", "72148"),
        ("MRI lumbar spine with and without contrast", "72158"),
        ("CT sinus with and without contrast", "70488"),
        ("MRI thoracic spine with and without contrast", "72157"),
        // "Cervical" is also the cervical-screening article's word: the phrase still names its code.
        ("MRI cervical spine without contrast", "72141"),
        // "No ultrasound" in 20610's title is no match for "with ultrasound guidance".
        ("knee injection with ultrasound guidance", "20611"),
        ("nursing home visit code", "99307"),
        ("tdap vaccine administration code", "90471"),
        ("cpt code for mole removal", "11400"),
        ("medicare annual wellness visit code", "G0438"),
    ])
    func aStudyOrServiceNamesItsCode(study: String, code: String) async throws {
        try await expectFirst(code, answering: study, in: .cpt)
    }

    /// "What is …" asks to define a term of up to four words; "what replaced …" an ICD-10 code asks
    /// for its newer codes, not an ICD-9 mapping.
    @Test func theShapeOfAQuestionSaysWhatItAsks() {
        let parser = QuestionParser()
        #expect(ArticleLookup.definedTerm(parser.parse("What are NCCI edits?")) == ["ncci", "edits"])
        #expect(ArticleLookup.definedTerm(parser.parse("What is an ABN?")) == ["abn"])
        #expect(ArticleLookup.definedTerm(parser.parse("What is an add-on code?")) == ["add", "code"])
        #expect(ArticleLookup.definedTerm(parser.parse("What is 99213?")) == nil)
        #expect(ArticleLookup.definedTerm(parser.parse("How do I bill an ABN?")) == nil)
        // What an abbreviation stands for or means is a definition too.
        #expect(ArticleLookup.definedTerm(parser.parse("What does MUE stand for?")) == ["mue"])
        #expect(ArticleLookup.definedTerm(parser.parse("what does PTP mean")) == ["ptp"])
        #expect(ArticleLookup.definedTerm(parser.parse("What is the full form of HCPCS?")) == ["hcpcs"])
        #expect(ArticleLookup.definedTerm(parser.parse("what is the meaning of MDM")) == ["mdm"])
        #expect(ArticleLookup.definedTerm(parser.parse("define NCCI")) == ["ncci"])
        #expect(ArticleLookup.definedTerm(parser.parse("what does it mean")) == nil)
        #expect(ArticleLookup.definedTerm(parser.parse("what does modifier 25 mean")) == nil)
        #expect(ArticleLookup.asksForExpansion(parser.parse("What does HCPCS stand for?")))
        #expect(!ArticleLookup.asksForExpansion(parser.parse("What is HCPCS?")))
        #expect(CrosswalkLookup.asksWhatReplacedAnICD10Code(parser.parse("what replaced M54.5")))
        #expect(!CrosswalkLookup.asksWhatReplacedAnICD10Code(parser.parse("What replaced ICD-9 250.00?")))
        #expect(!CrosswalkLookup.asksWhatReplacedAnICD10Code(parser.parse("What replaced CPT 99201?")))
    }

    /// "By itself" or "alone" says how, not what: no article must hold it.
    @Test func reflexiveWordsAreNoTopic() async throws {
        #expect(ArticleLookup.distinctiveWords(QuestionParser().parse("can an add-on code be billed by itself")).allSatisfy { $0 != "itself" })
        let answer = try await engine.ask("can an add-on code be billed by itself")
        #expect(answer.answer.contains("Add-on codes: how they work"), "\(answer.answer.prefix(120))")
        // "add-on" is a phrase, though "on" is a stop word.
        let reported = try await engine.ask("can an add-on code be reported by itself")
        #expect(reported.answer.hasPrefix("Add-on codes: how they work"), "\(reported.answer.prefix(120))")
    }

    /// "What replaced …?" for a deleted CPT code is answered by the code's own entry, not by an
    /// article on other deleted codes or one that shares a word ("phone") and a pronoun ("them").
    @Test func aDeletedCodeSaysWhatReplacedIt() async throws {
        for (question, successor) in [("What replaced CPT 99201?", "99202"), ("Is 99217 still valid?", "99238"), ("What replaced 99354?", "99417"),
                                      ("99356 and 99357 were deleted - what replaced them", "99418"),
                                      ("99441-99443 phone codes were deleted for 2025, what replaced them", "audio-only")] {
            let answer = try await engine.ask(question)
            #expect(answer.answer.contains("(deleted") && answer.answer.contains(successor), "\(question): \(answer.answer.prefix(200))")
            #expect(answer.warnings.isEmpty, "\(question): \(answer.warnings)")
        }
    }

    /// The counterpart of a code in the other code set is in the code's own entry, unless the article
    /// found is on the code or on the question's topic ("instead of 96127 for the depression
    /// screen": the depression screening article); a modifier beside a procedure ("free T4") does
    /// not stop a question for its diagnoses from being one on pairing codes. A procedure whose
    /// entry names its diagnosis code answers with the entry (G0008's Z23), not one whose entry
    /// only holds a code that reads like one (84153's "G0103" is no G01.03).
    @Test func aCodesCounterpartIsInItsEntry() async throws {
        for (question, opening) in ["G0105 corresponds to which cpt code": "HCPCS G0105", "what's the CPT equivalent of G0121": "HCPCS G0121",
                                    "what G code do I use for medicare instead of 96127 for the depression screen": "Annual depression screening",
                                    "which diagnosis codes support 84439 free T4": "Pairing CPT/HCPCS codes with ICD-10-CM codes",
                                    "which diagnosis code goes with G0008": "HCPCS G0008", "dx that justify 86803 hep c antibody": "Pairing CPT/HCPCS codes"] {
            let answer = try await engine.ask(question)
            #expect(answer.answer.hasPrefix(opening), "\(question): \(answer.answer.prefix(120))")
        }
    }

    /// A short question with a topic of its own starts afresh; one about an aspect of the previous
    /// article stays with that article's topic, turn after turn.
    @Test func aNewTopicStartsAfreshAndAnAspectKeepsTheTopic() async throws {
        let pair = try await engine.ask("Can I bill 20610 with 99213?")
        let acupuncture = try await engine.ask("Does Medicare cover acupuncture?", following: pair)
        #expect(acupuncture.answer.hasPrefix("Acupuncture"), "\(acupuncture.answer.prefix(120))")
        #expect(!acupuncture.codes.contains { $0.code == "20610" })
        let sessions = try await engine.ask("how many sessions?", following: acupuncture)
        #expect(sessions.answer.hasPrefix("Acupuncture"), "\(sessions.answer.prefix(120))")
        let who = try await engine.ask("who can bill it?", following: sessions)
        #expect(who.answer.hasPrefix("Acupuncture"), "\(who.answer.prefix(120))")
        // Its counterpart in the other revision is an aspect of the code discussed.
        let code = try await engine.ask("What is CPT code 99213?")
        #expect(!TopicShift.startsNewTopic(QuestionParser().parse("what does it map to in icd-9?"), after: code))
        // A part of Medicare the answer named is no new topic.
        let vaccines = Answer(question: "does medicare cover the shingles vaccine", category: .coverage, confidence: 1, answer: "Under Part D, not Part B.")
        #expect(!TopicShift.startsNewTopic(QuestionParser().parse("so is it part b or part d?"), after: vaccines))
    }

    /// A word only coding uses ("CPT") keeps a question in scope whatever the everyday questions
    /// the model learned ("difference between a category 4 and category 5 hurricane"); without a
    /// look-up frame the article on the concept answers before a code entry with the same words.
    @Test func aConceptQuestionWithACodingWordGetsItsArticle() async throws {
        let answer = try await engine.ask("What is the difference between CPT Category I and Category III?")
        #expect(answer.category != .unknown)
        #expect(answer.answer.hasPrefix("How CPT is organised"), "\(answer.answer.prefix(120))")
    }

    @Test func followUpsUseThePreviousCodes() async throws {
        let first = try await engine.ask("What is 20610?")
        let followUp = try await engine.ask("and with modifier 59?", following: first)
        #expect(followUp.category == .modifiers)
        #expect(followUp.codes.contains { $0.code == "59" })
        #expect(followUp.codes.contains { $0.code == "20610" })
        let bundled = try await engine.ask("is it bundled with 99213?", following: first)
        #expect(bundled.category == .ncci)
        #expect(Set(bundled.codes.map(\.code)).isSuperset(of: ["20610", "99213"]))
        let units = try await engine.ask("how many units can I bill?", following: first)
        #expect(units.codes.contains { $0.code == "20610" }, "a question without codes continues the conversation")
    }

    /// "What about 99214?" after 99213 asks about 99214 instead, not about the pair.
    @Test func aFollowUpWithAnotherCodeReplacesIt() async throws {
        let first = try await engine.ask("What is CPT code 99213?")
        let next = try await engine.ask("what about 99214?", following: first)
        #expect(next.category == .cpt)
        #expect(next.codes.map(\.code) == ["99214"], "\(next.answer.prefix(120))")
        let paired = try await engine.ask("can I bill it with 93000?", following: next)
        #expect(paired.category == .ncci && Set(paired.codes.map(\.code)) == ["99214", "93000"])
        // No modifier entry answers "what modifier do I need?" by sharing the word "modifier".
        let modifier = try await engine.ask("what modifier do I need?", following: paired)
        #expect(modifier.category == .modifiers)
        #expect(!modifier.answer.contains("Modifier 99"), "\(modifier.answer.prefix(200))")
    }

    /// "And for 20610?" after a question of another category than a look-up asks that question
    /// again about 20610, in place of its code or after it; "what is 99214?" is a look-up of its own.
    @Test func aFollowUpWithAnotherCodeAsksTheSameQuestion() async throws {
        let parser = QuestionParser()
        let units = Answer(question: "what is the MUE?", category: .ncci, confidence: 1, answer: "…")
        #expect(FollowUp.codeVariant(parser.parse("and for 20610?"), previous: units) == "what is the MUE for 20610")
        let covered = Answer(question: "Is 99213 covered by Medicare?", category: .coverage, confidence: 1, answer: "…")
        #expect(FollowUp.codeVariant(parser.parse("what about 99396?"), previous: covered) == "Is 99396 covered by Medicare")
        #expect(FollowUp.codeVariant(parser.parse("what is 99214?"), previous: covered) == nil)
        #expect(FollowUp.codeVariant(parser.parse("what about 99214?"), previous: Answer(question: "What is 99213?", category: .cpt, confidence: 1, answer: "…")) == nil)
        // A look-up that asked for payment details asks them again of the new code.
        let rvus = Answer(question: "What are the RVUs for 99213?", category: .cpt, confidence: 1, answer: "…")
        #expect(FollowUp.codeVariant(parser.parse("and 99214?"), previous: rvus) == "What are the RVUs for 99214")
        let pair = Answer(question: "can I bill 20610 with 99213", category: .ncci, confidence: 1, answer: "…")
        #expect(FollowUp.codeVariant(parser.parse("and 20611?"), previous: pair) == nil, "which code it replaces is unsaid")
        let first = try await engine.ask("what is the MUE?")
        let next = try await engine.ask("and for 20610?", following: first)
        #expect(next.category == .ncci && next.codes.map(\.code) == ["20610"], "\(next.answer.prefix(120))")
    }

    /// A question that asks for a code of its own starts afresh, however short.
    @Test func aNewLookUpIsNoFollowUp() async throws {
        let first = try await engine.ask("What is CPT code 99213?")
        for question in ["Lumbar microdiscectomy code?", "code for a lumbar microdiscectomy"] {
            let next = try await engine.ask(question, following: first)
            #expect(next.codes.first?.code == "63030", "\(question): \(next.answer.prefix(120))")
            #expect(!next.codes.contains { $0.code == "99213" })
        }
    }

    /// An article that shares only "Medicare" and "cover" with the question is no answer, nor one
    /// that shares one of two topic words.
    @Test func anUnrelatedArticleIsNotOffered() async throws {
        for question in ["Does Medicare cover breast pumps?", "Does Medicare cover hearing dogs?"] {
            let answer = try await engine.ask(question)
            #expect(answer.category == .coverage, "\(question)")
            #expect(answer.warnings.contains("no matching Medicare coverage article in the knowledge base"), "\(question): \(answer.answer.prefix(200))")
        }
        // Nothing but framing words: any article would be a guess.
        let framing = try await engine.ask("What is the difference between the codes", category: .guidelines)
        #expect(framing.warnings.contains("no matching coding guidelines article in the knowledge base"), "\(framing.answer.prefix(200))")
        // Code-set letters are words of their own: the Z-code article says what V codes are now.
        let letters = try await engine.ask("What is the difference between Z codes and V codes", category: .guidelines)
        #expect(letters.answer.hasPrefix("Z codes (Chapter 21)"), "\(letters.answer.prefix(200))")
    }

    /// The classified category's articles come first unless another category's matches far better:
    /// how to bill a telehealth visit is the code-set article on the 2025 telemedicine codes (how
    /// Medicare has them billed), not a guideline that mentions telehealth.
    @Test func aMuchBetterArticleOfAnotherCategoryWins() async throws {
        let answer = try await engine.ask("how do I bill a telehealth visit in 2025", category: .guidelines)
        #expect(answer.answer.hasPrefix("CPT telemedicine E/M codes 98000–98016"), "\(answer.answer.prefix(120))")
    }

    @Test func forcedCategory() async throws {
        let answer = try await engine.ask("99214", category: .guidelines)
        #expect(answer.category == .guidelines && answer.confidence == 1)
    }
}
