import Foundation
import Testing
@testable import CasePilot

/// Keeps `Knowledge/` honest against the official code lists in `../shared/data`.
@Suite(.enabled(if: OfficialLists.available, "../shared/data (fee schedule and HCPCS files) is absent: skipping the official-list checks"))
struct KnowledgeIntegrityTests {
    static let lists = Result { try OfficialLists.load() }
    static let contents = Result { try KnowledgeSource(path: TestPaths.knowledge.path).read() }

    /// Every code-shaped token of a text: CPT numbers (`99213`, `3074F`) and HCPCS Level II codes (`G0439`).
    /// Citation lines (`source:`, `url:`) and report numbers (`OEI-04-10-00180`) are not code mentions.
    static func mentionedCodes(in text: String) -> [(code: String, line: Int)] {
        var result: [(String, Int)] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.hasPrefix("source:") && !line.hasPrefix("url:") {
            let tokens = QuestionParser.tokenize(String(line))
            for (index, token) in tokens.enumerated() where token.text.count == 5 {
                let chars = Array(token.text)
                let reportNumber = token.hyphenated && index > 0 && tokens[index - 1].text.allSatisfy(\.isNumber)
                let cpt = chars.allSatisfy(\.isNumber) || (chars[..<4].allSatisfy(\.isNumber) && "FTU".contains(chars[4]))
                let hcpcs = CodeShapes.hcpcsLetters.contains(chars[0]) && chars[1...].allSatisfy(\.isNumber)
                if (cpt || hcpcs) && !reportNumber { result.append((token.text, offset + 1)) }
            }
        }
        return result
    }

    /// CPT codes added after the July 2024 fee schedule of `../shared/data`, which the knowledge may
    /// name: the 2025 telemedicine E/M codes (checked against the CPT 2025 code changes).
    static let addedAfterTheFiles: Set<String> = Set((98000...98016).map(String.init))

    @Test func everyCodeMentionedExistsInTheOfficialLists() throws {
        let lists = try Self.lists.get()
        let contents = try Self.contents.get()
        // Codes deleted before the 2024 files (99241, 99251) may be named where their own entry says they are deleted.
        let deletedEntries = Set(try KnowledgeSource.entries(from: contents).filter(\.isDeleted).map(\.key))
        var unknown: [String] = []
        for (file, text) in contents {
            for (code, line) in Self.mentionedCodes(in: text)
            where lists.feeSchedule[code] == nil && lists.levelTwoCodes[code] == nil && !deletedEntries.contains(code) && !Self.addedAfterTheFiles.contains(code) {
                unknown.append("Knowledge/\(file):\(line): \(code)")
            }
        }
        #expect(unknown.isEmpty, "codes not in the fee-schedule or HCPCS files:\n\(unknown.joined(separator: "\n"))")
    }

    @Test func everyModifierEntryExists() throws {
        let lists = try Self.lists.get()
        let entries = try KnowledgeSource.entries(from: try Self.contents.get())
        let modifiers = entries.filter { $0.kind == .modifier }.map(\.key)
            + entries.flatMap(\.related).filter { $0.system == .modifier }.map(\.code)
        let unknown = Set(modifiers).filter { !lists.cptModifiers.contains($0) && lists.levelTwoModifiers[$0] == nil }
        #expect(unknown.isEmpty, "modifiers in neither the CPT modifier list nor the HCPCS file: \(unknown.sorted())")
    }

    @Test func terminatedCodesAreDescribedAsDeleted() throws {
        let lists = try Self.lists.get()
        let entries = try KnowledgeSource.entries(from: try Self.contents.get())
        var wrong: [String] = []
        for entry in entries where entry.kind != .article {
            let terminated = entry.kind == .modifier ? lists.levelTwoModifiers[entry.key] : lists.levelTwoCodes[entry.key]
            if let terminated, !terminated.isEmpty, !entry.isDeleted {
                wrong.append("\(entry.reference) \(entry.key) (terminated \(terminated))")
            }
        }
        #expect(wrong.isEmpty, "terminated in the HCPCS file but not marked `status: deleted`:\n\(wrong.joined(separator: "\n"))")
    }

    /// Compared word by word (case and punctuation ignored), so "Office o/p est low 20 min" also
    /// matches "office o p est low 20 min".
    @Test func noCPTShortDescriptorIsReproduced() throws {
        let lists = try Self.lists.get()
        var descriptors: Set<String> = []
        var firstWords: Set<String> = []
        var longest = 0
        for (code, descriptor) in lists.feeSchedule where code.count == 5 && code.prefix(4).allSatisfy(\.isNumber) && descriptor.count >= 18 {
            let words = Self.words(descriptor)
            guard let first = words.first else { continue }
            descriptors.insert(words.joined(separator: " "))
            firstWords.insert(first)
            longest = max(longest, words.count)
        }
        var hits: [String] = []
        for (file, text) in try Self.contents.get() {
            let words = Self.words(text)
            for index in words.indices where firstWords.contains(words[index]) {
                var phrase = words[index]
                for next in words[(index + 1)..<min(words.count, index + longest)] {
                    phrase += " " + next
                    if descriptors.contains(phrase) { hits.append("Knowledge/\(file): \"\(phrase)\"") }
                }
            }
        }
        #expect(hits.isEmpty, "AMA CPT short descriptors found (rewrite in your own words):\n\(hits.joined(separator: "\n"))")
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
