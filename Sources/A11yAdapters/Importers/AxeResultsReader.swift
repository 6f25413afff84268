import A11yRules

/// Reads axe-core results: the object `axe.run()` resolves to (also what axe-selenium-python and
/// axe-playwright-python return), with the v1 reporter (nodes carry `failureSummary`) or v2 (only the
/// checks), and the array `@axe-core/cli --save` writes (one result per URL).
///
/// A result must name its axe-core version (`testEngine.version`, from 3.5 through 4.12) and its `url`;
/// anything else is a diagnostic, never a silently shorter result.
public struct AxeResultsReader: Sendable {
    /// The oldest and newest axe-core minor versions whose results are read.
    public static let supported = (from: (3, 5), through: (4, 12))

    /// The evidence file's path, for diagnostics.
    public var file: String

    /// Creates a reader for one file.
    public init(file: String) {
        self.file = file
    }

    /// Whether a parsed JSON document looks like axe-core results (an object with the four result lists, or an array of them).
    static func recognizes(_ tree: JSONTree) -> Bool {
        let first = tree.items?.first ?? tree
        guard let object = first.object else { return false }
        return ["violations", "passes", "incomplete", "inapplicable"].contains { object[$0] != nil } || object["testEngine"] != nil
    }

    /// The runs in a parsed document, and what was wrong with it.
    func read(_ tree: JSONTree) -> (runs: [ToolRun], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let results = tree.items ?? [tree]
        if results.isEmpty {
            diagnostics.append(error("evidence.empty", "the @axe-core/cli array at $ holds no result"))
        }
        var runs: [ToolRun] = []
        for result in results {
            if let run = run(result, &diagnostics) { runs.append(run) }
        }
        return (runs, diagnostics)
    }

    private func error(_ id: String, _ message: String, severity: Severity = .error) -> Diagnostic {
        Diagnostic(id: id, severity: severity, message: message, location: SourceLocation(file: file, line: 1, column: 1))
    }

    private func run(_ result: JSONTree, _ diagnostics: inout [Diagnostic]) -> ToolRun? {
        guard result.object != nil else {
            diagnostics.append(error("evidence.not-axe", "expected axe-core results at \(result.path) (an object with violations, incomplete, passes and inapplicable), found \(result.kindDescription)"))
            return nil
        }
        guard let version = result["testEngine"]?["version"]?.string else {
            diagnostics.append(error(
                "evidence.unknown-axe-version",
                "the axe-core results at \(result.path) do not say which axe-core version made them (expected testEngine.version, axe-core 3.5 to 4.12)"))
            return nil
        }
        guard Self.isSupported(version) else {
            diagnostics.append(error(
                "evidence.unsupported-axe-version",
                "axe-core \(version) at \(result.path).testEngine.version is not supported: the rule mapping is checked for axe-core 3.5 to 4.12"))
            return nil
        }
        guard let url = result["url"]?.string, !url.isEmpty else {
            diagnostics.append(error("evidence.missing-url", "the axe-core results at \(result.path) have no url (expected the tested page's address in url)"))
            return nil
        }
        var rules: [RuleResult] = []
        var lists = 0
        for (key, outcome) in [("violations", ToolOutcome.violation), ("incomplete", .incomplete), ("passes", .pass), ("inapplicable", .inapplicable)] {
            guard let list = result[key] else { continue }
            guard let items = list.items else {
                diagnostics.append(error("evidence.bad-axe-result", "expected \(list.path) to be a list of rule results, found \(list.kindDescription)"))
                continue
            }
            lists += 1
            for item in items {
                guard let id = item["id"]?.string else {
                    diagnostics.append(error("evidence.bad-axe-result", "the rule result at \(item.path) has no id"))
                    continue
                }
                let nodes = (item["nodes"]?.items ?? []).compactMap { node(outcome: outcome, $0) }
                rules.append(RuleResult(rule: id, outcome: outcome, help: item["help"]?.string, nodes: nodes, path: item.path))
            }
        }
        guard lists > 0 else {
            diagnostics.append(error("evidence.not-axe", "the axe-core results at \(result.path) hold none of violations, incomplete, passes, inapplicable"))
            return nil
        }
        return ToolRun(tool: "axe-core", version: version, axeVersion: version, url: url, time: result["timestamp"]?.string,
                       file: file, path: result.path, results: rules)
    }

    /// Whether `version` (`4.12.1`) lies in ``supported``.
    static func isSupported(_ version: String) -> Bool {
        let numbers = version.split(separator: ".").prefix(2).map { Int($0.prefix { $0.isNumber }) }
        guard numbers.count == 2, let major = numbers[0], let minor = numbers[1] else { return false }
        let (from, through) = supported
        return (major, minor) >= from && (major, minor) <= through
    }

    private func node(outcome: ToolOutcome, _ node: JSONTree) -> NodeResult? {
        let selector = Self.selector(node["target"])
        let checks = ["any", "all", "none"].flatMap { node[$0]?.items ?? [] }
        var message = node["failureSummary"]?.string
        if message == nil, outcome == .violation || outcome == .incomplete {
            let texts = checks.compactMap { $0["message"]?.string }
            message = texts.isEmpty ? nil : texts.joined(separator: "; ")
        }
        var result = NodeResult(selector: selector, message: message)
        if let contrast = checks.first(where: { ($0["id"]?.string ?? "").hasPrefix("color-contrast") })?["data"] {
            if let ratio = contrast["contrastRatio"]?.number, ratio > 0 { result.contrastRatio = ratio }
            result.expectedRatio = contrast["expectedContrastRatio"]?.string.flatMap(Self.ratio)
            result.fontSize = contrast["fontSize"]?.string
            result.fontWeight = contrast["fontWeight"]?.string
        }
        return result
    }

    /// `["iframe", "#x"]` → `iframe >> #x`; shadow-DOM targets are nested arrays, joined the same way.
    static func selector(_ target: JSONTree?) -> String {
        guard let target else { return "" }
        if let text = target.string { return text }
        return (target.items ?? []).map { item in item.string ?? (item.items ?? []).compactMap(\.string).joined(separator: " >> ") }
            .joined(separator: " >> ")
    }

    /// `4.5:1` → 4.5.
    static func ratio(_ text: String) -> Double? {
        Double(text.split(separator: ":").first.map(String.init) ?? text)
    }
}
