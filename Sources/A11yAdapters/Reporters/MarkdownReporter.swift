import A11yRules

/// The `markdown` format: a summary fit for a pull request, an issue or a work message.
///
/// Per subject: score, grade and veto of each scorecard; a table of its indicators; the failures to
/// fix first (see the order in the DocC article "Reports and formats"); the data still missing; the
/// manual items not yet answered; and the waivers with their expiry.
public struct MarkdownReporter: Reporter {
    /// The `--format` name: `markdown`.
    public static let identifier = "markdown"

    private let words: ReportWords
    private let catalog: Catalog
    private var count = 0
    /// Which indicators cover each clause, kept for every subject written.
    private let coverage = FixPlanCoverage()

    /// Creates a reporter in the context's language.
    public init(context: ReportContext) {
        words = ReportWords(language: context.language)
        catalog = context.catalog
    }

    private func e(_ text: String) -> String { MarkdownText.escape(text) }

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        let names = SubjectNames(kind: result.kind, catalog: catalog, words: words)
        var md = count > 0 ? "\n---\n\n" : ""
        count += 1
        md += "## \(e(words.name(result))) (\(MarkdownText.code(result.id)))\n\n"
        var meta: [String] = []
        if !result.region.isEmpty { meta.append(e(result.region.joined(separator: "/"))) }
        if let assessed = result.assessed { meta.append(words.t("评估日期 ", "assessed ") + assessed.description) }
        meta.append(MarkdownText.code(result.source))
        md += meta.joined(separator: " · ") + "\n\n"

        if !result.scorecards.isEmpty {
            md += words.t("| 评分表 | 得分 | 可能区间 | 等级 | 否决项 | 结论 |\n", "| Scorecard | Score | Possible range | Grade | Veto | Verdict |\n")
            md += "|---|---:|---|---|---|---|\n"
            for card in result.scorecards {
                let title = catalog.scorecard(card.id)?.title.text(in: words.language).map { " " + e($0) } ?? ""
                let bounds = ScoreBounds.text(ScoreBounds.of(card)) ?? words.t("不会变化", "cannot change")
                let veto = card.vetoed ? words.t("**未达标**", "**failed**") : words.t("无", "none")
                md += "| \(MarkdownText.code(card.id))\(title) | \(QuantityFormat.number(card.score)) / 100 | \(bounds) | \(e(words.grade(card))) | \(veto) | \(e(words.verdict(card))) |\n"
            }
            for card in result.scorecards {
                md += "\n### " + words.t("指标（\(card.id)）", "Indicators (\(card.id))") + "\n\n"
                md += words.t("| 指标 | 名称 | 得分 | 通过 | 不通过 | 待定 | 豁免 |\n", "| Indicator | Title | Points | Passed | Failed | Undecided | Waived |\n")
                md += "|---|---|---:|---:|---:|---:|---:|\n"
                for indicator in card.indicators {
                    let points = indicator.applicable
                        ? "\(QuantityFormat.number(indicator.score)) / \(QuantityFormat.number(indicator.points))"
                        : words.t("不适用", "not applicable")
                    let veto = indicator.vetoFailed ? words.t("（否决）", " (veto)") : ""
                    md += "| \(MarkdownText.code(indicator.id)) | \(e(words.text(indicator.title)))\(veto) | \(points) | \(indicator.passed) | \(indicator.failed) | \(indicator.undecided) | \(indicator.waived) |\n"
                }
            }
        }

