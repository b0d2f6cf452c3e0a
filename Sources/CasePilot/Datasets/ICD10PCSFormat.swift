/// ICD-10-PCS: the official code-description TXT (`icd10pcs_codes_2024.txt`) and order file.
struct ICD10PCSFormat: DatasetFormat {
    func accepts(_ fileName: String) -> Bool {
        let lower = fileName.lowercased()
        return lower.hasSuffix(".txt") && (lower.contains("order") || lower.contains("code"))
    }

    func read(_ file: inout DataFile, context: ImportContext) throws -> Int {
        try ICDFlatFile(system: .icd10pcs).read(file, writer: try CodeWriter(context: context))
    }
}
