import A11yRules

/// The `text` format as a ``Reporter``: ``TextReporter``'s block for each subject, a blank line between.
public struct TextStreamReporter: Reporter {
    /// The `--format` name: `text`.
    public static let identifier = TextReporter.identifier

    private let text: TextReporter
    private let catalog: Catalog
    private var count = 0
    /// Which indicators cover each clause, kept for every subject written.
    private let coverage = FixPlanCoverage()

    /// Creates a reporter in the context's language (and verbosity).
    public init(context: ReportContext) {
        text = TextReporter(language: context.language, verbose: context.verbose)
        catalog = context.catalog
    }

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        try output.write((count > 0 ? "\n" : "") + text.report([result], catalog: catalog, coverage: coverage))
        count += 1
    }
}
