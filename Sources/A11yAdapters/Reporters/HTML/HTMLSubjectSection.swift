import A11yRules

/// One subject's part of the HTML report, as an `<article>`.
struct HTMLSubjectSection {
    let result: SubjectResult
    let number: Int
    let context: ReportContext
    /// Which indicators cover each clause, kept by the reporter across subjects.
    var coverage = FixPlanCoverage()

    private var words: ReportWords { ReportWords(language: context.language) }
    private var names: SubjectNames { SubjectNames(kind: result.kind, catalog: catalog, words: words) }
    private var catalog: Catalog { context.catalog }
    private func e(_ text: String) -> String { MarkupText.escape(text) }
    private var prefix: String { "s\(number)" }

    var html: String {
        var out = "<article class=\"subject\" aria-labelledby=\"\(prefix)-title\">\n"
        out += "<h2 id=\"\(prefix)-title\">\(e(words.name(result)))</h2>\n"
        out += meta()
        for (index, card) in result.scorecards.enumerated() { out += scorecard(card, index: index) }
        out += failures()
        out += missingData()
        out += unanswered()
        out += waivers()
        out += signoff()
        return out + "</article>\n"
    }

    private func meta() -> String {
        var rows: [(String, String)] = [(words.t("对象编号", "Subject id"), "<code>\(e(result.id))</code>")]
        if !result.region.isEmpty { rows.append((words.t("所在地区", "Region"), e(result.region.joined(separator: " / ")))) }
        rows.append((words.t("评估日期", "Assessed on"), result.assessed.map { e($0.description) } ?? words.t("未注明", "not stated")))
        rows.append((words.t("数据文件", "Subject file"), "<code>\(e(result.source))</code>"))
        let answeredBy = Array(Set(result.findings.compactMap { $0.answer?.by })).sorted()
        if !answeredBy.isEmpty { rows.append((words.t("人工核查人", "Checked by"), e(answeredBy.joined(separator: words.t("、", ", "))))) }
        let counts = result.counts
        let summary = Outcome.allCases.map { "\(words.outcome($0)) \(counts[$0] ?? 0)" }.joined(separator: words.t("，", ", "))
        rows.append((words.t("检查结果", "Findings"), e(summary)))
        return "<dl class=\"meta\">\n" + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n"
    }

