import A11yRules

extension TextReporter {
    /// The failures as a fix list: grouped by part instance, the most urgent instance first; each defect
    /// once, with what its fix wins and the findings the same repair mends under it; then, per scorecard
    /// below its pass mark, the fewest fixes that reach it; then failures no scorecard counts.
    func fixes(_ list: FixList, _ result: SubjectResult, names: SubjectNames, into out: inout String, catalog: Catalog) {
        let findings = result.findings
        if !list.entries.isEmpty {
            out += "\n  " + t("不通过：先改这些（按部位分组，最紧要的在前；“可得”为只修复该项时评分表得分的提高）",
                              "Failures: fix these first (grouped by part, most urgent first; \"wins\" is what fixing only that one adds to the scorecard's score)") + "\n"
        }
        var current: String?
        for (number, entry) in list.entries.enumerated() {
            let finding = findings[entry.finding]
            let place = (entry.isWaived ? "waived:" : "") + (finding.part ?? "") + "/" + finding.instance
            if place != current {
                current = place
                let what = finding.part.map { "\(names.part($0)) \(finding.instance)" } ?? t("对象本身 \(finding.instance)", "the subject \(finding.instance)")
                let waived = entry.isWaived ? t("（有效豁免，不计分）", " (waived: not counted)") : ""
                let location = finding.location.map { "  \($0)" } ?? ""
                out += "    \(what)\(waived)\(location)\n"
            }
            var line = "      \(number + 1). \(label(finding.severity))  \(finding.rule ?? finding.clause)"
            if entry.isVeto { line += t("  [否决项]", "  [veto]") }
            let gains = entry.gains.filter { $0.points > 0 || $0.best > 0 }
            if !gains.isEmpty {
                let text = gains.map { gain in
                    let now = QuantityFormat.number(gain.points), best = QuantityFormat.number(gain.best)
                    if gain.points > 0 { return t("+\(now) 分（\(gain.scorecard)）", "+\(now) (\(gain.scorecard))") }
                    return t("+0 分，待定项判定后最多 +\(best) 分（\(gain.scorecard)）", "+0 now, up to +\(best) once undecided checks are decided (\(gain.scorecard))")
                }
                line += t("  可得 ", "  wins ") + text.joined(separator: t("，", ", "))
            }
            out += line + "\n"
            detail(finding, names: names, into: &out, catalog: catalog)
            for index in entry.related {
                let other = findings[index]
                let title = catalog.title(of: other)?.text(in: language).map { " \($0)" } ?? ""
                out += "           " + t("同一修复也解决：", "the same fix also mends: ") + "\(other.rule ?? other.clause)\(title)\n"
            }
        }
        for scorecard in list.abridged { out += "\n  " + FixList.abridgedNote(scorecard, words: ReportWords(language: language)) + "\n" }
        for way in list.waysToPass {
            let mark = catalog.scorecard(way.scorecard)?.passMark.map(QuantityFormat.number) ?? ""
            let numbers = way.entries.map { "\($0 + 1)" }.joined(separator: t("、", ", "))
            var line = t("  要使 \(way.scorecard) 达到合格线 \(mark)，最少修复 \(way.entries.count) 项：第 \(numbers) 项；修复后得 \(QuantityFormat.number(way.scoreAfter)) 分",
                         "  To bring \(way.scorecard) to its pass mark \(mark), fix at least \(way.entries.count): number\(way.entries.count == 1 ? "" : "s") \(numbers); the score is then \(QuantityFormat.number(way.scoreAfter))")
            if way.undecided > 0 {
                line += t("（另有 \(way.undecided) 项待判定，结论还取决于这些项）", " (\(way.undecided) check\(way.undecided == 1 ? " is" : "s are") still undecided; the verdict also waits on \(way.undecided == 1 ? "it" : "them"))")
            }
            out += "\n" + line + "\n"
        }
        let uncounted = list.uncounted.map { findings[$0] }
        section(&out, t("不计分的不通过项（被现行规范取代，或不属于任何评分指标）", "Failures no scorecard counts (superseded by the current code, or outside every indicator)"),
                uncounted, names: names, catalog: catalog)
    }
}
