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

    /// `text` with every listed abbreviation spelled out.
    static func expanded(_ text: String) -> String {
        TermExpansion.expanded(text, with: expansions)
    }
}
