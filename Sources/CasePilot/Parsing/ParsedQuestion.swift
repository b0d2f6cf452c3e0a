/// A question after parsing: its words, the codes in it and a few context flags.
struct ParsedQuestion: Sendable {
    /// The question as asked, trimmed.
    let text: String
    /// Lower-case word tokens in order (codes included, as lower-case text).
    let words: [String]
    /// Codes in order of appearance, without duplicates.
    let codes: [CodeToken]
    /// The question names ICD-9 ("icd-9", "icd9").
    let mentionsICD9: Bool
    /// The question names a setting ("hospital", "outpatient hospital", "dme"), if any.
    let setting: Setting?

    var procedureCodes: [CodeToken] { codes.filter(\.isProcedure) }
    var modifiers: [CodeToken] { codes.filter { $0.system == .modifier } }
    var diagnosisCodes: [CodeToken] { codes.filter { $0.system == .icd10cm || $0.system == .icd9cm } }
    var isEmpty: Bool { words.isEmpty }

    /// Words that ask for a code's payment details (RVUs, fee, global period, indicators) rather
    /// than just its meaning.
    static let paymentDetailWords: Set<String> = [
        "rvu", "rvus", "relative", "fee", "payment", "pay", "paid", "global", "indicator", "indicators", "bilateral",
        "assistant", "cosurgery", "co-surgery", "team", "pctc", "professional", "technical", "component", "status", "reimbursement", "schedule",
    ]

    /// The words shaped as a Medicare Coverage Database id, an LCD's "L" or an article's "A" and
    /// five digits ("L33797", "A52458"), upper-case: an undotted ICD-10-CM code has the same shape.
    var coverageDocumentIDs: [String] {
        words.filter { word in
            word.utf8.count == 6 && (word.hasPrefix("l") || word.hasPrefix("a")) && word.dropFirst().allSatisfy(\.isNumber)
        }.map { $0.uppercased() }
    }

    /// Whether the question calls its ids documents of the Medicare Coverage Database ("LCD L39999").
    var namesCoverageDocuments: Bool { words.contains { ["lcd", "lcds", "article", "articles"].contains($0) } }

    /// Whether the question asks for payment details (``paymentDetailWords``).
    var asksForPaymentDetails: Bool { words.contains(where: Self.paymentDetailWords.contains) }

    /// The place-of-service codes the question names ("POS 11", "place of service 2", "pos02"), as
    /// two digits, in order; a number joined to one is another ("POS 11 and 22", "pos 19 vs 22").
    var placesOfService: [String] {
        var found: [String] = []
        var last: Int?
        for (index, word) in words.enumerated() {
            let afterPOS = index > 0 && (words[index - 1] == "pos" || (index > 2 && Array(words[(index - 3)..<index]) == ["place", "of", "service"])
                || last == index - 2 && Self.joiners.contains(words[index - 1]))
            let digits = word.hasPrefix("pos") ? word.dropFirst(3) : afterPOS ? Substring(word) : ""
            guard (1...2).contains(digits.count), digits.allSatisfy(\.isNumber) else { continue }
            let code = digits.count == 1 ? "0" + digits : String(digits)
            if !found.contains(code) { found.append(code) }
            last = index
        }
        return found
    }

    private static let joiners: Set<String> = ["and", "or", "vs", "versus", "to"]

    /// Whether the question asks about a place of service by name, not by number ("which POS for a
    /// telehealth visit in the patient's home?").
    var asksForPlaceOfServiceByName: Bool {
        placesOfService.isEmpty && (words.contains("pos") || words.containsTriple {
            ($0 == "place" || $0 == "places") && $1 == "of" && $2 == "service"
        })
    }

    /// The words of `codes` (of these `systems`, or all) as `words` holds them: "e119" and "e11.9".
    func codeWords(_ systems: Set<CodeSystem>? = nil) -> Set<String> {
        Set(codes.filter { systems?.contains($0.system) ?? true }.flatMap { [$0.code.lowercased(), $0.display.lowercased()] })
    }
}

/// The NCCI/MUE setting a question or an import is about.
public enum Setting: String, Sendable, Codable, CaseIterable, Hashable {
    /// Physicians and other practitioners (the default).
    case practitioner
    /// Outpatient hospital services.
    case hospital
    /// Durable medical equipment suppliers.
    case dme
}
