import A11yModel

/// The untyped syntax tree of an expression, as parsed; ``TypeChecker`` turns it into an ``Expression``.
indirect enum Syntax: Sendable {
    case quantity(Quantity, Range<Int>)
    case string(String, Range<Int>)
    case boolean(Bool, Range<Int>)
    /// A dotted name: `slope`, `subject.parking_spaces`, `parts.ramp`.
    case name([String], Range<Int>)
    case unary(String, Syntax, Range<Int>)
    case binary(String, Syntax, Syntax, Range<Int>)
    case inRange(Syntax, Syntax, Syntax, Range<Int>)
    /// `NAME(ARGS)`; an argument may be `LIST where COND`.
    case call(String, nameRange: Range<Int>, [Syntax], Range<Int>)
    /// `LIST where COND`, only as a call argument.
    case filtered(Syntax, Syntax, Range<Int>)

    /// The same node over `range` (a parenthesised expression spans its parentheses).
    func spanning(_ range: Range<Int>) -> Syntax {
        switch self {
        case .quantity(let q, _): return .quantity(q, range)
        case .string(let s, _): return .string(s, range)
        case .boolean(let b, _): return .boolean(b, range)
        case .name(let path, _): return .name(path, range)
        case .unary(let op, let a, _): return .unary(op, a, range)
        case .binary(let op, let a, let b, _): return .binary(op, a, b, range)
        case .inRange(let a, let b, let c, _): return .inRange(a, b, c, range)
        case .call(let name, let nameRange, let arguments, _): return .call(name, nameRange: nameRange, arguments, range)
        case .filtered(let a, let b, _): return .filtered(a, b, range)
        }
    }

    var range: Range<Int> {
        switch self {
        case .quantity(_, let r), .string(_, let r), .boolean(_, let r), .name(_, let r), .unary(_, _, let r),
             .binary(_, _, _, let r), .inRange(_, _, _, let r), .call(_, _, _, let r), .filtered(_, _, let r):
            return r
        }
    }
}
