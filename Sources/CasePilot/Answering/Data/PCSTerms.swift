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

    /// `text` with every listed term spelled out.
    static func expanded(_ text: String) -> String {
        TermExpansion.expanded(text, with: expansions)
    }
}
