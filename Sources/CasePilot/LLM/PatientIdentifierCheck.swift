/// Spots patient identifiers in a question before it is sent to an external LLM.
///
/// Looks for the identifiers a coder is most likely to paste from a chart: Social Security
/// numbers, medical record numbers, Medicare Beneficiary Identifiers, a date of birth together with
/// a name, phone numbers and e-mail addresses. It errs on the side of caution; a false alarm only
/// means the knowledge-base answer is given without the LLM.
enum PatientIdentifierCheck {
    /// A kind of identifier found; its raw value reads in a sentence ("looks like it contains …").
    enum Finding: String, Sendable, Hashable, CaseIterable {
        case socialSecurityNumber = "a Social Security number"
        case medicalRecordNumber = "a medical record number"
        case medicareBeneficiaryIdentifier = "a Medicare Beneficiary Identifier"
        case dateOfBirthWithName = "a date of birth with a name"
        case phoneNumber = "a phone number"
        case emailAddress = "an e-mail address"
    }

    /// The kinds of identifier `text` appears to contain, in a fixed order.
    static func findings(in text: String) -> [Finding] {
        var found: [Finding] = []
        if text.contains(/(?:^|[^\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])/)
            || text.contains(/(?i)\b(?:ssn|social security(?: number| no\.?| #)?)\s*[:#]?\s*\d{9}\b/) {
            found.append(.socialSecurityNumber)
        }
        if text.contains(/(?i)\b(?:mrn|mr#|medical record(?: number| no\.?| #)?|chart(?: number| no\.?| #)|patient (?:id|number|no\.?|#)|account(?: number| no\.?| #))\s*(?:is\s*)?[:#]?\s*[A-Z]*\d[A-Z0-9-]{2,}/) {
            found.append(.medicalRecordNumber)
        }
        if text.contains(/\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b/) {
            found.append(.medicareBeneficiaryIdentifier)
        }
        if mentionsDateOfBirth(text) && mentionsName(text) {
            found.append(.dateOfBirthWithName)
        }
        if text.contains(/(?:^|[^\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d-])/) {
            found.append(.phoneNumber)
        }
        if text.contains(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/) {
            found.append(.emailAddress)
        }
        return found
    }

    /// A sentence telling the user why the question was not sent.
    static func explanation(for findings: [Finding]) -> String {
        let kinds = findings.map(\.rawValue)
        let list = kinds.count <= 1 ? kinds.joined() : kinds.dropLast().joined(separator: ", ") + " and " + kinds.last!
        return "the question was not sent to the LLM because it looks like it contains \(list) (patient identifiers); remove them and ask again, or allow sending them with --allow-phi"
    }

    private static func mentionsDateOfBirth(_ text: String) -> Bool {
        let date = /(?i)(?:\b\d{1,2}[\/.-]\d{1,2}[\/.-](?:19|20)?\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b)/
        let birthWord = /(?i)\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born)\b/
        return text.contains(date) && text.contains(birthWord)
    }

    private static func mentionsName(_ text: String) -> Bool {
        // An honorific and a name, a labelled name ("patient Jane Roe", "name: Roe"), or "Last, First".
        let honorific = /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][a-z]+/
        let labelled = /(?i:\b(?:patient|pt|name|member|beneficiary|named)\b)[:,]?\s+(?:(?i:is)\s+)?(?!(?:The|A|An|With|Who|Has|Had|Was|Is|Born|Age|Aged|Dob|DOB|Medicare|Medicaid)\b)[A-Z][a-z]+/
        let lastFirst = /\b[A-Z][a-z]+,\s+[A-Z][a-z]+\b/
        return text.contains(honorific) || text.contains(labelled) || text.contains(lastFirst)
    }
}
