import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Sorts a question into one of the eight categories, with a confidence and the runner-up.
///
/// Scores are the sum of matched cue weights (longest phrase first, each word used once) plus
/// features of the codes in the question; `unknown` has a fixed floor so that questions with no
/// coding signal stay out of scope. Confidence is the softmax share of the winning score.
public struct Classifier: Sendable {
    private let parser: QuestionParser
    private let model: NaiveBayesModel
    /// The cue index and spelling vocabulary.
    let lexicon: LexiconTable
    static let unknownFloor = 1.0
    /// How much the learned model adds to the lexicon score (its posterior, 0–1, times this);
    /// chosen by five-fold cross-validation over the training corpus.
    static let modelWeight = 3.0
    /// Softmax inverse temperature: higher makes confidence more decisive.
    static let sharpness = 2.0
    /// The share of its weight a cue keeps after a look-up frame ("what is the code for …"): those
    /// words name the thing to find, and an official description full of guideline words ("initial
    /// encounter", "poisoning", "prolonged … total time") or everyday ones ("car driver injured in
    /// collision … in traffic accident") is still a look-up.
    static let describedWeight = 0.25
    /// What a bare look-up frame before a description without codes ("code for …", "ICD-10 code
    /// for …") adds to `cpt`, as much as the cue "the code for": without it, a description full of
    /// guideline words outweighed the frame. With a code ("ICD-10 code for ICD-9 707.03") the
    /// question is more often a crosswalk.
    static let frameWeight = 5.0
    /// What a closing "code" after a description without codes ("Lumbar microdiscectomy code?",
    /// "Savary dilation code?", "wound care code") adds to `cpt`: the terse form of the same
    /// look-up, which outweighs the model (its corpus has few such questions); the cues before it
    /// keep ``describedWeight``, as after "code for" ("level 4 ED visit code" is no E/M guideline
    /// question). See ``endsInCodeNoun(_:)`` for the questions ending in "code" that are not look-ups.
    static let closingFrameWeight = 4.0
    /// What a remittance's group code and reason ("PR-1", "CO 97") add to `compliance`, as the cue
    /// "denial code" does.
    static let adjustmentReasonWeight = 4.5
    static let clauseOpeners: Set<String> = ["is", "are", "can", "could", "should", "do", "does", "did", "how", "why", "when", "will", "would", "may", "must"]
    /// Words before a closing "code" that make it a verb ("which one do I code") or the target of
    /// a mapping ("NDC to J code").
    static let notLookUpBeforeCode: Set<String> = ["i", "we", "you", "they", "to"]

    /// Whether `words` end in the noun "code" after a description, as in "Savary dilation code?",
    /// or in the code set asked for ("diabetes with neuropathy icd 10", "walker hcpcs"): not a
    /// yes/no or how/why question, not the verb ("what do I code"), not a mapping's target.
    static func endsInCodeNoun(_ words: [String]) -> Bool {
        guard words.count >= 2, !clauseOpeners.contains(words[0]) else { return false }
        if words.last == "code" || words.last == "codes" {
            return !words.suffix(3).dropLast().contains { notLookUpBeforeCode.contains($0) }
        }
        // A closing code set needs a description of its own before it: "what is hcpcs" asks about
        // the code set, "icd 9 to icd 10" (or "and", "vs") about a mapping.
        let frame = codeSetSuffixLength(words)
        guard frame > 0 else { return false }
        let description = words.dropLast(frame)
        return !description.allSatisfy(Lexicon.lookUpFrameWords.contains) && namedSystems(Array(description)).isEmpty
            && !["to", "and", "or", "vs", "versus", "from", "in", "into"].contains(description.last ?? "")
    }

    /// How many words at the end name a code set: "icd 10", "icd 10 cm", "icd10", "hcpcs", "cpt", "dx"; else 0.
    static func codeSetSuffixLength(_ words: [String]) -> Int {
        switch Array(words.suffix(3)) {
        case let last where last.suffix(3) == ["icd", "10", "cm"]: return 3
        case let last where last.suffix(2) == ["icd", "10"] || last.suffix(2) == ["icd10", "cm"]: return 2
        case let last where ["icd10", "icd10cm", "hcpcs", "cpt", "dx"].contains(last.last ?? ""): return 1
        default: return 0
        }
    }

    /// Creates the classifier with the built-in lexicon.
    public init() {
        self.init(parser: QuestionParser())
    }

