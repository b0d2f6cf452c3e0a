import Foundation
import Testing
@testable import CasePilot

@Suite("Reading files: CSV, gzip, ZIP, SHA-256")
struct ReadingTests {
    /// Every record of `text` with its line number.
    static func records(_ text: String) throws -> [(Int, [String])] {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buffer in
            var reader = CSVReader(buffer)
            var result: [(Int, [String])] = []
            while try reader.next() { result.append((reader.line, (0..<reader.count).map { reader[$0].string })) }
            return result
        }
    }

    @Test func csvHandlesQuotesEmbeddedLineBreaksAndCRLF() throws {
        let records = try Self.records("a,\"b, \"\"quoted\"\"\",c\r\n\"multi\nline\",,last\n\nx,y,z")
        #expect(records.count == 3)
        #expect(records[0].1 == ["a", "b, \"quoted\"", "c"])
        #expect(records[1].0 == 2 && records[1].1 == ["multi\nline", "", "last"])
        #expect(records[2].0 == 5 && records[2].1 == ["x", "y", "z"])
    }

    @Test func csvReportsAnUnterminatedQuote() {
        #expect(throws: InputProblem.self) { try Self.records("a,b\n1,\"never closed\n") }
    }

    @Test func headerNamesAreMatchedInAnySpelling() throws {
        var bytes = Array("Title line\n\"HCPCS/CPT Code\",\"Practitioner Services MUE Values\",\"MUE Adjudication Indicator\"\n".utf8)
        try bytes.withUnsafeMutableBufferPointer { buffer in
            var reader = CSVReader(buffer)
            let map = try HeaderMap.locate(in: &reader, required: [MUEFormat.code, MUEFormat.value, MUEFormat.indicator])
            #expect(map.index(of: MUEFormat.value) == 1)
            #expect(map.line == 2)
        }
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func gzipAndZipAreReadDirectly() throws {
        let text = Array("hello, world\n".utf8)
        #expect(try Inflate.gunzip(Archive.gzip(text)) == text)
        #expect(try Inflate.gunzip(Archive.gzip(text) + Archive.gzip(text)) == text + text)
        let zip = ZipArchive(Archive.zip([("docs/readme.pdf", [1, 2]), ("data/file.txt", text)]))
        #expect(try zip.names() == ["docs/readme.pdf", "data/file.txt"])
        #expect(try zip.members { $0.hasSuffix(".txt") }.map(\.bytes) == [text])
    }

    @Test func truncatedArchivesAreBadInput() {
        let gz = Archive.gzip(Array(String(repeating: "row,1\n", count: 100).utf8))
        #expect(throws: InputProblem.self) { try Inflate.gunzip(Array(gz.prefix(gz.count / 2))) }
        let zip = Archive.zip([("a.txt", Array("x".utf8))])
        #expect(throws: InputProblem.self) { try ZipArchive(Array(zip.prefix(zip.count - 30))).names() }
    }

    @Test func releasesAndSettingsComeFromOfficialFileNames() {
        #expect(ReleaseDetector.release(fromFileName: "ccipra-v302r0-f1.TXT") == "2024-07-01")
        #expect(ReleaseDetector.release(fromFileName: "MCR_MUE_PractitionerServices_Eff_07-01-2024.csv") == "2024-07-01")
        #expect(ReleaseDetector.release(fromFileName: "HCPC2025_OCT_ANWEB.txt") == "2025-10")
        #expect(ReleaseDetector.release(fromFileName: "icd10cm-tabular-April-1-2026.xml") == "2026-04-01")
        #expect(ReleaseDetector.release(fromFileName: "PPRRVU24_JUL.csv") == "2024-07")
        #expect(ReleaseDetector.release(fromFileName: "icd10pcs_codes_2024.txt") == "FY2024")
        #expect(ReleaseDetector.setting(fromFileName: "ccioph-v302r0-f2.zip") == .hospital)
        #expect(ReleaseDetector.setting(fromFileName: "MCR_MUE_DMESupplierServices_Eff_07-01-2024.csv") == .dme)
    }
}
