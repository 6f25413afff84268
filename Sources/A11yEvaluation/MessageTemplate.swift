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

        /// ``matches(_:_:)`` on bytes, for an ASCII `name`: nil when `given` is not ASCII (Unicode equivalence
        /// then decides, as ``matches(_:_:)`` does).
        private static func matches(_ given: String, ascii name: UnsafeBufferPointer<UInt8>) -> Bool? {
            let prefix = Self.subjectPrefix
            return given.utf8.withContiguousStorageIfAvailable { given -> Bool? in
                guard !given.contains(where: { $0 >= 0x80 }) else { return nil }
                if given.elementsEqual(name) { return true }
                if given.starts(with: prefix) { return given.dropFirst(prefix.count).elementsEqual(name) }
                return name.starts(with: prefix) && name.dropFirst(prefix.count).elementsEqual(given)
            } ?? nil
        }

        private static let subjectPrefix = Array("subject.".utf8)

        func value(_ name: Substring, notGiven: String) -> String? {
            if unobserved.contains(where: { Self.matches($0, name) }) { return notGiven }
            if let last = observed.last(where: { Self.matches($0.name, name) }) { return last.value }
            if name == "observed" { return observed.map { "\($0.name) = \($0.value)" }.joined(separator: ", ") }
            if name == "expected" { return expected }
            if name == "instance" { return instance }
            return nil
        }

        /// ``value(_:notGiven:)`` for the placeholder's bytes: compared as bytes when they and the names are
        /// ASCII (as nearly all are), else as strings.
        func value(_ name: UnsafeBufferPointer<UInt8>, notGiven: String) -> String? {
            func asText() -> String? { value(Substring(String(decoding: name, as: UTF8.self)), notGiven: notGiven) }
            guard !name.contains(where: { $0 >= 0x80 }) else { return asText() }
            for given in unobserved {
                guard let match = Self.matches(given, ascii: name) else { return asText() }
                if match { return notGiven }
            }
            for (given, value) in observed.reversed() {
                guard let match = Self.matches(given, ascii: name) else { return asText() }
                if match { return value }
            }
            if name.elementsEqual("observed".utf8) { return observed.map { "\($0.name) = \($0.value)" }.joined(separator: ", ") }
            if name.elementsEqual("expected".utf8) { return expected }
            if name.elementsEqual("instance".utf8) { return instance }
            return nil
        }
    }

    /// Scans the UTF-8 bytes for braces and writes the result as bytes (no Character-by-Character walk
    /// over the text, no `String` appended piece by piece). Braces are ASCII, so every piece starts and
    /// ends on a scalar boundary and the bytes are those of the pieces joined.
    private static func fill(_ text: String, _ values: Values, notGiven: String) -> String {
        var source = text
        let filled: String? = source.withUTF8 { bytes in
            guard var open = bytes.firstIndex(of: UInt8(ascii: "{")) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            var cursor = 0
            while true {
                // An unclosed brace is text.
                guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
                out.append(contentsOf: bytes[cursor..<open])
                if let value = values.value(UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]), notGiven: notGiven) {
                    out.append(contentsOf: value.utf8)
                } else {
                    out.append(contentsOf: bytes[open...close])
                }
                cursor = close + 1
                guard let next = bytes[cursor...].firstIndex(of: UInt8(ascii: "{")) else { break }
                open = next
            }
            out.append(contentsOf: bytes[cursor...])
            return String(decoding: out, as: UTF8.self)
        }
        return filled ?? text
    }
}
