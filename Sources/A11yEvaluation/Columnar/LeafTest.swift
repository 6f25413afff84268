import A11yModel

/// A condition that is one test of one exact column (a bool column, or a comparison folded into cut
/// points), so a loop over another result can compute it row by row without a buffer of its own.
struct LeafTest {
    enum Test {
        case truth
        case cut(ThresholdCut, negated: Bool)
    }

    let values: [Double]
    let test: Test

    /// The test `predicate` makes, if it is such a leaf over a column with no uncertainty.
    init?(_ predicate: Predicate, _ context: ColumnContext) {
        switch predicate {
        case .truth(let ref):
            let column = context.column(ref)
            guard column.accuracies == nil else { return nil }
            values = column.values
            test = .truth
        case .compare(let ref, let op, _, 0, let cut?):
            let column = context.column(ref)
            guard column.accuracies == nil else { return nil }
            values = column.values
            test = .cut(cut, negated: op == .notEqual)
        default:
            return nil
        }
    }

    /// The truth code (false 0, unknown 1, true 2) of the test for the value `x`, as ``Kernels`` computes it.
    @inline(__always)
    func truth(_ x: Double) -> UInt8 {
        switch test {
        case .truth:
            return x.isNaN ? Predicate.unknownCode : (x != 0 ? Predicate.trueCode : Predicate.falseCode)
        case .cut(.atMost(let t), _):
            return x <= t ? Predicate.trueCode : (x > t ? Predicate.falseCode : Predicate.unknownCode)
        case .cut(.atLeast(let t), _):
            return x >= t ? Predicate.trueCode : (x < t ? Predicate.falseCode : Predicate.unknownCode)
        case .cut(.within(let low, let high), let negated):
            let inside = x >= low && x <= high
            return x.isNaN ? Predicate.unknownCode : (inside != negated ? Predicate.trueCode : Predicate.falseCode)
        }
    }
}
