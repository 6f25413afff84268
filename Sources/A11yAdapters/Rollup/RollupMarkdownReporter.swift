import A11yRules
import A11yRollup

/// The rollup as Markdown: the city-wide summary per reporting date, then the progress form of the
/// latest date, division by division, and the shared failures.
public struct RollupMarkdownReporter: RollupReporter {
    /// The `--format` name: `markdown`.
    public static let identifier = "markdown"
    /// The report's language.
    public var language: Language

    /// Creates a reporter.
    public init(language: Language = .zh) {
        self.language = language
    }

    public func report(_ rollup: Rollup, catalog: Catalog) -> String {
        let w = RollupWords(language: language)
        let programme = rollup.programme
        var out = "# \(MarkdownText.escape(w.text(programme.title, or: programme.id)))\n\n"
        out += "\(w("programme")) \(MarkdownText.code(programme.id)) · \(w("heading"))\n\n\(MarkdownText.escape(w("status-rule")))\n\n"
        out += table([w("report"), w("divisions-reported"), w("items-done"), w("not-reported")], rollup.reports.map { report in
            let done = report.divisions.reduce(0) { $0 + $1.items.filter { $0.status == .done }.count }
            let counted = report.divisions.reduce(0) { $0 + $1.items.filter { $0.status != .inapplicable && $0.status != .missing }.count }
            let missing = report.missingDivisions.map { w.text($0.division.name, or: $0.division.id) }
            return ["\(report.date.date) \(w.text(report.date.title, or: ""))".withoutTrailingSpaces,
                    "\(report.divisions.count - missing.count)/\(report.divisions.count)", "\(done)/\(counted)",
                    missing.isEmpty ? w("none") : missing.joined(separator: language == .zh ? "、" : ", ")]
        })
        let form = ProgressForm(rollup: rollup, words: w)
        if let latest = rollup.latest {
            out += "\n## \(w("detail")) (\(latest.date.date))\n\n"
            out += table(form.headings.dropFirst().map { $0 }, form.rows(only: latest.index).map { Array(form.cells($0).dropFirst()) })
            out += "\n## \(w("failures")) (\(latest.date.date))\n\n"
            out += table(["#", w("failure"), w("divisions"), w("subjects")], latest.failures.prefix(20).enumerated().map { rank, failure in
                ["\(rank + 1)", w.failure(failure.id, catalog: catalog), "\(failure.divisions.count)", "\(failure.subjects)"]
            })
        }
        let problems = RollupProblemsText.render(rollup.state, words: w)
        if !problems.isEmpty {
            out += problems.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("== ") ? "## " + MarkdownText.escape(String(line.dropFirst(3).dropLast(3))) : (line.isEmpty ? "" : "- " + MarkdownText.escape(String(line)))
            }.joined(separator: "\n")
        }
        return out
    }

    private func table(_ headings: [String], _ rows: [[String]]) -> String {
        func row(_ cells: [String]) -> String {
            "| " + cells.map(MarkdownText.escape).joined(separator: " | ") + " |\n"
        }
        return row(headings) + "|" + String(repeating: " --- |", count: headings.count) + "\n" + rows.map(row).joined()
    }
}
