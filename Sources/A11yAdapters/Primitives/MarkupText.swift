/// Escaping for XML and HTML text and attribute values.
///
/// Replaces `&`, `<`, `>`, `"` and `'` with character references, and characters XML 1.0 does not
/// allow at all (controls other than tab, line feed and carriage return; U+FFFE, U+FFFF) with
/// U+FFFD, so that any finding text gives a well-formed document. In attribute values, tabs and line
/// ends are written as references too, so that they survive attribute-value normalisation.
public enum MarkupText {
    /// `text` escaped for element content.
    public static func escape(_ text: String) -> String {
        escape(text, attribute: false)
    }

    /// `text` escaped for a double- or single-quoted attribute value.
    public static func attribute(_ text: String) -> String {
        escape(text, attribute: true)
    }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += attribute ? "&#10;" : "\n"
            case "\r": out += "&#13;"
            case "\t": out += attribute ? "&#9;" : "\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
