import FoundationEssentials

/// The CDC ICD-10-CM tabular XML (`<ICD10CM.tabular>`): nested `<diag>` elements with
/// `<name>` and `<desc>`, and `<sevenChrDef>` lists that apply to every code below them.
///
/// A `diag` with child `diag`s is a header; a leaf is valid for claims unless a 7th character
/// applies, in which case the leaf becomes a header and its 7-character codes are generated the
/// way the official order file lists them (placeholder `X` up to six characters, then the 7th
/// character; description "leaf description, extension text"). The notes of a diag's `<includes>`
/// and `<inclusionTerm>` are its inclusion terms; those of its `<excludes1>`, `<excludes2>`,
/// `<useAdditionalCode>`, `<codeFirst>` and `<codeAlso>` its instructional notes.
enum ICD10CMTabular {
    private struct Frame {
        var code = ""
        var description = ""
        var sevenCharacters: [(String, String)]?
        var hasChildren = false
        var terms: [String] = []
        var notes: [(CodeNote.Kind, String)] = []
    }

    private static let termLists: Set<String> = ["includes", "inclusionTerm"]

    static func read(_ file: DataFile, writer: CodeWriter, context: ImportContext) throws -> Int {
        var rows = 0
        var sawRoot = false
        try file.bytes.withUnsafeBufferPointer { buffer in
            var scanner = XMLScanner(buffer)
            var stack: [Frame] = []
            // 7th-character definitions of the chapter/section level never occur; they hang on diags.
            var path: [String] = []
            var pendingExtension: String?
            while let event = try scanner.next() {
                switch event {
                case .start(let name, let attributes):
                    if path.isEmpty {
                        guard name == "ICD10CM.tabular" else {
                            throw InputProblem("expected the ICD-10-CM tabular XML (root element ICD10CM.tabular), found <\(name)>", line: scanner.line)
                        }
                        sawRoot = true
                    }
                    path.append(name)
                    if name == "diag" {
                        if !stack.isEmpty { stack[stack.count - 1].hasChildren = true }
                        stack.append(Frame())
                    } else if name == "sevenChrDef", !stack.isEmpty {
                        stack[stack.count - 1].sevenCharacters = []
                    } else if name == "extension" {
                        pendingExtension = attributes["char"]
                    }
                case .text(let text):
                    guard let parent = path.dropLast().last else { continue }
                    if parent == "diag", !stack.isEmpty {
                        if path.last == "name" { stack[stack.count - 1].code = ICD10CMFormat.undotted(text) }
                        if path.last == "desc" { stack[stack.count - 1].description = text.trimmed() }
                    } else if path.last == "note", termLists.contains(parent), path.dropLast(2).last == "diag", !stack.isEmpty {
                        stack[stack.count - 1].terms.append(text.trimmed())
                    } else if path.last == "note", let kind = CodeNote.Kind(rawValue: parent), path.dropLast(2).last == "diag", !stack.isEmpty {
                        stack[stack.count - 1].notes.append((kind, text.trimmed()))
                    } else if path.last == "extension", parent == "sevenChrDef", let character = pendingExtension, !stack.isEmpty {
                        stack[stack.count - 1].sevenCharacters?.append((character, text.trimmed()))
                    } else if path.last == "version", parent == "ICD10CM.tabular" {
                        context.releaseFromContents = "FY\(text.trimmed())"
                    }
                case .end(let name):
                    path.removeLast()
                    guard name == "diag", let frame = stack.popLast() else { continue }
                    guard CodeShape.isICD10CM(frame.code) else {
                        throw InputProblem("expected an ICD-10-CM code in <name>, found \"\(frame.code.prefix(12))\"", line: scanner.line)
                    }
                    let inherited = ([frame] + stack.reversed()).lazy.compactMap(\.sevenCharacters).first
                    let parent = stack.last?.code
                    let expands = !frame.hasChildren && inherited != nil && frame.code.count < 7
                    try writer.write(CodeRow(system: CodeSystem.icd10cm.rawValue, code: frame.code, description: frame.description,
                                             billable: !frame.hasChildren && !expands, parent: parent))
                    for term in frame.terms { try writer.writeTerm(term, system: CodeSystem.icd10cm.rawValue, code: frame.code) }
                    for (kind, note) in frame.notes { try writer.writeNote(note, kind: kind, system: CodeSystem.icd10cm.rawValue, code: frame.code) }
                    rows += 1
                    if expands, let characters = inherited {
                        let stem = frame.code + String(repeating: "X", count: max(0, 6 - frame.code.count))
                        for (character, meaning) in characters {
                            try writer.write(CodeRow(system: CodeSystem.icd10cm.rawValue, code: stem + character,
                                                     description: "\(frame.description), \(meaning)", billable: true, parent: frame.code))
                            rows += 1
                        }
                    }
                }
            }
            guard path.isEmpty else { throw InputProblem("the XML ends before </\(path.last ?? "")>: the file is truncated", line: scanner.line) }
        }
        guard sawRoot else { throw InputProblem("expected the ICD-10-CM tabular XML, found no root element") }
        return rows
    }
}
