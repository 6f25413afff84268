import A11yModel
import A11yYAML

/// Decodes a `vocabulary:` document (DSL §1). Inheritance is resolved later, by ``VocabularyResolver``.
struct VocabularyDecoder {
    let reader: NodeReader

    static let keys = ["id", "title", "extends", "facts", "parts", "note"]
    static let attributeKeys = ["type", "zh", "en", "title", "values", "unit", "note"]
    static let partKeys = ["title", "attributes", "note"]
    /// Names that example mappings use for their own purposes.
    static let reservedNames = ["facts", "parts", "id", "name", "note"]

    func decode(_ node: YAMLNode) -> Vocabulary? {
        guard let fields = reader.fields(node, "a vocabulary", allowed: Self.keys, required: ["id"]),
              let id = reader.identifier(fields["id"], "the vocabulary id") else { return nil }
        var seenFacts: [String: SourceLocation] = [:]
        let facts = reader.entries(fields["facts"], "facts").compactMap { entry in
            attribute(entry.name, entry.key, entry.value, owner: "fact", seen: &seenFacts)
        }
        var parts: [PartKind] = []
        for entry in reader.entries(fields["parts"], "parts") {
            guard let partFields = reader.fields(entry.value, "part kind '\(entry.name)'", allowed: Self.partKeys) else { continue }
            var seen: [String: SourceLocation] = [:]
            let attributes = reader.entries(partFields["attributes"], "attributes of '\(entry.name)'").compactMap {
                attribute($0.name, $0.key, $0.value, owner: "attribute of '\(entry.name)'", seen: &seen)
            }
            parts.append(PartKind(
                name: entry.name, title: reader.localized(partFields["title"], "title"), attributes: attributes,
                note: reader.localized(partFields["note"], "note"), location: reader.location(entry.key)))
        }
        var vocabulary = Vocabulary(
            id: id, title: reader.localized(fields["title"], "title"),
            extends: reader.identifier(fields["extends"], "extends"), facts: facts, parts: parts,
            note: reader.localized(fields["note"], "note"), location: reader.location(node))
        vocabulary.extendsLocation = fields["extends"].map(reader.location)
        return vocabulary
    }

    private func attribute(_ name: String, _ key: YAMLNode, _ node: YAMLNode, owner: String, seen: inout [String: SourceLocation]) -> AttributeSpec? {
        let location = reader.location(key)
        guard Self.isName(name) else {
            reader.log.error("vocabulary.bad-name", "'\(name)' is not a valid name (letters, digits and '_', starting with a letter)", at: location, length: name.unicodeScalars.count)
            return nil
        }
        if Self.reservedNames.contains(name) {
            reader.log.error("vocabulary.reserved-name", "'\(name)' is reserved (\(Self.reservedNames.joined(separator: ", "))) and cannot name a \(owner)", at: location, length: name.unicodeScalars.count)
            return nil
        }
        guard let fields = reader.fields(node, "\(owner) '\(name)'", allowed: Self.attributeKeys, required: ["type"]),
              let typeNode = fields["type"], let typeName = reader.string(typeNode, "type") else { return nil }
        var values: [String] = []
        if typeName == "enum" {
            values = reader.strings(fields["values"], "enum values")
            if values.isEmpty {
                reader.log.error("vocabulary.enum-without-values", "enum '\(name)' needs 'values'", at: location, length: name.unicodeScalars.count)
            }
            if Set(values).count != values.count {
                reader.log.error("vocabulary.duplicate-enum-value", "enum '\(name)' lists a value twice", at: reader.location(fields["values"] ?? node))
            }
        } else if let valuesNode = fields["values"] {
            reader.log.error("vocabulary.values-without-enum", "'values' only goes with type enum", at: reader.location(valuesNode))
        }
        guard let type = AttributeType.named(typeName, values: values) else {
            reader.log.error(
                "vocabulary.unknown-type", "unknown type '\(typeName)' (expected \(AttributeType.names.joined(separator: ", ")))",
                at: reader.location(typeNode), length: typeName.unicodeScalars.count,
                suggestion: Suggestion.closest(to: typeName, in: AttributeType.names))
            return nil
        }
        var unit: Unit?
        if let unitNode = fields["unit"], let symbol = reader.string(unitNode, "unit") {
            if let known = Unit.named(symbol), known.dimension == type.dimension {
                unit = known
            } else {
                let allowed = type.dimension?.units.map(\.symbol) ?? []
                reader.log.error(
                    "vocabulary.unknown-unit",
                    allowed.isEmpty ? "type \(typeName) has no units" : "unit '\(symbol)' does not fit type \(typeName) (expected \(allowed.joined(separator: ", ")))",
                    at: reader.location(unitNode), length: symbol.unicodeScalars.count,
                    suggestion: Suggestion.closest(to: symbol, in: allowed))
            }
        }
        if let first = seen[name] {
            reader.log.error("vocabulary.duplicate-name", "'\(name)' is declared twice", at: location, notes: [DiagnosticNote("first declared here", at: first)])
            return nil
        }
        seen[name] = location
        var title = reader.localized(fields["title"], "title")
        if title.zh == nil { title.zh = reader.string(fields["zh"], "zh") }
        if title.en == nil { title.en = reader.string(fields["en"], "en") }
        return AttributeSpec(name: name, type: type, title: title, unit: unit, note: reader.localized(fields["note"], "note"), location: location)
    }

    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
