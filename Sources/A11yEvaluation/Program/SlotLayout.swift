import A11yModel

/// Integer slots for every fact and part attribute of one vocabulary.
struct SlotLayout: Sendable {
    let vocabulary: Vocabulary
    let factSlots: [String: Int]
    let kindSlots: [String: Int]
    /// Per part kind (by index): attribute name → slot.
    let attributeSlots: [[String: Int]]
    /// The names of every slot, in order (what a subject's ``A11yModel/SlottedValues`` must follow to be copied).
    let order: SlotOrder

    init(_ vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        order = SlotOrder(vocabulary)
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
        let order = layout.order
        var parts: [[[Datum]]?] = []
        var ids: [[String]] = []
        parts.reserveCapacity(order.kinds.count)
        ids.reserveCapacity(order.kinds.count)
        // Values the reader kept in this layout's slot order are copied (with the instances' ids, so that a
        // subject whose facts and parts are deferred stays so); otherwise each name is looked up.
        if let slotted = subject.slotted, !order.repeatsAName, slotted.order == order {
            facts = slotted.values[0..<order.facts.count].map(Datum.init)
            for (kind, (start, count)) in slotted.kinds.enumerated() {
                guard count >= 0 else {
                    parts.append(nil)
                    ids.append([])
                    continue
                }
                let width = order.attributes[kind].count
                parts.append((0..<count).map { i in slotted.values[(start + i * width)..<(start + (i + 1) * width)].map(Datum.init) })
                ids.append(slotted.instanceIDs[kind])
            }
        } else {
            facts = order.facts.map { name in Datum(subject.facts[name]?.value) }
            for (kind, name) in order.kinds.enumerated() {
                guard let instances = subject.parts[name] else {
                    parts.append(nil)
                    ids.append([])
                    continue
                }
                let names = order.attributes[kind]
                parts.append(instances.map { instance in names.map { Datum(instance.attributes[$0]?.value) } })
                ids.append(instances.map(\.id))
            }
        }
        self.parts = parts
        self.instanceIDs = ids
    }
}

private extension Datum {
    /// The datum of a value that may be missing (nil: unknown).
    init(_ value: Value?) {
        guard let value else {
            self = .unknown
            return
        }
        self.init(value)
    }

    /// The datum of a slotted value (the same cases).
    init(_ value: SlotValue) {
        switch value {
        case .missing: self = .unknown
        case .bool(let b): self = .bool(b)
        case .number(let v, let e): self = .number(v, accuracy: e)
        case .text(let s): self = .text(s)
        case .date(let ordinal): self = .date(ordinal)
        }
    }
}
