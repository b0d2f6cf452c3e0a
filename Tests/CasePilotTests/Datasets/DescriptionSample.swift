import Foundation
@testable import CasePilot

/// A reproducible random sample of (code, official description) pairs from the ICD-10-CM CSV.
enum DescriptionSample {
    static func draw(count: Int, seed: UInt64) throws -> [(String, String)] {
        let url = try requireFolder().appendingPathComponent("icd10cm/icd10cm_codes_2026_april.csv")
        var bytes = [UInt8](try Data(contentsOf: url))
        var rows: [(String, String)] = []
        try bytes.withUnsafeMutableBufferPointer { buffer in
            var reader = CSVReader(buffer)
            _ = try reader.next()
            while try reader.next() {
                let level = reader[2].string
                guard level != "chapter", level != "block" else { continue }
                rows.append((reader[0].string, reader[4].string))
            }
        }
        var state = seed
        var picked: [(String, String)] = []
        for _ in 0..<count {
            // SplitMix64.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            picked.append(rows[Int(z % UInt64(rows.count))])
        }
        return picked
    }

    private static func requireFolder() throws -> URL {
        guard let folder = SharedData.folder else { throw CasePilotError.unavailable("shared data folder is absent") }
        return folder
    }
}
