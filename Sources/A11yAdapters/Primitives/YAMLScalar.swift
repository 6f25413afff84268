/// YAML double-quoted scalars, for writing YAML that any YAML 1.1 or 1.2 reader takes back unchanged.
///
/// Every string is quoted, so no value is ever read as a number, a boolean or null (`"no"`, `"1.10"`).
public enum YAMLScalar {
    /// `text` as a double-quoted YAML scalar, with `\"`, `\\`, `\n` and `\uXXXX` escapes for
    /// controls and for characters YAML does not allow unescaped (DEL, C1 controls, U+FEFF, U+2028, U+2029).
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let v = scalar.value
                if v < 0x20 || (v >= 0x7F && v <= 0x9F) || v == 0xFEFF || v == 0x2028 || v == 0x2029 || v == 0xFFFE || v == 0xFFFF {
                    let hex = String(v, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
