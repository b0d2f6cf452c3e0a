/// Abbreviations coders type for common conditions, spelled out in the words of the ICD-10-CM
/// titles so that a description search can match them ("COPD with acute exacerbation" →
/// "chronic obstructive pulmonary disease with acute exacerbation", J44.1).
///
/// Only abbreviations with one clinical meaning are listed: "PE" (pulmonary embolism or physical
/// examination) and "MS" are not.
enum ClinicalAbbreviations {
    static let expansions: [String: String] = [
        "afib": "atrial fibrillation",
        "aki": "acute kidney failure",
        "bph": "benign prostatic hyperplasia",
        "cad": "atherosclerotic heart disease of native coronary artery",
        "chf": "heart failure",
        "ckd": "chronic kidney disease",
        "copd": "chronic obstructive pulmonary disease",
        "cva": "cerebral infarction",
        "dvt": "deep vein thrombosis",
        "esrd": "end stage renal disease",
        "gerd": "gastro-esophageal reflux disease",
        "hld": "hyperlipidemia",
        "htn": "hypertension",
        "mdd": "major depressive disorder",
        "osa": "obstructive sleep apnea",
        "pvd": "peripheral vascular disease",
        "ptsd": "post-traumatic stress disorder",
        "uri": "acute upper respiratory infection",
        "uti": "urinary tract infection",
    ]

    /// `text` with every word listed in `table` (a whole word, any case, "COPD?" included) spelled out.
    static func expanded(_ text: String, with table: [String: String] = expansions) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { chunk -> String in
            let word = chunk.drop { !$0.isLetter }
            let core = word.prefix { $0.isLetter }
            guard let expansion = table[core.lowercased()], word.dropFirst(core.count).allSatisfy({ !$0.isLetter && !$0.isNumber }) else {
                return String(chunk)
            }
            return String(chunk.prefix(chunk.count - word.count)) + expansion + String(word.dropFirst(core.count))
        }.joined(separator: " ")
    }
}

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
}
