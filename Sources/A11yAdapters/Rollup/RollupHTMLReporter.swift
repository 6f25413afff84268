import A11yRules
import A11yRollup

/// The rollup as one self-contained, accessible HTML dashboard: no script, no external file; two
/// inline SVG charts (items done per division across reporting dates, and per plan item how many
/// divisions are at each status), each followed by its data as a table; the progress form of the
/// latest date; the missing reports and the shared failures; a print stylesheet.
public struct RollupHTMLReporter: RollupReporter {
    /// The `--format` name: `html`.
    public static let identifier = "html"
    /// The page's language.
    public var language: Language

    /// Creates a reporter.
    public init(language: Language = .zh) {
        self.language = language
    }

    public func report(_ rollup: Rollup, catalog: Catalog) -> String {
        let w = RollupWords(language: language)
        let programme = rollup.programme
        let title = "\(w.text(programme.title, or: programme.id)) — \(w("heading"))"
        var out = """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <header><h1>\(HTML.escape(title))</h1>
        <p>\(HTML.escape(w("programme"))) <code>\(HTML.escape(programme.id))</code> · \(HTML.escape(w("reports"))): \(HTML.escape(programme.reports.map(\.date.description).joined(separator: ", ")))</p>
        <p>\(HTML.escape(w("status-rule")))</p></header>
        <main>

        """
        out += RollupCharts(rollup: rollup, words: w).progress()
        out += RollupCharts(rollup: rollup, words: w).completion()
        out += summary(rollup, w)
        if let latest = rollup.latest { out += detail(rollup, latest, w) + failures(latest, rollup, catalog, w) }
        let problems = RollupProblemsText.render(rollup.state, words: w)
        if !problems.isEmpty {
            out += "<section aria-labelledby=\"problems\"><h2 id=\"problems\">\(HTML.escape(w("problems")))</h2><ul>"
            for line in problems.split(separator: "\n") where !line.hasPrefix("== ") { out += "<li>\(HTML.escape(String(line)))</li>" }
            out += "</ul></section>\n"
        }
        out += "</main>\n<footer><p>a11y-rules rollup · \(HTML.escape(programme.id))</p></footer>\n</body>\n</html>\n"
        return out
    }

    private func summary(_ rollup: Rollup, _ w: RollupWords) -> String {
        var out = "<section aria-labelledby=\"summary\"><h2 id=\"summary\">\(HTML.escape(w("reports")))</h2>\n"
        for report in rollup.reports {
            let id = "report-\(report.index + 1)"
            out += "<h3 id=\"\(id)\">\(HTML.escape("\(report.date.date) \(w.text(report.date.title, or: ""))".withoutTrailingSpaces))</h3>\n"
            let rows = report.divisions.map { d -> [String] in
                let done = d.items.filter { $0.status == .done }.count
                let counted = d.items.filter { $0.status != .inapplicable }.count
                let missing = d.missing.map(w.subject).joined(separator: language == .zh ? "、" : "; ")
                let changes = (d.newlyDone.map { "\(w("newly-done")) \($0.item.id)" } + d.regressions.map { "\(w("regressions")) \($0.item.id)" })
                    .joined(separator: language == .zh ? "；" : "; ")
                return [w.text(d.division.name, or: d.division.id), "\(d.reported.count)/\(d.division.subjects.count)",
                        d.isMissingReport ? ProgressStatus.missing.name(in: language) : "\(done)/\(counted)",
                        d.isMissingReport ? "–" : w.share(d.share), missing.isEmpty ? w("none") : missing, changes.isEmpty ? "–" : changes]
            }
            out += HTML.table(caption: "\(report.date.date) · \(w("division"))",
                              headings: [w("division"), w("reported"), w("items-done"), w("score"), w("missing"), w("change")], rows: rows)
        }
        return out + "</section>\n"
    }

