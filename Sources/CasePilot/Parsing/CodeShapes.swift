/// Recognises code systems from the shape of a token.
enum CodeShapes {
    /// CPT modifiers in use (AMA CPT Appendix A).
    static let cptModifiers: Set<String> = [
        "22", "23", "24", "25", "26", "27", "32", "33", "47", "50", "51", "52", "53", "54", "55",
        "56", "57", "58", "59", "62", "63", "66", "73", "74", "76", "77", "78", "79", "80", "81",
        "82", "90", "91", "92", "93", "95", "96", "97", "99",
    ]

    /// HCPCS Level II modifiers coders meet daily; written in upper case they count without context.
    static let commonLevelTwoModifiers: Set<String> = [
        "XE", "XS", "XP", "XU", "TC", "GA", "GX", "GY", "GZ", "KX", "FS", "JW", "JZ", "Q0", "Q1",
        "PO", "PN", "CR", "FY", "RT", "LT", "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4",
        "F5", "F6", "F7", "F8", "F9", "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9",
        "LC", "LD", "RC", "LM", "RI", "GT", "GQ", "FQ", "FR", "AS", "AI", "GC", "GE", "GN", "GO",
        "GP", "QW", "SA", "SB", "CS", "PD", "QK", "QX", "QY", "QZ", "AA", "AD", "QS", "G8", "G9",
        "KB", "KH", "KO", "KS", "KF", "GV", "GW", "CG", "ER", "ET", "SG", "UN", "UP", "UQ", "UR",
        "US", "QJ", "PT", "TB", "JG", "CO", "CQ", "FX", "FT",
    ]

    /// Two-letter English words (and common clinical abbreviations: "TB test", "CT head") that are
    /// also modifiers; only taken as modifiers after "modifier".
    static let englishCollisions: Set<String> = ["AS", "GO", "CO", "ER", "US", "UP", "PT", "ET", "UN", "AD", "PD", "AI", "TB", "CT"]

    static let hcpcsLetters: Set<Character> = Set("ABCEGHJKLMPQRSTUV")

    /// The system of a procedure or diagnosis code written as `token` (upper-cased, no modifiers).
    /// - Parameter lookUpContext: the question is only a frame around codes ("What is I10?", "Z23
    ///   billable?"): a bare three-character category counts as ICD-10-CM there too.
    static func system(of token: String, diagnosisContext: Bool, icd9Context: Bool, lookUpContext: Bool = false) -> CodeSystem? {
        // Every code is 3 to 8 ASCII characters with a digit: most words of a question stop here.
        guard (3...8).contains(token.utf8.count), token.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return nil
        }
        let chars = Array(token)
        let count = chars.count
        let digits = chars.filter(\.isNumber).count
        let hasDot = token.firstIndex(of: ".") != nil

        if icd9Context, isICD9(token) { return .icd9cm }
        if !hasDot {
            if count == 5, digits == 5 { return .cpt }
            if count == 5, digits == 4, chars[0].isNumber, "FTU".contains(chars[4]) { return .cpt }
            if count == 5, digits == 4, hcpcsLetters.contains(chars[0]), !diagnosisContext { return .hcpcs }
            if count == 7, chars[0].isNumber, isPCS(chars) { return .icd10pcs }
        }
        if isICD10CM(token, diagnosisContext: diagnosisContext, bareCategory: diagnosisContext || lookUpContext) { return .icd10cm }
        if !icd9Context, hasDot, isICD9Diagnosis(token) { return .icd9cm }
        return nil
    }

    /// - Parameter bareCategory: whether a bare three-character category ("E11") counts.
    static func isICD10CM(_ token: String, diagnosisContext: Bool, bareCategory: Bool) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        let stem = Array(parts[0])
        let tail = parts.count == 2 ? Array(parts[1]) : []
        // U is ICD-10-CM's letter for special purposes (U07.1 COVID-19): written with its dot it is
        // nothing else; undotted, only among diagnosis words.
        guard stem.count >= 3, let first = stem.first, first.isLetter, first != "U" || diagnosisContext || parts.count == 2,
              stem[1].isNumber, stem[2].isNumber || stem[2].isLetter
        else { return false }
        let rest = parts.count == 2 ? tail : Array(stem.dropFirst(3))
        if parts.count == 2 {
            guard stem.count == 3, (1...4).contains(tail.count) else { return false }
        } else {
            guard stem.count <= 7 else { return false }
            // A bare category (E11) needs diagnosis words around it; longer ones need a second digit.
            if stem.count == 3 { return bareCategory && stem[2].isNumber }
            guard stem[2].isNumber || diagnosisContext else { return false }
        }
        return rest.allSatisfy { $0.isNumber || ($0.isLetter && $0.isASCII) }
    }

    /// A bare ICD-10-CM category shape: a letter and two digits ("I10", "Z23").
    static func isBareCategory(_ token: String) -> Bool {
        let chars = Array(token.uppercased())
        return chars.count == 3 && chars[0].isLetter && chars[0].isASCII && chars[1].isNumber && chars[2].isNumber
    }

    static func isPCS(_ chars: [Character]) -> Bool {
        chars.allSatisfy { ($0.isNumber || $0.isLetter) && $0.isASCII && $0 != "I" && $0 != "O" }
            && chars.contains(where: \.isLetter)
    }

    /// ICD-9-CM: 250.00, 788.33, V70.0, E880.9, procedure 45.23; or undotted 3–5 digits in ICD-9 context.
    static func isICD9(_ token: String) -> Bool {
        isICD9Diagnosis(token) || isICD9Procedure(token) || (token.count >= 3 && token.count <= 5 && token.allSatisfy(\.isNumber))
    }

    static func isICD9Diagnosis(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let stem = parts.first else { return false }
        let tail = parts.count == 2 ? parts[1] : ""
        guard tail.count <= 2, tail.allSatisfy(\.isNumber), parts.count == 1 || !tail.isEmpty else { return false }
        if stem.count == 3, stem.allSatisfy(\.isNumber) { return parts.count == 2 }
        if stem.first == "V", stem.count == 3, stem.dropFirst().allSatisfy(\.isNumber) { return parts.count == 2 }
        if stem.first == "E", stem.count == 4, stem.dropFirst().allSatisfy(\.isNumber) { return tail.count <= 1 && parts.count == 2 }
        return false
    }

    static func isICD9Procedure(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts[0].count == 2 && parts[0].allSatisfy(\.isNumber) && (1...2).contains(parts[1].count) && parts[1].allSatisfy(\.isNumber)
    }
}
