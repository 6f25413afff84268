import A11yModel

/// Integer slots for every fact and part attribute of one vocabulary.
struct SlotLayout: Sendable {
    let vocabulary: Vocabulary
    let factSlots: [String: Int]
    let kindSlots: [String: Int]
    /// Per part kind (by index): attribute name → slot.
    let attributeSlots: [[String: Int]]

    init(_ vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        factSlots = Dictionary(vocabulary.facts.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        kindSlots = Dictionary(vocabulary.parts.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        attributeSlots = vocabulary.parts.map { kind in
            Dictionary(kind.attributes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    var kindCount: Int { vocabulary.parts.count }

    /// The name of a slot, for explanations.
    func attributeName(kind: Int, slot: Int) -> String { vocabulary.parts[kind].attributes[slot].name }
    func factName(_ slot: Int) -> String { vocabulary.facts[slot].name }
    func kindName(_ kind: Int) -> String { vocabulary.parts[kind].name }
}

/// A subject laid out in slots: facts, and per part kind the instances' attribute rows (nil: not surveyed).
struct SubjectRows: Sendable {
    /// The subject kind.
    var kind: String
    var facts: [Datum]
    var parts: [[[Datum]]?]
    var instanceIDs: [[String]]

    init(_ subject: Subject, layout: SlotLayout) {
        kind = subject.kind
        facts = layout.vocabulary.facts.map { fact in subject.facts[fact.name].map { Datum($0.value) } ?? .unknown }
        var parts: [[[Datum]]?] = []
        var ids: [[String]] = []
        for kind in layout.vocabulary.parts {
            guard let instances = subject.parts[kind.name] else {
                parts.append(nil)
                ids.append([])
                continue
            }
            parts.append(instances.map { instance in
                kind.attributes.map { attribute in instance.attributes[attribute.name].map { Datum($0.value) } ?? .unknown }
            })
            ids.append(instances.map(\.id))
        }
        self.parts = parts
        self.instanceIDs = ids
    }
}
