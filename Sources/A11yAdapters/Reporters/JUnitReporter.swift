import A11yRules
import Foundation

/// The `junit` format: JUnit XML for CI test reports, valid against both the Ant (Windy Road) and the
/// Jenkins xunit schemas.
///
/// Mapping: one `<testsuite>` per subject and standard (a scorecard's own indicator rules form the
/// scorecard's suite), named `SUBJECT.STANDARD`, with the subject and its scorecard results as
/// properties; one `<testcase>` per finding, named by its rule (or manual clause) and instance.
/// failed → `<failure>` (type: the severity); cantTell, untested, inapplicable, and a failure a
/// waiver in force covers → `<skipped>` with the reason; passed → an empty test case. Nothing
/// undecided is ever reported as a pass. Times are `0` (rules take no measurable time); the
/// timestamp is the subject's assessed date, or ``ReportContext/reportTime`` when it has none.
///
/// Suites are written as subjects arrive, so a JSON Lines input of any size is streamed.
public struct JUnitReporter: Reporter {
    /// The `--format` name: `junit`.
    public static let identifier = "junit"

    private let words: ReportWords
    private let catalog: Catalog
    private let reportTime: ReportTime
    private var suiteID = 0

    /// Creates a reporter in the context's language.
    public init(context: ReportContext) {
        words = ReportWords(language: context.language)
        catalog = context.catalog
        reportTime = context.reportTime
    }

    public mutating func begin(to output: any ReportOutput) throws {
        try output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n")
    }

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        var groups: [(owner: String, findings: [Finding])] = []
        var position: [String: Int] = [:]
        for finding in result.findings {
            let owner = SARIFRuleTable.split(finding.clause).owner
            if let index = position[owner] {
                groups[index].findings.append(finding)
            } else {
                position[owner] = groups.count
                groups.append((owner, [finding]))
            }
        }
        if groups.isEmpty { groups.append((words.t("无适用条款", "no-clauses"), [])) }
        var text = ""
        for (number, group) in groups.enumerated() {
            text += suite(group.owner, findings: group.findings, result: result, withSubjectProperties: number == 0)
        }
        try output.write(text)
    }

    public mutating func end(to output: any ReportOutput) throws {
        try output.write("</testsuites>\n")
    }

    private mutating func suite(_ owner: String, findings: [Finding], result: SubjectResult, withSubjectProperties: Bool) -> String {
        var cases = ""
        var failures = 0, skipped = 0
        for finding in findings {
            let name = Self.token("\(finding.rule ?? finding.clause) \(words.instance(finding))")
            cases += "      <testcase name=\"\(MarkupText.attribute(name))\" classname=\"\(MarkupText.attribute(Self.token("\(result.id).\(owner)")))\" time=\"0\""
            let waived = finding.waiver.map { !$0.isExpired } ?? false
            switch finding.outcome {
            case .passed:
                cases += "/>\n"
            case .failed where !waived:
                failures += 1
                cases += ">\n        <failure message=\"\(MarkupText.attribute(words.explanation(finding)))\" type=\"\(finding.severity.rawValue)\">"
                cases += MarkupText.escape(details(finding)) + "</failure>\n      </testcase>\n"
            default:
                skipped += 1
                cases += ">\n        <skipped message=\"\(MarkupText.attribute(skipReason(finding, waived: waived)))\">"
                cases += MarkupText.escape(details(finding)) + "</skipped>\n      </testcase>\n"
            }
        }
        let stamp = result.assessed.map { "\($0.description)T00:00:00" } ?? reportTime.iso8601WithoutZone
        var text = "  <testsuite name=\"\(MarkupText.attribute(Self.token("\(result.id).\(owner)")))\" package=\"\(MarkupText.attribute(Self.token(result.id)))\""
        text += " id=\"\(suiteID)\" timestamp=\"\(stamp)\" hostname=\"localhost\" tests=\"\(findings.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"0\">\n"
        suiteID += 1
        text += "    <properties>\n"
        var properties: [(String, String)] = [("standard", owner)]
        if let title = (catalog.standard(owner)?.title ?? catalog.scorecard(owner)?.title)?.text(in: words.language) { properties.append(("standard.title", title)) }
        if withSubjectProperties {
            properties += [("subject", result.id), ("subject.name", words.name(result)), ("subject.kind", result.kind), ("subject.source", result.source)]
            if !result.region.isEmpty { properties.append(("subject.region", result.region.joined(separator: "/"))) }
            if let assessed = result.assessed { properties.append(("subject.assessed", assessed.description)) }
            for card in result.scorecards {
                properties += [
                    ("scorecard.\(card.id).score", QuantityFormat.number(card.score)),
                    ("scorecard.\(card.id).grade", words.grade(card)),
                    ("scorecard.\(card.id).verdict", words.verdict(card)),
                    ("scorecard.\(card.id).complete", card.isComplete ? "true" : "false"),
                ]
            }
        }
        for (name, value) in properties {
            text += "      <property name=\"\(MarkupText.attribute(Self.token(name)))\" value=\"\(MarkupText.attribute(value))\"/>\n"
        }
        text += "    </properties>\n" + cases + "    <system-out></system-out>\n    <system-err></system-err>\n  </testsuite>\n"
        return text
    }

    private func skipReason(_ finding: Finding, waived: Bool) -> String {
        if waived, let applied = finding.waiver {
            let until = applied.waiver.until.map { words.t("，有效期至 \($0)", ", until \($0)") } ?? ""
            return words.t("已豁免：", "waived: ") + applied.waiver.reason + until
        }
        switch finding.outcome {
        case .inapplicable: return words.t("不适用", "not applicable") + (finding.reason?.text(in: words.language).map { words.t("：\($0)", ": \($0)") } ?? "")
        case .untested: return words.t("待人工核查：", "not yet checked by a person: ") + (finding.message?.text(in: words.language) ?? finding.clause)
        default: return words.t("无法判定：", "cannot tell: ") + words.explanation(finding)
        }
    }

    private func details(_ finding: Finding) -> String {
        var lines: [String] = []
        if let title = catalog.title(ofClause: finding.clause)?.text(in: words.language) { lines.append("\(finding.clause) \(title)") }
        if !finding.observed.isEmpty { lines.append(words.t("实测：", "observed: ") + words.observed(finding)) }
        if let expected = finding.expected { lines.append(words.t("要求：", "expected: ") + expected) }
        if !finding.missing.isEmpty { lines.append(words.t("缺少：", "missing: ") + finding.missing.joined(separator: ", ")) }
        if let location = finding.location { lines.append(words.t("位置：", "at: ") + location.description) }
        if let applied = finding.waiver {
            lines.append(words.t("豁免：", "waiver: ") + applied.waiver.reason + (applied.isExpired ? words.t("（已过期）", " (expired)") : ""))
        }
        return lines.joined(separator: "\n")
    }

    /// `text` as an `xs:token`: line ends and runs of spaces collapsed, no space at either end.
    static func token(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
