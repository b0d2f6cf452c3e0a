/// Whether a short question without codes leaves the previous turn's topic ("Does Medicare cover
/// acupuncture?" after a question about 20610 with 99215) rather than continuing it ("how many
/// units?", "is it covered?").
enum TopicShift {
    /// Words that ask about an aspect of whatever was discussed, not about a topic of their own.
    static let aspectWords: Set<String> = [
        "unit", "units", "many", "much", "often", "modifier", "modifiers", "mue", "mues", "ptp", "ncci", "bundled", "bundle",
        "global", "period", "rvu", "rvus", "facility", "hospital", "office", "outpatient", "inpatient", "telehealth", "setting",
        "documentation", "document", "documented", "limit", "limits", "frequency", "time", "minutes", "billable", "valid",
        "diagnosis", "dx", "icd", "cpt", "hcpcs", "age", "ages", "year", "years", "day", "days", "week", "weeks", "month", "months",
        "again", "instead", "also", "too", "else", "other", "another", "first", "second", "next", "new", "more", "less",
        "commercial", "advantage", "covers", "need", "needs", "needed", "allowed", "able", "required", "require", "requirement",
        // Its counterpart in the other ICD revision ("what does it map to in ICD-9?").
        "map", "maps", "mapped", "mapping", "crosswalk", "equivalent", "convert", "gem", "gems", "icd9", "icd10", "icd9cm", "icd10cm",
    ]

    /// A topic word of `question` that neither the previous question nor its answer used.
    static func startsNewTopic(_ question: ParsedQuestion, after previous: Answer) -> Bool {
        guard question.codes.isEmpty else { return false }
        let said = CodeSearch.normalizedWords(previous.questionRead + " " + previous.answer)
        // A number is an amount ("how many units for 200 mg?"), not a topic. A part of Medicare is
        // one topic word of two ("part b").
        return ArticleLookup.distinctiveWords(question).contains { word in
            !aspectWords.contains(word) && CodeSearch.tokens(word).contains { !said.contains(CodeSearch.normalized($0)) } && word.first?.isNumber != true
        }
    }
}
