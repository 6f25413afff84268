import A11yRules

/// Writes a subject as a YAML subject file (DSL §4) that the loader reads back to the same subject:
/// facts, parts and attributes in the vocabulary's order, values as they were written, then answers,
/// waivers and imported evidence with its provenance.
public struct SubjectYAMLWriter: Sendable {
    /// The subject's vocabulary, for the order of facts, parts and attributes (nil: alphabetical).
    public var vocabulary: Vocabulary?
    /// Comment lines written at the top (without `#`).
    public var header: [String]

    /// Creates a writer.
    public init(vocabulary: Vocabulary?, header: [String] = []) {
        self.vocabulary = vocabulary
        self.header = header
    }

    /// The file's text.
    public func write(_ subject: Subject) -> String {
        var out = header.map { "# \($0)\n" }.joined()
        out += "subject:\n"
        out += "  id: \(Self.scalar(subject.id))\n"
        out += "  kind: \(Self.scalar(subject.kind))\n"
        if !subject.name.isEmpty { out += "  name: \(localized(subject.name))\n" }
        if !subject.region.isEmpty { out += "  region: [\(subject.region.map { Self.scalar($0, inFlow: true) }.joined(separator: ", "))]\n" }
        if let assessed = subject.assessed { out += "  assessed: \(assessed)\n" }
        if !subject.note.isEmpty { out += "  note: \(localized(subject.note))\n" }
        if !subject.facts.isEmpty {
            out += "  facts:\n"
            for name in ordered(subject.facts.keys, by: vocabulary?.facts.map(\.name)) {
                if let value = subject.facts[name] { out += "    \(Self.scalar(name)): \(Self.scalar(value.text))\n" }
            }
        }
        if !subject.parts.isEmpty {
            out += "  parts:\n"
            for kind in ordered(subject.parts.keys, by: vocabulary?.parts.map(\.name)) {
                guard let instances = subject.parts[kind] else { continue }
                if instances.isEmpty {
                    out += "    \(Self.scalar(kind)): []\n"
                    continue
                }
                out += "    \(Self.scalar(kind)):\n"
                let order = vocabulary?.part(kind)?.attributes.map(\.name)
                for instance in instances {
                    out += "      - id: \(Self.scalar(instance.id))\n"
                    if !instance.name.isEmpty { out += "        name: \(localized(instance.name))\n" }
                    for name in ordered(instance.attributes.keys, by: order) {
                        if let value = instance.attributes[name] { out += "        \(Self.scalar(name)): \(Self.scalar(value.text))\n" }
                    }
                }
            }
        }
        if !subject.answers.isEmpty {
            out += "  answers:\n"
            for key in subject.answers.keys.sorted() {
                guard let answer = subject.answers[key] else { continue }
                out += "    \(Self.quoted(key)):\n"
                out += answerBody(answer, indent: "      ", instance: answer.instance)
            }
        }
        if !subject.waivers.isEmpty {
            out += "  waivers:\n"
            for key in subject.waivers.keys.sorted() {
                guard let waiver = subject.waivers[key] else { continue }
                out += "    \(Self.quoted(key)):\n"
                out += "      reason: \(Self.scalar(waiver.reason))\n"
                if let until = waiver.until { out += "      until: \(until)\n" }
                if let by = waiver.by { out += "      by: \(Self.scalar(by))\n" }
                if let instance = waiver.instance { out += "      instance: \(Self.scalar(instance))\n" }
            }
        }
        if !subject.evidence.isEmpty {
            out += "  evidence:\n"
            for key in subject.evidence.keys.sorted() {
                guard let entries = subject.evidence[key], !entries.isEmpty else { continue }
                out += "    \(Self.quoted(key)):\n"
                for entry in entries {
                    var body = answerBody(entry, indent: "        ", instance: entry.instance, instanceFirst: true)
                    body.replaceSubrange(body.startIndex..<body.index(body.startIndex, offsetBy: 8), with: "      - ")
                    out += body
                }
            }
        }
        return out
    }

    private func answerBody(_ answer: Answer, indent: String, instance: String?, instanceFirst: Bool = false) -> String {
        var lines: [String] = []
        if instanceFirst, let instance { lines.append("instance: \(Self.scalar(instance))") }
        lines.append("outcome: \(answer.outcome.rawValue)")
        if !instanceFirst, let instance { lines.append("instance: \(Self.scalar(instance))") }
        if let note = answer.note { lines.append("note: \(Self.scalar(note))") }
        if let by = answer.by { lines.append("by: \(Self.scalar(by))") }
        if let date = answer.date { lines.append("date: \(date)") }
        if let source = answer.source {
            var fields = ["tool: \(Self.quoted(source.tool))"]
            if let version = source.version { fields.append("version: \(Self.quoted(version))") }
            if let engine = source.engine { fields.append("engine: \(Self.quoted(engine))") }
            if let url = source.url { fields.append("url: \(Self.quoted(url))") }
            if let time = source.time { fields.append("time: \(Self.quoted(time))") }
            if !source.rules.isEmpty { fields.append("rules: [\(source.rules.map { Self.scalar($0, inFlow: true) }.joined(separator: ", "))]") }
            if !source.selectors.isEmpty { fields.append("selectors: [\(source.selectors.map(Self.quoted).joined(separator: ", "))]") }
            if let confidence = source.confidence { fields.append("confidence: \(confidence.rawValue)") }
            if let file = source.file { fields.append("file: \(Self.quoted(file))") }
            lines.append("source: {\(fields.joined(separator: ", "))}")
        }
        return lines.map { indent + $0 + "\n" }.joined()
    }

    private func localized(_ text: LocalizedText) -> String {
        if let zh = text.zh, zh == text.en { return Self.scalar(zh) }
        var fields: [String] = []
        if let zh = text.zh { fields.append("zh: \(Self.scalar(zh, inFlow: true))") }
        if let en = text.en { fields.append("en: \(Self.scalar(en, inFlow: true))") }
        return "{\(fields.joined(separator: ", "))}"
    }

    private func ordered(_ keys: some Collection<String>, by order: [String]?) -> [String] {
        let rank = Dictionary((order ?? []).enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return keys.sorted { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }
    }

    /// A scalar written plain when YAML reads it back unchanged, double-quoted otherwise.
    static func scalar(_ text: String, inFlow: Bool = false) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return "\"\"" }
        let indicators: Set<Unicode.Scalar> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
        let flowUnsafe: Set<Unicode.Scalar> = [",", "[", "]", "{", "}"]
        let plain = !indicators.contains(first) && first != " " && last != " " && last != ":"
            && !text.contains(": ") && !text.contains(" #") && !text.contains("\t")
            && !text.unicodeScalars.contains { $0.value < 0x20 || (inFlow && flowUnsafe.contains($0)) }
            && !["~", "null", "Null", "NULL"].contains(text)
        return plain ? text : quoted(text)
    }

    /// A double-quoted scalar with YAML escapes.
    static func quoted(_ text: String) -> String {
        YAMLScalar.quoted(text)
    }
}
