/// Sepsis with what caused it or how severe it is ("sepsis due to pneumonia", "severe sepsis with
/// septic shock due to UTI", "septic shock due to MRSA"), in the order the Official Guidelines
/// (I.C.1.d) give: the systemic infection first (the organism's A40/A41 code when the question
/// names one, else sepsis of unspecified organism), then the localized infection, then severe
/// sepsis or septic shock (R65.2-), which is never first; then the guideline article. Every code is
/// found by its title in the imported code set.
struct Sepsis {
    let knowledgeBase: KnowledgeBase

    struct Reading: Equatable {
        /// What caused the sepsis, as typed ("pneumonia", "mrsa"); empty when not named.
        var cause: String
        /// The acute organ dysfunctions named ("acute kidney failure"): severe sepsis.
        var dysfunctions: [String] = []
        var severe: Bool
        var shock: Bool
    }

    /// Words that place the sepsis in a setting of its own: after a procedure, in a newborn, in
    /// pregnancy, from a device, without infection. Their codes come first and are another
    /// reading (the article gives them).
    private static let otherSettings: Set<String> = [
        "postprocedural", "postoperative", "procedure", "surgery", "postop", "neonatal", "newborn", "puerperal", "pregnancy",
        "pregnant", "labor", "abortion", "obstetric", "catheter", "line", "device", "noninfectious", "sirs", "history",
    ]

    /// The words that join the sepsis and what goes with it.
    private static let joiners: Set<String> = ["due", "to", "from", "secondary", "caused", "by", "with", "and"]
    /// Words that begin a question about the sepsis after it is described.
    private static let askingWords: Set<String> = ["which", "what", "how", "when", "why", "should", "do", "does", "is", "are", "can", "who"]
    /// The words that name the sepsis or its severity: not its cause.
    private static let sepsisWords: Set<String> = ["sepsis", "septic", "shock", "severe"]
    /// Words of an acute organ dysfunction, which makes sepsis severe ("acute kidney failure",
    /// "acute respiratory failure", "encephalopathy").
    private static let dysfunctionWords: Set<String> = ["failure", "injury", "aki", "encephalopathy", "dysfunction", "coagulopathy"]

    /// The sepsis a question describes; `nil` unless it names sepsis with a cause, an organ
    /// dysfunction or a severity. The parts are the phrases between the joining words ("sepsis
    /// due to pneumonia with acute respiratory failure"): one cause at most.
    static func reading(_ question: ParsedQuestion) -> Reading? {
        let words = question.words
        guard question.codes.isEmpty, words.contains("sepsis") || words.contains("septic"), !words.contains(where: otherSettings.contains) else { return nil }
        let described = CodeSearch.tokens(CodeSearch.described(question.text))
        // What follows the sepsis up to a question about it ("sepsis with pneumonia, which
        // diagnosis gets sequenced first?"): the question's words are no cause.
        let start = described.firstIndex { $0 == "sepsis" || $0 == "septic" } ?? described.startIndex
        let tokens = described[..<(described[start...].firstIndex(where: Self.askingWords.contains) ?? described.endIndex)]
        let phrases = tokens.split(whereSeparator: joiners.contains)
            .map { CodeSearch.contentWords($0.joined(separator: " ")).filter { !sepsisWords.contains($0) && !KnowledgeBase.stopWords.contains($0) } }
            .filter { !$0.isEmpty }
        let dysfunctions = phrases.filter { $0.contains(where: dysfunctionWords.contains) }.map { $0.joined(separator: " ") }
        // A cause is joined to the sepsis ("sepsis due to pneumonia"): the words of a title are not
        // ("Other specified sepsis" is A41.8, not a sepsis due to something specified).
        let causes = tokens.contains(where: joiners.contains) ? phrases.filter { !$0.contains(where: dysfunctionWords.contains) } : []
        guard causes.count <= 1 else { return nil }
        let reading = Reading(cause: causes.first?.joined(separator: " ") ?? "", dysfunctions: dysfunctions,
                              severe: words.contains("severe") || !dysfunctions.isEmpty, shock: words.contains("shock"))
        return reading.cause.isEmpty && !reading.severe && !reading.shock ? nil : reading
    }

    /// The codes in their order, then the article; empty for another question, without the code
    /// set, or when a part is not found by its title (the look-up answers then).
    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        guard let reading = Self.reading(question), let info = try knowledgeBase.datasetInfo(.icd10cm) else { return Resolution() }
        let search = CodeSearch(knowledgeBase: knowledgeBase)
        // The first of the best five whose title holds every word, in categories given undotted
        // (any category: the best one only).
        func titled(_ text: String, _ prefixes: [String]? = nil) throws -> CodeRecord? {
            try search.search(text, systems: [CodeSystem.icd10cm.rawValue], limit: prefixes == nil ? 1 : 5)
                .first { $0.holdsAll && (prefixes?.contains(where: $0.record.code.hasPrefix) ?? true) }?.record
        }
        var systemic: CodeRecord?
        var localized: CodeRecord?
        if !reading.cause.isEmpty {
            // An organism that a sepsis title names ("sepsis due to MRSA": A41.02), else the localized infection.
            systemic = try titled("sepsis due to \(reading.cause)", ["A40", "A41"])
            if systemic == nil {
                guard let found = try titled(reading.cause) else { return Resolution() }
                localized = found
            }
        }
        guard let first = try systemic ?? titled("sepsis unspecified organism", ["A41"]) else { return Resolution() }
        var severity: CodeRecord?
        if reading.shock || reading.severe {
            guard let found = try titled(reading.shock ? "severe sepsis with septic shock" : "severe sepsis without septic shock", ["R652"]) else { return Resolution() }
            severity = found
        }
        var dysfunctions: [CodeRecord] = []
        for dysfunction in reading.dysfunctions {
            guard let found = try titled(dysfunction) else { return Resolution() }
            dysfunctions.append(found)
        }
        var resolution = Resolution()
        var lines = ["Sepsis is coded by its systemic infection first (Official Guidelines I.C.1.d):"]
        func line(_ record: CodeRecord, _ role: String) {
            let header = record.billable == false ? " (a header: use a more specific code below it)" : ""
            lines.append("\(lines.count). \(record.display) \(record.description)\(header): \(role)")
            resolution.add(code: CodeReference(system: .icd10cm, code: record.display, description: record.description))
        }
        line(first, systemic == nil ? "the systemic infection; the organism's A40/A41 code instead when it is known" : "the systemic infection, by its organism")
        if let localized { line(localized, "the localized infection, as an additional code") }
        if let severity {
            line(severity, "never first-listed" + (dysfunctions.isEmpty ? "; add a code for each acute organ dysfunction the provider links to the sepsis" : ""))
        }
        for dysfunction in dysfunctions { line(dysfunction, "the acute organ dysfunction, which the provider must link to the sepsis") }
        if localized != nil {
            lines.append("When the patient was admitted for the localized infection and the sepsis developed later, the localized infection comes first (I.C.1.d.4).")
        }
        resolution.add(lines.joined(separator: "\n"), citation: DatasetCitation.citation(info))
        if let article = try knowledgeBase.article(id: "icd10cm-sepsis-severe-sepsis-septic-shock") {
            resolution.add(article)
        }
        return resolution
    }
}
