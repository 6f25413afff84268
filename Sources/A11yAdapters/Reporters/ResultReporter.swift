import A11yRules

/// Turns evaluation results into text for one output format, selected by its ``identifier``.
public protocol ResultReporter: Sendable {
    /// The `--format` name.
    static var identifier: String { get }
    /// The whole report for `results`.
    func report(_ results: [SubjectResult], catalog: Catalog) -> String
}