    private func detail(_ rollup: Rollup, _ latest: ReportProgress, _ w: RollupWords) -> String {
        let form = ProgressForm(rollup: rollup, words: w)
        var out = "<section aria-labelledby=\"detail\"><h2 id=\"detail\">\(HTML.escape(w("detail"))) (\(latest.date.date))</h2>\n"
        for d in latest.divisions {
            let rows = form.rows(only: latest.index).filter { $0.division.division.id == d.division.id }.map { row in
                Array(form.cells(row).dropFirst(2))
            }
            out += "<h3>\(HTML.escape(w.text(d.division.name, or: d.division.id)))</h3>\n"
            out += HTML.table(caption: "\(w.text(d.division.name, or: d.division.id)) · \(latest.date.date)",
                              headings: Array(form.headings.dropFirst(2)), rows: rows, statusColumn: 2)
            out += indicators(d, latest, rollup, w)
        }
        return out + "</section>\n"
    }

    /// The division's indicators, folded away under a disclosure (they are many).
    private func indicators(_ d: DivisionProgress, _ latest: ReportProgress, _ rollup: Rollup, _ w: RollupWords) -> String {
        let shown = d.indicators.filter { $0.status != .inapplicable }
        guard !shown.isEmpty else { return "" }
        let rows = shown.map { i -> [String] in
            let t = i.tally
            return [i.key, w.text(i.indicator.title, or: i.indicator.id), i.status.name(in: language), w.share(i.share),
                    "\(t.passed) / \(t.failed) / \(t.undecided)", w.change(i.change, reports: rollup.programme.reports)]
        }
        let name = w.text(d.division.name, or: d.division.id)
        // Open, so that the printed dashboard shows every table (a closed details element prints its summary only).
        return "<details open><summary>\(HTML.escape("\(name) · \(w("indicator")) (\(shown.count))"))</summary>\n"
            + HTML.table(caption: "\(name) · \(w("indicator")) · \(latest.date.date)",
                         headings: [w("indicator"), w("item-title"), w("status"), w("score"), w("checks"), w("change")], rows: rows, statusColumn: 2)
            + "</details>\n"
    }

    private func failures(_ latest: ReportProgress, _ rollup: Rollup, _ catalog: Catalog, _ w: RollupWords) -> String {
        let rows = latest.failures.prefix(20).enumerated().map { rank, f in
            ["\(rank + 1)", w.failure(f.id, catalog: catalog), "\(f.divisions.count)", "\(f.subjects)",
             f.divisions.compactMap { id in rollup.programme.divisions.first { $0.id == id } }.map { w.text($0.name, or: $0.id) }
                .joined(separator: language == .zh ? "、" : ", ")]
        }
        return "<section aria-labelledby=\"failures\"><h2 id=\"failures\">\(HTML.escape(w("failures"))) (\(latest.date.date))</h2>\n"
            + (rows.isEmpty ? "<p>\(HTML.escape(w("none")))</p>"
               : HTML.table(caption: w("failures"), headings: ["#", w("failure"), w("divisions"), w("subjects"), w("division")], rows: rows))
            + "</section>\n"
    }

    static let style = """
    :root{color-scheme:light}body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;max-width:72rem;padding:1rem;line-height:1.5}
    h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #1f4e79}h3{font-size:1.05rem}
    table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}caption{text-align:left;font-weight:600;padding:.25rem 0}
    th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#e8eef4}
    .s-done{color:#1b5e20;font-weight:600}.s-in-progress{color:#7a4500}.s-not-started{color:#b00020;font-weight:600}.s-missing{color:#4a148c;font-weight:600}
    figure{margin:1rem 0}figcaption{font-weight:600}svg{max-width:100%;height:auto}svg text{fill:#1a1a1a;font-size:12px}
    code{background:#f2f2f2;padding:0 .2rem}
    @media print{body{max-width:none;padding:0;font-size:10pt}h2{break-after:avoid}tr,figure{break-inside:avoid}th{background:#fff}header p{margin:.2rem 0}}
    """
}
