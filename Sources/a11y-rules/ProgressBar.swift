#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar on standard error, drawn only when standard error is a terminal (and
/// `CI` is unset), so piped and logged runs print nothing extra.
struct ProgressBar {
    let total: Int
    let label: String
    private let enabled: Bool
    private var lastPercent = -1
    private var drawn = false

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        enabled = isatty(2) != 0 && getenv("CI") == nil && total > 0
    }

    mutating func update(done: Int, count: Int) {
        guard enabled else { return }
        let percent = min(100, done * 100 / max(1, total))
        guard percent != lastPercent else { return }
        lastPercent = percent
        let width = 30
        let filled = width * percent / 100
        let bar = String(repeating: "=", count: filled) + (filled < width ? ">" : "") + String(repeating: " ", count: max(0, width - filled - 1))
        Output.error("\r\(label) [\(bar)] \(percent)% \(count) lines", newline: false)
        drawn = true
    }

    /// Removes the bar so other messages start on a clean line.
    mutating func clear() {
        guard enabled, drawn else { return }
        Output.error("\r\u{1B}[K", newline: false)
        drawn = false
        lastPercent = -1
    }

    mutating func finish() {
        guard enabled, drawn else { return }
        Output.error("")
        drawn = false
    }
}
