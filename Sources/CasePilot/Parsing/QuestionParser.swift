import FoundationEssentials

/// Turns a question into words and code tokens (pure, no knowledge-base access).
struct QuestionParser: Sendable {
    /// Two-character codes accepted as modifiers (beyond the built-in list), e.g. from the knowledge base.
    var extraModifiers: Set<String> = []

    /// Words after a lower-case English word that make it a verb, not a modifier ("go on", "go with").
    private static let verbFollowers: Set<String> = ["on", "with", "to", "in", "onto", "first", "last", "after", "before"]
    private static let modifierWords: Set<String> = ["modifier", "modifiers", "mod", "mods", "modifer", "modifers", "modifiler", "modifyer", "modifiar", "modifir", "modifeir"]
    private static let listJoiners: Set<String> = ["and", "or", "vs", "versus", "v", "&", "with", "plus", "nor", "to", "instead"]
    private static let unitWords: Set<String> = ["day", "days", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "year", "years", "yr", "yrs", "month", "months", "units", "unit", "percent", "mg", "ml", "%", "week", "weeks", "visits", "times", "patients", "pt", "pts", "cm", "sq"]
    /// Words that make a code an ICD code: a diagnosis, or a code the GEMs map ("is there a GEM for R51?").
    private static let diagnosisWords: Set<String> = ["icd", "icd10", "icd-10", "diagnosis", "diagnoses", "dx", "diag", "diagnostic", "icd10cm", "gem", "gems"]
    /// The words of a question that only asks about the codes in it ("What is I10?", "Is Z23 billable?",
    /// "E11 vs E10", "When do I use Z09?"): around such a frame a bare category ("I10") is a code, not vitamin "B12" or an "N95" mask.
    private static let lookUpFrameWords: Set<String> = [
        "what", "whats", "s", "is", "are", "does", "do", "mean", "means", "meaning", "code", "codes", "the", "a", "an", "for",
        "describe", "explain", "define", "stand", "valid", "billable", "still", "can", "i", "bill", "use", "and", "or", "vs",
        "versus", "difference", "between", "tell", "me", "about", "it", "when", "how", "to", "should", "we",
    ]

    /// Words after a vitamin or a mask whose name looks like an ICD-10-CM category ("B12 shot", "N95 mask").
    private static let thingsNamedLikeCategories: Set<String> = [
        "deficiency", "injection", "injections", "shot", "shots", "level", "levels", "supplement", "mask", "masks", "respirator", "respirators",
    ]

    /// The words that name an NCCI setting, the first setting named winning.
    static let settingWords: [(setting: Setting, words: Set<String>)] = [
        (.dme, ["dme", "supplier"]),
        (.hospital, ["hospital", "facility", "opps", "hopd"]),
        (.practitioner, ["practitioner", "physician", "professional"]),
    ]

    /// "1999", "2024": four digits of a year of 1900–2099.
    static func isYear(_ word: String) -> Bool {
        word.utf8.count == 4 && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && ("1900"..."2099").contains(word)
    }

    /// "v58.61", "v27.0": a V code with its dot, as ICD-9-CM writes its supplementary classification.
    private static func isICD9VCode(_ word: String) -> Bool {
        word.first == "v" && word.contains(".") && CodeShape.isICD9Diagnosis(word.uppercased().filter { $0 != "." })
    }