        let list = FixList(result, catalog: catalog, coverage: coverage)
        md += "\n### " + words.t("先改这些：\(list.failureCount) 项不通过", "Fix these first: \(list.failureCount) failed") + "\n\n"
        if list.failureCount == 0 { md += words.t("没有不通过的检查。\n", "No check failed.\n") }
        for path in list.waysToPass { md += e(FixList.passPath(path, words: words)) + "\n\n" }
        for scorecard in list.abridged { md += e(FixList.abridgedNote(scorecard, words: words)) + "\n\n" }
        for (number, entry) in list.reportEntries(result, catalog: catalog).enumerated() {
            let finding = entry.finding
            let clause = catalog.clause(finding.clause)
            var line = "\(number + 1). **\(e(finding.rule ?? finding.clause))**"
            if let title = catalog.title(of: finding)?.text(in: words.language) { line += " " + e(title) }
            if clause?.isMandatory == true { line += words.t("（强制性条文）", " (mandatory)") }
            if entry.isVeto { line += words.t(" **否决项**", " **veto**") }
            if !entry.neededToPass.isEmpty { line += words.t(" **达标所需**", " **needed to pass**") }
            line += " — \(e(names.instance(finding)))" + words.t("：", ": ") + e(names.explanation(finding))
            let then = words.t("；", "; ")
            if !finding.observed.isEmpty { line = words.continuing(line, then, words.t("实测 ", "observed ") + e(names.observed(finding))) }
            // A manual item's question is its message, in the report's language (its `expected` is the English text).
            if let expected = finding.expected, finding.rule != nil {
                line = words.continuing(line, then, words.t("要求 ", "expected ") + MarkdownText.code(expected))
            }
            if let location = finding.location { line += " (\(MarkdownText.code(location.description)))" }
            if let gains = FixList.gains(entry, words: words) { line = words.continuing(line, then, words.t("修复可得 ", "a fix wins ") + e(gains)) }
            if let applied = finding.waiver {
                line = words.continuing(line, then, applied.isExpired ? words.t("豁免已过期", "waiver expired") : words.t("已豁免", "waived"))
            }
            if !entry.related.isEmpty {
                let mended = entry.related.map { MarkdownText.code($0.rule ?? $0.clause) }.joined(separator: ", ")
                line = words.continuing(line, then, words.t("同时解决 ", "also mends ") + mended)
            }
            md += line + "\n"
        }

        let missing = FixOrder.missingData(result.findings)
        if !missing.isEmpty {
            md += "\n### " + words.t("缺少的数据：\(missing.count) 项无法判定", "Missing data: \(missing.count) cannot be decided") + "\n\n"
            for finding in missing {
                md += "- **\(e(finding.rule ?? finding.clause))** \(e(names.instance(finding)))" + words.t("：", ": ") + e(names.explanation(finding))
                if let location = finding.location { md += " (\(MarkdownText.code(location.description)))" }
                md += "\n"
            }
        }
        let unanswered = FixOrder.unanswered(result.findings)
        if !unanswered.isEmpty {
            md += "\n### " + words.t("待人工核查：\(unanswered.count) 项", "To be checked by a person: \(unanswered.count)") + "\n\n"
            for finding in unanswered {
                let title = catalog.title(of: finding)?.text(in: words.language).map { " " + e($0) } ?? ""
                md += "- \(MarkdownText.code(finding.clause))\(title)\n"
            }
        }
        let waived = result.findings.filter { $0.waiver != nil }
        if !waived.isEmpty {
            md += "\n### " + words.t("豁免：\(waived.count) 项（照常报告）", "Waivers: \(waived.count) (reported, never hidden)") + "\n\n"
            for finding in waived {
                guard let applied = finding.waiver else { continue }
                let until = applied.waiver.until.map { words.t("有效期至 \($0)", "until \($0)") } ?? words.t("无期限", "no end date")
                let state = applied.isExpired ? words.t("（**已过期**）", " (**expired**)") : ""
                md += "- **\(e(finding.rule ?? finding.clause))** \(e(names.instance(finding)))" + words.t("（\(e(words.outcome(finding.outcome)))）：", " (\(e(words.outcome(finding.outcome)))): ")
                md += words.continuing(e(applied.waiver.reason), words.t("，", ", "), until) + state + "\n"
            }
        }
        try output.write(md)
    }
}
