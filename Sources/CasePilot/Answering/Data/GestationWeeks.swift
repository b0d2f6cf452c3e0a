/// The ICD-10-CM codes that a pregnancy's weeks of gestation decide ("28 weeks pregnant, routine
/// prenatal visit"): the weeks code Z3A.- and the trimester, which the supervision codes Z34.- and
/// most chapter 15 codes carry. The trimesters are the chapter 15 note's: first, less than 14 weeks
/// 0 days; second, 14 weeks 0 days to less than 28 weeks 0 days; third, 28 weeks 0 days until delivery.
struct GestationWeeks {
    let knowledgeBase: KnowledgeBase

    private static let pregnancyWords: Set<String> = ["pregnant", "pregnancy", "gestation", "gestational", "prenatal", "antepartum", "ob"]
    private static let weekWords: Set<String> = ["weeks", "week", "wks", "wk"]
    /// Words of a routine prenatal visit, coded to supervision of a normal pregnancy.
    private static let supervisionWords: Set<String> = ["supervision", "routine", "normal", "prenatal", "checkup", "visit"]
    private static let firstWords: Set<String> = ["primigravida", "g1", "primip"]
    private static let laterWords: Set<String> = ["multigravida", "g2", "g3", "g4", "g5", "multip"]
    private static let children: Set<String> = ["pregnancy", "baby", "child"]

    /// The whole weeks of gestation a question about a pregnancy names ("28 weeks pregnant", "GA
    /// 32 wks"); `nil` otherwise.
    static func weeks(in question: ParsedQuestion) -> Int? {
        let words = question.words
        guard question.codes.allSatisfy({ $0.system == .modifier }), words.contains(where: pregnancyWords.contains) else { return nil }
        guard let at = words.indices.dropLast().first(where: { weekWords.contains(words[$0 + 1]) && Int(words[$0]) != nil }),
              let weeks = Int(words[at]), (1...45).contains(weeks) else { return nil }
        return weeks
    }

    /// 1, 2 or 3.
    static func trimester(ofWeek weeks: Int) -> Int { weeks < 14 ? 1 : weeks < 28 ? 2 : 3 }

    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        guard let weeks = Self.weeks(in: question), let info = try knowledgeBase.datasetInfo(.icd10cm) else { return Resolution() }
        let system = CodeSystem.icd10cm.rawValue
        let weekCodes = try knowledgeBase.codes(system: system, startingWith: "Z3A", limit: 60).filter { $0.billable != false }
        let title = weeks < 8 ? "less than 8 weeks gestation of pregnancy" : weeks > 42 ? "greater than 42 weeks gestation of pregnancy" : "\(weeks) weeks gestation of pregnancy"
        guard let weekCode = weekCodes.first(where: { $0.description.lowercased() == title }) else { return Resolution() }
        var resolution = Resolution()
        let trimester = Self.trimester(ofWeek: weeks)
        let ordinal = ["first", "second", "third"][trimester - 1]
        let bounds = ["less than 14 weeks 0 days", "14 weeks 0 days to less than 28 weeks 0 days", "28 weeks 0 days until delivery"][trimester - 1]
        var lines = ["At \(weeks) weeks the pregnancy is in its \(ordinal) trimester (\(bounds), by the ICD-10-CM chapter 15 note).",
                     "- \(weekCode.display) \(weekCode.description): the weeks of gestation, a secondary code reported with the pregnancy's chapter 15 (O) or Z34 code, never alone."]
        resolution.add(code: CodeReference(system: .icd10cm, code: weekCode.display, description: weekCode.description))
        if question.words.contains(where: Self.supervisionWords.contains) {
            let words = question.words
            // "first pregnancy", not "first trimester".
            let first = words.contains(where: Self.firstWords.contains) || words.containsPair { $0 == "first" && Self.children.contains($1) }
            let later = words.contains(where: Self.laterWords.contains) || words.containsPair { ["second", "third", "fourth"].contains($0) && Self.children.contains($1) }
            // The first pregnancy is Z34.0-, any later one Z34.8-: unsaid, both are given.
            let categories = first && !later ? ["Z340"] : later && !first ? ["Z348"] : ["Z340", "Z348"]
            for category in categories {
                guard let record = try knowledgeBase.codeRecord(system: system, code: category + String(trimester)) else { continue }
                lines.append("- \(record.display) \(record.description): a routine prenatal visit of a normal pregnancy (Z34.0- for the first pregnancy, Z34.8- for a later one).")
                resolution.add(code: CodeReference(system: .icd10cm, code: record.display, description: record.description))
            }
        }
        lines.append("Instead of Z34, the visits of a high-risk pregnancy take O09.- and a complication its O code, with the trimester as the last character where the code has one.")
        resolution.add(lines.joined(separator: "\n"), citation: DatasetCitation.citation(info))
        return resolution
    }
}
