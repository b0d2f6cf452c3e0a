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

    /// Procedures by their usual names, in the words of the PCS titles: the whole-joint device of a
    /// joint replacement, the low transverse incision that is the usual caesarean, the endoscopic
    /// inspection that a colonoscopy or EGD is, and the diagnostic excision that a biopsy is.
    static let phrases: [(phrase: String, expansion: String)] = [
        ("total knee replacement", "replacement of knee joint with synthetic substitute"),
        ("total hip replacement", "replacement of hip joint with synthetic substitute"),
        ("cesarean section", "extraction of products of conception, low, open approach"),
        ("cesarean delivery", "extraction of products of conception, low, open approach"),
        ("c section", "extraction of products of conception, low, open approach"),
        ("c-section", "extraction of products of conception, low, open approach"),
        ("colonoscopy", "inspection of lower intestinal tract, via natural or artificial opening endoscopic"),
        ("egd", "inspection of upper intestinal tract, via natural or artificial opening endoscopic"),
    ]

    /// The same endoscopies when the question mentions a biopsy: PCS codes a biopsy as an excision
    /// with the qualifier "diagnostic", of the body part sampled.
    static let biopsyPhrases: [(phrase: String, expansion: String)] = [
        ("colonoscopy", "excision of large intestine, via natural or artificial opening endoscopic, diagnostic"),
        ("egd", "excision of stomach, via natural or artificial opening endoscopic, diagnostic"),
    ]

    /// `text` with every listed phrase and term spelled out.
    static func expanded(_ text: String) -> String {
        let biopsy = text.lowercased().contains("biops")
        let phrased = TermExpansion.expanded(biopsy ? TermExpansion.expanded(text, phrases: biopsyPhrases) : text, phrases: phrases)
        return TermExpansion.expanded(phrased, with: expansions)
    }
}
