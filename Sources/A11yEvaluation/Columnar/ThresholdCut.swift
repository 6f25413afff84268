import A11yModel

/// An exact comparison `x OP c` (with the interpreter's relative tolerance) reduced to plain
/// comparisons against precomputed cut points, so the column loop is as lean as a hand-written C
/// loop and still gives the interpreter's answer for every double.
///
/// The tolerance `1e-9 × max(1, |x|, |c|)` makes the truth of `x <= c` a monotone step in `x`; the
/// step lies within a few parts per billion of `c`. The cut is found by binary search over the
/// doubles of that neighbourhood, evaluating the interpreter's own ``Tolerance`` functions, so both
/// paths agree by construction.
enum ThresholdCut {
    /// `x <= upper` is the answer (for `<=`, `<`).
    case atMost(Double)
    /// `x >= lower` is the answer (for `>=`, `>`).
    case atLeast(Double)
    /// `lower <= x <= upper` is the answer (for `==`; `!=` negates it).
    case within(Double, Double)

    /// The cut for `x OP c` with exact values, or nil when the neighbourhood does not bracket the step
    /// (then the caller keeps the per-value tolerance loop).
    init?(_ op: ComparisonOperator, _ c: Double) {
        guard c.isFinite else { return nil }
        let truth: (Double) -> Bool
        switch op {
        case .lessOrEqual: truth = { Tolerance.lessOrEqual($0, 0, c, 0) == true }
        case .less: truth = { Tolerance.less($0, 0, c, 0) == true }
        case .greaterOrEqual: truth = { Tolerance.lessOrEqual(c, 0, $0, 0) == true }
        case .greater: truth = { Tolerance.less(c, 0, $0, 0) == true }
        case .equal, .notEqual: truth = { Tolerance.equal($0, 0, c, 0) == true }
        }
        let reach = 1e-6 * max(1, abs(c))
        let low = c - reach, high = c + reach
        switch op {
        case .lessOrEqual, .less:
            guard truth(low), !truth(high), let cut = Self.lastTrue(truth, from: low, to: high) else { return nil }
            self = .atMost(cut)
        case .greaterOrEqual, .greater:
            let falseness: (Double) -> Bool = { !truth($0) }
            guard falseness(low), !falseness(high), let last = Self.lastTrue(falseness, from: low, to: high) else { return nil }
            self = .atLeast(last.nextUp)
        case .equal, .notEqual:
            // True on an interval around c: find both ends.
            guard truth(c), !truth(low), !truth(high) else { return nil }
            let below: (Double) -> Bool = { !truth($0) }
            guard let lastFalseBelow = Self.lastTrue(below, from: low, to: c),
                  let lastTrueAbove = Self.lastTrue(truth, from: c, to: high) else { return nil }
            self = .within(lastFalseBelow.nextUp, lastTrueAbove)
        }
    }

    /// The largest double in `[from, to]` where `predicate` holds, given it holds at `from`, fails at
    /// `to` and switches once in between.
    private static func lastTrue(_ predicate: (Double) -> Bool, from: Double, to: Double) -> Double? {
        var low = key(from), high = key(to)
        guard low < high else { return nil }
        while high - low > 1 {
            let mid = low + (high - low) / 2
            if predicate(value(mid)) { low = mid } else { high = mid }
        }
        return value(low)
    }

    /// Doubles as integers in the same order (negative values mirrored).
    private static func key(_ x: Double) -> Int64 {
        let bits = Int64(bitPattern: x.bitPattern)
        return bits < 0 ? Int64.min - bits : bits
    }

    private static func value(_ key: Int64) -> Double {
        Double(bitPattern: UInt64(bitPattern: key < 0 ? Int64.min - key : key))
    }
}
