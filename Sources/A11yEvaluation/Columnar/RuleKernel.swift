import A11yModel

/// How the columnar engine runs one rule, chosen once per program from the rule's shape: the most
/// fused kernel that takes it. Every kernel gives the interpreter's outcomes (the equivalence tests).
enum RuleKernel: Sendable {
    /// `when` and check of at most two exact tests: one loop writes the outcomes.
    case leaves(LeafKernel)
    /// A table compared with a column or a constant: looked up only where the (fused) `when` holds.
    case table(TableComparison, when: Predicate?)
    /// A subject rule comparing a count of instances with a constant: counted and compared in one pass,
    /// where the (fused) `when` holds. Boxed (`indirect`): a count holds a leaf kernel for its filter, and
    /// inline it would make every rule's entry in a program's kernel list 217 bytes instead of a leaf kernel's 136.
    indirect case count(CountComparison, when: Predicate?)
    /// Any other shape the columnar translation takes: kernels for each part of the (fused) condition,
    /// then the outcome mapping.
    case general(when: Predicate?, check: Predicate)

    /// The kernel for a rule's translated `when` and check (`subjectRule`: its rows are subjects). Each
    /// kernel keeps only the predicates it runs: a leaf rule none, its leaves are compiled (at 100,000
    /// rules, keeping every rule's predicates as well took about 30 MB).
    init(when: Predicate?, check: Predicate, subjectRule: Bool) {
        if let kernel = LeafKernel(when: when, check: check) {
            self = .leaves(kernel)
            return
        }
        let fused = (when: when?.fusingLeaves(), check: check.fusingLeaves())
        if let table = TableComparison(fused.check) {
            self = .table(table, when: fused.when)
        } else if subjectRule, let count = CountComparison(fused.check) {
            self = .count(count, when: fused.when)
        } else {
            self = .general(when: fused.when, check: fused.check)
        }
    }

    /// The outcome code for a `when` truth code and a check truth code (false 0, unknown 1, true 2).
    @inline(__always)
    static func outcome(when w: UInt8, check c: UInt8) -> UInt8 {
        w == Predicate.trueCode ? (c == Predicate.trueCode ? passed : (c == Predicate.falseCode ? failed : cantTell))
            : (w == Predicate.falseCode ? inapplicable : cantTell)
    }

    /// The outcome code for a check truth code where the `when` holds, without a branch: the three
    /// outcome codes packed in an integer, shifted by the truth code.
    @inline(__always)
    static func outcome(check c: UInt8) -> UInt8 {
        let packed = UInt32(failed) | UInt32(cantTell) << 8 | UInt32(passed) << 16
        return UInt8(truncatingIfNeeded: packed >> (UInt32(c & 3) << 3))
    }

    @inline(__always) static var passed: UInt8 { ColumnarEvaluator.code(.passed) }
    @inline(__always) static var failed: UInt8 { ColumnarEvaluator.code(.failed) }
    @inline(__always) static var inapplicable: UInt8 { ColumnarEvaluator.code(.inapplicable) }
    @inline(__always) static var cantTell: UInt8 { ColumnarEvaluator.code(.cantTell) }

    /// The outcome bytes the C kernels write, by truth code (false, unknown, true), then inapplicable.
    static let outcomeCodes: SIMD4<UInt8> = [failed, cantTell, passed, inapplicable]

    /// An operator as the C kernels take it (`A11Y_OP_…`).
    static func operatorCode(_ op: ComparisonOperator) -> Int32 {
        switch op {
        case .equal: return 0
        case .notEqual: return 1
        case .less: return 2
        case .lessOrEqual: return 3
        case .greater: return 4
        case .greaterOrEqual: return 5
        }
    }

    /// The `when`'s truth codes over the rows, in a buffer the caller frees (nil: no `when`).
    static func whenCodes(_ when: Predicate?, _ context: ColumnContext, _ count: Int) -> UnsafeMutableBufferPointer<UInt8>? {
        guard let when else { return nil }
        let codes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count)
        Kernels.evaluate(when, context, into: codes)
        return codes
    }
}
