/// The office or other outpatient visit level for the practitioner's total time on the date of the
/// encounter ("established patient office visit 35 minutes" is 99214), with the prolonged-time
/// add-on beyond the top level: CPT's 99417, and Medicare's G2212 with its later threshold. Each
/// code's authored entry names it and states its minutes.
struct OfficeVisitTime {
    let knowledgeBase: KnowledgeBase

    /// What a question says about the visit.
    struct Request: Equatable {
        let minutes: Int
        /// `true` new, `false` established, `nil` not said.
        let isNew: Bool?
    }

    /// One kind of patient's levels: the minimum minutes of each code (met or exceeded), and the
    /// minutes at which CPT's 99417 and Medicare's G2212 first apply to the top level.
    struct Levels {
        let patient: String
        let minimums: [(minutes: Int, code: String)]
        let cptProlonged: Int
        let medicareProlonged: Int
    }

    static let new = Levels(patient: "new patient", minimums: [(15, "99202"), (30, "99203"), (45, "99204"), (60, "99205")],
                            cptProlonged: 75, medicareProlonged: 89)
    static let established = Levels(patient: "established patient", minimums: [(10, "99212"), (20, "99213"), (30, "99214"), (40, "99215")],
                                    cptProlonged: 55, medicareProlonged: 69)

    private static let minuteWords: Set<String> = ["min", "mins", "minute", "minutes"]
    private static let hourWords: Set<String> = ["hour", "hours", "hr", "hrs"]
    /// Words that name an office or outpatient E/M visit.
    private static let visitWords: Set<String> = ["office", "outpatient", "visit", "em", "level", "telehealth"]
    /// Words of other services chosen by time, or of other settings, whose codes differ.
    private static let otherServices: Set<String> = [
        "preventive", "preventative", "wellness", "physical", "hospital", "inpatient", "observation", "nursing", "snf", "home",
        "emergency", "ed", "er", "consult", "consultation", "critical", "psychotherapy", "therapy", "therapeutic", "ccm",
        "management", "telephone", "phone", "infusion", "anesthesia", "units", "unit", "discharge", "counseling", "counselling",
        "portal", "e", "evisit", "econsult", "interprofessional", "online",
    ]

    /// The visit a question asks to code by time: an office or outpatient visit (or one of its codes)
    /// with the minutes spent; `nil` otherwise.
    static func request(in question: ParsedQuestion) -> Request? {
        let words = question.words
        let visitCodes = question.codes.filter { code in [new, established].contains { $0.minimums.contains { $0.code == code.code } } }
        guard visitCodes.count == question.codes.count, words.contains(where: visitWords.contains) || !visitCodes.isEmpty || words.contains("patient"),
              !words.contains(where: otherServices.contains), let minutes = minutes(in: words) else { return nil }
        // "99215 with 70 minutes": the code says which patient.
        let newCodes = visitCodes.filter { code in new.minimums.contains { $0.code == code.code } }
        let byCode: Bool? = visitCodes.isEmpty || !newCodes.isEmpty && newCodes.count < visitCodes.count ? nil : !newCodes.isEmpty
        return Request(minutes: minutes, isNew: PreventiveVisit.isNewPatient(words) ?? byCode)
    }

    /// The minutes a question names: "35 minutes", "35 min", "1 hour", "1.5 hours".
    static func minutes(in words: [String]) -> Int? {
        for (index, word) in words.enumerated() where index + 1 < words.count {
            let next = words[index + 1]
            if minuteWords.contains(next), let value = Int(word), value > 0, value < 600 { return value }
            if hourWords.contains(next), let value = Double(word), value > 0, value < 10 { return Int(value * 60) }
        }
        return nil
    }

    /// A follow-up that changes the minutes or the patient of the previous question's visit ("and
    /// 50 minutes?", "what about a new patient?"): that visit with the change; `nil` otherwise.
    static func followUp(_ question: ParsedQuestion, after previous: ParsedQuestion) -> String? {
        guard let visit = request(in: previous), request(in: question) == nil, question.codes.isEmpty, question.words.count <= 10 else { return nil }
        let minutes = minutes(in: question.words)
        let isNew = PreventiveVisit.isNewPatient(question.words)
        guard minutes != nil || isNew != nil else { return nil }
        let patient = (isNew ?? visit.isNew).map { $0 ? "new patient " : "established patient " } ?? ""
        return "\(patient)office visit \(minutes ?? visit.minutes) minutes"
    }

    /// The level for `minutes`, and the units of 99417 and G2212 beyond the top level.
    static func level(_ levels: Levels, minutes: Int) -> (code: String?, cptUnits: Int, medicareUnits: Int) {
        let code = levels.minimums.last { minutes >= $0.minutes }?.code
        func units(from threshold: Int) -> Int { minutes < threshold ? 0 : (minutes - threshold) / 15 + 1 }
        return (code, units(from: levels.cptProlonged), units(from: levels.medicareProlonged))
    }

    /// The visit level for the minutes the question names, first; empty when it names none.
    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        guard let request = Self.request(in: question) else { return Resolution() }
        let chosen: [Levels] = switch request.isNew {
        case true?: [Self.new]
        case false?: [Self.established]
        case nil: [Self.new, Self.established]
        }
        var resolution = Resolution()
        /// "CPT 99214 — <its authored title>", with the code and the entry's citation added.
        func named(_ code: String, system: CodeSystem = .cpt) throws -> String {
            let entry = try knowledgeBase.entry(for: CodeToken(system: system, code: code))
            resolution.add(code: CodeReference(system: system, code: code, description: entry?.title ?? ""))
            if let entry, !resolution.citations.contains(entry.citation) { resolution.citations.append(entry.citation) }
            return "\(system.rawValue) \(code)" + (entry.map { " — \($0.title)" } ?? "")
        }
        var lines: [String] = []
        for levels in chosen {
            let level = Self.level(levels, minutes: request.minutes)
            guard let code = level.code else {
                lines.append("- \(levels.patient): below the \(levels.minimums[0].minutes) minutes of the lowest level chosen by time; choose the level by medical decision making instead.")
                continue
            }
            lines.append("- \(levels.patient): " + (try named(code)))
            if level.cptUnits > 0 {
                lines.append("  CPT (payers that accept 99417): add \(level.cptUnits) × " + (try named("99417")) + " (the first at \(levels.cptProlonged) minutes, one more per full 15 minutes).")
            }
            if level.cptUnits > 0 {
                let medicare = level.medicareUnits > 0
                    ? "add \(level.medicareUnits) × " + (try named("G2212", system: .hcpcs)) + " (the first at \(levels.medicareProlonged) minutes), not 99417"
                    : "no G2212 before \(levels.medicareProlonged) minutes, and never 99417"
                lines.append("  Medicare: \(medicare).")
            }
        }
        var text = "The office or other outpatient visit chosen by total time, for \(request.minutes) minutes (each level's minimum must be met or exceeded):\n" + lines.joined(separator: "\n")
        if request.isNew == nil {
            text += "\nNew or established follows the three-year rule: established if the practice (same specialty, same group) has seen the patient in the last three years."
        }
        text += "\nTotal time is the physician's or other qualified health professional's time on the date of the encounter, face-to-face and not; clinical staff time and time on separately reported services do not count. The level can also be chosen by medical decision making, whichever supports the higher level."
        resolution.add(text)
        return resolution
    }
}
