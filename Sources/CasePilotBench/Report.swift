import Foundation

/// The figures of one run, rendered as a table on stdout and as `BENCHMARKS.md`.
struct Report {
    /// A titled table of (measure, value, note) rows.
    struct Section {
        let title: String
        var rows: [(String, String, String)] = []

        mutating func add(_ measure: String, _ value: String, _ note: String = "") {
            rows.append((measure, value, note))
        }

        mutating func add(_ oneShot: OneShotBenchmark.Result) {
            add("one-shot `casepilot ask`", oneShot.askMedian.duration, "median of \(oneShot.runs) cold processes")
            add("one-shot `sqlite3` look-up", oneShot.sqliteMedian.duration, "same row of the same file, median")
            add("one-shot ratio", String(format: "%.2f×", oneShot.ratio), "casepilot / sqlite3")
        }
    }

    let machine: Machine
    var sections: [Section] = []
    /// Each issue target: (target, measured, holds).
    var targets: [(String, String, Bool)] = []

    /// The plain-text table for stdout.
    var text: String {
        var lines: [String] = []
        let width = sections.flatMap { $0.rows.map(\.0.count) }.max() ?? 20
        let valueWidth = sections.flatMap { $0.rows.map(\.1.count) }.max() ?? 10
        for section in sections {
            lines.append("")
            lines.append(section.title)
            for (measure, value, note) in section.rows {
                let padded = measure.padding(toLength: width, withPad: " ", startingAt: 0)
                let shown = String(repeating: " ", count: max(0, valueWidth - value.count)) + value
                lines.append("  \(padded)  \(shown)\(note.isEmpty ? "" : "  \(note)")")
            }
        }
        lines.append("")
        lines.append("Targets (issue 7)")
        for (target, measured, holds) in targets {
            lines.append("  [\(holds ? "met" : "NOT met")] \(target): \(measured)")
        }
        return lines.joined(separator: "\n")
    }

    /// `BENCHMARKS.md`: the figures, the machine and the published LLM figures.
    func markdown(command: String) -> String {
        var lines = [
            "# Benchmarks",
            "",
            "Written by `\(command)` (Sources/CasePilotBench); every figure below was measured in that run.",
            "Rerun it to refresh this file.",
            "",
            "## Machine",
            "",
            "| | |", "|---|---|",
            "| date | \(machine.date) |",
            "| CPU | \(machine.cpuModel) |",
            "| cores (nproc) | \(machine.cores) |",
            "| memory | \(String(format: "%.1f GiB", machine.memoryGiB)) |",
            "| Swift | \(machine.swiftVersion) |",
            "",
            "## Targets (issue 7)",
            "",
            "| target | measured | |", "|---|---|---|",
        ]
        lines += targets.map { "| \($0.0) | \($0.1) | \($0.2 ? "met" : "**not met**") |" }
        for section in sections {
            lines += ["", "## \(section.title)", "", "| measure | value | note |", "|---|---:|---|"]
            lines += section.rows.map { "| \($0.0) | \($0.1) | \($0.2) |" }
        }
        lines += [
            "",
            "## Published LLM figures (for comparison)",
            "",
            "Soroush et al., \"Large Language Models Are Poor Medical Coders\", NEJM AI 2024: exact match",
            "when asked for the code of an official description.",
            "",
            "| model | ICD-10-CM | CPT |", "|---|---:|---:|",
            "| GPT-4 | 33.9 % | 49.8 % |",
            "",
            "CasePilot cannot be scored on CPT descriptors (AMA copyright; it ships none), so its second",
            "code set above is HCPCS Level II, the public-domain procedure/supply code set. The comparison",
            "is in style only: different samples, and CasePilot looks descriptions up in the imported official",
            "tables that it is then asked about.",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}

extension Double {
    /// `12.3 ms`, `456 µs` or `1.23 s`.
    var duration: String {
        if self >= 1 { return String(format: "%.2f s", self) }
        if self >= 1e-3 { return String(format: "%.2f ms", self * 1e3) }
        return String(format: "%.0f µs", self * 1e6)
    }

    /// `12.3 %` of a 0...1 rate.
    var percent: String { String(format: "%.1f %%", self * 100) }

    /// `1,234,567` rounded.
    var grouped: String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        return formatter.string(from: NSNumber(value: self)) ?? String(format: "%.0f", self)
    }
}
