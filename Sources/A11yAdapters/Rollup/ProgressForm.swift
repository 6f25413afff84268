import A11yRules
import A11yRollup

/// The progress form of plan 四(二): one row per reporting date, division and plan item, as a
/// division would fill it in. CSV, Markdown, HTML and text reports all read it.
struct ProgressForm {
    /// One row of the form.
    struct Row {
        var report: ReportProgress
        var division: DivisionProgress
        var item: ItemProgress
    }

    let rollup: Rollup
    let words: RollupWords

    /// The column headings.
    var headings: [String] {
        ["report", "division", "item", "item-title", "status", "score", "score-min", "score-max", "change", "missing"].map { words($0) }
    }

    /// The rows, date by date, division by division, item by item; `only` keeps one reporting date.
    func rows(only report: Int? = nil) -> [Row] {
        rollup.reports.filter { report == nil || $0.index == report }.flatMap { report in
            report.divisions.flatMap { division in division.items.map { Row(report: report, division: division, item: $0) } }
        }
    }

    /// A row's cells, in heading order.
    func cells(_ row: Row) -> [String] {
        let share = row.item.share
        let missing = row.division.missing.filter { subject in
            row.division.indicators.contains { $0.item.map { rollup.programme.items[$0].id } == row.item.item.id && $0.scorecard == subject.scorecard }
        }
        return [
            row.report.date.date.description,
            words.text(row.division.division.name, or: row.division.division.id),
            row.item.item.id,
            words.text(row.item.item.title, or: row.item.item.id),
            row.item.status.name(in: words.language),
            words.percent(share.percent),
            share.points > 0 ? words.percent(share.minPercent) : "–",
            share.points > 0 ? words.percent(share.maxPercent) : "–",
            words.change(row.item.change, reports: rollup.programme.reports),
            missing.map(words.subject).joined(separator: words.language == .zh ? "、" : "; "),
        ]
    }
}
