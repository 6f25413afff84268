import A11yRules

/// One page as a testing tool saw it: which tool, which page, when, and each of the tool's rules there.
///
/// The readers (``AxeResultsReader``, ``LighthouseReportReader``) turn their formats into runs;
/// ``EvidenceBuilder`` turns runs into evidence for a subject's pages.
public struct ToolRun: Sendable, Hashable {
    /// The tool: `axe-core` or `lighthouse`.
    public var tool: String
    /// The tool's version, e.g. `4.12.1`.
    public var version: String?
    /// The axe-core version whose rule ids the results use (the tool's own for axe; Lighthouse's bundled copy).
    public var axeVersion: String?
    /// The page tested.
    public var url: String
    /// When the tool ran (ISO 8601, as written).
    public var time: String?
    /// The evidence file.
    public var file: String
    /// Where in the file this run is, as a JSON path (`$[2]` for the third result of an `@axe-core/cli` array).
    public var path: String
    /// The results, one per rule the tool reported.
    public var results: [RuleResult]

    /// Creates a run.
    public init(tool: String, version: String?, axeVersion: String?, url: String, time: String?, file: String, path: String,
                results: [RuleResult]) {
        self.tool = tool
        self.version = version
        self.axeVersion = axeVersion
        self.url = url
        self.time = time
        self.file = file
        self.path = path
        self.results = results
    }
}

/// How a tool's rule ended on a page, in axe's words (Lighthouse's are translated to them).
public enum ToolOutcome: String, Sendable, Hashable, CaseIterable {
    /// At least one element fails the rule.
    case violation
    /// "Needs review": the tool could not decide for at least one element.
    case incomplete
    /// Every element the rule applies to passed the rule's automated test.
    case pass
    /// Nothing on the page for the rule to test.
    case inapplicable
}

/// One rule's result on one page.
public struct RuleResult: Sendable, Hashable {
    /// The rule id (`color-contrast`; for Lighthouse the audit id, which is the axe rule id).
    public var rule: String
    /// How it ended.
    public var outcome: ToolOutcome
    /// The rule's one-line help, in the tool's language (English).
    public var help: String?
    /// The elements it names.
    public var nodes: [NodeResult]
    /// Where in the file it is (`$.violations[3]`).
    public var path: String

    /// Creates a result.
    public init(rule: String, outcome: ToolOutcome, help: String? = nil, nodes: [NodeResult] = [], path: String) {
        self.rule = rule
        self.outcome = outcome
        self.help = help
        self.nodes = nodes
        self.path = path
    }
}

/// One element a rule result names, with what the tool measured there.
public struct NodeResult: Sendable, Hashable {
    /// The element's CSS selector (frames and shadow roots joined with ` >> `).
    public var selector: String
    /// The tool's message about it (axe's `failureSummary`, or its checks' messages).
    public var message: String?
    /// The contrast ratio the tool measured (`color-contrast`), when it measured one.
    public var contrastRatio: Double?
    /// The ratio the element needs (4.5 for normal text, 3 for large text under `color-contrast`).
    public var expectedRatio: Double?
    /// The font size the tool read, as it wrote it (`12.0pt (16px)`).
    public var fontSize: String?
    /// The font weight the tool read (`normal`, `bold`).
    public var fontWeight: String?

    /// Creates a node.
    public init(selector: String, message: String? = nil, contrastRatio: Double? = nil, expectedRatio: Double? = nil,
                fontSize: String? = nil, fontWeight: String? = nil) {
        self.selector = selector
        self.message = message
        self.contrastRatio = contrastRatio
        self.expectedRatio = expectedRatio
        self.fontSize = fontSize
        self.fontWeight = fontWeight
    }
}
