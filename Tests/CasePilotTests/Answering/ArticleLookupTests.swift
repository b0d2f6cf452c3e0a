import Foundation
import Testing
@testable import CasePilot

/// Which authored article answers a question.
@Suite struct ArticleLookupTests {
    static let articles = """
        == article imaginary-telepresence
        title: Zephyr telepresence coverage basics
        category: coverage
        keywords: zephyr telepresence coverage
        body: Medicare pays for the services on its list: \((1...60).map { "imaginary listed service \($0)" }.joined(separator: ", ")).
        source: s
        as-of: 2025

        == article imaginary-calm-care
        title: Outpatient calm care services
        category: coverage
        keywords: calm care
        body: Zephyr telepresence. Zephyr telepresence, zephyr telepresence, zephyr telepresence, zephyr telepresence.
        source: s
        as-of: 2025

        == article imaginary-calm-care-frequency
        title: Calm care screening: ages and frequencies
        category: coverage
        keywords: calm care every year
        body: Calm care screening is covered once a year; the zephyr telepresence article has the rest.
        source: s
        as-of: 2025
        """

    /// A knowledge base with `articles` (authored-entry text) as its whole knowledge.
    static func fixture(articles: String) throws -> Fixture {
        let fixture = try Fixture()
        let knowledge = fixture.folder.appendingPathComponent("Knowledge")
        try FileManager.default.createDirectory(at: knowledge, withIntermediateDirectories: true)
        try fixture.write("Knowledge/articles.txt", articles)
        try fixture.knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: knowledge.path))
        return fixture
    }

    /// A coverage question is answered by the article that names its topic, when the article
    /// that mentions the topic most does not name it.
    @Test func theArticleThatNamesTheCoveredTopicAnswers() throws {
        let fixture = try Self.fixture(articles: Self.articles)
        for question in ["Does Medicare cover zephyr telepresence?", "is zephyr telepresence covered by medicare in 2024"] {
            let answer = try fixture.answer(question, .coverage)
            #expect(answer.text.hasPrefix("Zephyr telepresence coverage basics"), "\(question): \(answer.text.prefix(80))")
        }
        #expect(ArticleLookup.topic(QuestionParser().parse("How often does Medicare cover calm care screening in 2025?"), ignoring: ArticleLookup.framingWords(.coverage)) == ["calm", "care", "screening"])
        // An article that names the topic itself keeps its place.
        #expect(try fixture.answer("How often does Medicare cover calm care screening?", .coverage).text.hasPrefix("Calm care screening"))
    }

    /// So is a question of another category: "how do I code a telehealth visit?" (guidelines) is
    /// the telehealth article (coverage), not the consultation article of its own category that
    /// says "code", "visit" and "telehealth" more often.
    @Test func theArticleThatNamesTheTopicAnswersAnyCategory() throws {
        let fixture = try Self.fixture(articles: Self.articles.replacingOccurrences(of: "keywords: zephyr telepresence coverage", with: "keywords: zephyr telepresence coverage, zephyr telepresence visit") + """

            == article imaginary-quorum-visits
            title: Quorum codes
            category: guidelines
            body: A quorum visit is coded with quorum codes; a zephyr telepresence quorum visit is coded with other codes. Code each visit.
            source: s
            as-of: 2025
            """)
        let answer = try fixture.answer("how do I code a zephyr telepresence visit", .guidelines)
        #expect(answer.text.hasPrefix("Zephyr telepresence coverage basics"), "\(answer.text.prefix(80))")
        #expect(try fixture.answer("how do I code a quorum visit", .guidelines).text.hasPrefix("Quorum codes"))
    }

    /// A part of Medicare is a topic of its own, searched as the phrase ("Part C", not hepatitis
    /// C); "how much" only frames the question.
    @Test func aPartOfMedicareIsATopic() throws {
        let fixture = try Self.fixture(articles: """
            == article imaginary-parts
            title: Zephyr parts
            category: coverage
            keywords: Part C
            body: Part C is the zephyr advantage plan.
            source: s
            as-of: 2025

            == article imaginary-hepatitis
            title: Zephyr hepatitis C screening
            category: coverage
            body: Part B covers zephyr hepatitis C screening: C, C and C again.
            source: s
            as-of: 2025

            == article imaginary-cost-sharing
            title: Zephyr cost sharing
            category: coverage
            body: Under Part B the patient pays the zephyr coinsurance.
            source: s
            as-of: 2025

            == article imaginary-nurse-payment
            title: Zephyr nurse payment
            category: coverage
            body: How much does Medicare pay a zephyr nurse? As much as so much.
            source: s
            as-of: 2025
            """)
        #expect(try fixture.answer("what is medicare part c", .coverage).text.hasPrefix("Zephyr parts"))
        #expect(try fixture.answer("how much does the patient pay under part b", .coverage).text.hasPrefix("Zephyr cost sharing"))
        #expect(ArticleLookup.distinctiveWords(QuestionParser().parse("is tdap part b or part d")) == ["tdap", "part b"])
    }

    /// A question an article was written to answer, in other framing, is that article's: not the
    /// one that says its words most, nor one that asks what is paid instead of what is covered.
    @Test func anAuthoredQuestionInOtherWordsIsItsArticle() throws {
        let fixture = try Self.fixture(articles: """
            == article imaginary-part-b-basics
            title: What Medicare Part B covers
            category: coverage
            body: The zephyr benefit.
            questions:
              What does Medicare Part B cover?
            source: s
            as-of: 2025

            == article imaginary-part-b-vaccines
            title: Vaccines covered under Medicare Part B
            category: coverage
            body: Part B covers vaccines. Part B, Part B and Part B again: what Part B covers.
            source: s
            as-of: 2025

            == article imaginary-part-b-cost
            title: Part B cost sharing
            category: coverage
            body: The patient pays the zephyr coinsurance under Part B.
            questions:
              What does the patient pay under Part B?
            source: s
            as-of: 2025

            == article imaginary-code-sets
            title: Zephyr code sets
            category: cpt
            body: Two code sets.
            questions:
              What is the difference between CPT and HCPCS?
            source: s
            as-of: 2025
            """)
        for question in ["what does part b cover", "what is covered under part b", "what services are covered under medicare part b"] {
            #expect(try fixture.answer(question, .coverage).text.hasPrefix("What Medicare Part B covers"), "\(question)")
        }
        #expect(try fixture.answer("what does a patient pay under part b", .coverage).text.hasPrefix("Part B cost sharing"))
        // Code sets' names are what such a question asks about, though no search word elsewhere.
        for question in ["cpt vs hcpcs", "difference between hcpcs and cpt codes"] {
            #expect(try fixture.answer(question, .guidelines).text.hasPrefix("Zephyr code sets"), "\(question)")
        }
        let parser = QuestionParser()
        #expect(ArticleLookup.askedWords(parser.parse("what is covered under part b")) == ["part b", "cover"])
        #expect(ArticleLookup.askedWords(parser.parse("What is the difference?")).isEmpty)
    }

    /// A code's entry written to answer the question leads, not an article that shares the
    /// question's other words; the code is not listed again after it.
    @Test func aCodeEntryWrittenForTheQuestionLeads() throws {
        let fixture = try Self.fixture(articles: """
            == article imaginary-new-patients
            title: New and established zephyr patients
            category: guidelines
            body: A new patient is new, a new patient is not established: new patient, new patient.
            source: s
            as-of: 2025

            == code HCPCS G9991
            title: Zephyr add-on
            body: Paid with new and established patient visits.
            questions:
              Can I bill G9991 with a new patient?
            source: s
            as-of: 2025
            """)
        for question in ["can I bill G9991 with a new patient", "can G9991 be billed for new patients?"] {
            let answer = try fixture.answer(question, .guidelines)
            #expect(answer.text.hasPrefix("HCPCS G9991 — Zephyr add-on") && !answer.text.contains("Codes in your question"), "\(question): \(answer.text)")
            #expect(answer.codes.map(\.code) == ["G9991"])
        }
        #expect(try fixture.answer("what is a new patient", .guidelines).text.hasPrefix("New and established zephyr patients"))
    }

    /// So with the project's knowledge, whichever category the question is classified in.
    @Test func theProjectsArticlesAnswerTheirQuestionsInOtherWords() async throws {
        try await Self.expectTitles([
            "what does part b cover": "What Medicare Part B covers",
            "what services are covered under part b": "What Medicare Part B covers",
            "cpt vs hcpcs": "HCPCS Level II code structure",
            "what is the difference between hcpcs and cpt codes": "HCPCS Level II code structure",
            // A term to define, with the code set it is in ("in ICD-10") as context.
            "what is NOS in icd 10": "ICD-10-CM conventions",
            // The article that names the topic, though the question's other words are not in it.
            "DSMT coverage limits": "Diabetes self-management training",
            // A follow-up visit, not the follow-up for cancer in the malignancy article.
            "how do I code a follow up visit after pneumonia": "Follow-up visit after completed treatment",
            "follow up visit after treatment for pneumonia": "Follow-up visit after completed treatment",
            "what is a HIPAA violation": "HIPAA violations and breaches",
            "we faxed PHI to the wrong number, what now": "HIPAA violations and breaches",
            "how many days do we have to give a patient their records": "HIPAA right of access",
            "underdosing - pt stopped her BP meds because she couldnt afford them, how do i code that": "Poisoning vs adverse effect vs underdosing",
            "does medicare cover diabetic test strips": "Blood glucose monitors, test strips and lancets",
            "does medicare pay for lab work": "Lab tests under Medicare Part B",
            "can we waive copays for patients": "Waiving copays and deductibles",
            "can I balance bill a medicare patient": "Participating, non-participating and opted-out providers",
            "does medicare cover a TENS unit": "TENS units",
            "what is an NPI": "NPI, taxonomy codes, Medicare enrolment (PECOS)",
            "what is a clearinghouse": "Clearinghouses and the X12 transactions",
            "what is an HMO vs PPO": "Fee-for-service, capitation, HMOs and PPOs",
            "sdoh z codes": "Social determinants of health (SDOH)",
            "who can document social determinants of health": "Social determinants of health (SDOH)",
            "advance care planning requirements": "Advance care planning (99497, 99498)",
            "how often can you bill 99497": "Advance care planning (99497, 99498)",
            "when do I use placeholder X": "ICD-10-CM 7th characters (A, D, S) and the placeholder X",
            "is there a code for a telehealth visit by phone": "CPT telemedicine E/M codes 98000–98016",
            "what are the new telehealth codes for 2025": "CPT telemedicine E/M codes 98000–98016",
            // A modifier with a code: the article written for the pair, before the modifier's entry.
            "does medicare pay for G2211 with modifier 25": "G2211 – Medicare's visit complexity add-on",
            "does medicare cover a physical": "Routine physical examinations are not covered by Medicare",
            "is it legal to give patients a gift card": "Gifts to patients: beneficiary inducements",
            "does medicare cover ambulance rides": "Ambulance services",
            "does medicaid cover rides to doctor appts": "Rides to medical appointments (NEMT)",
            "how do I code a pap smear at an annual exam": "G0101 and Q0091 with a CPT preventive visit",
            "what are the information blocking exceptions": "Information blocking (ONC rule, 45 CFR Part 171)",
            "can we delay releasing test results to the portal": "Information blocking (ONC rule, 45 CFR Part 171)",
            "what happens to telehealth after the waivers end": "Medicare telehealth coverage basics",
            "what is a corporate integrity agreement": "Corporate Integrity Agreements (CIAs)",
            "can we give records to the police": "HIPAA: giving a patient's information to the police",
            "pt paid cash and asked us not to tell her insurance about the visit": "Self-pay restriction",
            "how do I appeal a denied claim": "Medicare claim appeals",
            "what do I do with an ADR letter": "Medicare audits",
            "what happens if we bill the wrong code by mistake": "The 60-day overpayment rule",
            "how long do I have to submit a medicare claim": "Medicare timely filing and clean claims",
            "can I bill for a phone call with a patient": "CPT telemedicine E/M codes 98000–98016",
            // A remittance's group code and reason, and a remark code, are the denial codes article.
            "what is PR-1": "Claim rejections vs denials",
            "what does remark code N130 mean": "Claim rejections vs denials",
            "does medicare cover the shingrix shot": "Vaccines under Medicare Part D",
            "is it fraud to bill a level 5 visit for every patient": "Upcoding",
            "physician wants to bill interpretation of a CT he never actually looked at": "Fraud, waste and abuse",
            // When it is asked about is no part of the topic.
            "is telehealth covered after 2025": "Medicare telehealth coverage basics",
            "does medicare cover orthotics": "Braces and orthotics",
            "does medicare cover nursing home care": "Custodial and long-term care",
            // An appeal's first level is a coverage question, though it has no coverage word.
            "how long do I have to file a redetermination": "Medicare claim appeals",
            // The article written to answer it, though another names its one topic word in a keyword.
            "how many diagnosis codes can go on a claim": "CMS-1500 vs UB-04",
            // Who may order a service is a coverage question, though it has no coverage word.
            "who can order home health": "Home health services",
            // A screening sooner than its interval, and whether an ABN is due: the screening's article.
            "low risk patient had her last pap 20 months ago, is an ABN needed": "Screening Pap test and pelvic exam",
        ])
    }

    /// Expects the answer to each question to open with its title.
    static func expectTitles(_ expected: [String: String], from engine: CasePilotEngine = SharedEngine.engine) async throws {
        for (question, title) in expected {
            let answer = try await engine.ask(question)
            #expect(answer.answer.hasPrefix(title), "\(question) (\(answer.category)): \(answer.answer.prefix(80))")
        }
    }

    /// "Is X covered?" without a coding word is a coverage question when an article names X, and
    /// out of scope otherwise.
    @Test func aCoverageQuestionAboutAnArticlesTopicIsInScope() async throws {
        let engine = SharedEngine.engine
        for (question, title) in ["is acupuncture covered": "Acupuncture", "is a second opinion covered": "Second and third opinions"] {
            let answer = try await engine.ask(question)
            #expect(answer.category == .coverage && answer.answer.hasPrefix(title), "\(question) (\(answer.category)): \(answer.answer.prefix(80))")
        }
        #expect(try await engine.ask("is my car covered").category == .unknown)
        // "like" frames an example: an article that shares it and one other word does not answer.
        let gym = try await engine.ask("does medicare advantage cover gym memberships like silver sneakers")
        #expect(gym.warnings.contains(ArticleLookup.noArticle(.coverage)), "\(gym.answer.prefix(80))")
    }

    /// The question's "E/M" (or "E&M", "EM") finds the articles that write "E/M".
    @Test func evaluationAndManagementIsSearchedAsTheArticlesWriteIt() throws {
        let fixture = try Self.fixture(articles: """
            == article imaginary-zephyr-visits
            title: Zephyr rules for E/M
            category: guidelines
            keywords: zephyr rules
            body: How the zephyr rules apply to a visit.
            source: s
            as-of: 2025

            == article imaginary-zephyr-rules
            title: Zephyr rules: the whole list
            category: guidelines
            keywords: zephyr rules, zephyr rules list
            body: Zephyr rules, zephyr rules and more zephyr rules.
            source: s
            as-of: 2025
            """)
        for question in ["zephyr rules for an E/M", "zephyr rules for an E&M", "EM zephyr rules"] {
            #expect(try fixture.answer(question, .guidelines).text.hasPrefix("Zephyr rules for E/M"), "\(question)")
        }
        #expect(try fixture.answer("zephyr rules", .guidelines).text.hasPrefix("Zephyr rules: the whole list"))
        // "definition" frames a question ("upcoding definition"): no article need hold it.
        #expect(try fixture.answer("zephyr definition", .guidelines).text.hasPrefix("Zephyr rules"))
    }

    /// A look-up for a term that an article's keyword says word for word, read as the question
    /// parser reads it ("E/M" is one word), is that article when no code names the term.
    @Test func aTermAnArticleKeywordSaysIsThatArticle() async throws {
        let fixture = try Self.fixture(articles: """
            == article imaginary-zephyr-overview
            title: Zephyr services overview
            category: guidelines
            keywords: ZX/QY, ZX/QY services
            body: What the zephyr services are.
            source: s
            as-of: 2025
            """)
        let lookup = ArticleLookup(knowledgeBase: fixture.knowledgeBase)
        #expect(try lookup.keywordArticle(["zx", "qy", "services"])?.entry.title == "Zephyr services overview")
        #expect(try lookup.keywordArticle(["zx", "qy", "rules"]) == nil, "a keyword is matched whole")
        // The project's knowledge: "E/M" typed alone or asked about is the E/M overview, not a
        // code entry or modifier that mentions an E/M.
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        for question in ["E/M", "what is E/M", "E/M coding", "what does E/M stand for"] {
            let answer = try await engine.ask(question)
            #expect(answer.answer.hasPrefix("E/M (evaluation and management) codes"), "\(question): \(answer.answer.prefix(80))")
        }
    }

    /// What an abbreviation stands for, or a term that is only a code set's name, is the article a
    /// keyword names: never a code whose description shares the framing ("Stand/rack" for "what
    /// does HCPCS stand for"), nor a request to describe a code ("what is CPT").
    @Test func anAbbreviationIsTheArticleItsKeywordNames() async throws {
        let fixture = try Fixture()
        let engine = try CasePilotEngine(configuration: .init(databasePath: fixture.folder.appendingPathComponent("kb.sqlite").path, knowledgeDirectory: TestPaths.knowledge))
        let expected = [
            "what does HCPCS stand for": "HCPCS Level II code structure",
            "what is HCPCS": "HCPCS Level II code structure",
            "what is the full form of HCPCS": "HCPCS Level II code structure",
            "what is CPT": "How CPT is organised",
            "what is ICD-10-CM": "ICD-10-CM code structure",
            "what does MUE stand for": "Medically unlikely edits (MUEs)",
            "what does NCCI stand for": "NCCI edits: procedure-to-procedure (PTP) pairs",
            "what does MDM stand for": "Office/outpatient E/M since 2021",
            "what is an RVU": "Relative value units (RVUs)",
            "what is a GPCI": "Relative value units (RVUs)",
            // Terms the classifier finds no coding words in: the article a keyword names is their topic.
            "what is an MSN": "Medicare Summary Notice (MSN)",
            "what is the limiting charge": "Participating, non-participating and opted-out providers",
            // A keyword's function words are no part of the term ("coordination of benefits").
            "what is coordination of benefits": "Coordination of benefits and Medicare Secondary Payer",
        ]
        try await Self.expectTitles(expected, from: engine)
        #expect(engine.classifier.classify("what is an MSN").category == .unknown)
        #expect(try await engine.ask("what is a cat").category == .unknown)
    }

    /// A term typed alone is the article a keyword names, not one whose title repeats its words.
    @Test func aBareTermIsTheArticleThatNamesIt() throws {
        let fixture = try Self.fixture(articles: """
            == article imaginary-zephyr-modifiers
            title: Modifiers during a zephyr period: which one and when
            category: guidelines
            keywords: zephyr period modifiers
            body: The zephyr period modifiers, zephyr period by zephyr period.
            source: s
            as-of: 2025

            == article imaginary-zephyr-package
            title: The zephyr package and what it includes
            category: guidelines
            keywords: zephyr period, zephyr days
            body: What the package holds.
            source: s
            as-of: 2025
            """)
        #expect(try fixture.answer("zephyr period", .guidelines).text.hasPrefix("The zephyr package"))
        #expect(try fixture.answer("zephyr period modifiers", .guidelines).text.hasPrefix("Modifiers during a zephyr period"))
    }

    /// A year is not a topic word: an article that only shares it and one other word does not answer.
    @Test func aYearIsNoTopic() throws {
        let fixture = try Self.fixture(articles: """
            == article imaginary-zephyr-test
            title: Zephyr blood test coverage
            category: coverage
            keywords: zephyr test
            body: Since 2024 Medicare covers the zephyr blood test once a year.
            source: s
            as-of: 2025
            """)
        #expect(try fixture.answer("does medicare cover the zephyr test in 2024", .coverage).text.hasPrefix("Zephyr blood test coverage"))
        let other = try fixture.answer("quux test coverage medicare 2024", .coverage)
        #expect(!other.text.contains("Zephyr") && !other.warnings.isEmpty, "\(other.text)")
        #expect(QuestionParser.isYear("2024") && QuestionParser.isYear("1999") && !QuestionParser.isYear("2100") && !QuestionParser.isYear("99213"))
    }

    /// Whether something is legal frames a question; the topic is the thing: "Is zephyring illegal?"
    /// is the zephyring article, which need not say "illegal".
    @Test func legalityIsNoTopic() throws {
        #expect(ArticleLookup.distinctiveWords(QuestionParser().parse("Is unbundling illegal?")) == ["unbundling"])
        let fixture = try Self.fixture(articles: """
            == article imaginary-zephyring
            title: Zephyring and fragmented billing
            category: compliance
            keywords: zephyring
            body: Zephyring is billing the parts of a service apart.
            source: s
            as-of: 2025
            """)
        #expect(try fixture.answer("Is zephyring illegal?", .compliance).text.hasPrefix("Zephyring and fragmented billing"))
    }

    /// An article with a keyword that the question says whole, when the keyword says most of what
    /// the question does, leads one of the question's category that repeats its words more often;
    /// not an article keyed by a part of a question about something else.
    @Test func aKeywordTheQuestionSaysWholeLeads() throws {
        let fixture = try Self.fixture(articles: """
            == article imaginary-zephyr-same-day
            title: Preventive zephyr visit and problem visit on the same day
            category: guidelines
            keywords: preventive zephyr visit same day
            body: \((1...20).map { _ in "A zephyr visit on the same day as a problem visit: bill the zephyr visit and the problem visit on the same day." }.joined(separator: " "))
            source: s
            as-of: 2025

            == article imaginary-bundles
            title: Bundled services with procedures
            category: ncci
            keywords: quux with procedure, zephyr visit and quux same day
            body: A quux and a visit on one date: the visit is reported with a modifier when it is separate.
            source: s
            as-of: 2025

            == article imaginary-flux
            title: Flux devices for chronic zephyr pain
            category: coverage
            keywords: flux device chronic zephyr pain
            body: Flux devices are covered for chronic zephyr pain after a trial.
            source: s
            as-of: 2025

            == article imaginary-needles
            title: Needling for chronic zephyr pain
            category: coverage
            keywords: chronic zephyr pain
            body: Needling is covered for chronic zephyr pain, chronic zephyr pain only, chronic zephyr pain.
            source: s
            as-of: 2025
            """)
        let answer = try fixture.answer("Can I bill a quux and a zephyr visit on the same day?", .guidelines)
        #expect(answer.text.hasPrefix("Bundled services with procedures"), "\(answer.text.prefix(80))")
        let flux = try fixture.answer("is a flux device covered for chronic zephyr pain", .coverage)
        #expect(flux.text.hasPrefix("Flux devices"), "\(flux.text.prefix(80))")
    }
}
