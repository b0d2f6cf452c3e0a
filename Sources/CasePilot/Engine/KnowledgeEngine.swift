import FoundationEssentials

/// The knowledge-base engine without Swift concurrency: answers from the local knowledge base on
/// the caller's thread. ``CasePilotEngine`` wraps one and adds the LLM and safe sharing between
/// tasks; use this type directly in synchronous code, such as a one-shot tool that should start
/// no threads.
///
/// ```swift
/// let engine = try KnowledgeEngine(configuration: .init(knowledgeDirectory: home.appendingPathComponent("Knowledge")))
/// let answer = try engine.ask("What is CPT code 99213?")
/// ```
///
/// Not `Sendable`: it owns an SQLite connection, so one thread or task uses it at a time.
public final class KnowledgeEngine {
    let knowledgeBase: KnowledgeBase
    let parser: QuestionParser
    /// The question classifier.
    public let classifier: Classifier

    /// Opens the knowledge base and rebuilds its authored knowledge if `Knowledge/` changed.
    /// - Throws: ``KnowledgeFormatError`` for a malformed knowledge file (the knowledge base is
    ///   left as it was), ``CasePilotError`` or ``DatabaseError`` when the database cannot be used.
    public init(configuration: EngineConfiguration) throws {
        let knowledgeBase = try KnowledgeBase(path: configuration.databasePath)
        if let directory = configuration.knowledgePath {
            try knowledgeBase.refreshKnowledge(from: KnowledgeSource(path: directory))
        } else if try knowledgeBase.knowledgeEntryCount() == 0 {
            throw CasePilotError.knowledgeUnavailable("the knowledge base \(configuration.databasePath) holds no authored knowledge and no Knowledge/ folder was given; set CASEPILOT_HOME to the folder that contains Knowledge/ and Prompts/")
        }
        var parser = QuestionParser()
        parser.extraModifiers = try knowledgeBase.modifierKeys()
        self.knowledgeBase = knowledgeBase
        self.parser = parser
        self.classifier = StoredClassifier.load(parser: parser, from: knowledgeBase)
    }

