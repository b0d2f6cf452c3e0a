import CasePilot
import FoundationEssentials
@preconcurrency import Glibc

/// A one-line progress display on standard error, only when it is a terminal.
final class ProgressMeter: Sendable {
    /// A meter when standard error is a terminal; `nil` when it is piped or redirected.
    static func standardError() -> ProgressMeter? {
        isatty(STDERR_FILENO) == 1 ? ProgressMeter() : nil
    }

    func show(_ progress: ImportProgress) {
        let percent = Int(progress.fraction * 100)
        StandardError.write("\r\u{1B}[K\(progress.dataset.rawValue): \(progress.file) — \(percent)% (\(progress.rows) rows)")
    }

    func finish() {
        StandardError.write("\r\u{1B}[K")
    }
}
