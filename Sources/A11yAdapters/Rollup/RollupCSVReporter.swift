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
        var out = "\u{FEFF}" + CSVCell.line(form.headings)
        for row in form.rows(only: report) { out += CSVCell.line(form.cells(row)) }
        return out
    }
}

/// RFC 4180 cells with formula injection neutralised.
enum CSVCell {
    static func line(_ cells: [String]) -> String {
        cells.map(quote).joined(separator: ",") + "\r\n"
    }

    static func quote(_ cell: String) -> String {
        var text = cell
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
