import A11yRules

/// Reads a Lighthouse report (LHR JSON, `lighthouse --output=json`): the audits the accessibility
/// category refers to (`categories.accessibility.auditRefs` → `audits`), which are axe-core rules
/// under the same ids.
///
/// `scoreDisplayMode` decides the outcome: `binary` with score 1 is a pass and below 1 a violation;
/// `notApplicable` is inapplicable; `informative`, and a binary audit that errored (score null), are
/// "needs review" (incomplete); `manual` audits are checks Lighthouse leaves to a person and are
/// listed, not imported.
public struct LighthouseReportReader: Sendable {
    /// The evidence file's path, for diagnostics.
    public var file: String

    /// Creates a reader for one file.
    public init(file: String) {
        self.file = file
    }

    static func recognizes(_ tree: JSONTree) -> Bool {
        tree["lighthouseVersion"] != nil
    }

    private func error(_ id: String, _ message: String, severity: Severity = .error) -> Diagnostic {
        Diagnostic(id: id, severity: severity, message: message, location: SourceLocation(file: file, line: 1, column: 1))
    }

    /// The run in a parsed report, the ids of its manual audits, and what was wrong with it.
    func read(_ tree: JSONTree) -> (runs: [ToolRun], manual: [String], diagnostics: [Diagnostic]) {
        let version = tree["lighthouseVersion"]?.string
        if let runtime = tree["runtimeError"], let message = runtime["message"]?.string ?? runtime["code"]?.string {
            return ([], [], [error("evidence.lighthouse-failed", "Lighthouse could not test the page: \(message) ($.runtimeError)")])
        }
        guard let url = tree["finalDisplayedUrl"]?.string ?? tree["finalUrl"]?.string ?? tree["requestedUrl"]?.string else {
            return ([], [], [error("evidence.missing-url", "the Lighthouse report has no finalDisplayedUrl, finalUrl or requestedUrl")])
        }
        guard let refs = tree["categories"]?["accessibility"]?["auditRefs"]?.items else {
            return ([], [], [error(
                "evidence.no-accessibility",
                "the Lighthouse report has no accessibility category (expected categories.accessibility.auditRefs; run Lighthouse with the accessibility category)")])
        }
        guard let audits = tree["audits"] else {
            return ([], [], [error("evidence.bad-lighthouse", "the Lighthouse report has no audits")])
        }
        let axe = tree["environment"]?["credits"]?["axe-core"]?.string
        var diagnostics: [Diagnostic] = []
        if let axe, !AxeResultsReader.isSupported(axe) {
            diagnostics.append(error(
                "evidence.unsupported-axe-version",
                "Lighthouse \(version ?? "?") ran axe-core \(axe) ($.environment.credits), which is not supported: the rule mapping is checked for axe-core 3.5 to 4.12"))
            return ([], [], diagnostics)
        }
        var results: [RuleResult] = []
        var manual: [String] = []
        for ref in refs {
            guard let id = ref["id"]?.string else {
                diagnostics.append(error("evidence.bad-lighthouse", "the audit reference at \(ref.path) has no id"))
                continue
            }
            guard let audit = audits[id] else {
                diagnostics.append(error("evidence.bad-lighthouse", "the accessibility category refers to the audit '\(id)', which $.audits does not hold"))
                continue
            }
            let mode = audit["scoreDisplayMode"]?.string ?? ""
            let outcome: ToolOutcome
            switch mode {
            case "manual":
                manual.append(id)
                continue
            case "notApplicable": outcome = .inapplicable
            case "informative", "error": outcome = .incomplete
            case "binary", "numeric":
                guard let score = audit["score"]?.number else { outcome = .incomplete; break }
                outcome = score >= 1 ? .pass : .violation
            default:
                diagnostics.append(error("evidence.bad-lighthouse", "the audit '\(id)' has an unknown scoreDisplayMode '\(mode)' (expected binary, manual, notApplicable or informative)"))
                continue
            }
            let nodes = (audit["details"]?["items"]?.items ?? []).compactMap(node)
            var help = audit["title"]?.string
            if let message = audit["errorMessage"]?.string { help = (help.map { $0 + ": " } ?? "") + message }
            results.append(RuleResult(rule: id, outcome: outcome, help: help, nodes: nodes, path: audit.path))
        }
        let run = ToolRun(tool: "lighthouse", version: version, axeVersion: axe, url: url, time: tree["fetchTime"]?.string,
                          file: file, path: "$", results: results)
        return ([run], manual, diagnostics)
    }

    /// A details item: `{node: {selector, snippet, explanation}}`. The contrast ratio is only in the
    /// explanation's text ("…insufficient color contrast of 2.85 (…) Expected contrast ratio of 4.5:1").
    private func node(_ item: JSONTree) -> NodeResult? {
        guard let node = item["node"] else { return nil }
        let explanation = node["explanation"]?.string
        var result = NodeResult(selector: node["selector"]?.string ?? "", message: explanation)
        if let explanation {
            result.contrastRatio = Self.number(after: "color contrast of ", in: explanation)
            result.expectedRatio = Self.number(after: "Expected contrast ratio of ", in: explanation)
            if let size = explanation.range(of: "font size: ") {
                result.fontSize = String(explanation[size.upperBound...].prefix { $0 != "," })
            }
        }
        return result
    }

    static func number(after marker: String, in text: String) -> Double? {
        guard let range = text.range(of: marker) else { return nil }
        return Double(String(text[range.upperBound...].prefix { $0.isNumber || $0 == "." }))
    }
}