    /// Trains the model on `corpus`.
    init(parser: QuestionParser, corpus: [(category: Category, question: String)] = TrainingCorpus.examples(), lexicon: LexiconTable = Classifier.builtLexicon) {
        let model = NaiveBayesModel(examples: corpus.map { example in
            let parsed = parser.parse(example.question)
            return (example.category, NaiveBayesModel.features(words: Self.correctedWords(parsed, lexicon), codes: parsed.codes))
        })
        self.init(parser: parser, lexicon: lexicon, model: model)
    }

    /// Uses counts stored by an earlier training with the same parser and lexicon; trains on the
    /// built-in corpus when they are unusable.
    init(parser: QuestionParser, trainedCounts: FeatureCounts, lexicon: LexiconTable) {
        if let model = NaiveBayesModel(counts: trainedCounts) {
            self.init(parser: parser, lexicon: lexicon, model: model)
        } else {
            self.init(parser: parser, lexicon: lexicon)
        }
    }

    private init(parser: QuestionParser, lexicon: LexiconTable, model: NaiveBayesModel) {
        self.parser = parser
        self.lexicon = lexicon
        self.model = model
    }

    /// The lexicon's table, built once per process (``StoredClassifier`` keeps it for the next).
    static let builtLexicon = LexiconTable(
        cues: Lexicon.cues,
        // The frame words are known words too: "there" is not a misspelt "three".
        knownWords: Lexicon.strongDomainWords.union(Lexicon.weakDomainWords).union(Lexicon.lookUpFrameWords))

    /// What the model learned, for the engine to store.
    var trainedCounts: FeatureCounts { model.counts }

    private static func correctedWords(_ question: ParsedQuestion, _ lexicon: LexiconTable) -> [String] {
        let codeWords = question.codeWords()
        return question.words.map { codeWords.contains($0) ? $0 : lexicon.correct($0) }
    }

    /// Classifies a question.
    public func classify(_ question: String) -> Classification {
        classify(parser.parse(question))
    }