    /// Parses `question`.
    func parse(_ question: String) -> ParsedQuestion {
        let text = question.trimmed()
        let raw = Self.tokenize(text)
        let lowered = raw.map { $0.text.lowercased() }
        // "crosswalk 496 to ICD-10": a three-digit code mapped to ICD-10 can only be an ICD-9-CM
        // code; so is a V code written as ICD-9 writes them ("map V58.61 to ICD-10", "what does
        // V58.61 map to in ICD-10", "what is V70.0 in ICD-10": ICD-10-CM's V codes are external
        // causes with a seventh character).
        let icd10Words: Set<String> = ["icd10", "icd", "icd10cm"]
        let mapsToICD10 = (lowered.containsPair { ($0 == "to" || $0 == "in" || $0 == "into") && icd10Words.contains($1) }
            || lowered.containsTriple { $0 == "to" && $1 == "in" && icd10Words.contains($2) })
            && lowered.contains { $0.count == 3 && $0.allSatisfy(\.isNumber) || Self.isICD9VCode($0) }
        let icd9 = lowered.contains { $0.hasPrefix("icd9") } || mapsToICD10
            || lowered.containsPair { ($0 == "icd" && $1 == "9") || ($0 == "ninth" && $1 == "revision") }
        let diagnosis = lowered.contains { Self.diagnosisWords.contains($0) || $0.hasPrefix("diagnos") }
        let lookUp = lowered.contains(where: CodeShapes.isBareCategory)
            && lowered.allSatisfy { Self.lookUpFrameWords.contains($0) || CodeShapes.isBareCategory($0) }
        let hasModifierWord = lowered.contains { Self.modifierWords.contains($0) || ($0.hasPrefix("modif") && $0.count <= 10) }
        // Upper case counts as shouting only across ordinary words (three letters or more).
        let mostlyUpper = Self.isMostlyUpperCase(raw.map(\.text))

        var codes: [CodeToken] = []
        var seen: Set<CodeToken> = []
        func add(_ token: CodeToken) {
            if seen.insert(token).inserted { codes.append(token) }
        }

        for (index, token) in raw.enumerated() {
            let upper = token.text.uppercased()
            let previous = index > 0 ? lowered[index - 1] : ""
            let next = index + 1 < lowered.count ? lowered[index + 1] : ""
            // "mod25", "mod-25"
            if upper.hasPrefix("MOD"), upper.count == 5, isModifier(String(upper.suffix(2))) {
                add(CodeToken(system: .modifier, code: String(upper.suffix(2))))
                continue
            }
            // Any two-character code written next to "modifier" ("AQ modifier", "modifier GG").
            let besideModifierWord = [previous, next].contains { Self.modifierWords.contains($0) }
            if upper.count == 2, besideModifierWord, token.text == upper, Self.looksLikeLevelTwoModifier(upper, allowingEnglish: true) || upper.allSatisfy(\.isNumber) {
                add(CodeToken(system: .modifier, code: upper))
                continue
            }
            let beforePrevious = index > 1 ? lowered[index - 2] : ""
            let attached = Self.attachWords.contains(previous) || (["a", "an"].contains(previous) && Self.attachWords.contains(beforePrevious))
            if upper.count == 2, CodeShapes.cptModifiers.contains(upper), attached, !Self.unitWords.contains(next) {
                add(CodeToken(system: .modifier, code: upper))
                continue
            }
            if upper.count == 2, isModifier(upper), !Self.unitWords.contains(next) {
                let english = CodeShapes.englishCollisions.contains(upper)
                // "which code does the modifier go on?": the verb, typed lower-case before its preposition.
                let verb = english && token.text != upper && Self.verbFollowers.contains(next)
                let afterModifierWord = (Self.modifierWords.contains(previous) || previous.hasPrefix("modif")) && !verb
                let beforeModifierWord = Self.modifierWords.contains(next) || next.hasPrefix("modif")
                let inList = Self.listJoiners.contains(previous) && codes.last?.system == .modifier
                let numeric = upper.allSatisfy(\.isNumber)
                // "CO-97" is a denial reason (group code and CARC), not modifier 97; "follow-up" is a
                // word, not modifier UP.
                let hyphenated = token.hyphenated && !["co", "pr", "oa", "pi"].contains(previous) && !(english && token.text != upper)
                let writtenAsCode = !numeric && !english && !mostlyUpper && token.text == upper
                let inModifierQuestion = hasModifierWord && (!english || afterModifierWord) && (numeric || token.text == upper || !english)
                if afterModifierWord || beforeModifierWord || inList || hyphenated || writtenAsCode || (inModifierQuestion && (numeric || token.text == upper || CodeShapes.commonLevelTwoModifiers.contains(upper))) {
                    add(CodeToken(system: .modifier, code: upper))
                    continue
                }
            }
            // A remittance's remark code ("remark code N130", "RARC MA130") is no code of a code set.
            if previous == "rarc" || previous == "remark" || (previous == "code" && beforePrevious == "remark") { continue }
            // A vitamin or a mask named like a category ("vitamin B12 deficiency", "B12 shot", "N95 mask")
            // is no code, whatever diagnosis words are near.
            if CodeShapes.isBareCategory(lowered[index]), previous == "vitamin" || Self.thingsNamedLikeCategories.contains(next) { continue }
            if let system = CodeShapes.system(of: upper, diagnosisContext: diagnosis, icd9Context: icd9, lookUpContext: lookUp) {
                // Undotted, either volume; mapped "to ICD-10" (not PCS), a diagnosis.
                let volume: Bool? = system != .icd9cm ? nil
                    : upper.contains(".") ? CodeShapes.isICD9Procedure(upper)
                    : mapsToICD10 && !lowered.contains("pcs") ? false : nil
                add(CodeToken(system: system, code: upper.filter { $0 != "." }, icd9Procedure: volume))
            }
        }
        // "25 vs 57", "52 or 53": two CPT modifier numbers joined by a comparison word.
        for index in raw.indices.dropFirst().dropLast() where Self.listJoiners.contains(lowered[index]) {
            let left = raw[index - 1].text, right = raw[index + 1].text
            let after = index + 2 < lowered.count ? lowered[index + 2] : ""
            let bothNumeric = CodeShapes.cptModifiers.contains(left) && CodeShapes.cptModifiers.contains(right) && !Self.unitWords.contains(after)
            // Upper-case pairs such as "AS or SA" even when one half is also an English word.
            let bothWrittenAsCodes = !mostlyUpper && Self.looksLikeLevelTwoModifier(left, allowingEnglish: true)
                && Self.looksLikeLevelTwoModifier(right, allowingEnglish: true)
            if bothNumeric || bothWrittenAsCodes || (Self.looksLikeLevelTwoModifier(left) && Self.looksLikeLevelTwoModifier(right)) {
                add(CodeToken(system: .modifier, code: left))
                add(CodeToken(system: .modifier, code: right))
            }
        }
        let setting = Self.settingWords.first { _, words in lowered.contains(where: words.contains) }?.setting
        return ParsedQuestion(text: text, words: lowered.filter { !$0.isEmpty }, codes: codes, mentionsICD9: icd9, setting: setting)
    }

