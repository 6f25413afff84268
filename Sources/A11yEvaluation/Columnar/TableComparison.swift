import A11yModel
internal import CColumnKernels

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

    /// Writes the outcomes of the rows of `context`: the `when` by its kernel, then one C loop
    /// (`a11y_table_compare`) for the lookups and comparisons.
    func run(when: Predicate?, _ context: ColumnContext, into out: UnsafeMutableBufferPointer<UInt8>) {
        let count = out.count
        let conditions = RuleKernel.whenCodes(when, context, count)
        defer { conditions?.deallocate() }
        let table = context.tables[self.table]
        let inputColumn = context.column(input)
        var otherColumn: Column?
        var constant = (value: 0.0, accuracy: 0.0)
        switch other {
        case .column(let ref): otherColumn = context.column(ref)
        case .constant(let v, let e): constant = (v, e)
        }
        let when = conditions.map { UnsafePointer($0.baseAddress) } ?? nil
        Self.loop(table, op, tableOnLeft, input: inputColumn.values, inputColumn.accuracies, other: otherColumn?.values, otherColumn?.accuracies,
                  constant: constant, when: when, into: out)
    }

    /// The C loop over arrays: `other` nil takes `constant`; accuracies nil (or empty) are all exact;
    /// `when` nil always holds. `level` picks the loop (0 scalar, 1 or 2 AVX2; -1 the best this CPU runs),
    /// for tests that compare them.
    static func loop(_ table: TableKernel, _ op: ComparisonOperator, _ tableOnLeft: Bool, input: [Double], _ inputAccuracies: [Double]?,
                     other: [Double]?, _ otherAccuracies: [Double]?, constant: (value: Double, accuracy: Double),
                     when: UnsafePointer<UInt8>?, level: Int32 = -1, into out: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = out.baseAddress else { return }
        let (op, onLeft, linear) = (RuleKernel.operatorCode(op), Int32(tableOnLeft ? 1 : 0), Int32(table.linear ? 1 : 0))
        let codes = RuleKernel.outcomeCodes
        table.inputs.withUnsafeBufferPointer { x in
            table.outputs.withUnsafeBufferPointer { y in
                input.withUnsafeBufferPointer { s in
                    Column.withOptionalBuffer(inputAccuracies) { es in
                        Column.withOptionalBuffer(other) { xs in
                            Column.withOptionalBuffer(otherAccuracies) { exs in
                                withUnsafeBytes(of: codes) { codes in
                                    a11y_table_compare_at(level, x.baseAddress, y.baseAddress, x.count, linear, s.baseAddress, es, xs, exs,
                                                       constant.value, constant.accuracy, op, onLeft, when,
                                                       codes.baseAddress?.assumingMemoryBound(to: UInt8.self), out.count, base)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
