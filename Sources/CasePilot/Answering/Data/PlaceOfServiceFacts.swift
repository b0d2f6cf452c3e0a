/// Place-of-service codes from the imported CMS code set ("POS 11 — Office").
struct PlaceOfServiceFacts {
    let knowledgeBase: KnowledgeBase

    /// What each of `codes` (two digits) means; empty for no codes.
    func describe(_ codes: [String]) throws -> Resolution {
        var resolution = Resolution()
        guard !codes.isEmpty else { return resolution }
        guard let info = try knowledgeBase.datasetInfo(.pos) else {
            resolution.add("The CMS place-of-service code set is not imported, so CasePilot cannot say what POS \(codes.joined(separator: ", ")) means. Import it with `casepilot data import pos FILE` (the code set as CSV).")
            resolution.warnings.append("the place-of-service code set is not imported")
            return resolution
        }
        let citation = DatasetCitation.citation(info)
        for code in codes.prefix(4) {
            if let place = try knowledgeBase.placeOfService(code) {
                let description = place.description.isEmpty ? "" : ": \(place.description)"
                resolution.add("Place of service \(place.code) — \(place.name)\(description)", citation: citation)
            } else {
                resolution.add("POS \(code) is not in the imported place-of-service code set (\(info.release)).", citation: citation)
                resolution.warnings.append("POS \(code) was not found in the place-of-service code set")
            }
        }
        return resolution
    }
}
