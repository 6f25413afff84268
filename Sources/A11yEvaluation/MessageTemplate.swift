import A11yModel

/// Fills `{name}` placeholders of a rule message with observed values, `{expected}` and `{instance}`.
///
/// A name the rule reads but the instance does not give (a failure can rest on another part of an
/// `and`) is filled with "未提供" / "not given", never left as `{name}`.
///
/// A name is looked up among the names the rule reads (a fact also answers to `subject.NAME`, and
/// `subject.NAME` to `NAME`; a name not given wins over one given, and the last given wins), then
/// `{observed}` (every observed value), `expected` and `instance`. An unknown name is left as written.
enum MessageTemplate {
    static func fill(_ message: LocalizedText, observed: [(name: String, value: String)], unobserved: [String] = [],
                     expected: String, instance: String) -> LocalizedText {
        let values = Values(observed: observed, unobserved: unobserved, expected: expected, instance: instance)
        return LocalizedText(zh: message.zh.map { fill($0, values, notGiven: "未提供") },
                             en: message.en.map { fill($0, values, notGiven: "not given") })
    }

    /// The values a placeholder can name, looked up without building a dictionary per finding.
    private struct Values {
        let observed: [(name: String, value: String)]
        let unobserved: [String]
        let expected: String
        let instance: String

        /// Whether `given` (a name the rule reads) answers to the placeholder `name`.
        private static func matches(_ given: String, _ name: Substring) -> Bool {
            if given == name { return true }
            if given.hasPrefix("subject.") { return given.dropFirst(8) == name }
            return name.hasPrefix("subject.") && name.dropFirst(8) == given
        }

        func value(_ name: Substring, notGiven: String) -> String? {
            if unobserved.contains(where: { Self.matches($0, name) }) { return notGiven }
            if let last = observed.last(where: { Self.matches($0.name, name) }) { return last.value }
            if name == "observed" { return observed.map { "\($0.name) = \($0.value)" }.joined(separator: ", ") }
            if name == "expected" { return expected }
            if name == "instance" { return instance }
            return nil
        }
    }

    /// Scans the UTF-8 bytes for braces (no Character-by-Character walk over the text).
    private static func fill(_ text: String, _ values: Values, notGiven: String) -> String {
        let utf8 = text.utf8
        guard var open = utf8.firstIndex(of: UInt8(ascii: "{")) else { return text }
        var result = ""
        result.reserveCapacity(utf8.count + 32)
        var cursor = utf8.startIndex
        while true {
            // An unclosed brace is text.
            guard let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
            result += text[cursor..<open]
            let name = text[utf8.index(after: open)..<close]
            if let value = values.value(name, notGiven: notGiven) { result += value } else { result += text[open...close] }
            cursor = utf8.index(after: close)
            guard let next = utf8[cursor...].firstIndex(of: UInt8(ascii: "{")) else { break }
            open = next
        }
        result += text[cursor...]
        return result
    }
}
