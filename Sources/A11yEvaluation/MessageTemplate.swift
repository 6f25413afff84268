import A11yModel

/// Fills `{name}` placeholders of a rule message with observed values, `{expected}` and `{instance}`.
///
/// A name the rule reads but the instance does not give (a failure can rest on another part of an
/// `and`) is filled with "未提供" / "not given", never left as `{name}`.
enum MessageTemplate {
    static func fill(_ message: LocalizedText, observed: [(name: String, value: String)], unobserved: [String] = [],
                     expected: String, instance: String) -> LocalizedText {
        var zh: [String: String] = ["expected": expected, "instance": instance]
        zh["observed"] = observed.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
        for (name, value) in observed { set(name, value, in: &zh) }
        var en = zh
        for name in unobserved {
            set(name, "未提供", in: &zh)
            set(name, "not given", in: &en)
        }
        return LocalizedText(zh: message.zh.map { fill($0, zh) }, en: message.en.map { fill($0, en) })
    }

    /// Sets `name` and its other spelling (`subject.NAME` for a fact, or the bare fact name).
    private static func set(_ name: String, _ value: String, in values: inout [String: String]) {
        values[name] = value
        if name.hasPrefix("subject.") { values[String(name.dropFirst(8))] = value } else { values["subject.\(name)"] = value }
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
