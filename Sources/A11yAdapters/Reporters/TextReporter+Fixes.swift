import A11yRules

extension TextReporter {
    /// The failures as a fix list (``FixList``): grouped by part instance in the fix plans' order; each
    /// defect once, with what its fix wins, whether it is needed to pass, and the findings the same repair
    /// mends under it; then, per scorecard below its pass mark, the fewest fixes that reach it; then the
    /// failures no scorecard counts.
    func fixes(_ list: FixList, into out: inout String, catalog: Catalog) {
        let counted = list.entries.filter { !$0.gains.isEmpty }
        let words = ReportWords(language: language)
        if !counted.isEmpty {
            out += "\n  " + t("不通过：先改这些（按部位分组，最紧要的在前；“可得”为只修复该项时评分表得分的提高）",
                              "Failures: fix these first (grouped by part, most urgent first; \"wins\" is what fixing only that one adds to the scorecard's score)") + "\n"
        }
        var current: String?
        for (number, entry) in counted.enumerated() {
            let finding = entry.finding
            let place = (entry.isWaived ? "waived:" : "") + (finding.part ?? "") + "/" + finding.instance
            if place != current {
                current = place
                let what = finding.part.map { "\($0) \(finding.instance)" } ?? t("对象本身 \(finding.instance)", "the subject \(finding.instance)")
                let waived = entry.isWaived ? t("（有效豁免，不计分）", " (waived: not counted)") : ""
                let location = finding.location.map { "  \($0)" } ?? ""
                out += "    \(what)\(waived)\(location)\n"
            }
            var line = "      \(number + 1). \(label(finding.severity))  \(finding.rule ?? finding.clause)"
            if entry.isVeto { line += t("  [否决项]", "  [veto]") }
            if !entry.neededToPass.isEmpty { line += t("  [达标所需]", "  [needed to pass]") }
            let gains = entry.gains.filter { $0.gain > 0 || $0.best > 0 }
            if !gains.isEmpty {
                let text = gains.map { gain in
                    let now = QuantityFormat.number(gain.gain), best = QuantityFormat.number(gain.best)
                    if gain.gain > 0 { return t("+\(now) 分（\(gain.scorecard)）", "+\(now) (\(gain.scorecard))") }
                    return t("+0 分，待定项判定后最多 +\(best) 分（\(gain.scorecard)）", "+0 now, up to +\(best) once undecided checks are decided (\(gain.scorecard))")
                }
                line += t("  可得 ", "  wins ") + text.joined(separator: t("，", ", "))
            }
            out += line + "\n"
            detail(finding, into: &out, catalog: catalog)
            for other in entry.related {
                let title = catalog.clause(other.clause)?.title.text(in: language).map { " \($0)" } ?? ""
                out += "           " + t("同一修复也解决：", "the same fix also mends: ") + "\(other.rule ?? other.clause)\(title)\n"
            }
        }
        for path in list.passPaths { out += "\n  " + FixList.passPath(path, words: words) + "\n" }
        section(&out, t("不计分的不通过项（被现行规范取代，或不属于任何评分指标）", "Failures no scorecard counts (superseded by the current code, or outside every indicator)"),
                list.entries.filter(\.gains.isEmpty).map(\.finding), catalog: catalog)
    }
}
