import A11yModel

/// Fills `{name}` placeholders of a rule message with observed values, `{expected}` and `{instance}`.
///
/// A name is looked up among the observed values (a fact also answers to `subject.NAME`, and
/// `subject.NAME` to `NAME`; the last value given wins), then `expected` and `instance`; `{observed}`
/// lists every observed value. An unknown name is left as written.
enum MessageTemplate {
    static func fill(_ message: LocalizedText, observed: [(name: String, value: String)], expected: String, instance: String) -> LocalizedText {
        let values = Values(observed: observed, expected: expected, instance: instance)
        return LocalizedText(zh: message.zh.map { fill($0, values) }, en: message.en.map { fill($0, values) })
    }

    /// The values a placeholder can name, looked up without building a dictionary per finding.
    private struct Values {
        let observed: [(name: String, value: String)]
        let expected: String
        let instance: String

        func value(_ name: Substring) -> String? {
            if name == "observed" { return observed.map { "\($0.name) = \($0.value)" }.joined(separator: ", ") }
            var found: String?
            let aliased = name.hasPrefix("subject.") ? name.dropFirst(8) : nil
            for (given, value) in observed {
                if given == name {
                    found = value
                } else if given.hasPrefix("subject."), given.dropFirst(8) == name {
                    found = value
                } else if let aliased, aliased == given {
                    found = value
                }
            }
            if let found { return found }
            if name == "expected" { return expected }
            if name == "instance" { return instance }
            return nil
        }
    }

    /// Scans the UTF-8 bytes for braces (no Character-by-Character walk over the text).
    private static func fill(_ text: String, _ values: Values) -> String {
        let utf8 = text.utf8
        guard var open = utf8.firstIndex(of: UInt8(ascii: "{")) else { return text }
        var result = ""
        result.reserveCapacity(utf8.count + 32)
        var cursor = utf8.startIndex
        while true {
            // An unclosed brace is text.
            guard let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
            result += text[cursor..<open]
            if let value = values.value(text[utf8.index(after: open)..<close]) { result += value } else { result += text[open...close] }
            cursor = utf8.index(after: close)
            guard let next = utf8[cursor...].firstIndex(of: UInt8(ascii: "{")) else { break }
            open = next
        }
        result += text[cursor...]
        return result
    }
}
