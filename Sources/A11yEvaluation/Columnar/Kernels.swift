import A11yModel

/// The inner loops of the columnar evaluator for conditions. Each writes one truth code per row (false 0,
/// unknown 1, true 2) with the same tolerance and uncertainty rules as ``Interpreter``, so both paths
/// agree on every input.
enum Kernels {
    /// Evaluates `predicate` over the rows of `context` into `out`.
    static func evaluate(_ predicate: Predicate, _ context: ColumnContext, into out: UnsafeMutableBufferPointer<UInt8>) {
        switch predicate {
        case .leaves(let kernel):
            kernel.run(context, into: out)
        case .constant(let code):
            out.initialize(repeating: code)
        case .truth(let ref):
            context.column(ref).values.withUnsafeBufferPointer { v in
                for i in 0..<out.count {
                    let x = v[i]
                    out[i] = x.isNaN ? Predicate.unknownCode : (x != 0 ? Predicate.trueCode : Predicate.falseCode)
                }
            }
        case .present(let ref):
            context.column(ref).values.withUnsafeBufferPointer { v in
                for i in 0..<out.count { out[i] = v[i].isNaN ? Predicate.falseCode : Predicate.trueCode }
            }
        case .compare(let ref, let op, let c, let ec, let cut):
            compare(context.column(ref), op, c, ec, cut, codes: (2, 0, 1), out)
        case .compareValues(let a, let op, let b):
            ValueKernels.compare(ValueKernels.evaluate(a, context), op, ValueKernels.evaluate(b, context), into: out)
        case .quantified(let all, let kind, let filter, let body):
            let perSubject = AggregateKernels.quantified(all: all, filter: filter, body: body, context.inside(kind))
            guard let scope = context.kind else {
                for i in 0..<out.count { out[i] = perSubject[i] }
                return
            }
            let owners = context.chunk.kindOwners[scope]
            for i in 0..<out.count { out[i] = perSubject[Int(owners[i])] }
        case .not(let inner):
            evaluate(inner, context, into: out)
            for i in 0..<out.count { out[i] = 2 &- out[i] }
        case .and(let a, let b), .or(let a, let b):
            let right = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: out.count)
            defer { right.deallocate() }
            evaluate(a, context, into: out)
            evaluate(b, context, into: right)
            if case .and = predicate {
                for i in 0..<out.count { out[i] = min(out[i], right[i]) }
            } else {
                for i in 0..<out.count { out[i] = max(out[i], right[i]) }
            }
        }
    }

    /// `column OP c` (the constant with accuracy `ec`) into `codes` (true, false, unknown). Exact
    /// constants take the cut-point loop over the whole column, then the rows with an uncertainty are
    /// patched from the column's sparse list, so the loop has no branch per row for them.
    static func compare(_ column: Column, _ op: ComparisonOperator, _ c: Double, _ ec: Double, _ cut: ThresholdCut?,
                        codes: (yes: UInt8, no: UInt8, unknown: UInt8), _ out: UnsafeMutableBufferPointer<UInt8>) {
        if ec == 0, let cut {
            compare(column.values, cut, negated: op == .notEqual, codes: codes, out)
            if let accuracy = column.accuracies { patch(column, accuracy, op, c, codes: codes, out) }
            return
        }
        if let accuracy = column.accuracies {
            compareUncertain(column.values, accuracy, op, c, ec, out)
        } else if ec != 0 {
            compareUncertain(column.values, [Double](repeating: 0, count: out.count), op, c, ec, out)
        } else {
            compareExact(column.values, op, c, out)
        }
        if codes != (2, 0, 1) {
            let table = [codes.no, codes.unknown, codes.yes]
            for i in 0..<out.count { out[i] = table[Int(out[i])] }
        }
    }

    /// Rewrites the rows of `column` that carry an uncertainty with the interval test of ``Tolerance``.
    static func patch(_ column: Column, _ accuracy: [Double], _ op: ComparisonOperator, _ c: Double,
                      codes: (yes: UInt8, no: UInt8, unknown: UInt8), _ out: UnsafeMutableBufferPointer<UInt8>) {
        column.values.withUnsafeBufferPointer { v in
            accuracy.withUnsafeBufferPointer { a in
                for row in column.uncertainRows {
                    let i = Int(row)
                    let result = ValueKernels.truth(op, v[i], a[i], c, 0)
                    out[i] = result == 2 ? codes.yes : (result == 0 ? codes.no : codes.unknown)
                }
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
                within(v, low, high, codes: (inside, outside, unknown), out)
            }
        }
    }

    /// `low <= x <= high` over a column, without a branch per row: the two tests index a table (both false
    /// only for NaN when `low <= high`; an empty range takes the plain loop).
    static func within(_ v: UnsafeBufferPointer<Double>, _ low: Double, _ high: Double,
                       codes: (inside: UInt8, outside: UInt8, unknown: UInt8), _ out: UnsafeMutableBufferPointer<UInt8>) {
        guard low <= high else {
            for i in 0..<out.count {
                let x = v[i]
                out[i] = x.isNaN ? codes.unknown : (x >= low && x <= high ? codes.inside : codes.outside)
            }
            return
        }
        // Index: bit 0 `x >= low`, bit 1 `x <= high`; 0 is NaN, 1 and 2 outside, 3 inside.
        let table = UInt32(codes.unknown) | UInt32(codes.outside) << 8 | UInt32(codes.outside) << 16 | UInt32(codes.inside) << 24
        for i in 0..<out.count {
            let x = v[i]
            let index = UInt32(x >= low ? 1 : 0) | UInt32(x <= high ? 2 : 0)
            out[i] = UInt8(truncatingIfNeeded: table >> (index << 3))
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
