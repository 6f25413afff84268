import A11yRollup
import A11yRules

typealias A11yRollupStatus = ProgressStatus

/// Escaping and tables for the HTML reports.
enum HTML {
    /// Text safe in element content and in double-quoted attributes.
    static func escape(_ text: String) -> String { MarkupText.attribute(text) }

    /// A table with a caption, column headings (`scope="col"`), and the first cell of each row as its heading.
    ///
    /// - Parameter statusColumn: The column holding a status name, marked with a class for colour (the word stays).
    static func table(caption: String, headings: [String], rows: [[String]], statusColumn: Int? = nil) -> String {
        var out = "<table><caption>\(escape(caption))</caption>\n<thead><tr>"
        for heading in headings { out += "<th scope=\"col\">\(escape(heading))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                if i == 0 {
                    out += "<th scope=\"row\">\(escape(cell))</th>"
                } else if i == statusColumn, let status = ProgressStatusClass.of(cell) {
                    out += "<td class=\"s-\(status)\">\(escape(cell))</td>"
                } else {
                    out += "<td>\(escape(cell))</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}

/// The CSS class of a status name in either language.
enum ProgressStatusClass {
    static func of(_ name: String) -> String? {
        for status in [A11yRollupStatus.done, .inProgress, .notStarted, .missing, .inapplicable] {
            if status.name(in: .zh) == name || status.name(in: .en) == name { return status.rawValue }
        }
        return nil
    }
}