    /// Whether the words of three letters or more hold more upper-case letters than lower-case ones
    /// (on bytes for ASCII words: Unicode letter properties cost more than the rest of a parse).
    static func isMostlyUpperCase(_ tokens: [String]) -> Bool {
        var upper = 0, lower = 0
        for token in tokens {
            if token.utf8.allSatisfy({ $0 < 0x80 }) {
                guard token.utf8.count >= 3, token.utf8.allSatisfy(\.isASCIILetter) else { continue }
                for byte in token.utf8 { if byte < 0x61 { upper += 1 } else { lower += 1 } }
            } else if token.count >= 3, token.allSatisfy(\.isLetter) {
                upper += token.count(where: \.isUppercase)
                lower += token.count(where: \.isLowercase)
            }
        }
        return upper > lower
    }

    /// "JA", "Q5", "NU": two upper-case characters with a letter, as written in "JA vs JB".
    private static func looksLikeLevelTwoModifier(_ text: String, allowingEnglish: Bool = false) -> Bool {
        text.count == 2 && text.allSatisfy { ($0.isUppercase || $0.isNumber) && $0.isASCII } && text.contains(where: \.isLetter)
            && (allowingEnglish || !CodeShapes.englishCollisions.contains(text))
    }

    /// Words after which a CPT modifier number is being attached: "add 50", "need a 25".
    private static let attachWords: Set<String> = ["add", "append", "use", "need", "needs", "put", "attach", "apply"]

    private func isModifier(_ code: String) -> Bool {
        CodeShapes.cptModifiers.contains(code) || CodeShapes.commonLevelTwoModifiers.contains(code) || extraModifiers.contains(code)
    }

    struct RawToken {
        var text: String
        /// Written with a leading hyphen attached ("-25", "99213-25").
        var hyphenated: Bool
    }

    /// Splits on anything but letters, digits and inner dots; remembers a leading hyphen. "E/M",
    /// "E&M" and "E & M" are one word, "em" (lower case: never modifier EM), as the knowledge
    /// search reads it (`KnowledgeQuery`).
    static func tokenize(_ text: String) -> [RawToken] {
        var tokens: [RawToken] = []
        var current = ""
        var hyphen = false
        var pendingHyphen = false
        // Since the last word: a "/" or "&", and nothing else but spaces.
        var joiner = false, separated = false
        func flush() {
            while current.hasSuffix(".") { current.removeLast() }
            while current.hasPrefix(".") { current.removeFirst() }
            if current == "m" || current == "M", joiner, !separated, let last = tokens.last, last.text == "e" || last.text == "E" {
                tokens[tokens.count - 1].text = "em"
            } else if !current.isEmpty {
                tokens.append(RawToken(text: current, hyphenated: hyphen))
            }
            current = ""
            hyphen = false
            joiner = false
            separated = false
        }
        // Scalars, not Characters: the ASCII fast path keeps start-up (which parses the training
        // corpus) cheap; any other letter also counts as part of a word.
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isWordScalar = scalar.isASCII
                ? (value >= 48 && value <= 57) || (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
                : scalar.properties.isAlphabetic
            if isWordScalar {
                if current.isEmpty { hyphen = pendingHyphen }
                pendingHyphen = false
                current.unicodeScalars.append(scalar)
            } else if value == 0x2E, !current.isEmpty {
                current.unicodeScalars.append(scalar)
            } else {
                if !current.isEmpty { flush() }
                if value == 0x2F || value == 0x26 { joiner = true } else if value != 0x20 { separated = true }
                pendingHyphen = value == 0x2D || value == 0x2013
            }
        }
        flush()
        return tokens
    }
}
