/// The CPT preventive medicine visit code for a patient's age ("preventive visit 45 year old
/// established" is 99396): CPT has one code per age band for new patients (99381–99387) and one for
/// established patients (99391–99397). The code's authored entry names it.
struct PreventiveVisit {
    let knowledgeBase: KnowledgeBase

    /// What a question says about the visit.
    struct Request: Equatable {
        /// The age in whole years; 0 for a baby under one.
        let years: Int
        /// `true` new, `false` established, `nil` not said.
        let isNew: Bool?
    }

    /// The oldest age (in whole years) of each band, with its new and established codes.
    static let bands: [(upTo: Int, new: String, established: String)] = [
        (0, "99381", "99391"), (4, "99382", "99392"), (11, "99383", "99393"), (17, "99384", "99394"),
        (39, "99385", "99395"), (64, "99386", "99396"), (.max, "99387", "99397"),
    ]

    private static let ageUnits: Set<String> = ["year", "years", "yr", "yrs", "yo", "y"]
    private static let monthUnits: Set<String> = ["month", "months", "mo", "mos"]

    /// The visit a question asks to code: a preventive visit, physical or well check with the
    /// patient's age; `nil` otherwise, and for Medicare's wellness visits (G0402, G0438, G0439).
    static func request(in question: ParsedQuestion) -> Request? {
        let words = question.words
        let preventive = words.contains("preventive") || words.contains("preventative") || words.contains("checkup")
            || words.containsPair { $0 == "well" && ["child", "baby", "visit", "check", "exam", "woman", "adult"].contains($1) }
            || words.containsPair { ["annual", "routine", "yearly", "sports", "school"].contains($0) && ["physical", "exam", "examination", "checkup", "check"].contains($1) }
            || words.containsPair { $0 == "check" && $1 == "up" }
            // ICD-10-CM's own words: "routine child health exam(ination)".
            || words.containsTriple { $0 == "child" && $1 == "health" && ["exam", "examination", "check", "checkup"].contains($2) }
            // "physical exam for a 30 year old"; in a question ("does the physical exam count for …") it is the E/M's exam.
            || Answerer.isPhrase(question) && words.containsPair { $0 == "physical" && ["exam", "examination"].contains($1) }
        guard preventive, !words.contains("wellness"), question.codes.isEmpty, let years = age(in: words) else { return nil }
        return Request(years: years, isNew: isNewPatient(words))
    }

    /// A follow-up that changes the age or the patient's status of the previous question's visit
    /// ("and for a 70 year old?", "what about a new patient?"): that visit with the change, as a
    /// question of its own; `nil` for any other question.
    static func followUp(_ question: ParsedQuestion, after previous: ParsedQuestion) -> String? {
        guard let visit = request(in: previous), request(in: question) == nil, question.codes.isEmpty, question.words.count <= 10 else { return nil }
        let years = age(in: question.words)
        let isNew = isNewPatient(question.words)
        guard years != nil || isNew != nil else { return nil }
        let age = (years ?? visit.years) == 0 ? "newborn" : "\(years ?? visit.years) year old"
        let status = (isNew ?? visit.isNew).map { $0 ? " new patient" : " established patient" } ?? ""
        return "preventive visit \(age)\(status)"
    }

    /// `true` when the words name a new patient, `false` an established one, `nil` neither (for
    /// preventive and office visits alike).
    static func isNewPatient(_ words: [String]) -> Bool? {
        words.contains("new") ? true : words.contains(where: ["established", "est", "existing", "returning", "return"].contains) ? false : nil
    }

    /// The age a question names: "45 year old", "45 yo", "age 45", "aged 7", "6 months", "newborn".
    static func age(in words: [String]) -> Int? {
        if words.contains(where: ["newborn", "infant"].contains) { return 0 }
        for (index, word) in words.enumerated() {
            // "45yo".
            if word.hasSuffix("yo"), let value = Int(word.dropLast(2)), value < 130 { return value }
            guard let value = Int(word), value >= 0, value < 130 else { continue }
            let next = index + 1 < words.count ? words[index + 1] : ""
            if ageUnits.contains(next) || index > 0 && ["age", "aged"].contains(words[index - 1]) { return value }
            if monthUnits.contains(next) { return value / 12 }
        }
        return nil
    }

    /// The codes of the band an age falls in.
    static func band(forAge years: Int) -> (new: String, established: String) {
        let band = bands.first { years <= $0.upTo }!
        return (band.new, band.established)
    }

    /// The ICD-10-CM routine examination codes for the age, without and with abnormal findings:
    /// Z00.129/Z00.121 for a child (from 29 days to 17 years), Z00.00/Z00.01 for an adult; the
    /// line that names them, with their official titles when the code set is imported. Named in the
    /// text only: the answer's codes are the visit's, which a follow-up carries ("is it covered?").
    private func diagnosis(forAge years: Int) throws -> String {
        let (without, with) = years < 18 ? ("Z00.129", "Z00.121") : ("Z00.00", "Z00.01")
        var named: [String] = []
        for code in [without, with] {
            let record = try knowledgeBase.codeRecord(system: CodeSystem.icd10cm.rawValue, code: code.replacing(".", with: ""))
            named.append(code + (record.map { " (\($0.description))" } ?? ""))
        }
        let newborn = years == 0 ? "; a newborn under 29 days has Z00.110 (under 8 days) or Z00.111 (8 to 28 days) instead" : ""
        return "Diagnosis (ICD-10-CM): \(named[0]) when the examination finds nothing abnormal, \(named[1]) when it does (with codes for the findings)\(newborn)."
    }

    /// The preventive visit code for the age the question names, first; empty when it names none.
    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        guard let request = Self.request(in: question) else { return Resolution() }
        let band = Self.band(forAge: request.years)
        var resolution = Resolution()
        var lines: [String] = []
        let chosen: [(code: String, patient: String)] = switch request.isNew {
        case true?: [(band.new, "new patient")]
        case false?: [(band.established, "established patient")]
        case nil: [(band.new, "new patient"), (band.established, "established patient")]
        }
        for (code, patient) in chosen {
            let entry = try knowledgeBase.entry(for: CodeToken(system: .cpt, code: code))
            if let entry { resolution.citations.append(entry.citation) }
            resolution.add(code: CodeReference(system: .cpt, code: code, description: entry?.title ?? ""))
            lines.append("- \(patient): CPT \(code)" + (entry.map { " — \($0.title)" } ?? ""))
        }
        let age = request.years == 0 ? "a baby under one year" : "a patient aged \(request.years)"
        var text = "The preventive medicine visit for \(age), by CPT's age bands (the age on the date of service):\n" + lines.joined(separator: "\n")
        if request.isNew == nil {
            text += "\nNew or established follows the three-year rule: established if the practice (same specialty, same group) has seen the patient in the last three years."
        }
        text += "\n" + (try diagnosis(forAge: request.years))
        text += "\nA problem addressed at the same visit that needs real extra work is an office E/M with modifier 25 beside the preventive code; immunizations, screening tests and counselling have codes of their own."
        if question.words.contains("medicare") {
            text += "\nMedicare does not pay these codes (routine physicals are excluded): it covers the Welcome to Medicare visit (G0402) and the annual wellness visit (G0438, then G0439) instead."
        }
        resolution.add(text)
        return resolution
    }
}
