/// General Equivalence Mappings and ICD-9-CM titles, in one import of several files:
/// - the official GEM TXT (`2018_I9gem.txt`: source, target and the 5-digit flag string,
///   space-separated) and CSV exports with named columns (`icd9cm, icd10cm, flags, ...`);
/// - the ICD-9-CM title files (`CMS32_DESC_LONG_DX.txt`, `CMS32_DESC_LONG_SG.txt`): code, spaces, title.
struct GEMFormat: DatasetFormat {
    static let flags = HeaderMap.Column("flags", "flags", "flag")

    func read(_ file: inout DataFile, context: ImportContext) throws -> Int {
        let first = file.firstLine.lowercased()
        let parts = first.split(whereSeparator: \.isWhitespace)
        if parts.count == 3, parts[2].count == 5, parts[2].allSatisfy(\.isNumber) {
            return try readText(file, context: context)
        }
        // A title may hold commas ("25000 Diabetes mellitus without mention of complication, …"):
        // a line that opens with a code and a space is a title, whatever follows.
        if parts.count > 1, Self.isICD9Code(parts[0]) { return try readTitles(file, context: context) }
        if first.contains(",") {
            return try readCSV(&file, context: context)
        }
        return try readTitles(file, context: context)
    }

    /// An ICD-9-CM code as the title files write it, lower-case and without its dot: "0010",
    /// "25000", "v771", "e8490".
    private static func isICD9Code(_ token: Substring) -> Bool {
        guard (3...5).contains(token.count), let lead = token.first, lead.isNumber || lead == "v" || lead == "e" else { return false }
        return token.dropFirst().allSatisfy(\.isNumber)
    }

    private func insert(_ context: ImportContext) throws -> BulkInsert {
        try context.knowledgeBase.bulkInsert(
            "INSERT INTO gem(map, source, target, approximate, no_map, combination, scenario, choice_list) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    }

    private func readCSV(_ file: inout DataFile, context: ImportContext) throws -> Int {
        let insert = try insert(context)
        return try file.bytes.withUnsafeMutableBufferPointer { buffer in
            var reader = CSVReader(buffer)
            let header = try HeaderMap.locate(in: &reader, required: [Self.flags], preamble: 0)
            guard header.names.count >= 3, let map = GEMMap(source: header.names[0], target: header.names[1]) else {
                throw InputProblem("expected GEM columns named by code set (e.g. icd9cm, icd10cm, flags), found \"\(header.names.prefix(3).joined(separator: ", "))\"", line: header.line)
            }
            let flagsIndex = header.index(of: Self.flags)!
            var rows = 0
            while try reader.next() {
                try header.requireWidth(reader)
                try write(source: reader[0].trimmed.string, target: reader[1].trimmed.string, flags: reader[flagsIndex].trimmed.string,
                          map: map, line: reader.line, insert: insert)
                rows += 1
            }
            return rows
        }
    }

    private func readText(_ file: DataFile, context: ImportContext) throws -> Int {
        let insert = try insert(context)
        var map: GEMMap?
        var rows = 0
        try file.bytes.withUnsafeBufferPointer { buffer in
            var lines = LineReader(buffer)
            var sample: [(String, String)] = []
            var pending: [(String, String, String, Int)] = []
            while let line = lines.nextNonBlank() {
                let parts = line.words(limit: 3).map(\.string)
                guard parts.count == 3 else {
                    throw InputProblem("expected a GEM line: source code, target code and 5-digit flags, found \"\(line.string.prefix(40))\"", line: lines.line)
                }
                if map == nil {
                    sample.append((parts[0], parts[1]))
                    pending.append((parts[0], parts[1], parts[2], lines.line))
                    if sample.count < 50 { continue }
                    map = GEMMap(fileName: file.fileName, sample: sample)
                    for row in pending { try write(source: row.0, target: row.1, flags: row.2, map: map!, line: row.3, insert: insert) }
                    rows += pending.count
                    continue
                }
                try write(source: parts[0], target: parts[1], flags: parts[2], map: map!, line: lines.line, insert: insert)
                rows += 1
            }
            if map == nil, !pending.isEmpty {
                let detected = GEMMap(fileName: file.fileName, sample: sample)
                for row in pending { try write(source: row.0, target: row.1, flags: row.2, map: detected, line: row.3, insert: insert) }
                rows += pending.count
            }
        }
        return rows
    }

    private func write(source: String, target: String, flags: String, map: GEMMap, line: Int, insert: BulkInsert) throws {
        guard flags.count == 5, flags.allSatisfy({ $0 == "0" || $0 == "1" || ("2"..."9").contains($0) }) else {
            throw InputProblem("expected the 5-digit GEM flags (approximate, no map, combination, scenario, choice list), found \"\(flags.prefix(12))\"", line: line)
        }
        guard map.sourceValid(source), map.targetValid(target) || target.hasPrefix("NoDx") || target.hasPrefix("NoPCS") else {
            throw InputProblem("expected a \(map.rawValue) mapping, found \"\(source.prefix(10))\" → \"\(target.prefix(10))\"", line: line)
        }
        let digits = flags.map { Int(String($0)) ?? 0 }
        insert.text(map.rawValue, at: 1)
        insert.text(source, at: 2)
        insert.text(target, at: 3)
        for (offset, value) in digits.enumerated() { insert.integer(value, at: Int32(4 + offset)) }
        try insert.insert()
    }

    private func readTitles(_ file: DataFile, context: ImportContext) throws -> Int {
        let writer = try CodeWriter(context: context)
        let lower = file.fileName.lowercased()
        let procedures = lower.contains("_sg") || lower.contains("proc") || lower.contains("pcs")
        var rows = 0
        try file.bytes.withUnsafeBufferPointer { buffer in
            var lines = LineReader(buffer)
            while let line = lines.nextNonBlank() {
                let parts = line.words(limit: 2)
                let code = parts.first?.string ?? ""
                let valid = procedures ? CodeShape.isICD9Procedure(code) : CodeShape.isICD9Diagnosis(code)
                guard parts.count == 2, valid else {
                    throw InputProblem("expected an ICD-9-CM \(procedures ? "procedure" : "diagnosis") code and its title, found \"\(line.string.prefix(40))\"", line: lines.line)
                }
                try writer.write(CodeRow(system: procedures ? CodeWriter.icd9ProcedureSystem : CodeSystem.icd9cm.rawValue,
                                         code: code, description: parts[1].string, billable: true))
                rows += 1
            }
        }
        return rows
    }
}
