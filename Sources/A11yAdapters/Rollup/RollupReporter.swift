import A11yRules
import A11yRollup

/// Turns a programme's rollup into one output format, selected by its ``identifier``.
///
/// A rollup is small (divisions × items × reporting dates, whatever the number of subjects), so a
/// reporter returns the whole report as text.
public protocol RollupReporter: Sendable {
    /// The `--format` name.
    static var identifier: String { get }
    /// The report.
    func report(_ rollup: Rollup, catalog: Catalog) -> String
}