    func classify(_ question: ParsedQuestion) -> Classification {
        var scores = Dictionary(uniqueKeysWithValues: Category.allCases.map { ($0, 0.0) })
        scores[.unknown] = Self.unknownFloor
        let words = Self.correctedWords(question, lexicon)
        // Every cue found in the question, in word order (longest first at each word).
        let found = words.indices.flatMap { index in
            lexicon.cues(matching: words, at: index).map { CueMatch(cue: $0, start: index) }
        }
        let weakWords = words.filter { Lexicon.weakDomainWords.contains($0) }.count
        // `unknown` cues are the lexicon's everyday topics (`Lexicon.outOfScope`).
        let everyday = found.contains { $0.cue.category == .unknown }
        let medicarePart = words.containsPair { $0 == "part" && ["a", "b", "c", "d"].contains($1) }
        let namesPlaceOfService = !question.placesOfService.isEmpty
        // "How do I code a dog bite?": "code" as a verb is coding work, whatever the topic; so is a
        // look-up frame ("Is there a code for a dog bite?").
        let codeAsVerb = words.containsPair { ["i", "we", "to", "you"].contains($0) && $1 == "code" }
        // "What is PR-1?", "CO 97 denial": a remittance's group code and adjustment reason.
        let adjustmentReason = Self.namesAdjustmentReason(words)
        let described = Self.describedStart(words)
        let strongDomain = !question.codes.isEmpty || namesPlaceOfService || medicarePart || codeAsVerb || described != nil || adjustmentReason
            || words.contains { Lexicon.strongDomainWords.contains($0) }
        let hasDomain = strongDomain || weakWords >= 2 || (weakWords == 1 && !everyday && words.count >= 3)
        // "How do I code a dog bite?" is coding work, whatever the model learned of dogs; "how do I
        // code a for loop" is not.
        let codingVocabulary = !question.codes.isEmpty || words.contains { Lexicon.strongDomainWords.contains($0) }
            || (codeAsVerb && !words.contains(where: Lexicon.programmingWords.contains))

        // The cues that count, strongest first; each word counts for one cue only. Everyday-topic
        // cues ("fever", "car") say nothing once a code or a coding term is present.
        var matches = found.filter { (!$0.cue.needsDomain || hasDomain) && !($0.cue.category == .unknown && strongDomain) }
        matches.sort { $0.cue.weight == $1.cue.weight ? $0.span.count > $1.span.count : $0.cue.weight > $1.cue.weight }
        if described != nil, question.codes.isEmpty { scores[.cpt, default: 0] += Self.frameWeight }
        // "What is the ICD-10 code for ICD-9 V70.0?": a frame before codes alone describes nothing;
        // the codes and the systems named decide (a mapping here), not the look-up frame.
        let codeWords = question.codeWords()
        if let start = described, !question.codes.isEmpty,
           words[start...].allSatisfy({ codeWords.contains($0) || Lexicon.lookUpFrameWords.contains($0) }) {
            matches.removeAll { $0.cue.category == .cpt && $0.span.upperBound <= start }
        }
        // The terse form "level 4 ED visit code": the words before "code" are the description, as after "code for".
        let closing = described == nil && question.codes.isEmpty && Self.endsInCodeNoun(words)
        if closing { scores[.cpt, default: 0] += Self.closingFrameWeight }
        var used = [Bool](repeating: false, count: words.count)
        for match in matches where !match.span.contains(where: { used[$0] }) {
            // Everyday-topic cues keep their weight: "what is my salary code" is still no coding question.
            let inDescription = match.cue.category != .unknown
                && (described.map { match.span.lowerBound >= $0 } ?? (closing && match.span.upperBound < words.count))
            scores[match.cue.category, default: 0] += match.cue.weight * (inDescription ? Self.describedWeight : 1)
            match.span.forEach { used[$0] = true }
        }
        // "What is POS 11?" looks up a code of the place-of-service code set.
        if namesPlaceOfService { scores[.cpt, default: 0] += Self.frameWeight }
        if adjustmentReason { scores[.compliance, default: 0] += Self.adjustmentReasonWeight }
        let cueTotal = scores.values.reduce(0, +) - Self.unknownFloor
        addCodeFeatures(question, words: words, cueTotal: cueTotal, to: &scores)
        for (category, probability) in model.posterior(NaiveBayesModel.features(words: words, codes: question.codes)) {
            // Without any coding vocabulary the model has no say for the coding categories; with a
            // word that only coding uses ("CPT", "Medicare", a code) it has none for "out of scope"
            // ("the difference between CPT Category I and Category III" is no hurricane category).
            let weight = category == .unknown ? (codingVocabulary ? 0 : Self.modelWeight) : (hasDomain ? Self.modelWeight : 0)
            scores[category, default: 0] += weight * probability
        }

        // Ties go to `unknown` (no evidence beats weak evidence), then to the category order.
        let order = Dictionary(uniqueKeysWithValues: ([Category.unknown] + Category.answerable).enumerated().map { ($1, $0) })
        let ranked = scores.sorted { $0.value == $1.value ? order[$0.key]! < order[$1.key]! : $0.value > $1.value }
        let top = ranked[0]
        let total = ranked.reduce(0.0) { $0 + exp(Self.sharpness * ($1.value - top.value)) }
        let confidence = 1.0 / total
        let runnerUp = ranked.count > 1 ? ranked[1].key : nil
        return Classification(category: top.key, confidence: (confidence * 100).rounded() / 100, runnerUp: runnerUp, scores: scores)
    }

