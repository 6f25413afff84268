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

    private static func fill(_ text: String, _ values: Values) -> String {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                // An unclosed brace is text.
                return result + rest[open...]
            }
            let name = rest[rest.index(after: open)..<close]
            if let value = values.value(name) { result += value } else { result += "{\(name)}" }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
