import A11yModel

/// Rule shapes whose computed side is fused into the loop that writes outcomes: a table compared with
/// a column or a constant (`width <= max-rise(slope)`), and a subject's count of instances compared
/// with a constant (`count(parts.ramp where width < 900 mm) == 0`). The `when` is computed first (one
/// fused leaf loop when it is a simple test); the table is looked up only on rows where it holds, and
/// a count is reduced, compared and mapped to an outcome in one pass over the subjects. Each step is
/// the same arithmetic as the unfused kernels (``TableKernel``, ``AggregateKernels``,
/// ``ValueKernels/truth(_:_:_:_:_:)``), so the outcomes are the interpreter's.
enum FusedKernels {
    /// The outcome code for a `when` truth code and a check truth code.
    @inline(__always)
    static func outcome(when w: UInt8, check c: UInt8) -> UInt8 {
        w == Predicate.trueCode ? (c == Predicate.trueCode ? passed : (c == Predicate.falseCode ? failed : cantTell))
            : (w == Predicate.falseCode ? inapplicable : cantTell)
    }

    static let passed = ColumnarEvaluator.code(.passed)
    static let failed = ColumnarEvaluator.code(.failed)
    static let inapplicable = ColumnarEvaluator.code(.inapplicable)
    static let cantTell = ColumnarEvaluator.code(.cantTell)

    /// `x OP table(input)` or `table(input) OP x` (x a column or a constant, input a column), with the
    /// rule's `when`: outcomes in one loop that looks the table up only where the `when` holds.
    static func tableComparison(when: Predicate?, check: Predicate, _ context: ColumnContext,
                                into out: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        guard case .compareValues(let left, let op, let right) = check else { return false }
        let tableOnLeft: Bool
        let index: Int, input: ColumnRef, other: ColumnValue
        if case .table(let t, .column(let ref)) = left {
            (tableOnLeft, index, input, other) = (true, t, ref, right)
        } else if case .table(let t, .column(let ref)) = right {
            (tableOnLeft, index, input, other) = (false, t, ref, left)
        } else {
            return false
        }
        // The other side: a column or a constant, as (values, accuracies) or one value.
        var otherColumn: Column?
        var otherConstant = (value: 0.0, accuracy: 0.0)
        switch other {
        case .column(let ref): otherColumn = context.column(ref)
        case .constant(let v, let e): otherConstant = (v, e)
        default: return false
        }
        let count = out.count
        let conditions = whenCodes(when, context, count)
        defer { conditions?.deallocate() }
        let table = context.tables[index]
        let inputColumn = context.column(input)
        table.withLookup { lookup in
            inputColumn.values.withUnsafeBufferPointer { s in
                for i in 0..<count {
                    let w = conditions?[i] ?? Predicate.trueCode
                    if w != Predicate.trueCode {
                        out[i] = w == Predicate.falseCode ? inapplicable : cantTell
                        continue
                    }
                    // The table's value for this row, as ``TableKernel/apply(values:accuracies:)`` computes it.
                    let x = s[i]
                    var y = Double.nan, ey = 0.0
                    if !x.isNaN {
                        y = lookup.cached(x)
                        if let accuracies = inputColumn.accuracies, accuracies[i] != 0, !y.isNaN {
                            (y, ey) = lookup.widened(x, accuracies[i], y)
                        }
                    }
                    var v = otherConstant.value, ev = otherConstant.accuracy
                    if let otherColumn {
                        v = otherColumn.values[i]
                        ev = otherColumn.accuracies?[i] ?? 0
                    }
                    let truth = tableOnLeft ? ValueKernels.truth(op, y, ey, v, ev) : ValueKernels.truth(op, v, ev, y, ey)
                    out[i] = outcome(when: Predicate.trueCode, check: truth)
                }
            }
        }
        return true
    }

    /// `count(parts.KIND where filter) OP c` (or `c OP count(…)`) for subject rules: per subject, the
    /// filter's codes over its instance rows are counted, the count compared and the outcome written in
    /// one pass.
    static func countComparison(when: Predicate?, check: Predicate, _ context: ColumnContext,
                                into out: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        guard context.kind == nil, case .compareValues(let left, let op, let right) = check else { return false }
        let countOnLeft: Bool
        let kind: Int, filter: Predicate?, c: Double, ec: Double
        if case .count(let k, let f) = left, case .constant(let v, let e) = right {
            (countOnLeft, kind, filter, c, ec) = (true, k, f, v, e)
        } else if case .count(let k, let f) = right, case .constant(let v, let e) = left {
            (countOnLeft, kind, filter, c, ec) = (false, k, f, v, e)
        } else {
            return false
        }
        let inner = context.inside(kind)
        let starts = context.chunk.kindStarts[kind], surveyed = context.chunk.kindSurveyed[kind]
        let count = out.count
        guard surveyed.count == count else { return false }
        let conditions = whenCodes(when, context, count)
        defer { conditions?.deallocate() }
        var filterCodes: UnsafeMutableBufferPointer<UInt8>?
        if let filter {
            let codes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: inner.count)
            Kernels.evaluate(filter, inner, into: codes)
            filterCodes = codes
        }
        defer { filterCodes?.deallocate() }
        for s in 0..<count {
            let w = conditions?[s] ?? Predicate.trueCode
            if w != Predicate.trueCode {
                out[s] = w == Predicate.falseCode ? inapplicable : cantTell
                continue
            }
            // As ``AggregateKernels/count(filter:_:)``: sure + maybe/2, accuracy maybe/2; unknown if not surveyed.
            var value = Double.nan, accuracy = 0.0
            if surveyed[s] {
                var sure = starts[s + 1] - starts[s], maybe = 0
                if let filterCodes {
                    sure = 0
                    for i in starts[s]..<starts[s + 1] {
                        let code = filterCodes[i]
                        sure &+= code == Predicate.trueCode ? 1 : 0
                        maybe &+= code == Predicate.unknownCode ? 1 : 0
                    }
                }
                value = Double(sure) + Double(maybe) / 2
                accuracy = Double(maybe) / 2
            }
            let truth = countOnLeft ? ValueKernels.truth(op, value, accuracy, c, ec) : ValueKernels.truth(op, c, ec, value, accuracy)
            out[s] = outcome(when: Predicate.trueCode, check: truth)
        }
        return true
    }

    /// The `when`'s truth codes over the rows, in a buffer the caller frees (nil: no `when`).
    private static func whenCodes(_ when: Predicate?, _ context: ColumnContext, _ count: Int) -> UnsafeMutableBufferPointer<UInt8>? {
        guard let when else { return nil }
        let codes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count)
        Kernels.evaluate(when, context, into: codes)
        return codes
    }
}
