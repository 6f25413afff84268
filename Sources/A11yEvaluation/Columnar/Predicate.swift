import A11yModel

/// A rule condition in the shape the columnar evaluator runs as tight loops: comparisons of one
/// attribute (or fact) column with constants, combined with Kleene `and`/`or`/`not`.
///
/// Truth values are coded so that Kleene logic is arithmetic: false 0, unknown 1, true 2
/// (`and` is min, `or` is max, `not` is 2 − x).
indirect enum Predicate: Sendable {
    /// `column OP constant`, the constant carrying its own uncertainty; `cut` is the same test folded
    /// into cut points for columns without uncertainty (see ``ThresholdCut``).
    case compare(column: Int, ComparisonOperator, constant: Double, accuracy: Double, cut: ThresholdCut?)
    /// A bool column taken as a condition.
    case truth(column: Int)
    case constant(UInt8)
    case not(Predicate)
    case and(Predicate, Predicate)
    case or(Predicate, Predicate)

    static let falseCode: UInt8 = 0
    static let unknownCode: UInt8 = 1
    static let trueCode: UInt8 = 2

    /// Translates a compiled node, if every name in it is a column of the scope and every other
    /// operand is a constant; nil sends the rule to the interpreter.
    ///
    /// - Parameters:
    ///   - node: The node.
    ///   - column: Maps a node naming a slot (attribute or fact, per the rule's scope) to its column.
    ///   - encode: Maps a constant text (an enum value) to its code in that column, if it has one.
    static func make(_ node: Node, column: (Node) -> Int?, encode: (Int, String) -> Double?) -> Predicate? {
        switch node {
        case .constant(.bool(let b)):
            return .constant(b ? trueCode : falseCode)
        case .not(let a):
            return make(a, column: column, encode: encode).map(Predicate.not)
        case .and(let a, let b):
            guard let l = make(a, column: column, encode: encode), let r = make(b, column: column, encode: encode) else { return nil }
            return .and(l, r)
        case .or(let a, let b):
            guard let l = make(a, column: column, encode: encode), let r = make(b, column: column, encode: encode) else { return nil }
            return .or(l, r)
        case .compare(let op, let a, let b):
            if let c = column(a), let constant = constantValue(b, column: c, encode: encode) {
                return .compare(column: c, op, constant: constant.0, accuracy: constant.1,
                                cut: constant.1 == 0 ? ThresholdCut(op, constant.0) : nil)
            }
            if let c = column(b), let constant = constantValue(a, column: c, encode: encode) {
                return .compare(column: c, op.flipped, constant: constant.0, accuracy: constant.1,
                                cut: constant.1 == 0 ? ThresholdCut(op.flipped, constant.0) : nil)
            }
            return nil
        case .inRange(let value, .constant(.number(let lo, 0)), .constant(.number(let hi, 0))):
            guard let c = column(value) else { return nil }
            return .and(.compare(column: c, .greaterOrEqual, constant: lo, accuracy: 0, cut: ThresholdCut(.greaterOrEqual, lo)),
                        .compare(column: c, .lessOrEqual, constant: hi, accuracy: 0, cut: ThresholdCut(.lessOrEqual, hi)))
        default:
            if let c = column(node) { return .truth(column: c) }
            return nil
        }
    }

    private static func constantValue(_ node: Node, column: Int, encode: (Int, String) -> Double?) -> (Double, Double)? {
        switch node {
        case .constant(.number(let v, let e)): return (v, e)
        case .constant(.bool(let b)): return (b ? 1 : 0, 0)
        case .constant(.text(let s)): return encode(column, s).map { ($0, 0) }
        case .negate(.constant(.number(let v, let e))): return (-v, e)
        default: return nil
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
