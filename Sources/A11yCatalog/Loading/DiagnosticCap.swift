import A11yModel

/// Keeps at most ``perFile`` diagnostics of each file and closes the file's list with one that
/// counts the rest, so that a file with thousands of errors gives a readable, bounded report.
public enum DiagnosticCap {
    /// The most diagnostics kept per file.
    public static let perFile = 100

    /// `diagnostics` (sorted by file) with each file's list cut after ``perFile`` entries and a
    /// closing `catalog.too-many-diagnostics` diagnostic, an error if any of the dropped ones is.
    public static func apply(_ diagnostics: [Diagnostic], perFile limit: Int = perFile) -> [Diagnostic] {
        var kept: [Diagnostic] = []
        kept.reserveCapacity(min(diagnostics.count, limit * 4))
        var index = 0
        while index < diagnostics.count {
            let file = diagnostics[index].location.file
            var end = index
            while end < diagnostics.count, diagnostics[end].location.file == file { end += 1 }
            kept += diagnostics[index..<min(end, index + limit)]
            if end - index > limit {
                let dropped = diagnostics[(index + limit)..<end]
                let errors = dropped.filter { $0.severity == .error }.count
                let first = dropped[dropped.startIndex]
                kept.append(Diagnostic(
                    id: "catalog.too-many-diagnostics", severity: errors > 0 ? .error : .warning,
                    message: "\(dropped.count) more diagnostic\(dropped.count == 1 ? "" : "s") in this file (\(errors) error\(errors == 1 ? "" : "s")) not shown; the first \(limit) are above, and the next one is here",
                    location: first.location))
            }
            index = end
        }
        return kept
    }
}
