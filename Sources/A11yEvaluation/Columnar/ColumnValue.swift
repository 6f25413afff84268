import A11yModel

/// A numeric expression in the shape the columnar evaluator computes column by column: one value
/// and one accuracy per row, NaN for unknown (the interpreter's `Datum.number` and `.unknown`).
indirect enum ColumnValue: Sendable {
    /// A numeric column.
    case column(ColumnRef)
    case constant(Double, accuracy: Double)
    case negate(ColumnValue)
    case arithmetic(ArithmeticOperator, ColumnValue, ColumnValue)
    case function(Function, [ColumnValue])
    /// A table of the program (by index) applied to a value.
    case table(Int, ColumnValue)
    /// `count(parts.KIND where FILTER)`, per subject.
    case count(kind: Int, filter: Predicate?)
    /// `min(parts.KIND where FILTER, BODY)` or `max(…)`, per subject.
    case extreme(min: Bool, kind: Int, filter: Predicate?, body: ColumnValue)

    /// Translates a compiled numeric expression, if every part of it has a kernel.
    static func make(_ node: Node, in scope: ColumnScope) -> ColumnValue? {
        switch node {
        case .constant(.number(let v, let e)):
            return .constant(v, accuracy: e)
        case .attribute, .fact:
            guard let ref = scope.ref(node), scope.type(ref).dimension != nil else { return nil }
            return .column(ref)
        case .negate(let a):
            return make(a, in: scope).map(ColumnValue.negate)
        case .arithmetic(let op, let a, let b):
            guard let l = make(a, in: scope), let r = make(b, in: scope) else { return nil }
            return .arithmetic(op, l, r)
        case .function(let function, let arguments):
            var values: [ColumnValue] = []
            for argument in arguments {
                guard let value = make(argument, in: scope) else { return nil }
                values.append(value)
            }
            return .function(function, values)
        case .table(let index, let input):
            return make(input, in: scope).map { .table(index, $0) }
        case .aggregate(.count, let kind, let filter, _):
            guard let filter else { return .count(kind: kind, filter: nil) }
            return Predicate.make(filter, in: scope.inside(kind)).map { .count(kind: kind, filter: $0) }
        case .aggregate(let aggregate, let kind, let filter, let body?) where aggregate == .min || aggregate == .max:
            let inner = scope.inside(kind)
            guard let value = make(body, in: inner) else { return nil }
            var filterPredicate: Predicate?
            if let filter {
                guard let translated = Predicate.make(filter, in: inner) else { return nil }
                filterPredicate = translated
            }
            return .extreme(min: aggregate == .min, kind: kind, filter: filterPredicate, body: value)
        default:
            return nil
        }
    }
}
