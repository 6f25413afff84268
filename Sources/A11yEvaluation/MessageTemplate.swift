import A11yModel

/// Fills `{name}` placeholders of a rule message with observed values, `{expected}` and `{instance}`.
enum MessageTemplate {
    static func fill(_ message: LocalizedText, observed: [(name: String, value: String)], expected: String, instance: String) -> LocalizedText {
        var values: [String: String] = ["expected": expected, "instance": instance]
        for (name, value) in observed {
            values[name] = value
            if name.hasPrefix("subject.") { values[String(name.dropFirst(8))] = value } else { values["subject.\(name)"] = value }
        }
        values["observed"] = observed.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
        return LocalizedText(zh: message.zh.map { fill($0, values) }, en: message.en.map { fill($0, values) })
    }

    private static func fill(_ text: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