    /// Answers one question.
    /// - Parameters:
    ///   - question: the question in plain words.
    ///   - previous: the previous answer in a conversation; a follow-up ("and with modifier 59?")
    ///     then refers to its codes and category.
    ///   - category: forces a category instead of classifying.
    /// - Returns: the answer with its codes and citations.
    /// - Throws: ``DatabaseError`` if the knowledge base cannot be read.
    public func ask(_ question: String, following previous: Answer? = nil, category forced: Category? = nil) throws -> Answer {
        knowledgeBase.forgetRemembered()
        var parsed = try read(question)
        guard !parsed.isEmpty else {
            return Answer(question: question, category: .unknown, confidence: 0, answer: Answerer.emptyQuestion, warnings: ["empty question"])
        }
        var classification = classifier.classify(parsed)
        var readAs: String?
        if let previous, let variant = FollowUp.variant(parsed, previous: previous) ?? FollowUp.settingVariant(parsed, previous: previous)
            ?? FollowUp.codeVariant(parsed, previous: previous) {
            // The same look-up for another side or encounter; the same NCCI question in another
            // setting; the same question about another code.
            parsed = try read(variant)
            readAs = variant
            let reclassified = classifier.classify(parsed)
            classification = Classification(category: previous.category, confidence: reclassified.confidence, runnerUp: reclassified.runnerUp, scores: reclassified.scores)
        } else if let previous, previous.category == .cpt, let changed = Answerer.changedComputation(parsed, previous: parser.parse(previous.questionRead)) {
            // The same wound repair, preventive visit or office visit with another length, site, type,
            // age, patient or time.
            parsed = try read(changed)
            readAs = changed
            classification = Classification(category: .cpt, confidence: classification.confidence, runnerUp: classification.runnerUp, scores: classification.scores)
        } else if let previous, previous.category != .unknown, FollowUp.isFollowUp(parsed), !TopicShift.startsNewTopic(parsed, after: previous) {
            parsed = FollowUp.merge(parsed, previous: previous)
            let merged = classifier.classify(parsed)
            classification = merged.category == .unknown || merged.confidence < 0.5 && parsed.codes.allSatisfy({ $0.system != .modifier })
                ? Classification(category: previous.category, confidence: merged.confidence, runnerUp: merged.category, scores: merged.scores)
                : merged
        }
        var category = forced ?? classification.category
        let answerer = Answerer(knowledgeBase: knowledgeBase)
        // A bare term that names an official code ("acute bronchitis", "type 2 diabetes with foot
        // ulcer") asks for it, though it has no coding words, only guideline ones, or a word the
        // model learned from another topic ("MRI cervical spine": cervical screening; "diabetic ulcer
        // right toe": the toe modifiers).
        // One that an article names more closely ("hearing aids") asks about its topic.
        if forced == nil, [.unknown, .guidelines, .coverage, .compliance, .crosswalks, .modifiers].contains(category), let asked = try answerer.bareTermCategory(parsed, outOfScope: category == .unknown) {
            category = asked
        }
        // How to bill a thing a code's title or keyword names ("how do I bill a Depo-Provera
        // shot?"), though the classifier knows none of its words.
        if forced == nil, category == .unknown, let coded = Answerer.codedThing(parsed), !parsed.words.contains(where: Lexicon.programmingWords.contains),
           let asked = try answerer.bareTermCategory(parser.parse(coded.thing), outOfScope: true) {
            category = asked
        }
        // A term that an article's keyword says word for word, asked to be defined ("What is an
        // MSN?", "What is the limiting charge?"), is that article's topic, though the classifier
        // found no coding words in it.
        if forced == nil, category == .unknown, let term = ArticleLookup.definedTerm(parsed),
           let article = try ArticleLookup(knowledgeBase: knowledgeBase).keywordArticle(term) {
            category = article.entry.category
        }
        // So is a coverage question about a topic an article's title or keyword names ("is
        // acupuncture covered?", "is a second opinion covered?"), or an LCD's title ("is dialysis covered?").
        if forced == nil, category == .unknown, CoverageLookup.asksAboutCoverage(parsed),
           let topic = ArticleLookup.topic(parsed, ignoring: ArticleLookup.framingWords(.coverage)) {
            if let article = try ArticleLookup(knowledgeBase: knowledgeBase).namedArticle(topic, framing: ArticleLookup.framingWords(.coverage)) {
                category = article.entry.category
            } else if try CoverageLookup(knowledgeBase: knowledgeBase).documentsName(topic) {
                category = .coverage
            }
        }
        // So is one that names an LCD or billing article by its id, not read as a code ("what is L33797?").
        if forced == nil, [.unknown, .cpt].contains(category), case let ids = parsed.coverageDocumentIDs,
           ids.contains(where: { id in !parsed.codes.contains { $0.code == id } }) {
            category = .coverage
        }
        // Units for timed minutes ("how many units for 53 minutes of therapeutic exercise") are a
        // guideline's arithmetic, though "exercise" is an everyday word.
        if forced == nil, category == .unknown, !TimedUnits.resolve(parsed).isEmpty {
            category = .guidelines
        }
        // An official description pasted whole asks for its code, and a code with its description
        // (a line of a code list) for the code, whatever the classifier read in them.
        if forced == nil, category != .cpt, try !answerer.quotedDescription(parsed).isEmpty || answerer.labelsACode(parsed) {
            category = .cpt
        }
        // A wound repair with its length ("how do I code a 4 cm layered closure of the scalp?"), a
        // preventive visit with the patient's age or an office visit with its time asks for its code; "99203 vs 99213" for each code
        // (unless an article compares them).
        if forced == nil, [.unknown, .guidelines, .compliance, .crosswalks].contains(category) || category == .coverage && !CoverageLookup.asksAboutCoverage(parsed),
           try Answerer.computesCodes(parsed) || Answerer.comparesCodes(parsed) && !answerer.articleCompares(parsed) {
            category = .cpt
        }
        // Whether a service is billed with an office visit ("can I bill an EKG with an office
        // visit?") asks for NCCI edits, though "office visit" has the guideline's words.
        if forced == nil, [.unknown, .guidelines, .cpt].contains(category), try NCCILookup(knowledgeBase: knowledgeBase).asksBesideVisit(parsed) {
            category = .ncci
        }
        // One code with a modifier ("can 71046 be billed with modifier 26?") asks about the modifier.
        if forced == nil, category == .ncci, NCCILookup.asksOnlyAboutAModifier(parsed) {
            category = .modifiers
        }
        var resolution = try answerer.resolve(parsed, category: category)
        // A bare term that no article answers may still name a code loosely ("community acquired
        // pneumonia" is J18.9 "Pneumonia, unspecified organism"), or the look-up may find an article
        // by its keyword ("E/M coding"): that answer, not "no article".
        // Not when it asks about coverage ("cosmetic mole removal - will medicare pay").
        if forced == nil, category != .cpt, category != .unknown, resolution.isNotFound, Answerer.isBareTerm(parsed),
           !CoverageLookup.asksAboutCoverage(parsed),
           case let lookUp = try answerer.resolve(parsed, category: .cpt), !lookUp.isNotFound {
            resolution = lookUp
            category = .cpt
        }
        // A diagnosis typed alone that a guideline article names ("morbid obesity", "sepsis"): the
        // article, then the code the term names.
        if forced == nil, category == .guidelines, !resolution.isNotFound, Answerer.isBareTerm(parsed),
           let named = try answerer.diagnosisNaming(parsed), !resolution.codes.contains(where: { $0.code == named.display }) {
            resolution.add("The code \"\(parsed.text)\" names: ICD-10-CM \(named.display) — \(named.description).")
            resolution.add(code: CodeReference(system: .icd10cm, code: named.display, description: named.description))
        }
        var answer = Answer(
            question: question, category: category, confidence: forced == nil ? classification.confidence : 1,
            runnerUp: classification.runnerUp == category ? classification.category : classification.runnerUp,
            answer: resolution.text, codes: resolution.codes, citations: resolution.citations,
            source: .knowledgeBase, warnings: resolution.warnings)
        answer.readAs = readAs
        return answer
    }

    /// The question parsed, each code typed without its dot read by the code set that has it
    /// ("what is E1165" is E11.65, not a HCPCS code that does not exist).
    private func read(_ question: String) throws -> ParsedQuestion {
        try CodeReading(knowledgeBase: knowledgeBase).existing(parser.parse(question))
    }

    /// Classifies a question without answering it.
    public func classify(_ question: String) -> Classification {
        classifier.classify(question)
    }

    /// What the knowledge base holds: authored entries and imported datasets.
    public func status() throws -> KnowledgeStatus {
        KnowledgeStatus(authoredEntries: try knowledgeBase.knowledgeEntryCount(), datasets: try knowledgeBase.datasets())
    }
}

@available(*, unavailable, message: "one thread or task uses a KnowledgeEngine at a time; share a CasePilotEngine instead")
extension KnowledgeEngine: Sendable {}