    private func scorecard(_ card: ScorecardResult, index: Int) -> String {
        let id = "\(prefix)-card\(index + 1)"
        let title = catalog.scorecard(card.id)?.title.text(in: context.language).map { " " + e($0) } ?? ""
        var out = "<section class=\"scorecard\" aria-labelledby=\"\(prefix)-title \(id)\">\n<h3 id=\"\(id)\"><code>\(e(card.id))</code>\(title)</h3>\n"
        out += "<p class=\"score\">\(QuantityFormat.number(card.score)) <span>\(words.t("/ 100 分", "/ 100"))\(card.isComplete ? "" : words.t("（暂定）", " (provisional)"))</span></p>\n"
        var facts: [String] = []
        facts.append(words.t("等级：", "Grade: ") + e(words.grade(card)))
        if let mark = card.passMark { facts.append(words.t("合格线：", "Pass mark: ") + QuantityFormat.number(mark)) }
        if let bounds = ScoreBounds.text(ScoreBounds.of(card)) { facts.append(words.t("补齐数据后可能得分：", "Possible once data are complete: ") + bounds) }
        facts.append(words.t("否决项：", "Veto: ") + (card.vetoed ? "<span class=\"fail\">\(words.t("未达标", "failed"))</span>" : words.t("无", "none")))
        let verdictClass = card.passed ? "ok" : (card.isComplete || card.vetoed ? "fail" : "undecided")
        facts.append(words.t("结论：", "Verdict: ") + "<span class=\"\(verdictClass)\">\(e(words.verdict(card)))</span>")
        out += "<ul class=\"facts\">\n" + facts.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
        if !card.isComplete {
            let undecided = card.indicators.filter(\.applicable).reduce(0) { $0 + $1.undecided }
            out += "<p class=\"note\">\(words.t("有 \(undecided) 项检查缺少数据或待人工核查，得分和等级为暂定；见下文“待补充的数据”和“待人工核查”。", "\(undecided) checks lack data or a person's answer, so the score and grade are provisional; see “Data to collect” and “To be checked by a person” below."))</p>\n"
        }
        out += "<table>\n<caption>\(words.t("各项指标得分", "Indicator scores"))</caption>\n<thead><tr>"
        let headers = words.language == .zh
            ? ["指标", "名称", "得分", "图示", "通过", "不通过", "待定", "豁免"]
            : ["Indicator", "Title", "Points", "Chart", "Passed", "Failed", "Undecided", "Waived"]
        out += headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for indicator in card.indicators {
            let points: String
            let bar: String
            if indicator.applicable {
                points = "\(QuantityFormat.number(indicator.score)) / \(QuantityFormat.number(indicator.points))"
                bar = SVGBar(value: indicator.score, maximum: indicator.points, width: 120, height: 12).svg(fill: indicator.failed > 0 ? "#a4161a" : "#1b5e20")
            } else {
                points = words.t("不适用", "not applicable")
                bar = ""
            }
            let veto = indicator.vetoFailed ? " <span class=\"fail\">\(words.t("否决", "veto"))</span>" : ""
            out += "<tr><th scope=\"row\"><code>\(e(indicator.id))</code></th><td>\(e(words.text(indicator.title)))\(veto)</td>"
            out += "<td class=\"num\">\(points)</td><td>\(bar)</td><td class=\"num\">\(indicator.passed)</td>"
            out += "<td class=\"num\">\(indicator.failed > 0 ? "<span class=\"fail\">\(indicator.failed)</span>" : "0")</td>"
            out += "<td class=\"num\">\(indicator.undecided > 0 ? "<span class=\"undecided\">\(indicator.undecided)</span>" : "0")</td>"
            out += "<td class=\"num\">\(indicator.waived)</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func failures() -> String {
        let list = FixList(result, catalog: catalog, coverage: coverage)
        let id = "\(prefix)-failures"
        var out = "<section aria-labelledby=\"\(prefix)-title \(id)\">\n<h3 id=\"\(id)\">\(words.t("不通过：先改这些（\(list.failureCount) 项）", "Failures: fix these first (\(list.failureCount))"))</h3>\n"
        guard list.failureCount > 0 else { return out + "<p>\(words.t("没有不通过的检查。", "No check failed."))</p>\n</section>\n" }
        for path in list.waysToPass { out += "<p>\(e(FixList.passPath(path, words: words)))</p>\n" }
        for scorecard in list.abridged { out += "<p>\(e(FixList.abridgedNote(scorecard, words: words)))</p>\n" }
        out += "<ol class=\"findings\">\n"
        for entry in list.reportEntries(result, catalog: catalog) {
            let finding = entry.finding
            let clause = catalog.clause(finding.clause)
            let waived = finding.waiver.map { !$0.isExpired } ?? false
            out += "<li\(waived ? " class=\"waived\"" : "")>\n<h4><code>\(e(finding.rule ?? finding.clause))</code>"
            if let title = catalog.title(of: finding)?.text(in: context.language) { out += " " + e(title) }
            if clause?.isMandatory == true { out += " <span class=\"fail\">\(words.t("强制性条文", "mandatory provision"))</span>" }
            if entry.isVeto { out += " <span class=\"fail\">\(words.t("否决项", "veto"))</span>" }
            if !entry.neededToPass.isEmpty { out += " <span class=\"tag\">\(words.t("达标所需", "needed to pass"))</span>" }
            out += "</h4>\n<p>\(e(names.explanation(finding)))</p>\n<dl>\n"
            var rows: [(String, String)] = [
                (words.t("严重程度", "Severity"), e(words.severity(finding.severity))),
                (words.t("条款", "Clause"), "<code>\(e(finding.clause))</code>"),
                (words.t("部位", "Where"), e(names.instance(finding))),
            ]
            if !finding.observed.isEmpty { rows.append((words.t("实测", "Observed"), e(names.observed(finding)))) }
            // A manual item's question is its message, in the report's language (its `expected` is the English text).
            if let expected = finding.expected, finding.rule != nil { rows.append((words.t("要求", "Expected"), "<code>\(e(expected))</code>")) }
            if let location = finding.location { rows.append((words.t("数据位置", "Source line"), "<code>\(e(location.description))</code>")) }
            if let gains = FixList.gains(entry, words: words) { rows.append((words.t("修复可得", "A fix wins"), e(gains))) }
            if let applied = finding.waiver { rows.append((words.t("豁免", "Waiver"), e(waiverText(applied)))) }
            if !finding.supersededBy.isEmpty {
                rows.append((words.t("以此为准", "Governed by"), e(finding.supersededBy.joined(separator: ", ")) + words.t("（更严格的现行规范）", " (stricter current code)")))
            }
            if !entry.related.isEmpty {
                let mended = entry.related.map { related in
                    "<code>\(e(related.rule ?? related.clause))</code>" + (catalog.title(of: related)?.text(in: context.language).map { " " + e($0) } ?? "")
                }.joined(separator: words.t("；", "; "))
                rows.append((words.t("同时解决", "Also mends"), mended))
            }
            out += rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    private func missingData() -> String {
        let missing = FixOrder.missingData(result.findings)
        guard !missing.isEmpty else { return "" }
        let id = "\(prefix)-missing"
        var out = "<section aria-labelledby=\"\(prefix)-title \(id)\">\n<h3 id=\"\(id)\">\(words.t("待补充的数据（\(missing.count) 项无法判定）", "Data to collect (\(missing.count) cannot be decided)"))</h3>\n"
        out += "<table>\n<caption>\(words.t("补齐这些数据后重新评估", "Collect these data and evaluate again"))</caption>\n<thead><tr>"
        let headers = words.language == .zh ? ["检查", "部位", "需要的数据或原因", "数据位置"] : ["Check", "Where", "Data needed or reason", "Source line"]
        out += headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for finding in missing {
            out += "<tr><td><code>\(e(finding.rule ?? finding.clause))</code></td><td>\(e(names.instance(finding)))</td>"
            out += "<td>\(e(names.explanation(finding)))</td><td>\(finding.location.map { "<code>\(e($0.description))</code>" } ?? "")</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func unanswered() -> String {
        let items = FixOrder.unanswered(result.findings)
        guard !items.isEmpty else { return "" }
        let id = "\(prefix)-manual"
        var out = "<section aria-labelledby=\"\(prefix)-title \(id)\">\n<h3 id=\"\(id)\">\(words.t("待人工核查（\(items.count) 项）", "To be checked by a person (\(items.count))"))</h3>\n"
        out += "<table>\n<caption>\(words.t("在数据文件的 answers 中记录核查结果", "Record the answers under answers in the subject file"))</caption>\n<thead><tr>"
        let headers = words.language == .zh ? ["条款", "名称", "核查问题"] : ["Clause", "Title", "Question"]
        out += headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for finding in items {
            let clause = catalog.clause(finding.clause)
            out += "<tr><td><code>\(e(finding.clause))</code></td><td>\(e(words.text(catalog.title(of: finding))))</td>"
            out += "<td>\(e(finding.message?.text(in: context.language) ?? clause?.question?.text(in: context.language) ?? ""))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func waivers() -> String {
        let waived = result.findings.filter { $0.waiver != nil }
        guard !waived.isEmpty else { return "" }
        let id = "\(prefix)-waivers"
        var out = "<section aria-labelledby=\"\(prefix)-title \(id)\">\n<h3 id=\"\(id)\">\(words.t("豁免（\(waived.count) 项，照常报告）", "Waivers (\(waived.count), reported, never hidden)"))</h3>\n"
        out += "<table>\n<caption>\(words.t("有效豁免不计分；过期后不再适用", "Waivers in force are left out of scores; expired ones no longer apply"))</caption>\n<thead><tr>"
        let headers = words.language == .zh ? ["检查", "部位", "结果", "理由", "有效期至", "状态"] : ["Check", "Where", "Outcome", "Reason", "Until", "Status"]
        out += headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for finding in waived {
            guard let applied = finding.waiver else { continue }
            out += "<tr><td><code>\(e(finding.rule ?? finding.clause))</code></td><td>\(e(names.instance(finding)))</td>"
            out += "<td>\(e(words.outcome(finding.outcome)))</td><td>\(e(applied.waiver.reason))\(applied.waiver.by.map { e(words.t("（批准：\($0)）", " (granted by \($0))")) } ?? "")</td>"
            out += "<td>\(e(applied.waiver.until?.description ?? words.t("未注明", "not stated")))</td>"
            out += "<td>\(applied.isExpired ? "<span class=\"fail\">\(words.t("已过期，不再适用", "expired: no longer applies"))</span>" : words.t("有效", "in force"))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func waiverText(_ applied: AppliedWaiver) -> String {
        var text = applied.waiver.reason
        if let until = applied.waiver.until { text = words.continuing(text, words.t("，", ", "), words.t("有效期至 \(until)", "until \(until)")) }
        return text + (applied.isExpired ? words.t("（已过期，不再适用）", " (expired: no longer applies)") : "")
    }

    private func signoff() -> String {
        let id = "\(prefix)-signoff"
        var out = "<section class=\"signoff\" aria-labelledby=\"\(prefix)-title \(id)\">\n<h3 id=\"\(id)\">\(words.t("签署", "Sign-off"))</h3>\n<dl>\n"
        let rows = words.language == .zh
            ? ["评估人（签名）", "日期", "审核人（签名）", "日期"]
            : ["Assessor (signature)", "Date", "Reviewer (signature)", "Date"]
        out += rows.map { "<dt>\($0)</dt><dd></dd>\n" }.joined()
        return out + "</dl>\n</section>\n"
    }
}
