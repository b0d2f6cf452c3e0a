/// Carries the codes and category of the previous turn into a follow-up question.
enum FollowUp {
    private static let openers: Set<String> = ["and", "what", "how", "is", "it", "its", "same", "also", "then", "but", "with", "in", "for", "does", "can"]
    private static let pronouns: Set<String> = ["it", "its", "that", "this", "them", "they", "those", "these", "same", "both"]

    /// Whether `question` reads as a follow-up rather than a new question.
    static func isFollowUp(_ question: ParsedQuestion) -> Bool {
        guard !question.words.isEmpty else { return false }
        let short = question.words.count <= 10
        let opensLikeFollowUp = openers.contains(question.words[0]) && (question.words.contains("about") || question.words[0] == "and" || question.words[0] == "with")
        let refersBack = question.words.contains { pronouns.contains($0) }
        let onlyModifiers = !question.codes.isEmpty && question.codes.allSatisfy { $0.system == .modifier }
        // Without codes a question continues the conversation ("how many units?") unless it asks for
        // a code of its own ("Lumbar microdiscectomy code?", "code for a flu shot").
        let continues = question.codes.isEmpty && !asksForACode(question.words)
        return short && (opensLikeFollowUp || refersBack || onlyModifiers || continues)
    }

    /// "... code for ...", "... code?": the question names what it wants a code for.
    private static func asksForACode(_ words: [String]) -> Bool {
        let codeWords: Set<String> = ["code", "codes"]
        return codeWords.contains(words[words.count - 1]) || words.containsPair { codeWords.contains($0) && $1 == "for" }
    }

    /// Words that tell variants of one diagnosis apart: the side, the encounter.
    private static let variantGroups: [Set<String>] = [["left", "right", "bilateral"], ["initial", "subsequent", "sequela"]]
    /// Words a variant follow-up may hold besides the variant and the previous question's words.
    private static let variantFillers: Set<String> = ["what", "about", "the", "and", "for", "how", "side", "one", "instead", "then", "a", "an", "if", "it", "its", "is", "was", "encounter", "same", "but"]

    /// The previous description look-up asked again for another variant: "what about the right
    /// knee?" after "left knee osteoarthritis" is "right knee osteoarthritis", "and subsequent
    /// encounter?" after "hip fracture, initial encounter" is the same fracture's subsequent
    /// encounter. `nil` for any other question.
    static func variant(_ question: ParsedQuestion, previous: Answer) -> String? {
        guard previous.category == .cpt, question.codes.isEmpty, question.words.count <= 8 else { return nil }
        let asked = QuestionParser().parse(previous.questionRead)
        guard asked.codes.isEmpty else { return nil }
        if let staged = stageVariant(question, asked: asked) { return staged }
        func group(of word: String) -> Set<String>? { variantGroups.first { $0.contains(word) } }
        let new = question.words.filter { group(of: $0) != nil && !asked.words.contains($0) }
        guard !new.isEmpty,
              question.words.allSatisfy({ asked.words.contains($0) || variantFillers.contains($0) || group(of: $0) != nil }) else { return nil }
        var words = asked.words
        for word in new {
            guard let group = group(of: word) else { continue }
            if let at = words.firstIndex(where: group.contains) { words[at] = word } else { words.append(word) }
        }
        return words.joined(separator: " ")
    }

    /// "what about stage 4?" after "CKD stage 5 on dialysis" (or a pressure ulcer's, or a cancer's
    /// stage): the previous look-up with the stage replaced.
    private static func stageVariant(_ question: ParsedQuestion, asked: ParsedQuestion) -> String? {
        guard let at = question.words.firstIndex(of: "stage"), at + 1 < question.words.count,
              let was = asked.words.firstIndex(of: "stage"), was + 1 < asked.words.count else { return nil }
        let stage = question.words[at + 1]
        guard stage.count <= 3, stage != asked.words[was + 1],
              question.words.indices.allSatisfy({ $0 == at || $0 == at + 1 || variantFillers.contains(question.words[$0]) }) else { return nil }
        var words = asked.words
        words[was + 1] = stage
        return words.joined(separator: " ")
    }

    /// The words that name an NCCI setting (``QuestionParser/settingWords``, and "outpatient" before
    /// "hospital"), and those a follow-up that only changes the setting may hold besides them.
    private static let settingWords = QuestionParser.settingWords.reduce(into: Set(["outpatient"])) { $0.formUnion($1.words) }
    private static let settingFillers: Set<String> = ["and", "in", "the", "for", "a", "an", "what", "about", "how", "then", "instead", "setting", "side", "file", "edits", "is", "it", "its"]

    /// The previous NCCI question asked again in another setting: "and in the outpatient
    /// hospital?" after "What codes bundle into 27447?" is "What codes bundle into 27447 in the
    /// outpatient hospital". `nil` for any other question.
    static func settingVariant(_ question: ParsedQuestion, previous: Answer) -> String? {
        guard previous.category == .ncci, let setting = question.setting, question.codes.isEmpty,
              question.words.allSatisfy({ settingWords.contains($0) || settingFillers.contains($0) }) else { return nil }
        // The previous setting goes with the words that led to it ("in the hospital").
        var kept: [Substring] = []
        for word in previous.questionRead.split(separator: " ") {
            guard settingWords.contains(word.lowercased().filter(\.isLetter)) else { kept.append(word); continue }
            while let last = kept.last, ["in", "the", "for", "a", "an", "at"].contains(last.lowercased()) { kept.removeLast() }
        }
        let named = switch setting {
        case .practitioner: "for a practitioner"
        case .hospital: "in the outpatient hospital"
        case .dme: "for a DME supplier"
        }
        var asked = kept.joined(separator: " ")
        while asked.last == "?" || asked.last == "." { asked.removeLast() }
        return withCarriedCodes(asked, previous: previous) + " " + named
    }

