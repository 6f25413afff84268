import A11yModel

/// The inner loops of the columnar evaluator. Each writes one truth code per row (false 0, unknown 1,
/// true 2) with the same tolerance and uncertainty rules as ``Interpreter``, so both paths agree on
/// every input.
enum Kernels {
    /// Evaluates `predicate` over `store` into `out`, using `scratch` for sub-results.
    static func evaluate(_ predicate: Predicate, _ store: ColumnStore, into out: UnsafeMutableBufferPointer<UInt8>) {
        switch predicate {
        case .constant(let code):
            out.initialize(repeating: code)
        case .truth(let column):
            store.values[column].withUnsafeBufferPointer { v in
                for i in 0..<out.count {
                    let x = v[i]
                    out[i] = x.isNaN ? Predicate.unknownCode : (x != 0 ? Predicate.trueCode : Predicate.falseCode)
                }
            }
        case .compare(let column, let op, let c, let ec, let cut):
            if let accuracy = store.accuracies[column], let cut, ec == 0 {
                compareMixed(store.values[column], accuracy, op, c, cut, out)
            } else if let accuracy = store.accuracies[column] {
                compareUncertain(store.values[column], accuracy, op, c, ec, out)
            } else if ec != 0 {
                compareUncertain(store.values[column], [Double](repeating: 0, count: store.count), op, c, ec, out)
            } else if let cut {
                compare(store.values[column], cut, negated: op == .notEqual, codes: (2, 0, 1), out)
            } else {
                compareExact(store.values[column], op, c, out)
            }
        case .not(let inner):
            evaluate(inner, store, into: out)
            for i in 0..<out.count { out[i] = 2 &- out[i] }
        case .and(let a, let b), .or(let a, let b):
            let right = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: out.count)
            defer { right.deallocate() }
            evaluate(a, store, into: out)
            evaluate(b, store, into: right)
            if case .and = predicate {
                for i in 0..<out.count { out[i] = min(out[i], right[i]) }
            } else {
                for i in 0..<out.count { out[i] = max(out[i], right[i]) }
            }
        }
    }

    /// Exact values against an exact constant: NaN (missing) fails both tests and comes out unknown.
    private static func compareExact(_ values: [Double], _ op: ComparisonOperator, _ c: Double, _ out: UnsafeMutableBufferPointer<UInt8>) {
        let m = max(1, abs(c))
        // eps = 1e-9 × max(1, |x|, |c|), as in Tolerance.epsilon, written so the loops vectorise.
        @inline(__always) func epsilon(_ x: Double) -> Double {
            let ax = x.magnitude
            return 1e-9 * (ax > m ? ax : m)
        }
        values.withUnsafeBufferPointer { v in
            switch op {
            case .lessOrEqual:
                for i in 0..<out.count {
                    let x = v[i], eps = epsilon(x)
                    out[i] = x <= c + eps ? 2 : (x > c + eps ? 0 : 1)
                }
            case .greaterOrEqual:
                for i in 0..<out.count {
                    let x = v[i], eps = epsilon(x)
                    out[i] = c <= x + eps ? 2 : (c > x + eps ? 0 : 1)
                }
            case .less:
                for i in 0..<out.count {
                    let x = v[i], eps = epsilon(x)
                    out[i] = x < c - eps ? 2 : (x >= c - eps ? 0 : 1)
                }
            case .greater:
                for i in 0..<out.count {
                    let x = v[i], eps = epsilon(x)
                    out[i] = c < x - eps ? 2 : (c >= x - eps ? 0 : 1)
                }
            case .equal:
                for i in 0..<out.count {
                    let x = v[i], eps = epsilon(x)
                    out[i] = x.isNaN ? 1 : (abs(x - c) > eps ? 0 : 2)
                }
            case .notEqual:
                for i in 0..<out.count {
                    let x = v[i], eps = epsilon(x)
                    out[i] = x.isNaN ? 1 : (abs(x - c) > eps ? 2 : 0)
                }
            }
        }
    }

    /// The tolerance folded into cut points: the same loop as a bare comparison. `codes` are the bytes
    /// written for true, false and unknown (truth codes, or outcome codes when the caller fuses the
    /// outcome mapping into this loop).
    static func compare(_ values: [Double], _ cut: ThresholdCut, negated: Bool, codes: (yes: UInt8, no: UInt8, unknown: UInt8),
                        _ out: UnsafeMutableBufferPointer<UInt8>) {
        let (yes, no, unknown) = codes
        values.withUnsafeBufferPointer { v in
            switch cut {
            case .atMost(let t):
                for i in 0..<out.count {
                    let x = v[i]
                    out[i] = x <= t ? yes : (x > t ? no : unknown)
                }
            case .atLeast(let t):
                for i in 0..<out.count {
                    let x = v[i]
                    out[i] = x >= t ? yes : (x < t ? no : unknown)
                }
            case .within(let low, let high):
                let (inside, outside) = negated ? (no, yes) : (yes, no)
                for i in 0..<out.count {
                    let x = v[i]
                    out[i] = x.isNaN ? unknown : (x >= low && x <= high ? inside : outside)
                }
            }
        }
    }

    /// A column where only some values carry an uncertainty: exact values take the cut points, the
    /// others the interval test (most columns are mostly exact, so the branch predicts well).
    private static func compareMixed(_ values: [Double], _ accuracy: [Double], _ op: ComparisonOperator, _ c: Double,
                                     _ cut: ThresholdCut, _ out: UnsafeMutableBufferPointer<UInt8>) {
        func code(_ result: Bool?) -> UInt8 { result.map { $0 ? 2 : 0 } ?? 1 }
        values.withUnsafeBufferPointer { v in
            accuracy.withUnsafeBufferPointer { a in
                for i in 0..<out.count {
                    let x = v[i], e = a[i]
                    if e == 0 {
                        switch cut {
                        case .atMost(let t): out[i] = x <= t ? 2 : (x > t ? 0 : 1)
                        case .atLeast(let t): out[i] = x >= t ? 2 : (x < t ? 0 : 1)
                        case .within(let low, let high):
                            let inside = x >= low && x <= high
                            out[i] = x.isNaN ? 1 : (inside == (op == .equal) ? 2 : 0)
                        }
                    } else if x.isNaN {
                        out[i] = 1
                    } else {
                        switch op {
                        case .lessOrEqual: out[i] = code(Tolerance.lessOrEqual(x, e, c, 0))
                        case .less: out[i] = code(Tolerance.less(x, e, c, 0))
                        case .greaterOrEqual: out[i] = code(Tolerance.lessOrEqual(c, 0, x, e))
                        case .greater: out[i] = code(Tolerance.less(c, 0, x, e))
                        case .equal: out[i] = code(Tolerance.equal(x, e, c, 0))
                        case .notEqual: out[i] = code(Tolerance.equal(x, e, c, 0).map { !$0 })
                        }
                    }
                }
            }
        }
    }

    /// Values with uncertainty: a threshold inside the interval is unknown. The same inequalities as
    /// ``Tolerance``, written out so the loop has no optionals; NaN (missing) fails every test.
    private static func compareUncertain(_ values: [Double], _ accuracy: [Double], _ op: ComparisonOperator, _ c: Double, _ ec: Double,
                                         _ out: UnsafeMutableBufferPointer<UInt8>) {
        let m = max(1, abs(c))
        values.withUnsafeBufferPointer { v in
            accuracy.withUnsafeBufferPointer { a in
                switch op {
                case .lessOrEqual:
                    for i in 0..<out.count {
                        let x = v[i], e = a[i], eps = 1e-9 * max(m, abs(x))
                        out[i] = x + e <= c - ec + eps ? 2 : (x - e > c + ec + eps ? 0 : 1)
                    }
                case .greaterOrEqual:
                    for i in 0..<out.count {
                        let x = v[i], e = a[i], eps = 1e-9 * max(m, abs(x))
                        out[i] = c + ec <= x - e + eps ? 2 : (c - ec > x + e + eps ? 0 : 1)
                    }
                case .less:
                    for i in 0..<out.count {
                        let x = v[i], e = a[i], eps = 1e-9 * max(m, abs(x))
                        out[i] = x + e < c - ec - eps ? 2 : (x - e >= c + ec - eps ? 0 : 1)
                    }
                case .greater:
                    for i in 0..<out.count {
                        let x = v[i], e = a[i], eps = 1e-9 * max(m, abs(x))
                        out[i] = c + ec < x - e - eps ? 2 : (c - ec >= x + e - eps ? 0 : 1)
                    }
                case .equal, .notEqual:
                    let (yes, no): (UInt8, UInt8) = op == .equal ? (2, 0) : (0, 2)
                    for i in 0..<out.count {
                        let x = v[i], e = a[i], eps = 1e-9 * max(m, abs(x))
                        out[i] = x.isNaN ? 1 : (abs(x - c) > e + ec + eps ? no : (e == 0 && ec == 0 ? yes : 1))
                    }
                }
            }
        }
    }
}
