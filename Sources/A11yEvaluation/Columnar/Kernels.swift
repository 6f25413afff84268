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
        case .compare(let column, let op, let c, let ec):
            if let accuracy = store.accuracies[column] {
                compareUncertain(store.values[column], accuracy, op, c, ec, out)
            } else if ec != 0 {
                compareUncertain(store.values[column], [Double](repeating: 0, count: store.count), op, c, ec, out)
            } else {
                compareExact(store.values[column], op, c, out)
            }
        case .inRange(let column, let lower, let upper):
            let lowerOut = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: out.count)
            defer { lowerOut.deallocate() }
            evaluate(.compare(column: column, .greaterOrEqual, constant: lower, accuracy: 0), store, into: lowerOut)
            evaluate(.compare(column: column, .lessOrEqual, constant: upper, accuracy: 0), store, into: out)
            for i in 0..<out.count { out[i] = min(out[i], lowerOut[i]) }
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
