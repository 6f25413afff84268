/// Escaping for CommonMark / GitHub-flavoured Markdown text and table cells.
public enum MarkdownText {
    /// `text` with Markdown punctuation backslash-escaped, `<` and `>` as entities (no raw HTML gets
    /// through), and line ends as spaces, so it stays inside one paragraph, list item or table cell.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~": out += "\\" + String(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// `text` as inline code; backticks inside are replaced by `'` so the span cannot end early.
    public static func code(_ text: String) -> String {
        "`" + text.replacingBackticks() + "`"
    }
}

extension String {
    fileprivate func replacingBackticks() -> String {
        String(map { $0 == "`" || $0 == "\n" ? ($0 == "`" ? "'" : " ") : $0 })
    }
}
