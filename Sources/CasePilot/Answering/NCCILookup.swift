/// Answers NCCI questions: PTP pairs, MUEs and add-on edits from imported data, concepts from articles.
struct NCCILookup {
    let knowledgeBase: KnowledgeBase

    func resolve(_ question: ParsedQuestion) throws -> Resolution {
        var resolution = Resolution()
        let procedures = question.procedureCodes
        let asksUnits = question.words.contains { ["mue", "mues", "units", "unit", "unlikely", "mai"].contains($0) }
        if procedures.count >= 2 {
            resolution.merge(try pairAnswer(procedures[0], procedures[1], setting: question.setting ?? .practitioner))
        } else if let code = procedures.first, asksUnits {
            resolution.merge(try unitsAnswer(code, setting: question.setting ?? .practitioner))
        }
        let concepts = try ArticleLookup(knowledgeBase: knowledgeBase).resolve(question, category: .ncci)
        if resolution.isEmpty {
            resolution.merge(concepts)
        } else if let citation = concepts.citations.first {
            // Keep the concept article as background: the first paragraph only.
            resolution.add(concepts.paragraphs[0], citation: citation)
        }
        return resolution
    }

    private func pairAnswer(_ first: CodeToken, _ second: CodeToken, setting: Setting) throws -> Resolution {
        var resolution = Resolution()
        resolution.add(code: first.reference)
        resolution.add(code: second.reference)
        resolution.add("The NCCI procedure-to-procedure (PTP) edits for \(setting.rawValue) services are not imported, so CasePilot cannot say whether \(first.display) and \(second.display) are bundled. Import the official quarterly file with `casepilot data import ncci-ptp FILE --setting \(setting.rawValue)` to get the column 1/column 2 roles and the modifier indicator.")
        resolution.warnings.append("NCCI PTP edits (\(setting.rawValue)) are not imported")
        return resolution
    }

    private func unitsAnswer(_ code: CodeToken, setting: Setting) throws -> Resolution {
        var resolution = Resolution()
        resolution.add(code: code.reference)
        resolution.add("The NCCI medically unlikely edits (MUEs) for \(setting.rawValue) services are not imported, so CasePilot cannot give the MUE value of \(code.display). Import the official file with `casepilot data import mue FILE --setting \(setting.rawValue)`.")
        resolution.warnings.append("NCCI MUEs (\(setting.rawValue)) are not imported")
        return resolution
    }
}
