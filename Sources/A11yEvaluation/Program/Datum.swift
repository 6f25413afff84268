import A11yModel

/// A runtime value: what an attribute holds, or what an expression evaluates to. `unknown` is the
/// third truth value and also stands for a missing attribute.
enum Datum: Sendable, Hashable {
    case unknown
    case bool(Bool)
    /// A number in base units with the half-width of its uncertainty.
    case number(Double, accuracy: Double)
    case text(String)
    /// Days since an epoch (``Day/ordinal``).
    case date(Int)

    init(_ value: Value) {
        switch value {
        case .bool(let b): self = .bool(b)
        case .quantity(let q): self = .number(q.value, accuracy: q.accuracy)
        case .text(let s): self = .text(s)
        case .date(let d): self = .date(d.ordinal)
        }
    }

    var isUnknown: Bool { self == .unknown }
}

/// Three-valued (Kleene) logic helpers.
enum Logic {
    static func and(_ a: Datum, _ b: @autoclosure () -> Datum) -> Datum {
        if a == .bool(false) { return .bool(false) }
        let right = b()
        if right == .bool(false) { return .bool(false) }
        if a == .bool(true), right == .bool(true) { return .bool(true) }
        return .unknown
    }

    static func or(_ a: Datum, _ b: @autoclosure () -> Datum) -> Datum {
        if a == .bool(true) { return .bool(true) }
        let right = b()
        if right == .bool(true) { return .bool(true) }
        if a == .bool(false), right == .bool(false) { return .bool(false) }
        return .unknown
    }

    static func not(_ a: Datum) -> Datum {
        if case .bool(let b) = a { return .bool(!b) }
        return .unknown
    }
}
