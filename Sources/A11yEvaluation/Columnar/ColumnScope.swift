import A11yModel

/// A column a kernel reads: a slot of the rows in scope (an attribute of the instances, or a fact when
/// the rows are subjects), or a subject fact read by instance rows (each row takes its subject's value).
enum ColumnRef: Sendable, Equatable {
    case scope(Int)
    case fact(Int)

    /// The column in 32 bits, never negative: twice the slot, plus one for a fact.
    var packed: Int32 {
        switch self {
        case .scope(let slot): return Int32(slot * 2)
        case .fact(let slot): return Int32(slot * 2 + 1)
        }
    }

    /// The column ``packed`` gives.
    init(packed: Int32) {
        let slot = Int(packed >> 1)
        self = packed & 1 == 0 ? .scope(slot) : .fact(slot)
    }
}

/// What the columnar translation knows about the rows an expression is evaluated over: the
/// instances of a part kind, or the subjects (kind nil).
struct ColumnScope {
    let layout: SlotLayout
    /// The part kind whose instances are the rows; nil: the rows are subjects.
    let kind: Int?

    /// The column a name node reads, if it is one.
    func ref(_ node: Node) -> ColumnRef? {
        switch node {
        case .attribute(let slot):
            // Bare names in a subject scope are compiled to facts; an attribute there has no column.
            return kind == nil ? nil : .scope(slot)
        case .fact(let slot):
            return kind == nil ? .scope(slot) : .fact(slot)
        default:
            return nil
        }
    }

    /// The declared type of a column.
    func type(_ ref: ColumnRef) -> AttributeType {
        switch ref {
        case .scope(let slot):
            guard let kind else { return layout.vocabulary.facts[slot].type }
            return layout.vocabulary.parts[kind].attributes[slot].type
        case .fact(let slot):
            return layout.vocabulary.facts[slot].type
        }
    }

    /// The scope of an aggregate's filter and body: the instances of `kind`.
    func inside(_ kind: Int) -> ColumnScope {
        ColumnScope(layout: layout, kind: kind)
    }

    /// A constant operand as the column stores it (an enum value by its index), with its accuracy.
    func constant(_ node: Node, for ref: ColumnRef) -> (value: Double, accuracy: Double)? {
        switch node {
        case .constant(.number(let v, let e)): return (v, e)
        case .constant(.bool(let b)): return (b ? 1 : 0, 0)
        case .constant(.text(let s)): return type(ref).enumValues?.firstIndex(of: s).map { (Double($0), 0) }
        case .negate(.constant(.number(let v, let e))): return (-v, e)
        default: return nil
        }
    }

    /// Whether the column is NaN exactly when the value is unknown, so `present` can read it (text is not
    /// stored; an enum value outside its list, possible through the API, would be NaN).
    func storesPresence(_ ref: ColumnRef) -> Bool {
        switch type(ref) {
        case .text, .enumeration: return false
        default: return true
        }
    }
}
