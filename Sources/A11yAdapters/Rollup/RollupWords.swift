import Foundation
import A11yRules
import A11yRollup

/// The words and number formats every rollup report shares, in Chinese and in English.
struct RollupWords {
    let language: Language

    private static let table: [String: (zh: String, en: String)] = [
        "heading": ("进度汇总", "progress rollup"),
        "programme": ("方案", "Programme"),
        "reports": ("报送日期", "Reporting dates"),
        "phases": ("实施步骤", "Phases"),
        "report": ("报送", "Report"),
        "division": ("区划", "Division"),
        "item": ("方案事项", "Plan item"),
        "item-title": ("事项名称", "Item"),
        "indicator": ("指标", "Indicator"),
        "checks": ("检查：通过 / 不通过 / 数据不全", "Checks: passed / failed / lacking data"),
        "status": ("状态", "Status"),
        "score": ("得分率", "Score"),
        "score-min": ("得分率下限", "Score at least"),
        "score-max": ("得分率上限", "Score at most"),
        "bounds": ("范围", "range"),
        "change": ("较上次", "Change"),
        "delta": ("得分率变化", "Score change"),
        "reported": ("已报送对象", "Subjects reported"),
        "missing": ("缺报对象", "Subjects missing"),
        "items-done": ("完成事项", "Items done"),
        "passed": ("达标对象", "Subjects passing"),
        "city": ("全市", "City-wide"),
        "divisions-reported": ("已报送区划", "Divisions reported"),
        "not-reported": ("未报送区划", "Divisions not reported"),
        "newly-done": ("新完成", "Newly done"),
        "regressions": ("倒退", "Regressions"),
        "failures": ("全市共性问题（按涉及区划数排序）", "City-wide failures, by how many divisions share them"),
        "failure": ("问题", "Failure"),
        "divisions": ("涉及区划", "Divisions"),
        "subjects": ("涉及对象", "Subjects"),
        "problems": ("未能归入汇总的结果", "Results that could not be placed"),
        "duplicates": ("同一报送期重复报送（两份结果都已计入，汇总不完整）", "Reported twice for the same date (both counted; the rollup is not clean)"),
        "none": ("无", "none"),
        "detail": ("各区划事项进度", "Items by division"),
        "since": ("对比", "since"),
        "all-subjects": ("全部对象", "all subjects"),
        "progress-chart": ("各区划完成事项数（按报送日期）", "Items done per division, by reporting date"),
        "completion-chart": ("各指标完成区划数", "Divisions done, per indicator"),
        "text-equivalent": ("图表数据", "Chart data"),
        "status-rule": ("状态规则：指标全部检查通过（或豁免）且应报对象均已报送为“已完成”；没有任何检查通过为“未启动”；其余为“推进中”；应报对象均未报送为“未报送”。",
                        "Status rule: an indicator is done when every check passed (or is waived) and every expected subject reported; not started when no check passed; in progress otherwise; not reported when no expected subject reported."),
        "chart-desc": ("图中数据见紧随其后的表格。", "The chart's data are in the table that follows it."),
    ]

    /// The word for `key`.
    func callAsFunction(_ key: String) -> String {
        guard let entry = Self.table[key] else { return key }
        return language == .zh ? entry.zh : entry.en
    }

    /// The colon after a label.
    var colon: String { language == .zh ? "：" : ": " }

    /// A localized text in this language, or the fallback.
    func text(_ text: LocalizedText, or fallback: String) -> String { text.text(in: language) ?? fallback }

    /// A percentage with one decimal (`92.3%`), or an en dash when there is none.
    func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return QuantityFormat.number((value * 10).rounded() / 10) + "%"
    }

    /// A signed change in percentage points (`+5.1`, `−3.2`, `±0`).
    func delta(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        let rounded = (value * 10).rounded() / 10
        if rounded == 0 { return "±0" }
        return (rounded > 0 ? "+" : "−") + QuantityFormat.number(abs(rounded))
    }

    /// `92.3%（90.1–95.0）` when provisional, else `92.3%`.
    func share(_ share: ScoreShare) -> String {
        guard share.points > 0 else { return "–" }
        guard share.isProvisional else { return percent(share.percent) }
        let (open, close) = language == .zh ? ("（", "）") : (" (", ")")
        return percent(share.percent) + open + percent(share.minPercent) + "–" + percent(share.maxPercent) + close
    }

    /// The change of an item or indicator, in words.
    func change(_ change: ProgressChange?, reports: [ReportingDate]) -> String {
        guard let change else { return "–" }
        var words: [String] = []
        if change.isNewlyDone { words.append(self("newly-done")) }
        if change.isRegression { words.append(self("regressions")) }
        words.append(delta(change.scoreDelta))
        let since = reports.indices.contains(change.since) ? reports[change.since].date.description : "?"
        return words.joined(separator: language == .zh ? "，" : ", ") + (language == .zh ? "（对比 \(since)）" : " (since \(since))")
    }

    /// The name of a failure: its clause's or indicator's title, after its id.
    func failure(_ id: String, catalog: Catalog) -> String {
        let owner = id.split(separator: "#", maxSplits: 1).first.map(String.init) ?? id
        if let clause = catalog.clause(owner), let title = clause.title.text(in: language) { return "\(id) \(title)" }
        let parts = owner.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 2, let indicator = catalog.scorecard(parts[0])?.indicators.first(where: { $0.id == parts[1] }),
           let title = indicator.title.text(in: language) {
            return "\(id) \(title)"
        }
        return id
    }

    /// A subject's name and id.
    func subject(_ subject: ExpectedSubject) -> String {
        if let name = subject.name.text(in: language) { return "\(name)（\(subject.id)）".replacingParentheses(language) }
        return subject.id
    }

    /// A problem's explanation.
    func problem(_ problem: RollupProblem) -> String {
        let date = problem.assessed?.description ?? "–"
        switch (problem.kind, language) {
        case (.notInProgramme, .zh): return "\(problem.source)：对象 \(problem.subject) 不在方案所列对象中"
        case (.notInProgramme, .en): return "\(problem.source): subject \(problem.subject) is not one the programme expects"
        case (.undated, .zh): return "\(problem.source)：对象 \(problem.subject) 的结果没有评估日期（assessed），无法归入报送期"
        case (.undated, .en): return "\(problem.source): the result of \(problem.subject) has no assessed date and cannot be placed at a reporting date"
        case (.afterLastReport, .zh): return "\(problem.source)：对象 \(problem.subject) 评估于 \(date)，晚于最后一个报送日期"
        case (.afterLastReport, .en): return "\(problem.source): \(problem.subject) was assessed on \(date), after the last reporting date"
        case (.missingScorecard, .zh): return "\(problem.source)：对象 \(problem.subject)（\(date)）的结果没有方案指定的记分卡"
        case (.missingScorecard, .en): return "\(problem.source): the result of \(problem.subject) (\(date)) has no result for the scorecard the programme judges it by"
        }
    }
}

extension String {
    fileprivate func replacingParentheses(_ language: Language) -> String {
        language == .zh ? self : replacingOccurrences(of: "（", with: " (").replacingOccurrences(of: "）", with: ")")
    }
}
