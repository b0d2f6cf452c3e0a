import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The machine a run measured, and the process's resource use.
struct Machine: Sendable {
    let cores: Int
    let cpuModel: String
    let memoryGiB: Double
    let swiftVersion: String
    let date: String

    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let swift = Self.swiftVersion()
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withTimeZone]
        return Machine(cores: ProcessInfo.processInfo.activeProcessorCount, cpuModel: model,
                       memoryGiB: Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824,
                       swiftVersion: swift, date: formatter.string(from: Date()))
    }

    /// Peak resident memory of this process so far, in MiB (`getrusage` `ru_maxrss`, KiB on Linux).
    static func peakMemoryMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    private static func swiftVersion() -> String {
        guard let swift = ProcessRunner.which("swift") else { return "unknown" }
        let pipe = Pipe()
        guard (try? ProcessRunner.run(swift, ["--version"], stdout: pipe.fileHandleForWriting)) != nil else { return "unknown" }
        try? pipe.fileHandleForWriting.close()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return text.split(separator: "\n").first.map(String.init) ?? "unknown"
    }
}
