import A11yRules

/// The report formats by name: how `evaluate --format NAME` finds its reporter.
///
/// ``builtIn`` holds every shipped format; a program copies it and registers its own formats.
public struct ReporterRegistry: Sendable {
    /// One format: its name, a line for `--help`, and how to make its reporter.
    public struct Entry: Sendable {
        /// The `--format` name.
        public var identifier: String
        /// One line saying what the format is for.
        public var summary: String
        /// Makes a fresh reporter for one report.
        public var make: @Sendable (ReportContext) -> any Reporter
    }

    /// The formats, in the order they are listed.
    public private(set) var entries: [Entry] = []

    /// An empty registry.
    public init() {}

    /// Adds a format, or replaces the one of the same name.
    public mutating func register(_ identifier: String, summary: String, make: @escaping @Sendable (ReportContext) -> any Reporter) {
        let entry = Entry(identifier: identifier, summary: summary, make: make)
        if let index = entries.firstIndex(where: { $0.identifier == identifier }) {
            entries[index] = entry
        } else {
            entries.append(entry)
        }
    }

    /// The format names, in order.
    public var identifiers: [String] { entries.map(\.identifier) }

    /// A new reporter for `identifier`, or nil when no format has that name.
    public func reporter(_ identifier: String, context: ReportContext) -> (any Reporter)? {
        entries.first { $0.identifier == identifier }?.make(context)
    }

    /// Every shipped format.
    public static let builtIn: ReporterRegistry = {
        var registry = ReporterRegistry()
        registry.register(TextStreamReporter.identifier, summary: "for people: scores, then failures first") { TextStreamReporter(context: $0) }
        registry.register(JSONStreamReporter.identifier, summary: "one JSON document, a11y-rules/results") { JSONStreamReporter(context: $0) }
        registry.register(JSONLinesReporter.identifier, summary: "one JSON subject result per line") { JSONLinesReporter(context: $0) }
        registry.register(SummaryReporter.identifier, summary: "one line per subject and scorecard, for batches") { SummaryReporter(context: $0) }
        registry.register(SARIFReporter.identifier, summary: "SARIF 2.1.0 for code-scanning dashboards") { SARIFReporter(context: $0) }
        registry.register(JUnitReporter.identifier, summary: "JUnit XML for CI test reports") { JUnitReporter(context: $0) }
        registry.register(CSVReporter.identifier, summary: "one row per finding, for Excel and WPS") { CSVReporter(context: $0) }
        registry.register(CSVSummaryReporter.identifier, summary: "one row per subject and indicator") { CSVSummaryReporter(context: $0) }
        registry.register(MarkdownReporter.identifier, summary: "a summary for a pull request, an issue or a work message") { MarkdownReporter(context: $0) }
        registry.register(HTMLReporter.identifier, summary: "one self-contained, printable, accessible HTML report") { HTMLReporter(context: $0) }
        registry.register(EARLReporter.identifier, summary: "W3C EARL 1.0 assertions in JSON-LD") { EARLReporter(context: $0) }
        registry.register(OpenACRReporter.identifier, summary: "GSA OpenACR YAML, WCAG 2.0, for websites and apps") { OpenACRReporter(context: $0) }
        return registry
    }()
}
