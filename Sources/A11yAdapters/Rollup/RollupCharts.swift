import A11yRules
import A11yRollup

/// The dashboard's two inline SVG charts, each followed by its data as a table (the text
/// equivalent). Colours are dark enough for 3:1 against white (non-text contrast); every number is
/// also written as text, so nothing is told by colour alone.
struct RollupCharts {
    let rollup: Rollup
    let words: RollupWords

    static let dateColours = ["#1f4e79", "#2e6b30", "#6a1b9a", "#8a3b00", "#005f73"]
    static let statusColours: [(ProgressStatus, String)] = [
        (.done, "#1b5e20"), (.inProgress, "#8a5300"), (.notStarted, "#b00020"), (.missing, "#4a148c"), (.inapplicable, "#5f5f5f"),
    ]

    /// Items done per division, one bar per reporting date.
    func progress() -> String {
        let w = words
        let reports = rollup.reports
        // Each division's name sits on its own line above its bars, so long names never overlap them.
        let labelWidth = 0.0, barMax = 560.0, barHeight = 12.0, gap = 3.0, nameHeight = 18.0
        let rowHeight = nameHeight + Double(reports.count) * (barHeight + gap) + 10
        let legendHeight = 28.0
        let divisions = rollup.programme.divisions
        let height = legendHeight + Double(divisions.count) * rowHeight + 8
        let width = labelWidth + barMax + 130
        var svg = "<svg role=\"img\" aria-labelledby=\"chart1-title chart1-desc\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"chart1-title\">\(HTML.escape(w("progress-chart")))</title>"
        svg += "<desc id=\"chart1-desc\">\(HTML.escape(w("chart-desc")))</desc>"
        for (i, report) in reports.enumerated() {
            let x = Double(i) * 140
            svg += "<rect x=\"\(n(x))\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(Self.dateColours[i % Self.dateColours.count])\"/>"
            svg += "<text x=\"\(n(x + 16))\" y=\"16\">\(HTML.escape(report.date.date.description))</text>"
        }
        var rows: [[String]] = []
        for (row, division) in divisions.enumerated() {
            let top = legendHeight + Double(row) * rowHeight
            let name = w.text(division.name, or: division.id)
            svg += "<text x=\"0\" y=\"\(n(top + 13))\" font-weight=\"bold\">\(HTML.escape(name))</text>"
            var cells = [name]
            for (i, report) in reports.enumerated() {
                guard let progress = report.divisions.first(where: { $0.division.id == division.id }) else { continue }
                let y = top + nameHeight + Double(i) * (barHeight + gap)
                let counted = progress.items.filter { $0.status != .inapplicable }.count
                let done = progress.items.filter { $0.status == .done }.count
                let label = progress.isMissingReport ? ProgressStatus.missing.name(in: w.language) : "\(done)/\(counted)"
                cells.append(label)
                let length = counted > 0 && !progress.isMissingReport ? barMax * Double(done) / Double(counted) : 0
                if !progress.isMissingReport { svg += "<rect x=\"\(n(labelWidth))\" y=\"\(n(y))\" width=\"\(n(max(length, 1)))\" height=\"\(n(barHeight))\" fill=\"\(Self.dateColours[i % Self.dateColours.count])\"/>" }
                svg += "<text x=\"\(n(labelWidth + length + 6))\" y=\"\(n(y + barHeight - 2))\">\(HTML.escape(label))</text>"
            }
            rows.append(cells)
        }
        svg += "</svg>"
        return figure(id: "chart1", title: w("progress-chart"), svg: svg,
                      table: HTML.table(caption: w("text-equivalent") + w.colon + w("progress-chart"),
                                        headings: [w("division")] + reports.map(\.date.date.description), rows: rows))
    }

    /// Per plan item, at the latest reporting date, how many divisions are at each status.
    func completion() -> String {
        let w = words
        guard let latest = rollup.latest else { return "" }
        let labelWidth = 400.0, barMax = 360.0, barHeight = 16.0, rowHeight = 24.0, legendHeight = 28.0
        let items = latest.items
        let total = max(1, latest.divisions.count)
        let height = legendHeight + Double(items.count) * rowHeight + 8
        let width = labelWidth + barMax + 40
        var svg = "<svg role=\"img\" aria-labelledby=\"chart2-title chart2-desc\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"chart2-title\">\(HTML.escape(w("completion-chart"))) (\(latest.date.date))</title>"
        svg += "<desc id=\"chart2-desc\">\(HTML.escape(w("chart-desc")))</desc>"
        var x = 0.0
        for (status, colour) in Self.statusColours {
            svg += "<rect x=\"\(n(x))\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>"
            let name = status.name(in: w.language)
            svg += "<text x=\"\(n(x + 16))\" y=\"16\">\(HTML.escape(name))</text>"
            x += 16 + Double(TextTable.width(name)) * 7 + 18
        }
        var rows: [[String]] = []
        for (row, entry) in items.enumerated() {
            let y = legendHeight + Double(row) * rowHeight
            let label = "\(entry.item.id) \(w.text(entry.item.title, or: ""))".withoutTrailingSpaces
            svg += "<text x=\"0\" y=\"\(n(y + barHeight - 3))\">\(HTML.escape(label))</text>"
            var offset = labelWidth
            for (status, colour) in Self.statusColours {
                let count = entry.counts[status] ?? 0
                guard count > 0 else { continue }
                let length = barMax * Double(count) / Double(total)
                svg += "<rect x=\"\(n(offset))\" y=\"\(n(y))\" width=\"\(n(length))\" height=\"\(n(barHeight))\" fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"1\"/>"
                offset += length
            }
            rows.append([label] + Self.statusColours.map { String(entry.counts[$0.0] ?? 0) })
        }
        svg += "</svg>"
        return figure(id: "chart2", title: "\(w("completion-chart")) (\(latest.date.date))", svg: svg,
                      table: HTML.table(caption: w("text-equivalent") + w.colon + "\(w("completion-chart")) (\(latest.date.date))",
                                        headings: [w("item")] + Self.statusColours.map { $0.0.name(in: w.language) }, rows: rows))
    }

    private func figure(id: String, title: String, svg: String, table: String) -> String {
        "<section aria-labelledby=\"\(id)-heading\"><h2 id=\"\(id)-heading\">\(HTML.escape(title))</h2>\n<figure>\(svg)<figcaption>\(HTML.escape(title))</figcaption></figure>\n\(table)</section>\n"
    }

    private func n(_ value: Double) -> String { QuantityFormat.number((value * 10).rounded() / 10) }
}