    /// Whether the words hold a claim adjustment group code (CO, PR, OA, PI) followed by a reason
    /// number: "pr 1", "co 97".
    static func namesAdjustmentReason(_ words: [String]) -> Bool {
        words.containsPair { ["co", "pr", "oa", "pi"].contains($0) && !$1.isEmpty && $1.utf8.count <= 3 && $1.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    /// Where the description begins after a look-up frame ("what is the code for", "ICD-10 code for",
    /// "what's the dx code for", "ICD-10 for": only frame words before "code for", or a code set
    /// before "for"), or `nil` without one. "codes for" is not a frame: "dx codes for 84443" asks
    /// which codes go with another.
    static func describedStart(_ words: [String]) -> Int? {
        guard let index = words.indices.dropLast().first(where: { words[$0 + 1] == "for" }),
              words[index] == "code" || codeSetSuffixLength(Array(words[...index])) > 0,
              words[..<index].allSatisfy(Lexicon.lookUpFrameWords.contains) else { return nil }
        return index + 2
    }

    /// Words that ask for a code's fee schedule figures.
    private static let feeFigureWords: Set<String> = ["rvu", "rvus", "wrvu", "wrvus", "payment", "payments"]

    private func addCodeFeatures(_ question: ParsedQuestion, words: [String], cueTotal: Double, to scores: inout [Category: Double]) {
        let procedures = question.procedureCodes.count
        let modifiers = question.modifiers.count
        let otherCodes = question.codes.count - modifiers
        if question.codes.isEmpty { return }
        scores[.unknown] = 0
        if otherCodes > 0 { scores[.cpt, default: 0] += 1.5 }
        if procedures >= 2 {
            // "G0121 or 45378?", "the difference between 99213 and 99214" weigh one code against
            // another: across code sets, or between HCPCS codes (Medicare's own versions of
            // services), a crosswalk; between CPT codes the choice of a level or service
            // (guidelines). "20610 with 99213" pairs them (NCCI); "RVUs for 99214 and 99215" asks
            // for each code's figures (a look-up).
            let codeWords = question.codeWords([.cpt, .hcpcs])
            let weighed = words.containsTriple { left, joiner, right in
                codeWords.contains(left) && ["or", "vs", "versus"].contains(joiner) && codeWords.contains(right)
            } || words.containsPair { $0 == "difference" && $1 == "between" }
            if words.contains(where: Self.feeFigureWords.contains) || words.containsPair(where: { $0 == "relative" && $1 == "value" }) {
                scores[.cpt, default: 0] += 3.0
            } else if weighed {
                let onlyCPT = question.procedureCodes.allSatisfy { $0.system == .cpt }
                scores[onlyCPT ? .guidelines : .crosswalks, default: 0] += 3.5
            } else {
                scores[.ncci, default: 0] += words.contains("same") ? 4.5 : 3.0
            }
        }
        // Two modifiers named together ("GA or GX?") are almost always a choice between modifiers.
        if modifiers > 0 { scores[.modifiers, default: 0] += 2.0 + (modifiers > 1 ? 3.0 : 0) }
        // A code of one system in a question that names another system asks for a mapping.
        let named = Self.namedSystems(words)
        let present = Set(question.codes.map(\.system)).subtracting([.modifier])
        if !present.isEmpty, !named.isEmpty, named.isDisjoint(with: present) { scores[.crosswalks, default: 0] += 3.0 }
        let icd9Codes = question.codes.filter { $0.system == .icd9cm }
        if !icd9Codes.isEmpty {
            scores[.crosswalks, default: 0] += 1.0
            // An ICD-9 code in a question that names ICD-10 asks for a mapping.
            let namesICD10 = words.containsPair { $0 == "icd" && $1 == "10" } || words.contains("icd10")
            if namesICD10 { scores[.crosswalks, default: 0] += 3.0 }
        }
        // A bare code ("99214?", "E11.9") is a look-up.
        if cueTotal < 1, otherCodes > 0, procedures < 2 { scores[.cpt, default: 0] += 2.0 }
        // "Can I bill 36415 twice?" asks how many units the day allows (the MUE), as "bill twice" does.
        let procedureWords = question.codeWords([.cpt, .hcpcs])
        if words.containsPair(where: { procedureWords.contains($0) && $1 == "twice" }) { scores[.ncci, default: 0] += 3.0 }
        // "What does 90471 cover?" asks what the code includes; "Does Medicare cover 90471?" is coverage.
        let codeWords = question.codeWords(Set(CodeSystem.allCases).subtracting([.modifier]))
        if words.containsPair(where: { codeWords.contains($0) && ["cover", "covers", "include", "includes"].contains($1) }) {
            scores[.cpt, default: 0] += 3.0
        }
    }

    /// The code systems a question names in words ("icd-9", "pcs", "cpt", "G code").
    static func namedSystems(_ words: [String]) -> Set<CodeSystem> {
        var systems: Set<CodeSystem> = []
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            switch word {
            case "cpt": systems.insert(.cpt)
            case "hcpcs": systems.insert(.hcpcs)
            case "g" where next == "code" || next == "codes": systems.insert(.hcpcs)
            case "pcs", "icd10pcs": systems.insert(.icd10pcs)
            case "icd10", "icd10cm": systems.insert(.icd10cm)
            case "icd9", "icd9cm": systems.insert(.icd9cm)
            case "icd" where next == "9": systems.insert(.icd9cm)
            case "icd" where next == "10" && !(index + 2 < words.count && words[index + 2] == "pcs"): systems.insert(.icd10cm)
            default: break
            }
        }
        return systems
    }
}

/// A cue found in a question, and the words it covers.
private struct CueMatch {
    let cue: Cue
    /// The index of its first word.
    let start: Int

    var span: Range<Int> { start..<(start + cue.words.count) }
}
