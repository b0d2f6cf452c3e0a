/// The two ICD-10-CM codes of a bite ("dog bite of the left hand"): the injury, an open bite of
/// the site (S00–T14), first, then the external cause that tells what bit (W50.3, W53–W55), both
/// with the encounter's 7th character (Official Guidelines I.C.19 and I.C.20). Venomous bites
/// (snakes, spiders) are toxic effects, with codes of their own: not read here.
struct AnimalBite {
    let knowledgeBase: KnowledgeBase

    /// What bit, where, and at which encounter.
    struct Reading: Equatable {
        /// The external cause's title words: "bitten by dog".
        let cause: String
        /// The animal as typed: "dog".
        let animal: String
        /// The site's words as typed ("left hand"); empty when none is named.
        let site: [String]
        /// "initial", "subsequent" or "sequela".
        let encounter: String
        /// Whether the question named the encounter.
        let encounterNamed: Bool
    }

    /// The animals a bite names, with the words of their external cause titles.
    private static let causes: [String: String] = [
        "dog": "bitten by dog", "dogs": "bitten by dog", "puppy": "bitten by dog",
        "cat": "bitten by cat", "cats": "bitten by cat", "kitten": "bitten by cat",
        "rat": "bitten by rat", "mouse": "bitten by mouse", "squirrel": "bitten by squirrel",
        "horse": "bitten by horse", "cow": "bitten by cow", "pig": "bitten by pig", "raccoon": "bitten by raccoon",
        "human": "accidental bite by another person", "person": "accidental bite by another person",
    ]

    private static let biteWords: Set<String> = ["bite", "bites", "bitten", "bit"]

    /// Words that name where the bite is, as the open-bite titles name sites.
    private static let siteWords: Set<String> = [
        "left", "right", "hand", "finger", "index", "middle", "ring", "little", "thumb", "wrist", "forearm", "arm", "upper",
        "elbow", "shoulder", "lower", "leg", "knee", "thigh", "ankle", "foot", "toe", "great", "lesser", "face", "cheek",
        "lip", "nose", "ear", "eyelid", "scalp", "head", "neck", "chest", "back", "abdomen", "buttock", "hip", "calf",
    ]

    /// The bite a question describes; `nil` unless it names a bite by one of the animals.
    static func reading(_ question: ParsedQuestion) -> Reading? {
        let words = question.words
        guard question.codes.isEmpty, words.contains(where: biteWords.contains),
              let animal = words.first(where: { causes[$0] != nil }), let cause = causes[animal] else { return nil }
        let encounter = words.first { ["initial", "subsequent", "sequela"].contains($0) }
        // The index's "Bite, face NEC — see Bite, head, specified part NEC"; a calf is the lower leg.
        let site = words.filter(siteWords.contains).map { ["face": "other part of head", "calf": "lower leg"][$0] ?? $0 }
        return Reading(cause: cause, animal: animal, site: site, encounter: encounter ?? "initial", encounterNamed: encounter != nil)
    }

    /// Both codes of the bite; empty without a bite or without the ICD-10-CM code set.
    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        guard let reading = Self.reading(question), let info = try knowledgeBase.datasetInfo(.icd10cm) else { return Resolution() }
        let search = CodeSearch(knowledgeBase: knowledgeBase)
        let systems = [CodeSystem.icd10cm.rawValue]
        let encounter = "\(reading.encounter) encounter"
        guard let cause = try search.search("\(reading.cause), \(encounter)", systems: systems, limit: 1).first, cause.holdsAll else { return Resolution() }
        var resolution = Resolution()
        var lines = ["A bite by a \(reading.animal) is coded twice in ICD-10-CM (Official Guidelines I.C.19 and I.C.20): the injury first, an open bite of the site, then the external cause that tells what bit."]
        if reading.site.isEmpty {
            lines.append("- the open bite of the site (S codes: \"open bite of left hand\", S61.452-): name the site to get it")
        } else {
            let injuries = try search.search("open bite of \(reading.site.joined(separator: " ")), \(encounter)", systems: systems, limit: 3)
            // A site the titles name otherwise ("face") gives candidates to choose from.
            let shown = injuries.first?.holdsAll == true ? Array(injuries.prefix(1)) : injuries
            for injury in shown {
                lines.append("- \(injury.record.display) \(injury.record.description)" + (shown.count > 1 ? " (a candidate: check the site's title)" : ""))
                resolution.add(code: CodeReference(system: .icd10cm, code: injury.record.display, description: injury.record.description))
            }
        }
        lines.append("- \(cause.record.display) \(cause.record.description)")
        resolution.add(code: CodeReference(system: .icd10cm, code: cause.record.display, description: cause.record.description))
        lines.append((reading.encounterNamed ? "The" : "An initial encounter (A, active treatment) is assumed; the")
                     + " 7th character is the encounter on both codes: A initial, D subsequent, S sequela. Code also any wound infection, and a place of occurrence (Y92) or activity (Y93) when the payer asks for them.")
        resolution.add(lines.joined(separator: "\n"), citation: DatasetCitation.citation(info))
        return resolution
    }
}
