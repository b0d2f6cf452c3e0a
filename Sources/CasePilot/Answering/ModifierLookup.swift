/// Answers modifier questions: each modifier named, or the best-matching modifier entries.
struct ModifierLookup {
    let knowledgeBase: KnowledgeBase

    /// Words of "what modifier goes on …" that say where a modifier is put, not what the question is
    /// about: no answering entry need hold them, and none ranks by them ("goes" found GN, "… GO for …").
    private static let placing: Set<String> = ["go", "goes", "put", "append", "appended", "attach", "attached", "apply", "add"]

    /// Words of "which modifier do I need (to use) for …" that name no topic.
    private static let framing: Set<String> = placing.union(["modifier", "modifiers", "mod", "need", "needed", "needs", "use", "required", "require"])

    /// Words that place a visit in a procedure's global period.
    private static let globalPeriodWords: Set<String> = ["global", "postop", "postoperative", "post", "unrelated", "after"]

    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        var resolution = Resolution()
        // "Bilateral mammogram modifier": the service's bilateral indicator, then modifier 50.
        if question.procedureCodes.isEmpty, question.modifiers.allSatisfy({ $0.code == "50" }), let bilateral = try bilateralService(question) {
            resolution.merge(bilateral)
            let fifty = CodeToken(system: .modifier, code: "50")
            if let entry = try knowledgeBase.entry(for: fifty) {
                resolution.add(code: CodeReference(system: .modifier, code: fifty.code, description: entry.title))
                resolution.add(entry)
            }
            return resolution
        }
        // "Can G2211 be billed with modifier 25?": the article written to answer a modifier with a
        // code comes before what the modifier is.
        if !question.modifiers.isEmpty, !question.procedureCodes.isEmpty,
           let article = try ArticleLookup(knowledgeBase: knowledgeBase).authoredArticle(question) {
            resolution.add(article.entry)
        }
        for modifier in question.modifiers.prefix(4) {
            if let entry = try knowledgeBase.entry(for: modifier) {
                resolution.add(code: CodeReference(system: .modifier, code: modifier.code, description: entry.title))
                resolution.add(entry)
            } else if let official = try CodeFacts(knowledgeBase: knowledgeBase).describe(modifier, withHeading: true) {
                resolution.merge(official)
            } else {
                resolution.add(code: modifier.reference)
                resolution.add(MissingData.code(modifier))
                resolution.warnings.append(MissingData.warning(modifier))
            }
        }
        if question.modifiers.isEmpty {
            // "Which modifier do I need for 20610 with 99213?": the NCCI edit between the two codes
            // says whether a modifier can (or need) bypass it, when the edits are imported.
            let procedures = question.procedureCodes
            if procedures.count >= 2 {
                let setting: Setting = question.setting == .hospital ? .hospital : .practitioner
                resolution.merge(try PTPAnswer(knowledgeBase: knowledgeBase).pair(procedures[0], procedures[1], setting: setting))
                if resolution.citations.isEmpty, let concept = try knowledgeBase.article(id: "ncci-modifier-indicators") {
                    // The edits are not imported: how their modifier indicator decides.
                    resolution.add(concept)
                }
            }
            // "What modifier goes on 96127 with E/M?" (or "with an office visit"): a visit beside one
            // other service of the day takes the modifier an NCCI edit between them would (25, or 57
            // before a major surgery). A visit in a global period is another question (24, FT).
            let besideVisit = procedures.count == 1 && !PTPAnswer.isEvaluationAndManagement(procedures[0].code) && NCCILookup.namesVisit(question.words[...])
                && !question.words.contains(where: Self.globalPeriodWords.contains)
            if besideVisit {
                resolution.add(try PTPAnswer(knowledgeBase: knowledgeBase).visitModifier(visit: "E/M", procedure: procedures[0].display))
                let visitModifier = CodeToken(system: .modifier, code: "25")
                if let entry = try knowledgeBase.entry(for: visitModifier) {
                    resolution.add(code: CodeReference(system: .modifier, code: visitModifier.code, description: entry.title))
                    resolution.add(entry)
                }
            }
            // "Which modifier unbundles 97140 from chiropractic manipulation?": the edits between the
            // code and the service named, as the NCCI answer reads it.
            let named = procedures.count == 1 && !besideVisit ? try NCCILookup(knowledgeBase: knowledgeBase).namedService(question) : nil
            if let named {
                resolution.add(named.reading)
                let setting: Setting = question.setting == .hospital ? .hospital : .practitioner
                for code in named.codes {
                    let pair = try PTPAnswer(knowledgeBase: knowledgeBase).pair(procedures[0], code, setting: setting)
                    resolution.merge(pair)
                    if pair.citations.isEmpty { break } // the edits are not imported: said once
                }
            }
            // Without a topic beyond "which modifier do I need", any modifier entry would be a guess;
            // beside a visit or a named service, it would repeat what their edits say.
            let topic = ArticleLookup.distinctiveWords(question).filter { !Self.framing.contains($0) && !question.codeWords().contains($0) }
            if named == nil, (procedures.count < 2 && !besideVisit) || !topic.isEmpty {
                resolution.merge(try ArticleLookup(knowledgeBase: knowledgeBase).resolve(question, category: .modifiers, kinds: [.modifier, .article], framing: Self.placing))
            }
        }
        for code in question.procedureCodes.prefix(2) {
            if let entry = try knowledgeBase.entry(for: code) {
                resolution.add(code: CodeReference(system: code.system, code: code.display, description: entry.title))
            }
            // The fee schedule's payment-policy indicator for the modifier asked about (50, 51, 62, 66, 80/82, 26/TC).
            let modifiers = question.modifiers.map(\.code)
            if !modifiers.isEmpty, let fees = try FeeScheduleFacts(knowledgeBase: knowledgeBase).describe(code, detailed: false, modifiers: modifiers),
               fees.paragraphs.contains(where: { $0.contains("Payment policy") }) {
                resolution.merge(fees)
            }
        }
        return resolution
    }

    /// "Bilateral mammogram modifier", "modifier for bilateral knee injections": the service's code,
    /// the authored code entry whose title or keyword all but names the question's other words, or
    /// holds them and names both sides (no search of the official code sets: "a bilateral
    /// procedure" names no service), and what its fee schedule bilateral surgery indicator says of
    /// modifier 50 (77066 already covers both breasts: no 50).
    private func bilateralService(_ question: ParsedQuestion) throws -> Resolution? {
        guard question.words.contains(where: { $0 == "bilateral" || $0 == "both" }) else { return nil }
        let codeWords = question.codeWords()
        let service = CodeSearch.contentWords(question.text).filter {
            !Self.framing.contains($0) && !codeWords.contains($0) && !KnowledgeBase.stopWords.contains($0) && !CodeSearch.sideWords.contains($0)
                && !["sides", "side", "same", "session", "day"].contains($0)
        }
        // "A bilateral procedure" names no service: nothing to search for.
        guard service.contains(where: { !["procedure", "procedures", "service", "services", "surgery", "surgeries", "code", "codes"].contains($0) }) else { return nil }
        guard let info = try knowledgeBase.datasetInfo(.pfsRVU) else { return nil }
        let titled = try CodeLookup(knowledgeBase: knowledgeBase).titledEntries(["bilateral"] + service, optional: CodeSearch.sideWords)
        guard let best = titled.first, let code = best.hit.entry.codeReference,
              best.closeness >= CodeLookup.naming || !CodeSearch.normalizedWords(([best.hit.entry.title] + best.hit.entry.keywords).joined(separator: " ")).isDisjoint(with: ["bilateral", "both"]),
              code.system == .cpt || code.system == .hcpcs,
              let fee = try knowledgeBase.feeSchedule(code.code).first(where: { $0.modifier.isEmpty }),
              let policy = IndicatorMeanings.modifierPolicy("50", fee) else { return nil }
        var resolution = Resolution()
        resolution.add(code: code)
        let title = code.description.isEmpty ? "" : " (\(code.description))"
        resolution.add("Reading \"\(service.joined(separator: " "))\" on both sides as \(code.system.rawValue) \(code.code)\(title): it has \(policy) (Medicare physician fee schedule \(info.release)).",
                       citation: DatasetCitation.citation(info))
        return resolution
    }
}
