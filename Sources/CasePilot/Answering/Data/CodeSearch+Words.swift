import Synchronization

/// The words of a description search: framing, tokens and the word-overlap similarity.
extension CodeSearch {
    /// Words that only frame the question ("what is the ICD-10 code for ..."); descriptions rarely use them.
    static let framing: Set<String> = [
        "what", "whats", "which", "code", "codes", "icd", "icd10", "icd10cm", "icd10pcs", "icd9", "icd9cm", "hcpcs", "cpt", "pcs", "please", "tell", "me",
    ]
    /// Words that carry no meaning for matching, on either side. "Unspecified" adds nothing to a
    /// plain term: "chest pain" is R07.9 "Chest pain, unspecified" before R07.1 "Chest pain on breathing"
    /// (see also ``unspecifiedPhrases``).
    static let function: Set<String> = ["a", "an", "the", "of", "for", "to", "in", "on", "and", "or", "by", "as", "at", "is", "are", "be", "s", "unspecified"]

    /// Lower-case word tokens of `text` (letters and digits); the coder's shorthand "w/" and "w/o"
    /// (short descriptors use them, long descriptions spell them out) become "with" and "without",
    /// and so does "no": coders type "no contrast", "no complications", "no abnormal findings",
    /// where the titles say "without".
    ///
    /// What a clause excepts is no word of it: "Encounter for follow-up examination after completed
    /// treatment for conditions other than malignant neoplasm" (Z09) is not about a malignancy, and
    /// "Continuous passive motion exercise device for use other than knee" (E0936) not about the knee.
    /// "other than" and the words after it are dropped up to the end of the clause (a comma,
    /// semicolon, colon or bracket).
    static func tokens(_ text: String) -> [String] {
        let split = text.utf8.allSatisfy({ $0 < 0x80 })
            ? asciiTokens(text)
            : text.lowercased().split(whereSeparator: isClauseEnd).flatMap { clause in
                withoutException(clause.split { !($0.isLetter || $0.isNumber || $0 == "/") }.flatMap { slashParts(String($0)) }.map { $0 == "no" ? "without" : $0 })
            }
        let joined = split.contains("non") ? joiningNegations(split) : split
        return joined.contains("limb") || joined.contains("extremity") ? namingLimbs(joined) : joined
    }

    /// ICD-10-CM titles say "lower limb" and "lower extremity" where coders say "leg" ("Cellulitis
    /// of right lower limb", "Pain in right leg"), and "upper limb" for "arm": either is the one word.
    private static func namingLimbs(_ words: [String]) -> [String] {
        var named: [String] = []
        var index = 0
        while index < words.count {
            if index + 1 < words.count, ["limb", "extremity"].contains(words[index + 1]), let limb = ["lower": "leg", "upper": "arm"][words[index]] {
                named.append(limb)
                index += 2
            } else {
                named.append(words[index])
                index += 1
            }
        }
        return named
    }

