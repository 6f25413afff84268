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
/// are straight loops over doubles (``ScalarSteps``) that repeat the interpreter's arithmetic operation
/// for operation, so both paths compute the same doubles (a test compares them bit for bit on
/// extreme values); only steps over constants alone call the interpreter itself.
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
            if case .constant = l, case .constant = r {
                return constant(Interpreter.arithmetic(op, l.datum(0), r.datum(0)), context)
            }
            return arithmetic(op, l, r, context.count)
        case .function(let function, let arguments):
            let operands = arguments.map { evaluate($0, context) }
            if operands.allSatisfy({ if case .constant = $0 { return true } else { return false } }) {
                return constant(Interpreter.function(function, operands.map { $0.datum(0) }), context)
            }
            return self.function(function, operands, context)
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

    /// A step over constants alone, by the interpreter; a NaN it gives from known operands (only at the
    /// ends of the double range) raises the context's fallback flag.
    private static func constant(_ datum: Datum, _ context: ColumnContext) -> Operand {
        guard case .number(let v, let e) = datum else { return .constant(.nan, accuracy: 0) }
        if v.isNaN { context.fallback.raised = true }
        return .constant(v, accuracy: e)
    }

    /// An operand as one value and one accuracy per row (a constant repeated; no accuracies, zeros).
    private static func rows(_ operand: Operand, _ count: Int) -> (values: [Double], accuracies: [Double]) {
        switch operand {
        case .constant(let v, let e): return ([Double](repeating: v, count: count), [Double](repeating: e, count: count))
        case .column(let values, let accuracies): return (values, accuracies ?? [Double](repeating: 0, count: count))
        }
    }

    /// `a op b` over the rows: ``ScalarSteps/arithmetic(_:_:_:_:_:)`` in one loop.
    private static func arithmetic(_ op: ArithmeticOperator, _ a: Operand, _ b: Operand, _ count: Int) -> Operand {
        let (x, ex) = rows(a, count), (y, ey) = rows(b, count)
        var accuracies = [Double](repeating: 0, count: count)
        let values = [Double](unsafeUninitializedCapacity: count) { values, initialized in
            accuracies.withUnsafeMutableBufferPointer { accuracies in
                for i in 0..<count {
                    (values[i], accuracies[i]) = ScalarSteps.arithmetic(op, x[i], ex[i], y[i], ey[i])
                }
            }
            initialized = count
        }
        // Arithmetic turns a result that is not finite into unknown, so no NaN comes from known operands.
        return .column(values: values, accuracies: accuracies)
    }

    /// `ceil`, `floor`, `min`, `max` over the rows, one loop each; a NaN from known operands (only at
    /// the ends of the double range) raises the context's fallback flag.
    private static func function(_ function: Function, _ operands: [Operand], _ context: ColumnContext) -> Operand {
        let count = context.count
        let columns = operands.map { rows($0, count) }
        var values = [Double](repeating: .nan, count: count)
        var accuracies = [Double](repeating: 0, count: count)
        var fallback = false
        switch function {
        case .ceil, .floor:
            guard let (x, ex) = columns.first else { return .constant(.nan, accuracy: 0) }
            let up = function == .ceil
            for i in 0..<count where !x[i].isNaN {
                let (v, e) = ScalarSteps.rounded(up: up, x[i], ex[i])
                (values[i], accuracies[i]) = (v, e)
                fallback = fallback || v.isNaN
            }
        case .min, .max:
            guard !columns.isEmpty else { return .constant(.nan, accuracy: 0) }
            let isMin = function == .min
            rows: for i in 0..<count {
                // Sequence.min()/max() over the interval ends: the first, replaced on a strict order.
                var low = 0.0, high = 0.0
                for (k, column) in columns.enumerated() {
                    let v = column.values[i], e = column.accuracies[i]
                    if v.isNaN { continue rows }
                    let l = v - e, h = v + e
                    if k == 0 {
                        (low, high) = (l, h)
                    } else if isMin {
                        if l < low { low = l }
                        if h < high { high = h }
                    } else {
                        if low < l { low = l }
                        if high < h { high = h }
                    }
                }
                let v = (low + high) / 2
                (values[i], accuracies[i]) = (v, (high - low) / 2)
                fallback = fallback || v.isNaN
            }
        }
        if fallback { context.fallback.raised = true }
        return .column(values: values, accuracies: accuracies)
    }

    /// The interpreter's comparison of two numbers with accuracies (``Tolerance``'s inequalities), as a
    /// truth code; NaN is unknown. Written with selects rather than early returns, so that loops over
    /// rows do not branch on the data.
    @inline(__always)
    static func truth(_ op: ComparisonOperator, _ x: Double, _ ex: Double, _ y: Double, _ ey: Double) -> UInt8 {
        // NaN fails every inequality below, so ordered comparisons come out unknown by themselves.
        @inline(__always) func lessOrEqual(_ a: Double, _ ea: Double, _ b: Double, _ eb: Double) -> UInt8 {
            let eps = Tolerance.epsilon(a, b)
            let yes = a + ea <= b - eb + eps, no = a - ea > b + eb + eps
            return yes ? Predicate.trueCode : (no ? Predicate.falseCode : Predicate.unknownCode)
        }
        @inline(__always) func less(_ a: Double, _ ea: Double, _ b: Double, _ eb: Double) -> UInt8 {
            let eps = Tolerance.epsilon(a, b)
            let yes = a + ea < b - eb - eps, no = a - ea >= b + eb - eps
            return yes ? Predicate.trueCode : (no ? Predicate.falseCode : Predicate.unknownCode)
        }
        switch op {
        case .lessOrEqual: return lessOrEqual(x, ex, y, ey)
        case .less: return less(x, ex, y, ey)
        case .greaterOrEqual: return lessOrEqual(y, ey, x, ex)
        case .greater: return less(y, ey, x, ex)
        case .equal, .notEqual:
            let eps = Tolerance.epsilon(x, y)
            let apart = Swift.abs(x - y) > ex + ey + eps, exact = ex == 0 && ey == 0
            let (same, different) = op == .equal ? (Predicate.trueCode, Predicate.falseCode) : (Predicate.falseCode, Predicate.trueCode)
            let code = apart ? different : (exact ? same : Predicate.unknownCode)
            return x.isNaN || y.isNaN ? Predicate.unknownCode : code
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

/// The interpreter's scalar arithmetic (``Interpreter/arithmetic(_:_:_:)`` and
/// ``Interpreter/function(_:_:)``) on unboxed doubles, operation for operation, for the straight loops
/// of ``ValueKernels``: NaN stands for unknown, in and out.
enum ScalarSteps {
    /// `x op y` with accuracies; unknown (NaN, 0) when a side is, when the divisor's interval reaches
    /// zero, or when the result or its accuracy is not finite.
    @inline(__always)
    static func arithmetic(_ op: ArithmeticOperator, _ x: Double, _ ex: Double, _ y: Double, _ ey: Double) -> (Double, Double) {
        if x.isNaN || y.isNaN { return (.nan, 0) }
        let value: Double, accuracy: Double
        switch op {
        case .add: (value, accuracy) = (x + y, ex + ey)
        case .subtract: (value, accuracy) = (x - y, ex + ey)
        case .multiply: (value, accuracy) = (x * y, abs(x) * ey + abs(y) * ex + ex * ey)
        case .divide:
            guard abs(y) > ey else { return (.nan, 0) }
            value = x / y
            if ex == 0, ey == 0 {
                accuracy = 0
            } else {
                // The largest distance from the value to a corner, as `corners.map(…).max()` finds it.
                var spread = abs((x - ex) / (y - ey) - value)
                let second = abs((x - ex) / (y + ey) - value), third = abs((x + ex) / (y - ey) - value)
                let fourth = abs((x + ex) / (y + ey) - value)
                if spread < second { spread = second }
                if spread < third { spread = third }
                if spread < fourth { spread = fourth }
                accuracy = spread
            }
        }
        if !value.isFinite || !accuracy.isFinite { return (.nan, 0) }
        return (value, accuracy)
    }

    /// `ceil` (`up`) or `floor` of `v ± e` (v not NaN): the interval's ends snapped to a whole number
    /// within tolerance, then rounded.
    @inline(__always)
    static func rounded(up: Bool, _ v: Double, _ e: Double) -> (Double, Double) {
        @inline(__always) func snapped(_ x: Double) -> Double {
            let nearest = x.rounded()
            return abs(x - nearest) <= Tolerance.epsilon(x, nearest) ? nearest : x
        }
        let low = snapped(v - e).rounded(up ? .up : .down), high = snapped(v + e).rounded(up ? .up : .down)
        return ((low + high) / 2, (high - low) / 2)
    }
}
