import A11yRules

/// CSV records as Excel and WPS read them: RFC 4180 quoting, CRLF line ends, and cells that a
/// spreadsheet would run as a formula neutralised.
///
/// A report begins with ``byteOrderMark`` so that Excel reads UTF-8 Chinese text correctly. A text
/// cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` (the OWASP
/// advice against CSV injection); numbers are written as numbers.
///
/// ```swift
/// CSVWriter.record([.text("清城区"), .text("=1+1"), .number(95.21)])   // "清城区,'=1+1,95.21\r\n"
/// ```
public enum CSVWriter {
    /// The UTF-8 byte order mark (`EF BB BF`) that starts every CSV report.
    public static let byteOrderMark = "\u{FEFF}"

    /// One cell of a record.
    public enum Cell: Sendable, Hashable {
        /// Text, quoted when it needs to be and neutralised when it could run as a formula.
        case text(String)
        /// A finite number, written plainly (`95.21`, `6`); a non-finite one is left empty.
        case number(Double)
        /// An empty cell.
        case empty
    }

    /// What a CSV report begins with: the byte order mark, then the header record.
    public static func header(_ names: [String]) -> String {
        byteOrderMark + record(names)
    }

    /// One record: the cells separated by commas, ended with CRLF.
    public static func record(_ cells: [Cell]) -> String {
        var line = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { line += "," }
            switch cell {
            case .text(let text): line += field(text)
            case .number(let number): line += number.isFinite ? QuantityFormat.number(number) : ""
            case .empty: break
            }
        }
        return line + "\r\n"
    }

    /// A record of text cells.
    public static func record(_ texts: [String]) -> String {
        record(texts.map(Cell.text))
    }

    /// One text field, neutralised and quoted as needed.
    public static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }
}
