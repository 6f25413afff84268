/// Where an imported finding came from: the tool that produced it, on which page, when, and which of
/// the tool's rules and elements it rests on.
///
/// Written in a subject file as the `source:` of an answer or an `evidence:` entry:
/// `{tool: axe-core, version: 4.12.1, url: "https://…/", time: "2026-12-01T19:00:00Z",
/// rules: [color-contrast], selectors: [".news-date"], confidence: primary, file: home.axe.json}`.
public struct EvidenceSource: Sendable, Hashable {
    /// The tool, e.g. `axe-core` or `lighthouse`.
    public var tool: String
    /// The tool's version as it reported it, e.g. `4.12.1`.
    public var version: String?
    /// The engine inside the tool when it is another one (Lighthouse runs axe-core), e.g. `axe-core 4.10.2`.
    public var engine: String?
    /// The page the tool tested.
    public var url: String?
    /// When the tool ran, as it wrote it (ISO 8601).
    public var time: String?
    /// The tool's rule (or audit) ids the finding rests on, the deciding ones first.
    public var rules: [String]
    /// CSS selectors of the elements the deciding results name.
    public var selectors: [String]
    /// How far the mapping from the tool's rules to the clause can be trusted.
    public var confidence: Confidence?
    /// The evidence file it was read from.
    public var file: String?

    /// Creates a source.
    public init(tool: String, version: String? = nil, engine: String? = nil, url: String? = nil, time: String? = nil,
                rules: [String] = [], selectors: [String] = [], confidence: Confidence? = nil, file: String? = nil) {
        self.tool = tool
        self.version = version
        self.engine = engine
        self.url = url
        self.time = time
        self.rules = rules
        self.selectors = selectors
        self.confidence = confidence
        self.file = file
    }
}
