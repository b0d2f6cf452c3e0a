/// Surgical words a coder types, in the words of ICD-10-PCS titles: the approach ("laparoscopic" is
/// "percutaneous endoscopic") and the root operation with its body part ("appendectomy" is a
/// resection of the appendix; the PCS index also allows an excision when only part is removed).
enum PCSTerms {
    static let expansions: [String: String] = [
        "laparoscopic": "percutaneous endoscopic",
        "laparoscopically": "percutaneous endoscopic",
        "arthroscopic": "percutaneous endoscopic",
        "thoracoscopic": "percutaneous endoscopic",
        "appendectomy": "resection of appendix",
        "cholecystectomy": "resection of gallbladder",
        "hysterectomy": "resection of uterus",
        "nephrectomy": "resection of kidney",
        "splenectomy": "resection of spleen",
        "thyroidectomy": "resection of thyroid gland",
        "tonsillectomy": "resection of tonsils",
    ]

    /// Joint replacements by their usual names, as PCS titles word the whole-joint device.
    static let phrases: [(phrase: String, expansion: String)] = [
        ("total knee replacement", "replacement of knee joint with synthetic substitute"),
        ("total hip replacement", "replacement of hip joint with synthetic substitute"),
    ]

    /// `text` with every listed phrase and term spelled out.
    static func expanded(_ text: String) -> String {
        TermExpansion.expanded(TermExpansion.expanded(text, phrases: phrases), with: expansions)
    }
}
