/// Answers NCCI questions: PTP pairs, MUEs and add-on edits from imported data, concepts from articles.
struct NCCILookup {
    let knowledgeBase: KnowledgeBase

    private static let unitWords: Set<String> = ["mue", "mues", "units", "unit", "unlikely", "mai", "maximum", "max", "many", "times", "twice"]
    private static let addOnWords: Set<String> = ["add-on", "addon", "add", "primary", "primaries", "aoc"]
    /// Words that put two codes on one claim, beyond asking for their units.
    private static let pairWords: Set<String> = ["with", "together", "bundle", "bundled", "bundles", "same", "pair", "ptp"]

    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        var resolution = Resolution()
        let procedures = question.procedureCodes
        let words = Set(question.words)
        let asksUnits = !words.isDisjoint(with: Self.unitWords)
        let asksAddOn = !words.isDisjoint(with: Self.addOnWords) || question.text.lowercased().contains("add-on")
        let settings = question.setting.map { [$0] } ?? [.practitioner]
        var codes = Array(procedures.prefix(4))
        // "Can I bill 99213 with 99999?": no edit pairs a code that does not exist, and saying NCCI
        // does not bundle them would read as leave to bill it.
        let absent = try codes.filter(isAbsent)
        if !absent.isEmpty {
            for code in codes { resolution.add(code: code.reference) }
            for code in absent {
                resolution.add(MissingData.code(code, importedRelease: try knowledgeBase.datasetInfo(MissingData.dataset(for: code.system))?.release))
                resolution.warnings.append(MissingData.warning(code))
            }
            resolution.add("NCCI edits and MUEs are read for codes that exist: correct the code and ask again.")
            return resolution
        }
        // "Can I bill an EKG with an office visit?": the service named beside the visit, by its code entries.
        let besideVisit = codes.isEmpty && !asksUnits && !asksAddOn ? try serviceBesideVisit(question) : nil
        if let besideVisit {
            resolution.add(besideVisit.reading)
            codes = besideVisit.codes
        }
        let pairsOne = codes.count == 1 && !asksUnits && !asksAddOn && !words.isDisjoint(with: Self.pairWords)
        // "Can I bill 20610 with an E/M?", "96372 and office visit same day": its edits with the E/M
        // codes. An add-on code of a visit (G2211) is answered by its add-on edits instead.
        let withVisit = try besideVisit != nil || pairsOne && !PTPAnswer.isEvaluationAndManagement(codes[0].code)
            && Self.namesVisit(question.words[...]) && !isAddOn(codes[0].code)
        if withVisit {
            for setting in settings where setting != .dme {
                for (index, code) in codes.enumerated() {
                    resolution.merge(try PTPAnswer(knowledgeBase: knowledgeBase).visitEdits(of: code, setting: setting, explainingModifier: index == codes.count - 1))
                }
            }
        }
        // "Can 99497 be billed with an AWV?": the service named beside the one code.
        let named = pairsOne && !withVisit ? try namedService(question) : nil
        if let named {
            resolution.add(named.reading)
            codes += named.codes
        }
        // One code with words of edits or of what it is billed with ("What codes bundle into
        // 27447?", "column 1 codes for 29881", "NCCI edits for 64483"): its PTP edits, listed.
        if codes.count == 1, named == nil, !withVisit, !asksUnits, !asksAddOn, question.modifiers.isEmpty,
           !words.isDisjoint(with: Self.pairWords.union(Self.editWords)) {
            let asColumn2 = Self.asksWhatItIsBundledInto(question, code: codes[0])
            for setting in settings where setting != .dme {
                resolution.merge(try PTPAnswer(knowledgeBase: knowledgeBase).edits(of: codes[0], asColumn2: asColumn2, setting: setting))
            }
        }
        // Several codes are a pair question unless only their units are asked ("the MUEs for 20610
        // and 20611"); "97110 units with 97140" asks both.
        let asksPairs = codes.count >= 2 && besideVisit == nil && (!asksUnits || !words.isDisjoint(with: Self.pairWords))
        if asksPairs {
            // Every pair of the first four codes ("11042, 97597 and 97598": three pairs); with a
            // named service, the code with each of its codes.
            let pairs = named != nil ? codes.dropFirst().map { (codes[0], $0) }
                : codes.indices.flatMap { first in codes[(first + 1)...].map { (codes[first], $0) } }
            for setting in settings where setting != .dme {
                for (first, second) in pairs {
                    let answer = try PTPAnswer(knowledgeBase: knowledgeBase).pair(first, second, setting: setting)
                    resolution.merge(answer)
                    if answer.citations.isEmpty { break } // the edits are not imported: said once
                }
            }
            // "Can I bill 99292 with 99291?": no PTP edit, and the add-on code edits say whether
            // one is an add-on of the other.
            for (first, second) in pairs { resolution.merge(try addOnPairing(first, second)) }
            // The rules beside the edits, when an article is written about both codes ("99214 and
            // 99396 on the same day": no edit, and the problem visit takes modifier 25).
            if pairs.count == 1, let (first, second) = pairs.first, let article = try articleRelating(first, second) {
                resolution.add(article)
            }
        }
        for code in codes where (codes.count == 1 && !withVisit) || asksUnits {
            if asksUnits || !asksAddOn {
                // With no setting named, both settings are shown when imported; only a missing practitioner table is reported.
                for setting in asksUnits && question.setting == nil ? [Setting.practitioner, .hospital] : settings {
                    resolution.merge(try units(code, setting: setting, required: asksUnits && (question.setting != nil || setting == .practitioner)))
                }
            }
            if codes.count == 1, asksAddOn || !asksUnits { resolution.merge(try addOn(code, required: asksAddOn)) }
        }
        // One code with no word of edits, units or pairs ("toenail debridement 11720"): what the code
        // is comes first, its edits after.
        if codes.count == 1, question.modifiers.isEmpty, words.isDisjoint(with: Self.ncciWords), !question.text.lowercased().contains("add-on") {
            var described = try CodeLookup(knowledgeBase: knowledgeBase).describe(codes[0])
            described.merge(resolution)
            resolution = described
        }
        if resolution.isEmpty {
            resolution.merge(try ArticleLookup(knowledgeBase: knowledgeBase).resolve(question, category: .ncci))
        } else if resolution.citations.isEmpty {
            // The data is not imported: explain how the edit would read, from the NCCI articles.
            let topic = asksPairs ? "ncci-modifier-indicators" : asksUnits ? "ncci-mue-adjudication-indicators" : "ncci-add-on-code-edits"
            if let concept = try knowledgeBase.article(id: topic) {
                resolution.add(concept)
            }
        }
        return resolution
    }

    /// The first authored article that lists both codes among its related codes, if one does.
    private func articleRelating(_ first: CodeToken, _ second: CodeToken) throws -> StoredEntry? {
        let both = Set(try knowledgeBase.articles(relating: second).map(\.id))
        return try knowledgeBase.articles(relating: first).first { both.contains($0.id) }
    }

    /// Whether `code` is shown not to exist: the imported code set of its system (the fee schedule
    /// for CPT) lacks it, no entry names it, and no MUE or column 1 of a PTP edit lists it (lab
    /// codes such as 0001U are in the edits, not the fee schedule).
    private func isAbsent(_ code: CodeToken) throws -> Bool {
        guard code.system == .cpt || code.system == .hcpcs, try knowledgeBase.datasetInfo(MissingData.dataset(for: code.system)) != nil,
              try knowledgeBase.existence(of: code) == .notFound else { return false }
        for setting in [Setting.practitioner, .hospital] {
            if try knowledgeBase.mue(code.code, setting: setting) != nil { return false }
            if let edits = try knowledgeBase.ptpEdits(of: code.code, setting: setting), !edits.isEmpty { return false }
        }
        return true
    }

    /// Whether `code` is an add-on code: it has add-on code edits, or the fee schedule gives it
    /// global period ZZZ (G2211, which the add-on edits do not list).
    private func isAddOn(_ code: String) throws -> Bool {
        try !knowledgeBase.aocEdits(code, asAddOn: true).isEmpty || knowledgeBase.feeSchedule(code).contains { $0.modifier.isEmpty && $0.globalDays == "ZZZ" }
    }

    /// Words of a question about edits, units or pairs: without one, a question with one code asks what it is.
    private static let ncciWords: Set<String> = unitWords.union(addOnWords).union(pairWords).union(editWords)
        .union(["ncci", "cci", "mue", "twice", "limit", "limits", "often", "day", "daily", "per", "column", "modifier", "indicator", "separately"])

    /// Words that ask for a code's edits.
    private static let editWords: Set<String> = ["ptp", "edit", "edits", "column", "component", "components", "comprehensive", "bundling", "included"]

    /// Whether a question asks which codes `code` is bundled into, as a column 2 code ("what is
    /// 29881 bundled into?", "column 1 codes for 29881"), not which are bundled into it ("what
    /// codes bundle into 27447?", "column 2 codes of 29881").
    static func asksWhatItIsBundledInto(_ question: ParsedQuestion, code: CodeToken) -> Bool {
        let words = question.words
        if let column = words.firstIndex(of: "column"), column + 1 < words.count { return ["1", "one", "i"].contains(words[column + 1]) }
        guard let at = words.firstIndex(of: code.code.lowercased()),
              let into = words.indices.first(where: { ["into", "in", "within", "inside"].contains(words[$0]) && $0 > at }) else { return false }
        return words[at..<into].contains { ["bundle", "bundles", "bundled", "included", "part"].contains($0) }
    }

    /// Words of a pair question that name no service ("can 99497 be billed with ...").
    private static let pairFrameWords: Set<String> = [
        "bill", "billed", "billing", "billable", "report", "reported", "reporting", "code", "codes", "coded", "claim",
        "together", "same", "day", "date", "encounter", "separately", "separate", "both", "also", "allowed", "ok", "okay",
        "bundle", "bundled", "bundles", "pair", "ptp", "ncci", "edit", "edits", "medicare", "modifier", "service",
        // A side says where, not what: "modifier for 64483 bilateral" names no second service.
        "bilateral", "bilaterally", "left", "right", "sides", "side",
    ]

    /// Words that ask whether two services are billed together, beyond the "with" that joins them.
    private static let billingTogetherWords: Set<String> = [
        "bill", "billed", "billing", "billable", "report", "reported", "reporting", "together", "same",
        "bundle", "bundled", "bundles", "separately", "separate",
    ]

    /// Whether `question` asks if a service is billed with an E/M visit: "can I bill 93000 with an
    /// office visit", "can I bill an EKG with an office visit" (an NCCI question, though only the
    /// visit has words of coding guidelines).
    func asksBesideVisit(_ question: ParsedQuestion) throws -> Bool {
        let procedures = question.procedureCodes
        guard procedures.count <= 1, question.words.contains(where: Self.billingTogetherWords.contains) else { return false }
        guard let code = procedures.first else { return try serviceBesideVisit(question) != nil }
        return !PTPAnswer.isEvaluationAndManagement(code.code) && Self.namesVisit(question.words[...])
    }

    /// Whether a question names one code and a modifier, and no word of units, add-ons or edits
    /// ("can 71046 be billed with modifier 26?"): it asks about the modifier, as edits pair codes.
    static func asksOnlyAboutAModifier(_ question: ParsedQuestion) -> Bool {
        question.procedureCodes.count == 1 && !question.modifiers.isEmpty
            && !question.words.contains { unitWords.contains($0) || addOnWords.contains($0) || editWords.contains($0) || ["ncci", "cci"].contains($0) }
    }

    /// Whether `words` name an office or other E/M visit: "an E/M", "an office visit", "a sick visit".
    static func namesVisit(_ words: ArraySlice<String>) -> Bool {
        words.contains("em") || words.contains { ["office", "sick", "problem"].contains($0) } && words.contains { $0 == "visit" || $0 == "visits" }
    }

    /// The service a pair question with no code names beside an E/M visit ("can I bill an EKG
    /// with an office visit", "venipuncture and an E/M on the same day"): the words before "with"
    /// (else "and") when the words right after it name a visit, or the words after it when the
    /// question opens with the visit ("can an office visit be billed with an EKG"), read as
    /// ``namedService(_:)`` reads a name.
    func serviceBesideVisit(_ question: ParsedQuestion) throws -> (codes: [CodeToken], reading: String)? {
        let words = question.words
        guard words.contains(where: Self.billingTogetherWords.contains),
              let anchor = words.lastIndex(of: "with") ?? words.lastIndex(of: "and") else { return nil }
        if Self.namesVisit(words[(anchor + 1)...].prefix(3)) { return try named(words[..<anchor], in: question) }
        if Self.namesVisit(words[..<anchor].prefix(4)) { return try named(words[(anchor + 1)...], in: question) }
        return nil
    }

    /// The service a pair question names beside its one code ("an AWV", "the IPPE"), as the
    /// authored code entries whose titles hold every word of the name; when some titles spell
    /// out a one-word name ("Annual wellness visit (AWV), ..."), those alone. At most four, so
    /// that a broad name ("an office visit") is not read as a list of codes.
    func namedService(_ question: ParsedQuestion) throws -> (codes: [CodeToken], reading: String)? {
        // The service follows "with" (or "from") when the question names one there ("can G0444
        // depression screening be billed with an annual wellness visit": not "depression screening";
        // "which modifier unbundles 97140 from chiropractic manipulation"), else it comes before
        // ("can I bill an EKG with 99214").
        guard let anchor = question.words.lastIndex(where: { $0 == "with" || $0 == "from" }) else { return try named(question.words[...], in: question) }
        return try named(question.words[(anchor + 1)...], in: question) ?? named(question.words[..<anchor], in: question)
    }

    /// The code entries that `words` of `question` name, as ``namedService(_:)`` describes.
    private func named(_ words: ArraySlice<String>, in question: ParsedQuestion) throws -> (codes: [CodeToken], reading: String)? {
        let codeWords = question.codeWords()
        let name = words.filter {
            !codeWords.contains($0) && !KnowledgeBase.stopWords.contains($0) && !Self.pairFrameWords.contains($0) && $0.count > 1
        }
        guard !name.isEmpty, name.count <= 4 else { return nil }
        let found = try knowledgeBase.search(words: name, kinds: [.code], everyWordInTitle: true, limit: 10).map(\.entry)
            .filter { ($0.system == .cpt || $0.system == .hcpcs) && !codeWords.contains($0.key.lowercased()) }
        let titled = found.filter { entry in
            Set(entry.title.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)).isSuperset(of: name)
        }
        // The entries whose title spells the name out ("(AWV)"), else the few whose title holds its
        // words ("annual wellness visit": the initial and the subsequent visit), else those that
        // give it as a keyword outright ("EKG" and "ECG" are 93000, though six titles mention ECGs).
        // A keyword of none of those titles comes first: "joint injection" is 20610, not the three
        // ultrasound-guided injections whose titles hold both words.
        let spelledOut = name.count == 1 ? titled.filter { Self.spellsOut(name[0], in: $0.title) } : []
        let phrase = name.joined(separator: " ")
        let keyed = found.filter { $0.keywords.contains { $0.lowercased() == phrase } }
        guard let chosen = [spelledOut, keyed.contains(where: titled.contains) ? [] : keyed, titled.count <= 4 ? titled : [], keyed].first(where: { !$0.isEmpty }), chosen.count <= 4 else { return nil }
        let entries = chosen.sorted { $0.key < $1.key }
        let titles = entries.map { "\($0.key) (\($0.title))" }
        let list = titles.count == 1 ? titles[0] : titles.dropLast().joined(separator: ", ") + " and " + titles[titles.count - 1]
        let shown = spelledOut.isEmpty ? Self.asTyped(name, in: question.text) : name[0].uppercased()
        return (entries.map { CodeToken(system: $0.system ?? .cpt, code: $0.key) }, "Reading \"\(shown)\" as \(list), from CasePilot's code entries.")
    }

    /// The words of `name` as the question spells them ("ECG", "chest X-ray": a one-letter word
    /// the name leaves out stays), else as given.
    private static func asTyped(_ name: [String], in text: String) -> String {
        let tokens = text.split { !$0.isLetter && !$0.isNumber }
        for start in tokens.indices where tokens[start].lowercased() == name[0] {
            var at = start, matched = 1
            while matched < name.count, at + 1 < tokens.count {
                at += 1
                if tokens[at].lowercased() == name[matched] { matched += 1 } else if tokens[at].count > 1 { break }
            }
            if matched == name.count { return String(text[tokens[start].startIndex..<tokens[at].endIndex]) }
        }
        return name.joined(separator: " ")
    }

    /// Whether `title` gives `abbreviation` in brackets after its long form: "(AWV)", "(IPPE, ...".
    private static func spellsOut(_ abbreviation: String, in title: String) -> Bool {
        let lowered = title.lowercased()
        return ["(\(abbreviation))", "(\(abbreviation),", "(\(abbreviation) "].contains { lowered.contains($0) }
    }

    /// The MUE of one code in one setting.
    private func units(_ code: CodeToken, setting: Setting, required: Bool) throws -> Resolution {
        var resolution = Resolution()
        resolution.add(code: code.reference)
        guard let info = try knowledgeBase.datasetInfo(.mue, setting: setting) else {
            guard required else { return resolution }
            resolution.add("The NCCI medically unlikely edits (MUEs) for \(setting.rawValue) services are not imported, so CasePilot cannot give the MUE value of \(code.display). Import the official file with `casepilot data import mue FILE --setting \(setting.rawValue)`.")
            resolution.warnings.append("NCCI MUEs (\(setting.rawValue)) are not imported")
            return resolution
        }
        let citation = DatasetCitation.citation(info)
        let place = Dataset.mue.citationSource(setting: setting.rawValue).replacing("NCCI MUEs, ", with: "")
        guard let mue = try knowledgeBase.mue(code.code, setting: setting) else {
            if required { resolution.add("\(code.display) has no MUE in the \(place) file (\(info.release)): NCCI sets no per-day unit limit for it.", citation: citation) }
            return resolution
        }
        var text = "MUE for \(code.display) (\(place), \(info.release)): \(mue.value) unit\(mue.value == 1 ? "" : "s") — \(IndicatorMeanings.mai(mue.adjudicationIndicator))."
        if let rationale = mue.rationale, !rationale.isEmpty { text += " Rationale: \(rationale)." }
        resolution.add(text, citation: citation)
        return resolution
    }

    /// The primary codes of an add-on code, or the add-on codes of a primary code.
    /// Whether one of two codes is an add-on code of the other: one of its listed primary codes, or
    /// not (a type 1 add-on code is paid only with those); an add-on code by its fee-schedule global
    /// period (ZZZ) alone has its authored entry say when it is paid (G2211).
    private func addOnPairing(_ first: CodeToken, _ second: CodeToken) throws -> Resolution {
        var resolution = Resolution()
        for (addOn, other) in [(first, second), (second, first)] {
            let edits = try knowledgeBase.aocEdits(addOn.code, asAddOn: true)
            if let type = edits.first?.editType, let info = try knowledgeBase.datasetInfo(.aoc) {
                let listed = edits.contains { $0.primary == other.code }
                let text = listed ? "\(addOn.display) is an add-on code and \(other.display) one of its listed primary codes: report \(addOn.display) with it."
                    : type == 1 ? "\(addOn.display) is an add-on code (\(IndicatorMeanings.aocType(type))), and \(other.display) is not one of them: \(addOn.display) is not paid beside \(other.display) alone."
                    : "\(addOn.display) is an add-on code (\(IndicatorMeanings.aocType(type))); \(other.display) is not a listed primary code."
                resolution.add(text, citation: DatasetCitation.citation(info))
                return resolution
            }
            if try isAddOn(addOn.code), let entry = try knowledgeBase.entry(for: addOn) {
                resolution.add(entry)
                return resolution
            }
        }
        return resolution
    }

    private func addOn(_ code: CodeToken, required: Bool) throws -> Resolution {
        var resolution = Resolution()
        guard let info = try knowledgeBase.datasetInfo(.aoc) else {
            if required {
                resolution.add("The NCCI add-on code edits are not imported, so CasePilot cannot list the primary codes for \(code.display). Import them with `casepilot data import aoc FILE`.")
                resolution.warnings.append("NCCI add-on code edits are not imported")
            }
            return resolution
        }
        let citation = DatasetCitation.citation(info)
        let asAddOn = try knowledgeBase.aocEdits(code.code, asAddOn: true)
        if let first = asAddOn.first {
            let primaries = asAddOn.map(\.primary).filter { $0 != "CCCCC" }
            let list = primaries.prefix(40).joined(separator: ", ") + (primaries.count > 40 ? " and \(primaries.count - 40) more" : "")
            resolution.add("\(code.display) is an add-on code (\(IndicatorMeanings.aocType(first.editType))). "
                           + (primaries.isEmpty ? "Its eligible primary codes are defined by your Medicare contractor." : "Report it with one of these primary codes: \(list)."), citation: citation)
            resolution.add(code: code.reference)
            return resolution
        }
        let addOns = try knowledgeBase.aocEdits(code.code, asAddOn: false)
        if !addOns.isEmpty {
            resolution.add("\(code.display) is not an add-on code; it is a listed primary code for the add-on code\(addOns.count == 1 ? "" : "s") \(addOns.prefix(30).map(\.addOn).joined(separator: ", ")).", citation: citation)
        } else if required, try isAddOn(code.code) {
            // G2211: an add-on code by the fee schedule's global period, with no add-on code edit.
            let schedule = try knowledgeBase.datasetInfo(.pfsRVU)
            resolution.add("\(code.display) is not in the NCCI add-on code edits (\(info.release)), but the Medicare fee schedule (\(schedule?.release ?? "")) gives it global period ZZZ: it is an add-on code, reported only beside its primary service.", citation: citation)
            if let schedule { resolution.citations.append(DatasetCitation.citation(schedule)) }
            resolution.add(code: code.reference)
            if let entry = try knowledgeBase.entry(for: code) { resolution.add(entry) }
        } else if required {
            resolution.add("\(code.display) is not in the NCCI add-on code edits (\(info.release)): it is neither an add-on code nor a listed primary code.", citation: citation)
        }
        return resolution
    }
}