    /// ``tokens(_:)`` of ASCII text in one pass over its bytes, without Unicode character rules
    /// (a search compares the question with hundreds of descriptions).
    private static func asciiTokens(_ text: String) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var hasSlash = false
        // Inside what a clause excepts (``tokens(_:)``): its words are dropped.
        var excepting = false
        func endWord() {
            guard !word.isEmpty else { return }
            defer {
                word.removeAll(keepingCapacity: true)
                hasSlash = false
            }
            guard !excepting else { return }
            if word == Array("than".utf8), words.last == "other" {
                words.removeLast()
                excepting = true
                return
            }
            let text = word == [UInt8(ascii: "n"), UInt8(ascii: "o")] ? "without" : String(decoding: word, as: UTF8.self)
            if hasSlash { words += slashParts(text) } else { words.append(text) }
        }
        for byte in text.utf8 {
            if byte.isASCIILetter {
                word.append(byte | 0x20)
            } else if byte.isASCIIDigit {
                word.append(byte)
            } else if byte == UInt8(ascii: "/") {
                word.append(byte)
                hasSlash = true
            } else {
                endWord()
                if excepting, isClauseEnd(Character(Unicode.Scalar(byte))) { excepting = false }
            }
        }
        endWord()
        return words
    }

    /// Punctuation that ends a clause, and with it what the clause excepts.
    private static func isClauseEnd(_ character: Character) -> Bool {
        ",;:()[]".contains(character)
    }

    /// The words of one clause without "other than" and what follows it.
    private static func withoutException(_ words: [String]) -> [String] {
        guard let than = words.indices.dropFirst().first(where: { words[$0] == "than" && words[$0 - 1] == "other" }) else { return words }
        return Array(words[..<(than - 1)])
    }

    /// The words `text` says are absent: those after each "without" (or "no", "w/o") up to the end
    /// of its clause, the next "with" ("… without heart failure, with stage 5 …": heart, failure) or
    /// the site after "of" ("Laceration without foreign body of left index finger": foreign, body;
    /// not "without mention of complication"), normalized; no function words.
    static func negatedWords(_ text: String) -> Set<String> {
        var negated: Set<String> = []
        for clause in text.split(whereSeparator: isClauseEnd) {
            var negating = false
            var previous = ""
            for word in tokens(String(clause)) {
                if word == "without" {
                    negating = true
                } else if word == "with" || word == "of" && !absenceOf.contains(previous) {
                    negating = false
                } else if negating && !function.contains(word) {
                    negated.insert(normalized(word))
                }
                previous = word
            }
        }
        return negated
    }

    /// Words after "without" that "of" continues: "without mention of complication", "without
    /// evidence of necrosis", "without loss of consciousness".
    private static let absenceOf: Set<String> = ["mention", "evidence", "loss"]

    /// The first words of what ICD-10-CM titles say is absent where a title without the clause is
    /// rarer or does not exist: the uncomplicated, default case of the condition ("Laceration without
    /// foreign body of left index finger without damage to nail", "Chronic gout … without tophus
    /// (tophi)", "Type 2 diabetes mellitus without complications"). Not a clause that names a kind
    /// of the condition ("Migraine without aura", "Rheumatoid arthritis without rheumatoid factor")
    /// or an outcome to document ("Concussion without loss of consciousness").
    static let absentByDefault: Set<String> = [
        "foreign", "damage", "penetration", "tophus", "complication", "complications", "bleeding", "obstruction", "gangrene", "hemorrhage",
        "perforation", "abscess", "rupture", "hemopericardium", "intraarticular", "intracondylar", "intercondylar", "macular", "behavioral",
        "psychotic", "status", "hepatic", "coma", "necrosis", "fistula", "hematuria", "ascites", "myelopathy",
    ]

    /// `description` without the clauses of ``absentByDefault`` that share no word with the
    /// question: a coder does not say what is absent, so a title is not further from the question
    /// for saying it ("laceration of left index finger" is S61.211 "Laceration without foreign body
    /// of left index finger without damage to nail", not S65.511 "Laceration of blood vessel of left
    /// index finger", whose title adds fewer words). A clause ends at a comma, "with", "without" or
    /// "of"; `nil` when there is none to leave out.
    static func withoutDefaultAbsences(_ description: String, asked: Profile) -> String? {
        guard description.contains("without") else { return nil }
        var words = description.split(separator: " ", omittingEmptySubsequences: true)
        var dropped = false
        var index = 0
        while index + 1 < words.count {
            guard words[index].lowercased() == "without",
                  absentByDefault.contains(words[index + 1].lowercased().filter(\.isLetter)) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < words.count {
                let word = words[end]
                end += 1
                if word.hasSuffix(",") || end < words.count && ["with", "without", "of"].contains(words[end].lowercased()) { break }
            }
            let clause = words[(index + 1)..<end].joined(separator: " ")
            guard !tokens(clause).contains(where: { asked.words[normalized($0)] != nil }) else {
                index = end
                continue
            }
            // The clause's closing comma stays: it ends the title's head.
            let closing = words[end - 1].hasSuffix(",") ? [Substring(",")] : []
            words.replaceSubrange(index..<end, with: closing)
            dropped = true
            index += closing.count
        }
        return dropped ? words.joined(separator: " ") : nil
    }

    /// Whether `description` says "without" one of `words` (normalized).
    static func denies(_ description: String, anyOf words: Set<String>) -> Bool {
        !words.isEmpty && description.contains("without") && !negatedWords(description).isDisjoint(with: words)
    }

    /// The parts of a word holding "/": "w/o" is "without", "w/" is "with".
    private static func slashParts(_ word: String) -> [String] {
        var parts = word.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 1, parts[0] == "w" {
            if parts[1] == "o" { parts.replaceSubrange(0...1, with: ["without"]) } else { parts[0] = "with" }
        }
        return parts.filter { !$0.isEmpty }
    }

    /// "non-diabetic" is one word, "nondiabetic": H35.2 "Other non-diabetic proliferative
    /// retinopathy" does not share "diabetic" with "diabetic retinopathy".
    private static func joiningNegations(_ words: [String]) -> [String] {
        var joined: [String] = []
        var index = 0
        while index < words.count {
            if words[index] == "non", index + 1 < words.count {
                joined.append("non" + words[index + 1])
                index += 2
            } else {
                joined.append(words[index])
                index += 1
            }
        }
        return joined
    }

    /// The words of a description that a match must account for: no framing, no function words,
    /// no ICD version number ("icd 10 cm", "icd-9" belong to the framing), no "J" of "J code".
    static func contentWords(_ described: String) -> [String] {
        let words = tokens(described)
        return words.indices.filter { index in
            !(index > 0 && words[index - 1] == "icd" && (words[index] == "10" || words[index] == "9"))
                && !(index > 1 && words[index - 2] == "icd" && words[index] == "cm")
                && !(words[index] == "j" && index + 1 < words.count && (words[index + 1] == "code" || words[index + 1] == "codes"))
                && !framing.contains(words[index]) && !function.contains(words[index])
        }.map { words[$0] }
    }

    /// Whether `description` holds every one of `words` (as ``contentWords(_:)`` gives them).
    static func holds(_ description: String, every words: [String]) -> Bool {
        held(of: words, in: description) == words.count
    }

    /// How many of `words` (as ``contentWords(_:)`` gives them) `description` holds.
    static func held(of words: [String], in description: String) -> Int {
        let held = profile(of: description).words
        return words.count { held[normalized($0)] != nil }
    }

    /// Adjectives that ICD-10-CM titles and coders use for the same condition as its noun:
    /// "hypertension with CKD" is I12.9 "Hypertensive chronic kidney disease …".
    static let sameCondition: [String: String] = ["hypertensive": "hypertension", "diabetic": "diabetes"]

    /// Adjectives of a material that the code sets write as the noun: "wooden crutches" are E0112
    /// "Crutches underarm, wood, …", not E0114 "…, other than wood, …".
    static let sameMaterial: [String: String] = ["wooden": "wood"]

    static func normalized(_ word: String) -> String {
        singular(sameCondition[word] ?? sameMaterial[word] ?? word)
    }

    /// The words of `text` (a title, a keyword, an answer) as ``normalized(_:)`` reads them: what it
    /// holds, to compare with a question's words.
    static func normalizedWords(_ text: String) -> Set<String> {
        Set(tokens(text).map(normalized))
    }

    /// `word` without a plural "s" ("ulcers", not "abscess").
    static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    /// The code sets searched when the framing names none: the current ones. ICD-9-CM, frozen
    /// since October 2015, is searched only when the question names it.
    static let currentSystems = [CodeSystem.hcpcs, .icd10cm, .icd10pcs, .modifier].map(\.rawValue)

    /// The code systems a question asks about, from the wording of its framing (else the current
    /// ones): "What is the ICD-10 code for ..." asks for ICD-10-CM, but a description that mentions
    /// a diagnosis ("... at the time of diagnosis") does not.
    static func systems(for text: String) -> [String] {
        let words = tokens(parts(text).framing)
        let named = Set(words)
        if named.contains("pcs") || words.contains(where: { $0.hasPrefix("icd10pcs") }) { return [CodeSystem.icd10pcs.rawValue] }
        if words.containsPair(where: { $0 == "icd" && $1 == "9" }) || words.contains(where: { $0.hasPrefix("icd9") }) {
            return [CodeSystem.icd9cm.rawValue, CodeWriter.icd9ProcedureSystem]
        }
        if !named.isDisjoint(with: ["icd", "diagnosis", "dx"]) || words.contains(where: { $0.hasPrefix("icd10") }) {
            return [CodeSystem.icd10cm.rawValue]
        }
        if named.contains("hcpcs") { return [CodeSystem.hcpcs.rawValue] }
        if namesDiagnosisOnly(text) { return [CodeSystem.icd10cm.rawValue] }
        return currentSystems
    }

    /// Phrases only diagnosis codes are worded in: ICD-10-CM's 7th characters, history and
    /// long-term-use status codes, and the Z codes by their chapter letter.
    private static let diagnosisPhrases = [
        ["initial", "encounter"], ["subsequent", "encounter"], ["sequela"], ["history", "of"], ["long", "term", "use"],
        ["z", "code"], ["z", "codes"],
    ]

    /// Whether the question is worded as only a diagnosis code is ("right hip fracture, initial
    /// encounter", "history of breast cancer", "Z code for screening mammogram"); not a long
    /// description, which may quote a quality measure's "… a patient with a history of melanoma".
    static func namesDiagnosisOnly(_ text: String) -> Bool {
        let words = tokens(text)
        return words.count <= 12 && diagnosisPhrases.contains { phrase in
            words.indices.contains { words[$0...].starts(with: phrase) }
        }
    }

    /// The code letter the framing names ("J code for …", "what G code is …"), upper-case; `nil` for none.
    static func codeLetter(inFramingOf text: String) -> String? {
        let words = tokens(parts(text).framing)
        return words.indices.first { CodeLetter.isNamed(at: $0, in: words) }.map { words[$0].uppercased() }
    }

    /// Whether the framing names CPT ("What is the CPT code for ..."), not merely the description.
    static func asksForCPT(_ text: String) -> Bool {
        tokens(parts(text).framing).contains("cpt")
    }

    /// The description part of a question: the words after "code for" / "code of" when present.
    static func described(_ text: String) -> String {
        parts(text).described
    }

    /// A question split into its framing ("What is the ICD-10 code for") and its description part
    /// (lower-case); without a marker such as "code for" near the start, both are the whole text.
    static func parts(_ text: String) -> (framing: String, described: String) {
        // One question's parts are asked for a dozen times while it is answered.
        if let last = lastParts.withLock({ $0 }), last.text == text { return last.parts }
        let parts = splitParts(text)
        lastParts.withLock { $0 = (text, parts) }
        return parts
    }

    /// The text ``parts(_:)`` last split, and its parts.
    private static let lastParts = Mutex<(text: String, parts: (framing: String, described: String))?>(nil)

    private static func splitParts(_ text: String) -> (framing: String, described: String) {
        let (framing, marked) = splitAtMarker(text)
        let described = withoutWhom(withoutPlace(withoutAskedYear(marked)))
        guard let subject = patientSubject(of: described) else { return (framing, described) }
        let lower = described.lowercased()
        let end = lower.utf8.index(lower.startIndex, offsetBy: subject)
        return (framing == described ? String(lower[..<end]) : framing + lower[..<end], String(lower[end...]))
    }

    /// How a description may open with the patient and what they have ("patient with CHF", "pt has
    /// COPD", "my patient is covid positive"): the titles name the condition, and only
    /// quality-measure codes name "the patient".
    static let patientOpenings: [[String]] = {
        let subjects = [["my", "patient"], ["the", "patient"], ["a", "patient"], ["patient"], ["pt"]]
        let verbs = [["has"], ["with"], ["is"], ["presents", "with"], ["was", "diagnosed", "with"], ["diagnosed", "with"], ["came", "in", "with"]]
        return subjects.flatMap { subject in verbs.map { subject + $0 } }
    }()

    /// How many of `words` (lower-case) open with the patient (``patientOpenings``); 0 for none.
    static func patientOpening(_ words: [String]) -> Int {
        patientOpenings.first { words.starts(with: $0) && words.count > $0.count }?.count ?? 0
    }

    /// ``patientOpenings`` as text, each with the space that follows it.
    private static let patientOpeningTexts = patientOpenings.map { $0.joined(separator: " ") + " " }

    /// The length in bytes of the patient opening of `text` (``patientOpenings``), or `nil`.
    private static func patientSubject(of text: String) -> Int? {
        let lower = text.lowercased()
        return patientOpeningTexts.first { lower.hasPrefix($0) }?.utf8.count
    }

    private static func splitAtMarker(_ text: String) -> (framing: String, described: String) {
        let lower = text.lowercased()
        let bytes = Array(lower.utf8)
        for marker in markers {
            // Bytes, not characters: a search runs this several times on every question.
            if let offset = firstOffset(of: marker, in: bytes), offset < 60 {
                let start = lower.utf8.index(lower.startIndex, offsetBy: offset)
                let range = start..<lower.utf8.index(start, offsetBy: marker.count)
                let after = String(lower[range.upperBound...])
                // "flu vaccine admin code for Medicare", "pneumonia vaccine code for adults": who pays or
                // whom it is for is no description; the words before the marker are, with an age that
                // qualifies them ("flu vaccine code for 65 and older").
                let before = String(lower[..<range.lowerBound])
                let asked = withoutAskedYear(after)
                if let whom = asked.isEmpty ? "" : onlyWhom(asked), !contentWords(before).isEmpty {
                    return (String(lower[range.lowerBound...]), before + whom)
                }
                return (String(lower[..<range.upperBound]), after)
            }
        }
        return (text, text)
    }

    /// What ends the framing of a look-up ("What is the ICD-10 code for …"), in order of preference.
    private static let markers = ["code for ", "codes for ", "code of ", "code is ", "code would be ", "code do i use for ", "codes do i use for ",
                                  "code do we use for ", "code should i use for ", "code to use for "].map { Array($0.utf8) }

    /// Where `pattern` first starts in `bytes`.
    private static func firstOffset(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        return (0...(bytes.count - pattern.count)).first { start in
            bytes[start] == pattern[0] && bytes[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }

    /// Words that only name who pays ("Medicare", "a Medicare Advantage patient").
    private static let payerWords: Set<String> = [
        "medicare", "medicaid", "commercial", "tricare", "payer", "payers", "insurance", "insurer", "advantage", "part", "b",
        "a", "an", "the", "my", "our", "patient", "patients", "pt", "pts", "beneficiary", "beneficiaries", "plan", "plans",
    ]

    /// Words that only say whom a service is for ("65 and older", "adults", "children under 2").
    private static let whomWords: Set<String> = [
        "and", "or", "over", "under", "older", "younger", "age", "aged", "ages", "year", "years", "old", "adult", "adults",
        "child", "children", "pediatric", "paediatric", "senior", "seniors", "elderly", "infant", "infants", "adolescent", "adolescents",
    ]

    /// Who a code is for, as titles say it ("Body mass index [BMI] 40.0-44.9, adult").
    private static let populations: Set<String> = [
        "adult", "adults", "child", "children", "pediatric", "paediatric", "infant", "infants", "adolescent", "adolescents",
    ]

    /// Words that name a payer, not only a patient.
    private static let payers: Set<String> = ["medicare", "medicaid", "commercial", "tricare", "payer", "payers", "insurance", "insurer"]

    /// `text` without the place it closes with ("hemoglobin a1c in the office", "… done in office"):
    /// where the service was done is no word of its code's title (it made the A1c test a hemoglobin
    /// E thalassemia).
    static func withoutPlace(_ text: String) -> String {
        var trimmed = text.lowercased()
        while let last = trimmed.last, last == "?" || last == "." || last == " " { trimmed.removeLast() }
        for place in [" in the office", " in our office", " in office", " in the clinic", " in clinic", " at the office"] {
            guard trimmed.hasSuffix(place), trimmed.count > place.count else { continue }
            // "… done in the office": what was done is the rest.
            var rest = String(trimmed.dropLast(place.count))
            for done in [" done", " performed", " given"] where rest.hasSuffix(done) && rest.count > done.count { rest.removeLast(done.count) }
            return String(text.prefix(rest.count))
        }
        return text
    }

    /// `text` without the patient it closes with, but for the payer and a population that titles
    /// name ("pneumonia vaccine for a 66 year old patient" is "pneumonia vaccine", "flu shot for a
    /// 70 year old Medicare patient" "flu shot medicare", "BMI 40.0-44.9 in an adult" stays): the
    /// quality-measure codes that say "patient" and "year" are not what is asked, "old" is no "old
    /// myocardial infarction", and an age ranks every code that names one first.
    static func withoutWhom(_ text: String) -> String {
        let words = text.split(separator: " ")
        guard let clause = words.lastIndex(where: { ["for", "in"].contains($0.lowercased()) }), clause > 0,
              case let whom = words[(clause + 1)...].joined(separator: " "), onlyWhom(whom) != nil else { return text }
        let before = words[..<clause].joined(separator: " ")
        guard !contentWords(before).isEmpty else { return text }
        return ([before] + tokens(whom).filter { payers.contains($0) || populations.contains($0) }).joined(separator: " ")
    }

    /// `text` without the year it asks about ("prolonged services code in 2024", "flu shot code
    /// 2025", "… for 2024", a year alone), with the word that leads to it: a year says when, not
    /// what the code describes. A year inside a description stays ("Cdc 2019 novel coronavirus …").
    static func withoutAskedYear(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.contains(where: { QuestionParser.isYear(String($0.filter(\.isNumber))) }) else { return text }
        func bare(_ index: Int) -> String { words.indices.contains(index) ? words[index].lowercased().filter { $0.isLetter || $0.isNumber } : "" }
        var index = 0
        while index < words.count {
            let word = bare(index)
            if QuestionParser.isYear(word), word.count == words[index].filter({ $0.isLetter || $0.isNumber }).count,
               words.count == 1 || ["in", "for", "during", "since", "code", "codes"].contains(bare(index - 1)) || ["code", "codes"].contains(bare(index + 1)) {
                words.remove(at: index)
                if ["in", "for", "during", "since"].contains(bare(index - 1)) { words.remove(at: index - 1); index -= 1 }
            } else {
                index += 1
            }
        }
        return words.joined(separator: " ")
    }

    /// When `text` only says who pays or whom a service is for ("Medicare", "a Medicare Advantage
    /// patient", "adults", "patients over 65"): the age it names, as the code entries word it ("65
    /// and older"), or "" for none; otherwise `nil`.
    private static func onlyWhom(_ text: String) -> String? {
        let words = tokens(text)
        func isNumber(_ word: String) -> Bool { word.count <= 3 && word.allSatisfy(\.isNumber) } // an age, not a code
        guard words.allSatisfy({ payerWords.contains($0) || whomWords.contains($0) || isNumber($0) }),
              words.contains(where: { payers.contains($0) || (whomWords.contains($0) && !["and", "or"].contains($0)) || isNumber($0) })
        else { return nil }
        let age = words.filter { !payerWords.contains($0) }
        guard let years = age.first(where: isNumber) else { return "" }
        return age.contains("over") || age.contains("older") ? "\(years) and older" : age.joined(separator: " ")
    }

    /// `text` as typed, lower-case with single spaces and without a closing question mark or full stop:
    /// tells apart descriptions that differ only in punctuation ("Blindness, right eye" and "Blindness right eye").
    static func spelled(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while let last = words.last, last == "?" || last == "." { words.removeLast() }
        return words
    }

    /// Word and word-pair counts of a text: word order matters ("with X without Y" ≠ "without X with Y").
    struct Profile {
        var words: [String: Int] = [:]
        var pairs: [String: Int] = [:]
    }

    /// The profile of a description's meaningful words.
    static func profile(of description: String) -> Profile {
        profile(meaningfulWords(of: description))
    }

    /// A description's words without function words and "unspecified" phrases, ranges spelled
    /// out, normalized (``normalized(_:)``).
    static func meaningfulWords(of description: String) -> [String] {
        let words = withoutUnspecifiedPhrases(tokens(description))
        return (words.contains("through") ? spellingOutRanges(words) : words).filter { !function.contains($0) }.map(normalized)
    }

    /// `words` with a numbered range spelled out: "stage 1 through stage 4" holds the "stage 3"
    /// asked about (I12.9 for "hypertensive CKD stage 3").
    static func spellingOutRanges(_ words: [String]) -> [String] {
        var spelled: [String] = []
        var index = 0
        while index < words.count {
            if index + 4 < words.count, words[index + 2] == "through", words[index + 3] == words[index],
               let first = Int(words[index + 1]), let last = Int(words[index + 4]), first < last, last - first < 10 {
                spelled.append(words[index])
                spelled += (first...last).map(String.init)
                index += 5
            } else {
                spelled.append(words[index])
                index += 1
            }
        }
        return spelled
    }

    /// Phrases that say "unspecified" in more words ("Urinary tract infection, site not specified";
    /// "Non-pressure chronic ulcer of … with unspecified severity").
    static let unspecifiedPhrases: [[String]] = [
        ["site", "not", "specified"], ["not", "otherwise", "specified"], ["with", "unspecified", "severity"], ["unspecified", "severity"],
    ]

    /// `words` without the phrases of ``unspecifiedPhrases``.
    static func withoutUnspecifiedPhrases(_ words: [String]) -> [String] {
        var kept: [String] = []
        var index = 0
        while index < words.count {
            if let phrase = unspecifiedPhrases.first(where: { words[index...].starts(with: $0) }) {
                index += phrase.count
            } else {
                kept.append(words[index])
                index += 1
            }
        }
        return kept
    }

    /// What a description's head counts for against the whole description in ``similarity(_:description:whole:)``.
    static let headWeight = 0.9

    /// How closely an official description matches the question's profile: the closer of the whole
    /// description and its head, the words before its first comma, which name the thing itself
    /// (the head's score at ``headWeight``). A plain "walker" is E0130 "Walker, rigid (pickup),
    /// adjustable or fixed height", not E0156 "Seat attachment, walker", which shares more of its
    /// few words; "oxygen concentrator" is E1390 "Oxygen concentrator, single delivery port, …",
    /// not E1392 "Portable oxygen concentrator, rental".
    /// `whole` is the score of the whole description (``similarity(_:_:)``).
    static func similarity(_ query: Profile, description: String, whole: Double) -> Double {
        guard let comma = description.firstIndex(of: ",") else { return whole }
        return max(whole, headWeight * similarity(query, profile(of: String(description[..<comma]))))
    }

    /// How closely `text` matches a description's ``contentWords(_:)`` (the score of ``similarity(_:_:)``).
    static func closeness(of text: String, to content: [String]) -> Double {
        similarity(profile(content.map(normalized)), profile(of: text))
    }

    static func profile(_ words: [String]) -> Profile {
        var profile = Profile()
        for word in words { profile.words[word, default: 0] += 1 }
        for index in words.indices.dropLast() { profile.pairs[words[index] + " " + words[index + 1], default: 0] += 1 }
        return profile
    }

    /// Weighted Jaccard overlap of word counts (80%) and word-pair counts (20%); 1 for the same text.
    static func similarity(_ left: Profile, _ right: Profile) -> Double {
        func jaccard(_ a: [String: Int], _ b: [String: Int]) -> Double {
            // Σ max = Σ a + Σ b − Σ min, so only the keys of `a` need looking up in `b`.
            let shared = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
            let total = a.values.reduce(0, +) + b.values.reduce(0, +) - shared
            return total == 0 ? 1 : Double(shared) / Double(total)
        }
        return 0.8 * jaccard(left.words, right.words) + 0.2 * jaccard(left.pairs, right.pairs)
    }
}
