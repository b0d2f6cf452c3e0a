import FoundationEssentials

/// Checks that imported codes have the shape of their code system.
enum CodeShape {
    private static func isUpperAlnum(_ c: Character) -> Bool { c.isASCII && (c.isNumber || c.isUppercase) }

    /// HCPCS Level II or CPT: five letters/digits (`G0439`, `99213`, `0591T`).
    static func isProcedure(_ code: String) -> Bool { code.count == 5 && code.allSatisfy(isUpperAlnum) }

    /// ICD-10-CM without the dot: a letter, then letters or digits (`E119`; FY2026 added `QA0`).
    static func isICD10CM(_ code: String) -> Bool {
        let chars = Array(code)
        guard (3...7).contains(chars.count), chars[0].isASCII, chars[0].isUppercase else { return false }
        return chars.dropFirst().allSatisfy(isUpperAlnum) && chars.dropFirst().contains(where: \.isNumber)
    }

    /// ICD-10-PCS: seven letters/digits without I or O (`length` 7; headers in the order file are shorter).
    static func isICD10PCS(_ code: String, length: ClosedRange<Int> = 7...7) -> Bool {
        length.contains(code.count) && code.allSatisfy { isUpperAlnum($0) && $0 != "I" && $0 != "O" }
    }

    /// ICD-9-CM diagnosis without the dot: 3–5 digits, V + 2–4 digits, E + 3–4 digits.
    static func isICD9Diagnosis(_ code: String) -> Bool {
        guard let first = code.first else { return false }
        let rest = code.dropFirst()
        if first.isNumber { return (3...5).contains(code.count) && code.allSatisfy(\.isNumber) }
        if first == "V" { return (2...4).contains(rest.count) && rest.allSatisfy(\.isNumber) }
        if first == "E" { return (3...4).contains(rest.count) && rest.allSatisfy(\.isNumber) }
        return false
    }

    /// ICD-9-CM procedure without the dot: 2–4 digits.
    static func isICD9Procedure(_ code: String) -> Bool { (2...4).contains(code.count) && code.allSatisfy(\.isNumber) }

    /// A `YYYYMMDD` date, or `nil` for an empty field.
    static func date(_ text: String, line: Int, what: String) throws -> String? {
        let value = text.trimmed()
        if value.isEmpty || value == "*" || value.uppercased() == "N/A" { return nil }
        guard value.count == 8, value.allSatisfy(\.isNumber) else {
            throw InputProblem("expected the \(what) as YYYYMMDD, found \"\(value.prefix(20))\"", line: line)
        }
        return value
    }
}
