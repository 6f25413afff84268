import A11yRules

/// A readable summary for a person: score and grade, then failures first (most serious first), each with
/// its clause, observed and expected values; then missing data, unanswered manual items and waivers.
public struct TextReporter: ResultReporter {
    /// The `--format` name: `text`.
    public static let identifier = "text"

    /// The language of the labels, titles, grades and messages.
    public var language: Language
    /// Whether to list passed and inapplicable findings too.
    public var verbose: Bool

    /// Creates a reporter.
    public init(language: Language = .zh, verbose: Bool = false) {
        self.language = language
        self.verbose = verbose
    }

    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// One block per subject: scores and grades, outcome counts, then failures, missing data, manual items and waivers.
    ///
    /// Control characters that came from the input (an id, a name, a note) are shown as escapes
    /// such as `\u{1B}`, so that a report printed to a terminal cannot drive it.
    public func report(_ results: [SubjectResult], catalog: Catalog) -> String {
        report(results, catalog: catalog, coverage: FixPlanCoverage())
    }

    /// The report, with the fix plans' coverage kept by the caller across calls.
    func report(_ results: [SubjectResult], catalog: Catalog, coverage: FixPlanCoverage) -> String {
        results.map { subject($0, catalog: catalog, coverage: coverage).escapingControlCharacters() }.joined(separator: "\n")
    }

    private func subject(_ result: SubjectResult, catalog: Catalog, coverage: FixPlanCoverage) -> String {
        let names = SubjectNames(kind: result.kind, catalog: catalog, words: ReportWords(language: language))
        var out = ""
        let name = result.name.text(in: language) ?? result.id
        out += "\(name) (\(result.id)) — \(result.source)\n"
        for card in result.scorecards { scorecard(card, into: &out, catalog: catalog) }
        let counts = result.counts
        out += "  " + Outcome.allCases.map { "\(label($0)) \(counts[$0] ?? 0)" }.joined(separator: t("，", ", ")) + "\n"

        fixes(FixList(result, catalog: catalog, coverage: coverage), result, names: names, into: &out, catalog: catalog)
        section(&out, t("数据缺失，无法判定", "Missing data (cannot tell)"), result.findings.filter { $0.outcome == .cantTell }, names: names, catalog: catalog)
        let untested = result.findings.filter { $0.outcome == .untested }
        if !untested.isEmpty {
            out += "\n  " + t("待人工核查（\(untested.count) 项）", "Manual items not yet answered (\(untested.count))") + "\n"
            for finding in untested {
                let title = catalog.title(of: finding)?.text(in: language).map { " \($0)" } ?? ""
                out += "    \(finding.clause)\(title)\n"
            }
        }
        let waived = result.findings.filter { $0.waiver != nil }
        if !waived.isEmpty {
            out += "\n  " + t("豁免（照常报告，有效豁免不计分）", "Waivers (reported, never hidden; waivers in force are left out of scores)") + "\n"
            for finding in waived {
                guard let applied = finding.waiver else { continue }
                let what = names.instance(finding)
                out += "    \(finding.rule ?? finding.clause)  \(what)\(t("：", ": "))\(label(finding.outcome)) — \(waiverText(applied))\n"
            }
        }
        if verbose {
            section(&out, t("通过", "Passed"), result.findings.filter { $0.outcome == .passed }, names: names, catalog: catalog)
        }
        return out
    }

    /// A waiver's reason, its last day and whether it has expired.
    private func waiverText(_ applied: AppliedWaiver) -> String {
        let words = ReportWords(language: language)
        var text = applied.waiver.reason
        if let until = applied.waiver.until { text = words.continuing(text, t("，", ", "), t("有效期至 \(until)", "until \(until)")) }
        return text + (applied.isExpired ? t("（已过期，不再适用）", " (EXPIRED: no longer applies)") : "")
    }

    private func label(_ outcome: Outcome) -> String {
        switch outcome {
        case .passed: return t("通过", "passed")
        case .failed: return t("不通过", "failed")
        case .inapplicable: return t("不适用", "inapplicable")
        case .cantTell: return t("无法判定", "cantTell")
        case .untested: return t("未核查", "untested")
        }
    }

    func section(_ out: inout String, _ heading: String, _ findings: [Finding], names: SubjectNames, catalog: Catalog) {
        guard !findings.isEmpty else { return }
        out += "\n  \(heading)\n"
        for finding in findings {
            let what = names.instance(finding)
            let location = finding.location.map { "  \($0)" } ?? ""
            let unverified = finding.restsOnUnverifiedThreshold ? t("  [阈值未核实]", "  [threshold unverified]") : ""
            out += "    \(label(finding.severity))  \(finding.rule ?? finding.clause)  \(what)\(location)\(unverified)\n"
            detail(finding, names: names, into: &out, catalog: catalog)
        }
    }

    /// The lines under a finding's heading: its clause, observed and expected values, what is missing,
    /// why, its message, its waiver and the findings it is linked to.
    func detail(_ finding: Finding, names: SubjectNames, into out: inout String, catalog: Catalog) {
        if let title = catalog.title(of: finding)?.text(in: language) {
            let mandatory = catalog.clause(finding.clause)?.isMandatory == true ? t("（强制性条文）", " (mandatory)") : ""
            out += "           \(finding.clause) \(title)\(mandatory)\n"
        }
        if !finding.observed.isEmpty {
            out += "           " + t("实测：", "observed: ") + names.observed(finding) + "\n"
        }
        // A manual item's question is its message, in the report's language.
        if let expected = finding.expected, finding.rule != nil { out += "           " + t("要求：", "expected: ") + expected + "\n" }
        if !finding.missing.isEmpty { out += "           " + t("缺少：", "missing: ") + names.missing(finding) + "\n" }
        if let reason = finding.reason?.text(in: language) { out += "           " + t("说明：", "why: ") + reason + "\n" }
        if let message = finding.message?.text(in: language), finding.outcome != .untested { out += "           \(message)\n" }
        if let waiver = finding.waiver { out += "           " + t("豁免：", "waiver: ") + waiverText(waiver) + "\n" }
        if let governing = finding.corroborates {
            out += "           " + t("与 \(governing) 为同一缺陷，评分只计一次", "the same defect as \(governing): counted once in scores") + "\n"
        }
        if !finding.corroboratedBy.isEmpty {
            let others = finding.corroboratedBy.joined(separator: ", ")
            out += "           " + t("同一缺陷另见 \(others)，评分只计一次", "the same defect is also found by \(others): counted once in scores") + "\n"
        }
        if !finding.supersededBy.isEmpty {
            out += "           " + t("以 ", "governed by ") + finding.supersededBy.joined(separator: ", ") + t(" 为准（更严格的现行规范）", " (stricter current code)") + "\n"
        }
    }

    func label(_ severity: Severity) -> String {
        switch severity {
        case .error: return t("错误", "error")
        case .warning: return t("警告", "warning")
        case .note: return t("提示", "note")
        }
    }
}
