/// Brand names coders type for drugs that Medicare's coverage documents title by their generic
/// name, with the start of that name ("Botox" → "botulinum": "Botulinum Toxins"; "Synvisc" →
/// "hyaluron": "Hyaluronan" and "Hyaluronic Acid"). The classifier counts a brand as a coding
/// word, as it counts "colonoscopy".
enum DrugBrands {
    static let genericNames: [String: String] = [
        "botox": "botulinum", "dysport": "botulinum", "xeomin": "botulinum", "myobloc": "botulinum", "daxxify": "botulinum",
        "synvisc": "hyaluron", "euflexxa": "hyaluron", "orthovisc": "hyaluron", "monovisc": "hyaluron", "gelsyn": "hyaluron",
        "durolane": "hyaluron", "hyalgan": "hyaluron", "supartz": "hyaluron", "trivisc": "hyaluron",
        "epogen": "erythropoiesis", "procrit": "erythropoiesis", "retacrit": "erythropoiesis", "aranesp": "erythropoiesis",
        "remicade": "infliximab", "inflectra": "infliximab", "renflexis": "infliximab", "avsola": "infliximab",
        "prolia": "denosumab", "xgeva": "denosumab",
    ]
}