    /// Words a follow-up that only names another code may hold besides it, and those of them that
    /// mark it as one ("what is 99214?" is a look-up of its own).
    private static let codeFillers: Set<String> = ["and", "what", "about", "for", "how", "then", "instead", "the", "code", "cpt", "hcpcs", "same", "but", "also"]
    private static let codeFollowUpMarkers: Set<String> = ["and", "about", "instead", "same", "also"]

    /// The previous question (not a look-up's, unless it asked for payment details) asked again
    /// about another code: "and for 20610?" after "what is the MUE" is "what is the MUE for 20610";
    /// "what about 99214?" after "is 99213 covered by Medicare?" is "is 99214 covered by Medicare";
    /// "and 99214?" after "what are the RVUs of 99213?" asks for 99214's RVUs. `nil` for any other
    /// question, and after a question about two codes or more (which one the new code replaces is unsaid).
    static func codeVariant(_ question: ParsedQuestion, previous: Answer) -> String? {
        guard previous.category != .unknown, question.codes.count == 1, let code = question.codes.first, code.system != .modifier,
              question.words.contains(where: codeFollowUpMarkers.contains) || question.words.first == "for",
              question.words.allSatisfy({ codeFillers.contains($0) || question.codeWords().contains($0) }) else { return nil }
        var asked = previous.questionRead
        while asked.last == "?" || asked.last == "." { asked.removeLast() }
        let parsed = QuestionParser().parse(asked)
        guard previous.category != .cpt || parsed.asksForPaymentDetails else { return nil }
        let before = parsed.codes.filter { $0.system != .modifier }
        guard before.count <= 1 else { return nil }
        guard let old = before.first else { return asked + " for " + code.display }
        var words = asked.split(separator: " ").map(String.init)
        guard let at = words.firstIndex(where: { word in
            let bare = word.uppercased().filter { $0.isLetter || $0.isNumber || $0 == "." }
            return bare == old.display.uppercased() || bare == old.code.uppercased()
        }) else { return nil }
        words[at] = code.display
        return words.joined(separator: " ")
    }

    /// The pronouns that stand for the codes a follow-up carried ("can it be billed with 99213").
    private static let objectPronouns: Set<String> = ["it", "this", "that", "them", "these", "those"]

    /// `asked` (a previous question) with the codes its answer was about that it does not name, as
    /// a follow-up carried them: in place of its pronoun ("can it be billed with 99213" after
    /// 20610), else after it ("what is the MUE for 20610").
    private static func withCarriedCodes(_ asked: String, previous: Answer) -> String {
        let named = QuestionParser().parse(asked).codes.map(\.display)
        let carried = previous.codes.filter { $0.system != .modifier && !named.contains($0.code) }.map(\.code)
        guard !carried.isEmpty else { return asked }
        var words = asked.split(separator: " ").map(String.init)
        if let pronoun = words.firstIndex(where: { objectPronouns.contains($0.lowercased()) }) {
            words[pronoun] = carried.joined(separator: " and ")
            return words.joined(separator: " ")
        }
        return asked + " for " + carried.joined(separator: " and ")
    }

    /// Words that put a follow-up's own code beside the previous one ("can I bill it with 93000?").
    private static let pairing: Set<String> = ["with", "together", "bundled", "bundle", "both", "same", "it", "that", "this"]

    /// The question with the previous turn's non-modifier codes added after its own. A follow-up
    /// that names a code of its own without pairing it ("what about 99214?") asks about that code
    /// instead, in the previous turn's category. After an answer without codes (an article) the
    /// words of its first line, the article's title, carry the topic: "how many sessions?" after
    /// "Does Medicare cover acupuncture?" is about acupuncture sessions, and so is the next "who can
    /// bill it?".
    static func merge(_ question: ParsedQuestion, previous: Answer) -> ParsedQuestion {
        if previous.codes.isEmpty, question.codes.isEmpty {
            let title = String(previous.answer.prefix { $0 != "\n" })
            let topic = QuestionParser().parse(title).words.filter { !question.words.contains($0) }
            return ParsedQuestion(text: question.text, words: question.words + topic, codes: [], mentionsICD9: question.mentionsICD9, setting: question.setting)
        }
        var codes = question.codes
        let ownProcedures = question.codes.contains { $0.system != .modifier }
        if ownProcedures, question.words.allSatisfy({ !pairing.contains($0) }) { return question }
        for reference in previous.codes where reference.system != .modifier {
            let token = CodeToken(system: reference.system, code: reference.code.replacing(".", with: ""))
            if !codes.contains(token) && (!ownProcedures || codes.count < 2) { codes.append(token) }
            if ownProcedures { break }
        }
        return ParsedQuestion(text: question.text, words: question.words, codes: codes, mentionsICD9: question.mentionsICD9, setting: question.setting)
    }
}
