/// Place-of-service codes from the imported CMS code set ("POS 11 — Office").
struct PlaceOfServiceFacts {
    let knowledgeBase: KnowledgeBase

    /// Words of a question that name no place ("which POS do I use for a telehealth visit?").
    private static let framing: Set<String> = ArticleLookup.commonWords.union(KnowledgeBase.stopWords).union([
        "place", "places", "service", "pos", "visit", "visits", "use", "put", "choose", "correct", "setting", "location",
    ])

    /// Abbreviations of place names as coders write them, in the code set's words.
    private static let abbreviations: [String: [String]] = [
        "asc": ["ambulatory", "surgical", "center"], "snf": ["skilled", "nursing", "facility"], "er": ["emergency", "room"],
        "ed": ["emergency", "room"], "fqhc": ["federally", "qualified", "health", "center"], "rhc": ["rural", "health"],
        "alf": ["assisted", "living", "facility"], "ipf": ["inpatient", "psychiatric", "facility"],
        "cmhc": ["community", "mental", "health", "center"], "irf": ["comprehensive", "inpatient", "rehabilitation", "facility"],
        "corf": ["comprehensive", "outpatient", "rehabilitation", "facility"], "esrd": ["end", "stage", "renal", "disease", "treatment", "facility"],
        "hopd": ["outpatient", "hospital"],
    ]

    /// The places of service whose names share the most of the question's other words, best
    /// first (at most three, each at least half as close as the best): "which POS for a
    /// telehealth visit in the patient's home?" → 10 "Telehealth Provided in Patient's Home"
    /// first. Empty when none shares a word or the code set is not imported.
    func named(in question: ParsedQuestion) throws -> Resolution {
        var resolution = Resolution()
        let words = question.words.flatMap { Self.abbreviations[$0] ?? [$0] }
        let wanted = Set(words.filter { !Self.framing.contains($0) }.map(CodeSearch.normalized))
        guard !wanted.isEmpty, let info = try knowledgeBase.datasetInfo(.pos) else { return resolution }
        let scored = try knowledgeBase.placesOfService().compactMap { place -> (place: PlaceOfServiceRecord, score: Double)? in
            let name = Set(CodeSearch.tokens(place.name).filter { !CodeSearch.function.contains($0) }.map(CodeSearch.normalized))
            let shared = wanted.intersection(name).count
            return shared == 0 ? nil : (place, Double(shared) / Double(wanted.union(name).count))
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.place.code < $1.place.code }
        guard let best = scored.first else { return resolution }
        let lines = scored.prefix(3).filter { $0.score > best.score / 2 }.map { "- POS \($0.place.code) — \($0.place.name): \($0.place.description)" }
        resolution.add("Places of service whose names match the question (\(Dataset.pos.title), \(info.release)):\n" + lines.joined(separator: "\n"),
                       citation: DatasetCitation.citation(info))
        return resolution
    }

    /// What each of `codes` (two digits) means; empty for no codes.
    func describe(_ codes: [String]) throws -> Resolution {
        var resolution = Resolution()
        guard !codes.isEmpty else { return resolution }
        guard let info = try knowledgeBase.datasetInfo(.pos) else {
            resolution.add("The CMS place-of-service code set is not imported, so CasePilot cannot say what POS \(codes.joined(separator: ", ")) means. Import it with `casepilot data import pos FILE` (the code set as CSV).")
            resolution.warnings.append("the place-of-service code set is not imported")
            return resolution
        }
        let citation = DatasetCitation.citation(info)
        for code in codes.prefix(4) {
            if let place = try knowledgeBase.placeOfService(code) {
                let description = place.description.isEmpty ? "" : ": \(place.description)"
                resolution.add("Place of service \(place.code) — \(place.name)\(description)", citation: citation)
            } else {
                resolution.add("POS \(code) is not in the imported place-of-service code set (\(info.release)).", citation: citation)
                resolution.warnings.append("POS \(code) was not found in the place-of-service code set")
            }
        }
        return resolution
    }
}
