import A11yModel
import A11yYAML

/// Decodes a `subject:` document (DSL §4) against the vocabularies and the clause and rule ids of the catalog.
struct SubjectDecoder {
    let reader: NodeReader
    let vocabularies: [String: Vocabulary]
    /// Every clause id and full rule id answers and waivers may name, with the subject kind it is for.
    let knownIDs: CatalogIDs
    /// Most part instances one subject may have (``CatalogLoader/maxInstancesPerSubject``).
    var instanceLimit = CatalogLoader.maxInstancesPerSubject

    static let keys = ["id", "kind", "name", "region", "assessed", "facts", "parts", "answers", "waivers", "evidence", "note"]

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
        let lineage = Vocabulary.lineage(of: kind, in: vocabularies)
        guard let parts = values.parts(fields["parts"], vocabulary, limit: instanceLimit) else { return nil }
        let instanceIDs = Set(parts.values.flatMap { $0.map(\.id) })
        let answers = answers(fields["answers"], lineage: lineage, kind: kind, instances: instanceIDs)
        let waivers = waivers(fields["waivers"], lineage: lineage, kind: kind, instances: instanceIDs)
        let evidence = evidence(fields["evidence"], lineage: lineage, kind: kind, instances: instanceIDs)
        return Subject(
            id: id, kind: kind, name: reader.localized(fields["name"], "name"),
            region: reader.strings(fields["region"], "region"), assessed: reader.date(fields["assessed"], "assessed"),
            facts: values.facts(fields["facts"], vocabulary), parts: parts,
            answers: answers, waivers: waivers, evidence: evidence,
            note: reader.localized(fields["note"], "note"), location: reader.location(node))
    }

    /// A key must name a clause or rule of the catalogs, written for this subject's kind (or a kind it extends).
    private func checkKnown(_ key: String, _ node: YAMLNode, _ what: String, lineage: Set<String>, kind: String) -> Bool {
        guard let written = knownIDs.subjectKind(of: key) else {
            let candidates = knownIDs.candidates(like: key)
            reader.log.error(
                "subject.unknown-clause", "\(what) for '\(key)', which is no clause or rule of the loaded catalogs",
                at: reader.location(node), length: key.unicodeScalars.count, suggestion: Suggestion.closest(to: key, in: candidates))
            return false
        }
        guard let written, lineage.contains(written) else {
            let target = written.map { "'\($0)' subjects" } ?? "no subject kind (its standard names no vocabulary)"
            reader.log.error(
                "subject.wrong-kind", "\(what) for '\(key)', which is written for \(target); this subject is a '\(kind)', so it would never be used",
                at: reader.location(node), length: key.unicodeScalars.count)
            return false
        }
        return true
    }

    /// An `instance:` must name an instance the subject lists.
    private func checkInstance(_ instance: String?, _ node: YAMLNode?, instances: Set<String>) -> Bool {
        guard let instance, let node, !instances.contains(instance) else { return true }
        reader.log.error(
            "subject.unknown-instance", "no part instance of this subject has the id '\(instance)'",
            at: reader.location(node), length: instance.unicodeScalars.count, suggestion: Suggestion.closest(to: instance, in: instances))
        return false
    }

    func answers(_ node: YAMLNode?, lineage: Set<String>, kind: String, instances: Set<String>) -> [String: Answer] {
        var result: [String: Answer] = [:]
        for entry in reader.entries(node, "answers") {
            guard checkKnown(entry.name, entry.key, "an answer", lineage: lineage, kind: kind),
                  let fields = reader.fields(entry.value, "an answer", allowed: ["outcome", "note", "by", "date", "instance", "source"], required: ["outcome"]),
                  let outcome = reader.choice(fields["outcome"], "outcome", Outcome.self) else { continue }
            guard checkInstance(reader.string(fields["instance"], "instance"), fields["instance"], instances: instances) else { continue }
            if outcome == .untested {
                reader.log.error("subject.bad-answer", "an answer cannot be 'untested'; leave the clause out instead", at: reader.location(fields["outcome"] ?? entry.value))
                continue
            }
            result[entry.name] = Answer(
                outcome: outcome, note: reader.string(fields["note"], "note"), by: reader.string(fields["by"], "by"),
                date: reader.date(fields["date"], "date"), instance: reader.string(fields["instance"], "instance"),
                location: reader.location(entry.key), source: source(fields["source"]))
        }
        return result
    }

    /// `evidence:` — findings imported from tools, by clause id, each a list of entries for one instance.
    func evidence(_ node: YAMLNode?, lineage: Set<String>, kind: String, instances: Set<String>) -> [String: [Answer]] {
        var result: [String: [Answer]] = [:]
        for entry in reader.entries(node, "evidence") {
            guard checkKnown(entry.name, entry.key, "evidence", lineage: lineage, kind: kind) else { continue }
            var entries: [Answer] = []
            for item in reader.list(entry.value, "the evidence for '\(entry.name)'") {
                guard let fields = reader.fields(item, "an evidence entry", allowed: ["outcome", "note", "instance", "source"], required: ["outcome", "instance"]),
                      let outcome = reader.choice(fields["outcome"], "outcome", Outcome.self),
                      let instance = reader.string(fields["instance"], "instance"),
                      checkInstance(instance, fields["instance"], instances: instances) else { continue }
                entries.append(Answer(outcome: outcome, note: reader.string(fields["note"], "note"), instance: instance,
                                      location: reader.location(item), source: source(fields["source"])))
            }
            result[entry.name, default: []] += entries
        }
        return result
    }

    /// `source: {tool, version, engine, url, time, rules, selectors, confidence, file}` of an imported finding.
    private func source(_ node: YAMLNode?) -> EvidenceSource? {
        guard let node, let fields = reader.fields(node, "a source", allowed: ["tool", "version", "engine", "url", "time", "rules", "selectors", "confidence", "file"], required: ["tool"]),
              let tool = reader.string(fields["tool"], "tool") else { return nil }
        return EvidenceSource(
            tool: tool, version: reader.string(fields["version"], "version"), engine: reader.string(fields["engine"], "engine"),
            url: reader.string(fields["url"], "url"), time: reader.string(fields["time"], "time"),
            rules: reader.strings(fields["rules"], "rules"), selectors: reader.strings(fields["selectors"], "selectors"),
            confidence: fields["confidence"].flatMap { reader.choice($0, "confidence", Confidence.self) },
            file: reader.string(fields["file"], "file"))
    }

    func waivers(_ node: YAMLNode?, lineage: Set<String>, kind: String, instances: Set<String>) -> [String: Waiver] {
        var result: [String: Waiver] = [:]
        for entry in reader.entries(node, "waivers") {
            guard checkKnown(entry.name, entry.key, "a waiver", lineage: lineage, kind: kind),
                  let fields = reader.fields(entry.value, "a waiver", allowed: ["reason", "until", "by", "instance"], required: ["reason"]),
                  let reason = reader.string(fields["reason"], "reason"),
                  checkInstance(reader.string(fields["instance"], "instance"), fields["instance"], instances: instances) else { continue }
            result[entry.name] = Waiver(
                reason: reason, until: reader.date(fields["until"], "until"), by: reader.string(fields["by"], "by"),
                instance: reader.string(fields["instance"], "instance"), location: reader.location(entry.key))
        }
        return result
    }
}
