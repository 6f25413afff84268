import A11yModel
import A11yYAML

/// Reads fact and attribute values typed by their vocabulary declaration.
struct ValueDecoder {
    let reader: NodeReader
    /// The keys of a part instance that are not attributes.
    static let instanceReserved: Set<String> = ["id", "name", "note"]

    /// A value written as a scalar (`1.19 m ± 0.02 m`) or as `{value: 1.19 m, accuracy: 0.02 m}`.
    /// A null means "explicitly unknown": it returns nil without a diagnostic.
    func observation(_ node: YAMLNode, _ spec: AttributeSpec, owner: String) -> Observation? {
        if node.isNull { return nil }
        let location = reader.location(node)
        if node.pairs != nil {
            guard spec.type.dimension != nil else {
                reader.log.error("subject.bad-value", "\(owner) '\(spec.name)' is \(article(spec.type)); only quantities take {value, accuracy}", at: location)
                return nil
            }
            guard let fields = reader.fields(node, "a measured value", allowed: ["value", "accuracy"], required: ["value"]),
                  let valueNode = fields["value"], let base = observation(valueNode, spec, owner: owner),
                  case .quantity(var quantity) = base.value else { return nil }
            if let accuracyNode = fields["accuracy"], let text = reader.string(accuracyNode, "accuracy") {
                switch QuantityLiteral.parseExact(text) {
                case .success(var accuracy):
                    if accuracy.dimension == .dimensionless, case .unit(let unit) = quantity.notation {
                        accuracy = Quantity(accuracy.value, unit)
                    }
                    if accuracy.dimension != quantity.dimension || accuracy.value < 0 {
                        reader.log.error("subject.bad-accuracy", "the accuracy '\(text)' must be a non-negative \(quantity.dimension.phrase.split(separator: " ").last ?? "")", at: reader.location(accuracyNode))
                        return nil
                    }
                    quantity.accuracy = accuracy.value
                case .failure(let failure):
                    reader.log.error("subject.bad-accuracy", failure.message, at: reader.location(accuracyNode), suggestion: failure.suggestion)
                    return nil
                }
            }
            let written = [valueNode.scalar, fields["accuracy"]?.scalar].compactMap { $0 }.joined(separator: " ± ")
            return Observation(.quantity(quantity), at: location, text: written)
        }
        guard let text = node.scalar else {
            reader.log.error("subject.bad-value", "expected a value for \(owner) '\(spec.name)', found \(node.kindDescription)", at: location)
            return nil
        }
        switch Value.parse(text, as: spec.type, quoted: node.scalarStyle?.isQuotedOrBlock ?? false) {
        case .success(let value):
            return Observation(value, at: location, text: text)
        case .failure(let failure):
            reader.log.error(
                "subject.bad-value", "\(owner) '\(spec.name)': \(failure.message)",
                at: reader.location(in: node, offset: failure.offset), length: max(1, reader.length(node) - failure.offset),
                suggestion: failure.suggestion)
            return nil
        }
    }

    private func article(_ type: AttributeType) -> String {
        switch type {
        case .enumeration: return "an enum"
        case .text: return "text"
        default: return "a \(type)"
        }
    }

    /// The attributes of one part instance; reserved keys (`id`, `name`, `note`) are returned separately.
    func attributes(_ node: YAMLNode, _ kind: PartKind, skipping reserved: Set<String>) -> [String: Observation] {
        var result: [String: Observation] = [:]
        for entry in reader.entries(node, "a \(kind.name)") where !reserved.contains(entry.name) {
            guard let spec = kind.attribute(entry.name) else {
                reader.log.error(
                    "subject.unknown-attribute", "unknown attribute '\(entry.name)' of part '\(kind.name)'",
                    at: reader.location(entry.key), length: entry.name.unicodeScalars.count,
                    suggestion: Suggestion.closest(to: entry.name, in: kind.attributes.map(\.name)))
                continue
            }
            if let observation = observation(entry.value, spec, owner: "attribute") {
                result[entry.name] = observation
            }
        }
        return result
    }

    /// Facts of a subject.
    func facts(_ node: YAMLNode?, _ vocabulary: Vocabulary, skipping reserved: Set<String> = []) -> [String: Observation] {
        var result: [String: Observation] = [:]
        for entry in reader.entries(node, "facts") where !reserved.contains(entry.name) {
            guard let spec = vocabulary.fact(entry.name) else {
                var message = "unknown fact '\(entry.name)' in vocabulary '\(vocabulary.id)'"
                if vocabulary.part(entry.name) != nil { message += "; '\(entry.name)' is a part kind: list it under 'parts'" }
                reader.log.error(
                    "subject.unknown-fact", message, at: reader.location(entry.key), length: entry.name.unicodeScalars.count,
                    suggestion: Suggestion.closest(to: entry.name, in: vocabulary.facts.map(\.name)))
                continue
            }
            if let observation = observation(entry.value, spec, owner: "fact") {
                result[entry.name] = observation
            }
        }
        return result
    }

    /// Part lists by kind. A kind given as an empty list means "there are none".
    func parts(_ node: YAMLNode?, _ vocabulary: Vocabulary, limit: Int = CatalogLoader.maxInstancesPerSubject) -> [String: [PartInstance]]? {
        var result: [String: [PartInstance]] = [:]
        var total = 0
        for entry in reader.entries(node, "parts") {
            guard let kind = vocabulary.part(entry.name) else {
                var message = "unknown part kind '\(entry.name)' in vocabulary '\(vocabulary.id)'"
                if vocabulary.fact(entry.name) != nil { message += "; '\(entry.name)' is a fact: give it under 'facts'" }
                reader.log.error(
                    "subject.unknown-part", message, at: reader.location(entry.key), length: entry.name.unicodeScalars.count,
                    suggestion: Suggestion.closest(to: entry.name, in: vocabulary.parts.map(\.name)))
                continue
            }
            var instances: [PartInstance] = []
            var seen: [String: SourceLocation] = [:]
            for (index, item) in reader.list(entry.value, "the list of \(entry.name)").enumerated() {
                total += 1
                if total > limit {
                    // One subject is evaluated and reported whole: its findings are held until it is scored.
                    reader.log.error(
                        "subject.too-many-instances",
                        "the subject has more than \(limit) part instances (the limit for one subject; this is \(entry.name) number \(index + 1)); split it into several subjects",
                        at: reader.location(item))
                    return nil
                }
                guard let instance = instance(item, kind, index: index + 1) else { continue }
                if let first = seen[instance.id] {
                    reader.log.error("subject.duplicate-instance", "two \(kind.name) instances have the id '\(instance.id)'",
                                     at: instance.location, notes: [DiagnosticNote("first used here", at: first)])
                    continue
                }
                seen[instance.id] = instance.location
                instances.append(instance)
            }
            result[entry.name] = instances
        }
        return result
    }

    /// One instance; its id defaults to `KIND-N` (1-based position in the list).
    func instance(_ node: YAMLNode, _ kind: PartKind, index: Int) -> PartInstance? {
        guard node.pairs != nil else {
            reader.log.error("subject.expected-mapping", "expected a \(kind.name) as a mapping of attributes, found \(node.kindDescription)", at: reader.location(node))
            return nil
        }
        let id = node["id"].flatMap { reader.identifier($0, "the instance id") } ?? "\(kind.name)-\(index)"
        return PartInstance(
            id: id, name: reader.localized(node["name"], "name"),
            attributes: attributes(node, kind, skipping: Self.instanceReserved), location: reader.location(node))
    }
}
