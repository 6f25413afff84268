import A11yModel

/// `x OP table(input)` or `table(input) OP x`, x a column or a constant and the input a column
/// (`width <= max-rise(slope)`), with the rule's `when`: one loop writes the outcomes and looks the
/// table up only on rows where the `when` holds, with the arithmetic of ``TableKernel/apply(values:accuracies:)``
/// and the comparison of ``ValueKernels/truth(_:_:_:_:_:)``, so the outcomes are the interpreter's.
struct TableComparison: Sendable {
    let op: ComparisonOperator
    let tableOnLeft: Bool
    /// The table (its index in the program) and its input column.
    let table: Int
    let input: ColumnRef
    /// The other side.
    let other: Side

    enum Side: Sendable {
        case column(ColumnRef)
        case constant(Double, accuracy: Double)
    }

    /// The comparison `check` is, if it has this shape.
    init?(_ check: Predicate) {
        guard case .compareValues(let left, let op, let right) = check else { return nil }
        let otherValue: ColumnValue
        if case .table(let t, .column(let ref)) = left {
            (tableOnLeft, table, input, otherValue) = (true, t, ref, right)
        } else if case .table(let t, .column(let ref)) = right {
            (tableOnLeft, table, input, otherValue) = (false, t, ref, left)
        } else {
            return nil
        }
        switch otherValue {
        case .column(let ref): other = .column(ref)
        case .constant(let v, let e): other = .constant(v, accuracy: e)
        default: return nil
        }
        self.op = op
    }

    func run(when: Predicate?, _ context: ColumnContext, into out: UnsafeMutableBufferPointer<UInt8>) {
        let count = out.count
        let conditions = RuleKernel.whenCodes(when, context, count)
        defer { conditions?.deallocate() }
        // Every array as a buffer before the loop (an empty one: no column, or no accuracies).
        var otherValues: [Double] = [], otherAccuracies: [Double] = []
        var constant = (value: 0.0, accuracy: 0.0)
        switch other {
        case .column(let ref):
            let column = context.column(ref)
            otherValues = column.values
            otherAccuracies = column.accuracies ?? []
        case .constant(let v, let e):
            constant = (v, e)
        }
        let inputColumn = context.column(input)
        let inputAccuracies = inputColumn.accuracies ?? []
        let (op, tableOnLeft) = (self.op, self.tableOnLeft)
        context.tables[table].withLookup { lookup in
            inputColumn.values.withUnsafeBufferPointer { s in
                inputAccuracies.withUnsafeBufferPointer { es in
                    otherValues.withUnsafeBufferPointer { xs in
                        otherAccuracies.withUnsafeBufferPointer { exs in
                            let (inputUncertain, otherIsColumn, otherUncertain) = (!es.isEmpty, !xs.isEmpty, !exs.isEmpty)
                            for i in 0..<count {
                                let w = conditions?[i] ?? Predicate.trueCode
                                if w != Predicate.trueCode {
                                    out[i] = w == Predicate.falseCode ? RuleKernel.inapplicable : RuleKernel.cantTell
                                    continue
                                }
                                // The table's value for this row, as TableKernel.apply computes it.
                                let input = s[i]
                                var y = Double.nan, ey = 0.0
                                if !input.isNaN {
                                    y = lookup.cached(input)
                                    if inputUncertain, es[i] != 0, !y.isNaN { (y, ey) = lookup.widened(input, es[i], y) }
                                }
                                let v = otherIsColumn ? xs[i] : constant.value
                                let ev = otherIsColumn ? (otherUncertain ? exs[i] : 0) : constant.accuracy
                                let truth = tableOnLeft ? ValueKernels.truth(op, y, ey, v, ev) : ValueKernels.truth(op, v, ev, y, ey)
                                out[i] = RuleKernel.outcome(check: truth)
                            }
                        }
                    }
                }
            }
        }
    }
}
