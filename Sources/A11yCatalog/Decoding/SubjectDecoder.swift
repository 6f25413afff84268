import A11yModel
import A11yYAML

/// Decodes a `subject:` document (DSL §4) against the vocabularies and the clause and rule ids of the catalog.
struct SubjectDecoder {
    let reader: NodeReader
    let vocabularies: [String: Vocabulary]
    /// Every clause id and full rule id answers and waivers may name.
    let knownIDs: Set<String>

    static let keys = ["id", "kind", "name", "region", "assessed", "facts", "parts", "answers", "waivers", "note"]

    func decode(_ node: YAMLNode) -> Subject? {
        guard let fields = reader.fields(node, "a subject", allowed: Self.keys, required: ["id", "kind"]),
              let id = reader.identifier(fields["id"], "the subject id"),
              let kindNode = fields["kind"], let kind = reader.identifier(kindNode, "the subject kind") else { return nil }
        guard let vocabulary = vocabularies[kind] else {
            reader.log.error(
                "catalog.unknown-reference", "unknown subject kind '\(kind)' (no vocabulary with that id is loaded)",
                at: reader.location(kindNode), length: kind.unicodeScalars.count,
                suggestion: Suggestion.closest(to: kind, in: vocabularies.keys))
            return nil
        }
        let values = ValueDecoder(reader: reader)
        return Subject(
            id: id, kind: kind, name: reader.localized(fields["name"], "name"),
            region: reader.strings(fields["region"], "region"), assessed: reader.date(fields["assessed"], "assessed"),
            facts: values.facts(fields["facts"], vocabulary), parts: values.parts(fields["parts"], vocabulary),
            answers: answers(fields["answers"]), waivers: waivers(fields["waivers"]),
            note: reader.localized(fields["note"], "note"), location: reader.location(node))
    }

    private func checkKnown(_ key: String, _ node: YAMLNode, _ what: String) -> Bool {
        if knownIDs.contains(key) { return true }
        let candidates = key.contains("#") ? knownIDs.filter { $0.contains("#") } : knownIDs.filter { !$0.contains("#") }
        reader.log.error(
            "subject.unknown-clause", "\(what) for '\(key)', which is no clause or rule of the loaded catalogs",
            at: reader.location(node), length: key.unicodeScalars.count, suggestion: Suggestion.closest(to: key, in: candidates))
        return false
    }

    private func answers(_ node: YAMLNode?) -> [String: Answer] {
        var result: [String: Answer] = [:]
        for entry in reader.entries(node, "answers") {
            guard checkKnown(entry.name, entry.key, "an answer"),
                  let fields = reader.fields(entry.value, "an answer", allowed: ["outcome", "note", "by", "date", "instance"], required: ["outcome"]),
                  let outcome = reader.choice(fields["outcome"], "outcome", Outcome.self) else { continue }
            if outcome == .untested {
                reader.log.error("subject.bad-answer", "an answer cannot be 'untested'; leave the clause out instead", at: reader.location(fields["outcome"] ?? entry.value))
                continue
            }
            result[entry.name] = Answer(
                outcome: outcome, note: reader.string(fields["note"], "note"), by: reader.string(fields["by"], "by"),
                date: reader.date(fields["date"], "date"), instance: reader.string(fields["instance"], "instance"),
                location: reader.location(entry.key))
        }
        return result
    }

    private func waivers(_ node: YAMLNode?) -> [String: Waiver] {
        var result: [String: Waiver] = [:]
        for entry in reader.entries(node, "waivers") {
            guard checkKnown(entry.name, entry.key, "a waiver"),
                  let fields = reader.fields(entry.value, "a waiver", allowed: ["reason", "until", "by", "instance"], required: ["reason"]),
                  let reason = reader.string(fields["reason"], "reason") else { continue }
            result[entry.name] = Waiver(
                reason: reason, until: reader.date(fields["until"], "until"), by: reader.string(fields["by"], "by"),
                instance: reader.string(fields["instance"], "instance"), location: reader.location(entry.key))
        }
        return result
    }
}
