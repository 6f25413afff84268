import A11yModel

/// A numeric operand computed over the rows in scope: one constant for every row, or a column of
/// values (NaN: unknown) with their accuracies (nil: all exact).
enum Operand {
    case constant(Double, accuracy: Double)
    case column(values: [Double], accuracies: [Double]?)

    /// The interpreter's value of row `i`.
    @inline(__always)
    func datum(_ i: Int) -> Datum {
        switch self {
        case .constant(let v, let e):
            return v.isNaN ? .unknown : .number(v, accuracy: e)
        case .column(let values, let accuracies):
            let v = values[i]
            return v.isNaN ? .unknown : .number(v, accuracy: accuracies?[i] ?? 0)
        }
    }
}

/// The loops that compute ``ColumnValue``s and compare them. Scalar steps (arithmetic, `ceil`, `min`…)
/// call the interpreter's own functions row by row, so both paths compute the same doubles.
enum ValueKernels {
    /// Computes `value` over the rows of `context`.
    static func evaluate(_ value: ColumnValue, _ context: ColumnContext) -> Operand {
        switch value {
        case .column(let ref):
            let column = context.column(ref)
            return .column(values: column.values, accuracies: column.accuracies)
        case .constant(let v, let e):
            return .constant(v, accuracy: e)
        case .negate(let inner):
            switch evaluate(inner, context) {
            case .constant(let v, let e): return .constant(-v, accuracy: e)
            case .column(let values, let accuracies): return .column(values: values.map { -$0 }, accuracies: accuracies)
            }
        case .arithmetic(let op, let a, let b):
            let l = evaluate(a, context), r = evaluate(b, context)
            return rowByRow([l, r], context) { Interpreter.arithmetic(op, $0[0], $0[1]) }
        case .function(let function, let arguments):
            let operands = arguments.map { evaluate($0, context) }
            return rowByRow(operands, context) { Interpreter.function(function, $0) }
        case .table(let index, let input):
            let table = context.tables[index]
            switch evaluate(input, context) {
            case .constant(let v, let e):
                let result = table.apply(values: [v], accuracies: e == 0 ? nil : [e])
                return .constant(result.values[0], accuracy: result.accuracies?[0] ?? 0)
            case .column(let values, let accuracies):
                let result = table.apply(values: values, accuracies: accuracies)
                return .column(values: result.values, accuracies: result.accuracies)
            }
        case .count(let kind, let filter):
            let perSubject = AggregateKernels.count(filter: filter, context.inside(kind))
            return .column(values: context.spread(perSubject.values), accuracies: context.spread(perSubject.accuracies))
        case .extreme(let min, let kind, let filter, let body):
            let perSubject = AggregateKernels.extreme(min: min, filter: filter, body: body, context.inside(kind))
            return .column(values: context.spread(perSubject.values), accuracies: context.spread(perSubject.accuracies))
        }
    }

    /// Applies a scalar step of the interpreter to each row of the operands; a NaN it gives from known
    /// operands (only at the ends of the double range) raises the context's fallback flag.
    private static func rowByRow(_ operands: [Operand], _ context: ColumnContext, _ step: ([Datum]) -> Datum) -> Operand {
        if operands.allSatisfy({ if case .constant = $0 { return true } else { return false } }) {
            let (v, e) = number(step(operands.map { $0.datum(0) }), context)
            return .constant(v, accuracy: e)
        }
        let count = context.count
        var values = [Double](repeating: .nan, count: count)
        var accuracies = [Double](repeating: 0, count: count)
        var arguments = [Datum](repeating: .unknown, count: operands.count)
        for i in 0..<count {
            for (k, operand) in operands.enumerated() { arguments[k] = operand.datum(i) }
            (values[i], accuracies[i]) = number(step(arguments), context)
        }
        return .column(values: values, accuracies: accuracies)
    }

    @inline(__always)
    private static func number(_ datum: Datum, _ context: ColumnContext) -> (Double, Double) {
        guard case .number(let v, let e) = datum else { return (.nan, 0) }
        if v.isNaN { context.fallback.raised = true }
        return (v, e)
    }

    /// The interpreter's comparison of two numbers with accuracies, as a truth code; NaN is unknown.
    @inline(__always)
    static func truth(_ op: ComparisonOperator, _ x: Double, _ ex: Double, _ y: Double, _ ey: Double) -> UInt8 {
        if x.isNaN || y.isNaN { return Predicate.unknownCode }
        let result: Bool?
        switch op {
        case .lessOrEqual: result = Tolerance.lessOrEqual(x, ex, y, ey)
        case .less: result = Tolerance.less(x, ex, y, ey)
        case .greaterOrEqual: result = Tolerance.lessOrEqual(y, ey, x, ex)
        case .greater: result = Tolerance.less(y, ey, x, ex)
        case .equal: result = Tolerance.equal(x, ex, y, ey)
        case .notEqual: result = Tolerance.equal(x, ex, y, ey).map { !$0 }
        }
        switch result {
        case true?: return Predicate.trueCode
        case false?: return Predicate.falseCode
        case nil: return Predicate.unknownCode
        }
    }

    /// `a OP b` row by row into truth codes.
    static func compare(_ a: Operand, _ op: ComparisonOperator, _ b: Operand, into out: UnsafeMutableBufferPointer<UInt8>) {
        switch (a, b) {
        case (.constant(let x, let ex), .constant(let y, let ey)):
            out.initialize(repeating: truth(op, x, ex, y, ey))
        case (.column(let xs, let exs), .constant(let y, let ey)):
            xs.withUnsafeBufferPointer { x in
                if let exs {
                    exs.withUnsafeBufferPointer { ex in for i in 0..<out.count { out[i] = truth(op, x[i], ex[i], y, ey) } }
                } else {
                    for i in 0..<out.count { out[i] = truth(op, x[i], 0, y, ey) }
                }
            }
        case (.constant(let x, let ex), .column(let ys, let eys)):
            ys.withUnsafeBufferPointer { y in
                if let eys {
                    eys.withUnsafeBufferPointer { ey in for i in 0..<out.count { out[i] = truth(op, x, ex, y[i], ey[i]) } }
                } else {
                    for i in 0..<out.count { out[i] = truth(op, x, ex, y[i], 0) }
                }
            }
        case (.column(let xs, let exs), .column(let ys, let eys)):
            let zeros = exs == nil || eys == nil ? [Double](repeating: 0, count: out.count) : []
            xs.withUnsafeBufferPointer { x in
                ys.withUnsafeBufferPointer { y in
                    (exs ?? zeros).withUnsafeBufferPointer { ex in
                        (eys ?? zeros).withUnsafeBufferPointer { ey in
                            for i in 0..<out.count { out[i] = truth(op, x[i], ex[i], y[i], ey[i]) }
                        }
                    }
                }
            }
        }
    }
}
