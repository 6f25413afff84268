import A11yModel
internal import CColumnKernels

/// One exact test of one column folded into a closed interval, the unit the fused loops
/// (``LeafKernel``) are built from: a value's *leaf index* is `(x >= low) | (x <= high) << 1`, so 3 is
/// inside, 1 and 2 are outside, and 0 is NaN (unknown). A threshold's cut point has an infinite other
/// end, an enum value or an equality its interval (``ThresholdCut``), a bool column is tested against
/// [0, 0] (inside is false) and `present` against the whole line (only NaN is outside it).
///
/// The loop takes every value as exact; for a comparison, the rows of its column that carry an
/// uncertainty are redone afterwards with the interpreter's interval test (``truth(row:of:)``).
struct FusedLeaf: Sendable {
    /// The column tested.
    let ref: ColumnRef
    let low: Double
    let high: Double
    /// Truth codes (false 0, unknown 1, true 2) for a NaN, an outside and an inside value.
    let nan: UInt8, outside: UInt8, inside: UInt8
    /// For a comparison: its operator and constant, to redo the rows with an uncertainty.
    let comparison: (op: ComparisonOperator, constant: Double)?

    /// The leaf `predicate` is, if it is one: an exact comparison with a cut, a bool column, or `present`.
    init?(_ predicate: Predicate) {
        let (no, unknown, yes) = (Predicate.falseCode, Predicate.unknownCode, Predicate.trueCode)
        switch predicate {
        case .truth(let ref):
            self.ref = ref
            (low, high, nan, outside, inside) = (0, 0, unknown, yes, no)
            comparison = nil
        case .present(let ref):
            self.ref = ref
            (low, high, nan, outside, inside) = (-.infinity, .infinity, no, yes, yes)
            comparison = nil
        case .compare(let ref, let op, let c, 0, let cut?):
            switch cut {
            case .atMost(let t): (low, high, nan, outside, inside) = (-.infinity, t, unknown, no, yes)
            case .atLeast(let t): (low, high, nan, outside, inside) = (t, .infinity, unknown, no, yes)
            case .within(let l, let h):
                // An empty interval would leave values that are not NaN on index 0: not a leaf.
                guard l <= h else { return nil }
                let (i, o) = op == .notEqual ? (no, yes) : (yes, no)
                (low, high, nan, outside, inside) = (l, h, unknown, o, i)
            }
            self.ref = ref
            comparison = (op, c)
        default:
            return nil
        }
    }

    /// The truth code of leaf index `index` (0 to 3).
    @inline(__always)
    func truth(index: Int) -> UInt8 {
        index == 3 ? inside : (index == 0 ? nan : outside)
    }

    /// This leaf as the C loop takes it.
    var compiled: a11y_leaf {
        a11y_leaf(low: low, high: high, constant: comparison?.constant ?? 0, op: comparison.map { RuleKernel.operatorCode($0.op) } ?? -1,
                  nan: nan, outside: outside, inside: inside)
    }

    /// The second leaf of a rule that has one.
    static let unused = a11y_leaf(low: 0, high: 0, constant: 0, op: -1, nan: 0, outside: 0, inside: 0)
}
