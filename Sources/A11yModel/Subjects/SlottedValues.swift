/// A subject's facts and instance attributes in its vocabulary's slot order, as the JSON Lines reader
/// decodes them, so that laying subjects out in columns copies values instead of looking each name up.
///
/// It is a second view of ``Subject/facts`` and ``Subject/parts`` (the same values, in slot order),
/// kept only while both are unchanged: assigning either drops it. It takes no part in a subject's
/// equality or hash. Package-internal: the public model is the dictionaries.
package struct SlottedValues: Sendable {
    /// The slot order the values follow.
    package let order: SlotOrder
    /// Fact values by slot, then every instance's attribute values by slot, kinds in their vocabulary
    /// order, instances in file order.
    package var values: [SlotValue]
    /// Per part kind: where its first instance's values start in ``values`` and how many instances
    /// it has; a count of -1 means the subject did not survey the kind.
    package var kinds: [(start: Int, count: Int)]
    /// Per part kind: its instances' ids in file order (empty when the kind was not surveyed), so that a
    /// layout needs no ``Subject/parts`` to name rows.
    package var instanceIDs: [[String]]

    /// Slotted values of a subject of the vocabulary `order` describes (see ``values``, ``kinds`` and ``instanceIDs``).
    package init(order: SlotOrder, values: [SlotValue], kinds: [(start: Int, count: Int)], instanceIDs: [[String]]) {
        self.order = order
        self.values = values
        self.kinds = kinds
        self.instanceIDs = instanceIDs
    }
}

/// One slot's value, in the form columns need: a number in base units with its uncertainty, a bool,
/// a text (enum values included) or a day.
package enum SlotValue: Sendable, Equatable {
    /// Not given (or given as `null`).
    case missing
    case bool(Bool)
    /// A number in base units with the half-width of its uncertainty.
    case number(Double, accuracy: Double)
    case text(String)
    /// Days since an epoch (``Day/ordinal``).
    case date(Int)

    /// The slot value of `value`.
    package init(_ value: Value) {
        switch value {
        case .bool(let b): self = .bool(b)
        case .quantity(let q): self = .number(q.value, accuracy: q.accuracy)
        case .text(let s): self = .text(s)
        case .date(let d): self = .date(d.ordinal)
        }
    }
}

/// The names of a vocabulary's slots, in order: facts, part kinds, and each kind's attributes.
/// Two orders are equal when every name is (a layout uses slotted values only for its own order).
/// A class, so that every subject refers to its reader's order by one reference.
package final class SlotOrder: Sendable, Equatable {
    /// Fact names by slot.
    package let facts: [String]
    /// Part kind names by index.
    package let kinds: [String]
    /// Per part kind: attribute names by slot.
    package let attributes: [[String]]
    /// Whether some list repeats a name: then name lookups and slots disagree, and slotted values are not used.
    package let repeatsAName: Bool

    /// The slot order of `vocabulary` (its facts and parts as declared, inherited ones included).
    package init(_ vocabulary: Vocabulary) {
        facts = vocabulary.facts.map(\.name)
        kinds = vocabulary.parts.map(\.name)
        attributes = vocabulary.parts.map { $0.attributes.map(\.name) }
        repeatsAName = ([facts, kinds] + attributes).contains { Set($0).count != $0.count }
    }

    /// Whether both orders name the same slots.
    package static func == (a: SlotOrder, b: SlotOrder) -> Bool {
        a === b || (a.facts == b.facts && a.kinds == b.kinds && a.attributes == b.attributes)
    }
}
