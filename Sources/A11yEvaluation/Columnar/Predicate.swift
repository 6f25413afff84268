import A11yModel

/// A rule condition in the shape the columnar evaluator runs as loops over columns: comparisons of a
/// column with constants, comparisons of computed values (tables, aggregates, arithmetic), `present`,
/// `all`/`any` over instances, combined with Kleene `and`/`or`/`not`.
///
/// Truth values are coded so that Kleene logic is arithmetic: false 0, unknown 1, true 2
/// (`and` is min, `or` is max, `not` is 2 − x).
indirect enum Predicate: Sendable {
    /// `column OP constant`, the constant carrying its own uncertainty; `cut` is the same test folded
    /// into cut points for exact values (see ``ThresholdCut``).
    case compare(ColumnRef, ComparisonOperator, constant: Double, accuracy: Double, cut: ThresholdCut?)
    /// `a OP b` between numeric values other than a column and a constant.
    case compareValues(ColumnValue, ComparisonOperator, ColumnValue)
    /// A bool column taken as a condition.
    case truth(ColumnRef)
    /// `present(name)`.
    case present(ColumnRef)
    /// `all(parts.KIND where FILTER, BODY)` (all true) or `any(…)`, per subject.
    case quantified(all: Bool, kind: Int, filter: Predicate?, body: Predicate?)
    case constant(UInt8)
    /// At most two exact tests joined by `and`/`or`/`not`, run as one fused loop (``fusingLeaves()``).
    case leaves(LeafKernel)
    case not(Predicate)
    case and(Predicate, Predicate)
    case or(Predicate, Predicate)

    static let falseCode: UInt8 = 0
    static let unknownCode: UInt8 = 1
    static let trueCode: UInt8 = 2

    /// Translates a compiled condition, if every part of it has a kernel; nil sends the rule to the
    /// interpreter.
    static func make(_ node: Node, in scope: ColumnScope) -> Predicate? {
        switch node {
        case .constant(.bool(let b)):
            return .constant(b ? trueCode : falseCode)
        case .not(let a):
            return make(a, in: scope).map(Predicate.not)
        case .and(let a, let b):
            guard let l = make(a, in: scope), let r = make(b, in: scope) else { return nil }
            return .and(l, r)
        case .or(let a, let b):
            guard let l = make(a, in: scope), let r = make(b, in: scope) else { return nil }
            return .or(l, r)
        case .compare(let op, let a, let b):
            // Bools and enum values only test equality (the interpreter compares them as values).
            if op.isOrdering, let ref = scope.ref(a) ?? scope.ref(b), scope.type(ref).dimension == nil { return nil }
            if let ref = scope.ref(a), let constant = scope.constant(b, for: ref) {
                return .compare(ref, op, constant: constant.value, accuracy: constant.accuracy,
                                cut: constant.accuracy == 0 ? ThresholdCut(op, constant.value) : nil)
            }
            if let ref = scope.ref(b), let constant = scope.constant(a, for: ref) {
                return .compare(ref, op.flipped, constant: constant.value, accuracy: constant.accuracy,
                                cut: constant.accuracy == 0 ? ThresholdCut(op.flipped, constant.value) : nil)
            }
            guard let l = ColumnValue.make(a, in: scope), let r = ColumnValue.make(b, in: scope) else { return nil }
            return .compareValues(l, op, r)
        case .inRange(let value, let lower, let upper):
            if let ref = scope.ref(value), case .constant(.number(let lo, 0)) = lower, case .constant(.number(let hi, 0)) = upper {
                return .and(.compare(ref, .greaterOrEqual, constant: lo, accuracy: 0, cut: ThresholdCut(.greaterOrEqual, lo)),
                            .compare(ref, .lessOrEqual, constant: hi, accuracy: 0, cut: ThresholdCut(.lessOrEqual, hi)))
            }
            guard let v = ColumnValue.make(value, in: scope), let lo = ColumnValue.make(lower, in: scope),
                  let hi = ColumnValue.make(upper, in: scope) else { return nil }
            return .and(.compareValues(v, .greaterOrEqual, lo), .compareValues(v, .lessOrEqual, hi))
        case .presentAttribute(let slot):
            guard scope.kind != nil, scope.storesPresence(.scope(slot)) else { return nil }
            return .present(.scope(slot))
        case .presentFact(let slot):
            let ref: ColumnRef = scope.kind == nil ? .scope(slot) : .fact(slot)
            guard scope.storesPresence(ref) else { return nil }
            return .present(ref)
        case .aggregate(let aggregate, let kind, let filter, let body) where aggregate == .all || aggregate == .any:
            let inner = scope.inside(kind)
            var filterPredicate: Predicate?
            if let filter {
                guard let translated = make(filter, in: inner) else { return nil }
                filterPredicate = translated
            }
            var bodyPredicate: Predicate?
            if let body {
                guard let translated = make(body, in: inner) else { return nil }
                bodyPredicate = translated
            }
            return .quantified(all: aggregate == .all, kind: kind, filter: filterPredicate, body: bodyPredicate)
        case .attribute, .fact:
            guard let ref = scope.ref(node), scope.type(ref) == .bool else { return nil }
            return .truth(ref)
        default:
            return nil
        }
    }
}

extension Predicate {
    /// The same condition with every part that is at most two exact tests replaced by one ``LeafKernel``.
    func fusingLeaves() -> Predicate {
        if case .leaves = self { return self }
        if let kernel = LeafKernel(condition: self) { return .leaves(kernel) }
        switch self {
        case .not(let a): return .not(a.fusingLeaves())
        case .and(let a, let b): return .and(a.fusingLeaves(), b.fusingLeaves())
        case .or(let a, let b): return .or(a.fusingLeaves(), b.fusingLeaves())
        case .quantified(let all, let kind, let filter, let body):
            return .quantified(all: all, kind: kind, filter: filter?.fusingLeaves(), body: body?.fusingLeaves())
        case .compareValues(let a, let op, let b): return .compareValues(a.fusingLeaves(), op, b.fusingLeaves())
        default: return self
        }
    }
}

extension ColumnValue {
    /// The same value with the conditions inside it (aggregate filters) fused (``Predicate/fusingLeaves()``).
    func fusingLeaves() -> ColumnValue {
        switch self {
        case .column, .constant: return self
        case .negate(let a): return .negate(a.fusingLeaves())
        case .arithmetic(let op, let a, let b): return .arithmetic(op, a.fusingLeaves(), b.fusingLeaves())
        case .function(let function, let arguments): return .function(function, arguments.map { $0.fusingLeaves() })
        case .table(let index, let input): return .table(index, input.fusingLeaves())
        case .count(let kind, let filter): return .count(kind: kind, filter: filter?.fusingLeaves())
        case .extreme(let min, let kind, let filter, let body):
            return .extreme(min: min, kind: kind, filter: filter?.fusingLeaves(), body: body.fusingLeaves())
        }
    }
}

extension ComparisonOperator {
    /// The operator with its operands swapped: `c < x` is `x > c`.
    var flipped: ComparisonOperator {
        switch self {
        case .less: return .greater
        case .lessOrEqual: return .greaterOrEqual
        case .greater: return .less
        case .greaterOrEqual: return .lessOrEqual
        case .equal, .notEqual: return self
        }
    }
}
