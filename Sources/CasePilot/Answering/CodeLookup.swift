/// Answers code look-ups (`cpt`): what a code means, its status, and description-to-code search.
///
/// Authored entries explain codes in plain words; imported code sets add the official
/// description, validity dates and billable/header status; the imported fee schedule adds RVUs
/// and payment indicators.
struct CodeLookup {
    let knowledgeBase: KnowledgeBase

    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        let codes = question.codes.filter { $0.system != .modifier }
        // "What is POS 11?": the place-of-service code set answers, then any other codes named.
        let places = try PlaceOfServiceFacts(knowledgeBase: knowledgeBase).describe(question.placesOfService)
        if codes.isEmpty, !places.isEmpty { return places }
        guard !codes.isEmpty, !Self.asksForACode(question) else { return try searchByDescription(question) }
        var resolution = places
        let detailed = question.asksForPaymentDetails
        for code in codes.prefix(4) {
            resolution.merge(try describe(code, detailedFees: detailed, modifiers: question.modifiers.map(\.code)))
        }
        return resolution
    }

    /// "What is the code for ...": a description search even if a word looks like a code, unless
    /// what follows "for" is only codes ("what is the primary code for 11045?" is about 11045) or a
    /// year ("is Z00.00 a valid code for 2024").
    static func asksForACode(_ question: ParsedQuestion) -> Bool {
        let words = question.words
        guard words.count >= 6, let framing = words.indices.first(where: { isFraming(words, at: $0) }) else { return false }
        let codeWords = question.codeWords()
        let described = words[(framing + 1)...].drop { $0 != "for" }.dropFirst()
        return described.contains { !codeWords.contains($0) && !QuestionParser.isYear($0) }
    }

    /// "code for", "codes for", "code is used for" at `index`.
    private static func isFraming(_ words: [String], at index: Int) -> Bool {
        guard words[index] == "code" || words[index] == "codes" else { return false }
        let rest = words[(index + 1)...]
        return rest.first == "for" || rest.starts(with: ["is", "used", "for"])
    }

    /// Everything the knowledge base knows about one code; the fee schedule's paragraph first when
    /// `detailedFees` (the question asks about payment).
    func describe(_ code: CodeToken, detailedFees: Bool = false, modifiers: [String] = []) throws -> Resolution {
        var resolution = Resolution()
        let entry = try knowledgeBase.entry(for: code)
        let official = try CodeFacts(knowledgeBase: knowledgeBase).describe(code, withHeading: entry == nil)
        if let entry {
            resolution.add(code: CodeReference(system: code.system, code: code.display, description: entry.title))
            resolution.add(entry)
        }
        if let official { resolution.merge(official) }
        let fees = try FeeScheduleFacts(knowledgeBase: knowledgeBase).describe(code, detailed: detailedFees, modifiers: modifiers)
        if entry == nil, official == nil, code.system == .cpt, let fees, let descriptor = try knowledgeBase.feeSchedule(code.code).first?.description {
            resolution.add(code: CodeReference(system: code.system, code: code.display, description: descriptor))
            resolution.add("CPT \(code.display) — short descriptor from your imported fee schedule file: \(descriptor)", citation: fees.citations.first)
        }
        // "What is the work RVU of 99213?": the fee schedule's figures come first, before what the
        // code is (unless the file's descriptor is all that says it).
        if let fees { resolution.merge(fees, at: detailedFees && (entry != nil || official != nil) ? .start : .end) }
        if code.isProcedure { resolution.merge(try addOnNote(code)) }
        if entry == nil, official == nil, resolution.isEmpty {
            resolution.add(code: code.reference)
            let imported = try knowledgeBase.datasetInfo(MissingData.dataset(for: code.system))
            resolution.add(MissingData.code(code, importedRelease: imported?.release))
            // A code newer than the imported files that an article names ("98008": the 2025
            // telemedicine codes): what the article says of it.
            if let article = try knowledgeBase.articles(relating: code).first {
                resolution.add("An article of CasePilot's names \(code.display):")
                resolution.add(article)
            } else {
                resolution.warnings.append(MissingData.warning(code))
            }
        } else if entry == nil, official == nil {
            resolution.add(code: code.reference)
        }
        return resolution
    }

    /// A note when the code is an NCCI add-on code.
    private func addOnNote(_ code: CodeToken) throws -> Resolution {
        var resolution = Resolution()
        guard let info = try knowledgeBase.datasetInfo(.aoc) else { return resolution }
        let edits = try knowledgeBase.aocEdits(code.code, asAddOn: true)
        guard let first = edits.first else { return resolution }
        let primaries = edits.map(\.primary).filter { $0 != "CCCCC" }
        let listed = primaries.prefix(12).joined(separator: ", ") + (primaries.count > 12 ? " and \(primaries.count - 12) more" : "")
        resolution.add("\(code.display) is an NCCI add-on code (\(IndicatorMeanings.aocType(first.editType))); report it only with a primary procedure"
                       + (primaries.isEmpty ? "." : ": \(listed)."), citation: DatasetCitation.citation(info))
        return resolution
    }
}
