/// Comma-separated values as Excel and WPS read and write them (RFC 4180): fields quoted with `"` when
/// they hold a comma, quote or line break, a UTF-8 byte-order mark so the spreadsheet reads the file
/// as UTF-8 (Chinese stays Chinese), and CRLF line ends.
public struct CSVTable: Sendable, Hashable {
    /// One row with the physical line it starts on (a quoted field may span lines).
    public struct Row: Sendable, Hashable {
        /// 1-based line in the file.
        public var line: Int
        /// The fields, unquoted.
        public var cells: [String]
        /// Where each field starts in its line (1-based, in Unicode scalars), for carets under the cell.
        public var offsets: [Int] = []
    }

    /// The rows in file order; blank lines are left out.
    public var rows: [Row]

    /// Creates a table.
    public init(rows: [Row]) {
        self.rows = rows
    }

    /// Why a file is not CSV: an unterminated quote, with the line it opened on.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// 1-based line of the opening quote.
        public var line: Int
        /// 1-based column (in Unicode scalars) of the opening quote.
        public var column: Int

        /// `line:column: a quoted cell is never closed`.
        public var description: String { "\(line):\(column): a quoted cell opened here is never closed" }
    }

    /// Parses CSV text (a leading BOM is skipped; LF, CRLF and CR line ends are all accepted).
    public static func parse(_ text: String) -> Result<CSVTable, Failure> {
        var rows: [Row] = []
        var cells: [String] = []
        var offsets: [Int] = [1]
        var column = 0
        var field = ""
        var inQuotes = false
        var quoteOpened = (line: 0, column: 0)
        var line = 1
        var rowLine = 1
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endRow() {
            cells.append(field)
            field = ""
            if !(cells.count == 1 && cells[0].isEmpty) { rows.append(Row(line: rowLine, cells: cells, offsets: offsets)) }
            cells = []
            offsets = [1]
        }
        while i < scalars.count {
            let c = scalars[i]
            column += 1
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" || (c == "\r" && !(i + 1 < scalars.count && scalars[i + 1] == "\n")) {
                        line += 1
                        column = 0
                    }
                    field.unicodeScalars.append(c)
                }
            } else {
                switch c {
                case "\"" where field.isEmpty:
                    inQuotes = true
                    quoteOpened = (line, column)
                case ",":
                    cells.append(field)
                    field = ""
                    offsets.append(line == rowLine ? column + 1 : 1)
                case "\r", "\n":
                    if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                    endRow()
                    line += 1
                    rowLine = line
                    column = 0
                default:
                    field.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        if inQuotes { return .failure(Failure(line: quoteOpened.line, column: quoteOpened.column)) }
        if !field.isEmpty || !cells.isEmpty { endRow() }
        return .success(CSVTable(rows: rows))
    }

    /// The rows as a file for Excel and WPS: byte-order mark, then ``CSVWriter`` records (RFC 4180
    /// quoting, CRLF, a cell that would run as a formula prefixed with `'`, which ``SurveyReader`` removes).
    public static func write(_ rows: [[String]]) -> String {
        CSVWriter.byteOrderMark + rows.map { CSVWriter.record($0) }.joined()
    }

    /// The spreadsheet's name for 1-based column `n` (1 → A, 27 → AA).
    public static func columnName(_ n: Int) -> String {
        var n = n
        var name = ""
        while n > 0 {
            let digit = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            n = (n - 1) / 26
        }
        return name
    }
}
