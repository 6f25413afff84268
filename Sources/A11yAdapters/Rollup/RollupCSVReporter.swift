import A11yRules
import A11yRollup

/// The progress form of plan 四(二) as CSV that Excel opens correctly: UTF-8 with a byte-order mark,
/// CRLF line ends, RFC 4180 quoting, and cells that a spreadsheet would run as a formula (starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) prefixed with an apostrophe.
public struct RollupCSVReporter: RollupReporter {
    /// The `--format` name: `csv`.
    public static let identifier = "csv"
    /// The headings' language.
    public var language: Language
    /// Keep only this reporting date's rows (its index); nil keeps every date.
    public var report: Int?

    /// Creates a reporter.
    public init(language: Language = .zh, report: Int? = nil) {
        self.language = language
        self.report = report
    }

    public func report(_ rollup: Rollup, catalog: Catalog) -> String {
        let form = ProgressForm(rollup: rollup, words: RollupWords(language: language))
        var out = CSVWriter.byteOrderMark + CSVWriter.record(form.headings)
        for row in form.rows(only: report) { out += CSVWriter.record(form.cells(row)) }
        return out
    }
}
