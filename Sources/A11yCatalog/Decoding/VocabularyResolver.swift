import A11yModel

/// Flattens `extends` chains so each vocabulary carries what it inherits; reports unknown parents and cycles.
enum VocabularyResolver {
    static func resolve(_ vocabularies: [Vocabulary], log: DiagnosticLog) -> [String: Vocabulary] {
        var byID: [String: Vocabulary] = [:]
        for vocabulary in vocabularies {
            if let first = byID[vocabulary.id] {
                log.error("catalog.duplicate-id", "vocabulary '\(vocabulary.id)' is defined twice", at: vocabulary.location,
                          notes: [DiagnosticNote("first defined here", at: first.location)])
                continue
            }
            byID[vocabulary.id] = vocabulary
        }
        var resolved: [String: Vocabulary] = [:]
        for id in byID.keys.sorted() {
            _ = flatten(id, byID: byID, resolved: &resolved, visiting: [], log: log)
        }
        return resolved
    }

    private static func flatten(_ id: String, byID: [String: Vocabulary], resolved: inout [String: Vocabulary],
                                visiting: [String], log: DiagnosticLog) -> Vocabulary? {
        if let done = resolved[id] { return done }
        guard var vocabulary = byID[id] else { return nil }
        guard let parentID = vocabulary.extends else {
            resolved[id] = vocabulary
            return vocabulary
        }
        if visiting.contains(id) || parentID == id {
            let cycle = (visiting.drop(while: { $0 != id }) + [id]).joined(separator: " → ")
            log.error("catalog.cyclic-extends", "vocabulary '\(id)' extends itself through \(cycle)", at: vocabulary.extendsLocation ?? vocabulary.location)
            vocabulary.extends = nil
            resolved[id] = vocabulary
            return vocabulary
        }
        guard let parent = flatten(parentID, byID: byID, resolved: &resolved, visiting: visiting + [id], log: log) else {
            log.error("catalog.unknown-reference", "vocabulary '\(id)' extends unknown vocabulary '\(parentID)'",
                      at: vocabulary.extendsLocation ?? vocabulary.location, length: parentID.unicodeScalars.count, suggestion: Suggestion.closest(to: parentID, in: byID.keys))
            resolved[id] = vocabulary
            return vocabulary
        }
        if resolved[id] != nil { return resolved[id] }
        var facts = parent.facts
        for fact in vocabulary.facts {
            if let index = facts.firstIndex(where: { $0.name == fact.name }) { facts[index] = fact } else { facts.append(fact) }
        }
        var parts = parent.parts
        for part in vocabulary.parts {
            if let index = parts.firstIndex(where: { $0.name == part.name }) {
                var merged = parts[index]
                for attribute in part.attributes {
                    if let a = merged.attributes.firstIndex(where: { $0.name == attribute.name }) {
                        merged.attributes[a] = attribute
                    } else {
                        merged.attributes.append(attribute)
                    }
                }
                if !part.title.isEmpty { merged.title = part.title }
                parts[index] = merged
            } else {
                parts.append(part)
            }
        }
        vocabulary.facts = facts
        vocabulary.parts = parts
        resolved[id] = vocabulary
        return vocabulary
    }
}
