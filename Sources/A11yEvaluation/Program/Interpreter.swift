import A11yModel

/// Evaluates compiled nodes over slot rows with three-valued logic and measurement uncertainty.
struct Interpreter {
    let tables: [Table]
    let rows: SubjectRows

    /// Evaluates `node` with `instance` as the attributes in scope.
    func evaluate(_ node: Node, _ instance: [Datum]) -> Datum {
        switch node {
        case .constant(let d):
            return d
        case .attribute(let slot):
            return slot < instance.count ? instance[slot] : .unknown
        case .fact(let slot):
            return rows.facts[slot]
        case .not(let a):
            return Logic.not(evaluate(a, instance))
        case .negate(let a):
            if case .number(let v, let e) = evaluate(a, instance) { return .number(-v, accuracy: e) }
            return .unknown
        case .and(let a, let b):
            return Logic.and(evaluate(a, instance), evaluate(b, instance))
        case .or(let a, let b):
            return Logic.or(evaluate(a, instance), evaluate(b, instance))
        case .compare(let op, let a, let b):
            return Self.compare(op, evaluate(a, instance), evaluate(b, instance))
        case .arithmetic(let op, let a, let b):
            return Self.arithmetic(op, evaluate(a, instance), evaluate(b, instance))
        case .inRange(let value, let lower, let upper):
            let v = evaluate(value, instance)
            return Logic.and(Self.compare(.greaterOrEqual, v, evaluate(lower, instance)),
                             Self.compare(.lessOrEqual, v, evaluate(upper, instance)))
        case .aggregate(let aggregate, let kind, let filter, let body):
            return self.aggregate(aggregate, kind: kind, filter: filter, body: body)
        case .function(let function, let arguments):
            return Self.function(function, arguments.map { evaluate($0, instance) })
        case .presentAttribute(let slot):
            return .bool(slot < instance.count && !instance[slot].isUnknown)
        case .presentFact(let slot):
            return .bool(!rows.facts[slot].isUnknown)
        case .table(let index, let input):
            return lookup(tables[index], evaluate(input, instance))
        }
    }

    static func compare(_ op: ComparisonOperator, _ a: Datum, _ b: Datum) -> Datum {
        switch (a, b) {
        case (.number(let x, let ex), .number(let y, let ey)):
            let result: Bool?
            switch op {
            case .lessOrEqual: result = Tolerance.lessOrEqual(x, ex, y, ey)
            case .less: result = Tolerance.less(x, ex, y, ey)
            case .greaterOrEqual: result = Tolerance.lessOrEqual(y, ey, x, ex)
            case .greater: result = Tolerance.less(y, ey, x, ex)
            case .equal: result = Tolerance.equal(x, ex, y, ey)
            case .notEqual: result = Tolerance.equal(x, ex, y, ey).map { !$0 }
            }
            return result.map(Datum.bool) ?? .unknown
        case (.bool(let x), .bool(let y)):
            return .bool(op == .equal ? x == y : x != y)
        case (.text(let x), .text(let y)):
            return .bool(op == .equal ? x == y : x != y)
        case (.date(let x), .date(let y)):
            switch op {
            case .equal: return .bool(x == y)
            case .notEqual: return .bool(x != y)
            case .less: return .bool(x < y)
            case .lessOrEqual: return .bool(x <= y)
            case .greater: return .bool(x > y)
            case .greaterOrEqual: return .bool(x >= y)
            }
        default:
            return .unknown
        }
    }

    /// `a op b`; unknown when a side is, when the divisor's interval reaches zero, or when the
    /// result overflows (a value that is not finite would pass every `<=` check).
    static func arithmetic(_ op: ArithmeticOperator, _ a: Datum, _ b: Datum) -> Datum {
        let result = exactArithmetic(op, a, b)
        if case .number(let value, let accuracy) = result, !value.isFinite || !accuracy.isFinite { return .unknown }
        return result
    }

    private static func exactArithmetic(_ op: ArithmeticOperator, _ a: Datum, _ b: Datum) -> Datum {
        guard case .number(let x, let ex) = a, case .number(let y, let ey) = b else { return .unknown }
        switch op {
        case .add: return .number(x + y, accuracy: ex + ey)
        case .subtract: return .number(x - y, accuracy: ex + ey)
        case .multiply: return .number(x * y, accuracy: abs(x) * ey + abs(y) * ex + ex * ey)
        case .divide:
            // Undefined when the divisor's interval reaches zero.
            guard abs(y) > ey else { return .unknown }
            let value = x / y
            if ex == 0, ey == 0 { return .number(value, accuracy: 0) }
            let corners = [(x - ex) / (y - ey), (x - ex) / (y + ey), (x + ex) / (y - ey), (x + ex) / (y + ey)]
            let spread = corners.map { abs($0 - value) }.max() ?? 0
            return .number(value, accuracy: spread)
        }
    }

    /// A scalar function of numbers (`ceil`, `floor`, `min`, `max`); unknown when an argument is not a number.
    static func function(_ function: Function, _ values: [Datum]) -> Datum {
        switch function {
        case .ceil, .floor:
            guard case .number(let v, let e)? = values.first else { return .unknown }
            let round: (Double) -> Double = function == .ceil ? { $0.rounded(.up) } : { $0.rounded(.down) }
            // Snap values within tolerance of a whole number first (1% of 300 is 3, not 3.0000000000000004).
            func snapped(_ x: Double) -> Double {
                let nearest = x.rounded()
                return abs(x - nearest) <= Tolerance.epsilon(x, nearest) ? nearest : x
            }
            let low = round(snapped(v - e)), high = round(snapped(v + e))
            return .number((low + high) / 2, accuracy: (high - low) / 2)
        case .min, .max:
            var low = Double.infinity, high = -Double.infinity
            var lows: [Double] = [], highs: [Double] = []
            for value in values {
                guard case .number(let v, let e) = value else { return .unknown }
                lows.append(v - e)
                highs.append(v + e)
            }
            if function == .min {
                low = lows.min() ?? .nan
                high = highs.min() ?? .nan
            } else {
                low = lows.max() ?? .nan
                high = highs.max() ?? .nan
            }
            return .number((low + high) / 2, accuracy: (high - low) / 2)
        }
    }

    /// Aggregates over the instances of a kind. Unknowns widen the result: a count with undecided
    /// filters becomes an interval, so `count(...) >= 1` is still decided when enough instances qualify.
    private func aggregate(_ aggregate: Aggregate, kind: Int, filter: Node?, body: Node?) -> Datum {
        guard let instances = rows.parts[kind] else { return .unknown }
        switch aggregate {
        case .count:
            var sure = 0, maybe = 0
            for instance in instances {
                switch filter.map({ evaluate($0, instance) }) ?? .bool(true) {
                case .bool(true): sure += 1
                case .bool(false): break
                default: maybe += 1
                }
            }
            return .number(Double(sure) + Double(maybe) / 2, accuracy: Double(maybe) / 2)
        case .all, .any:
            var result: Datum = .bool(aggregate == .all)
            for instance in instances {
                let included = filter.map { evaluate($0, instance) } ?? .bool(true)
                if included == .bool(false) { continue }
                let value = body.map { evaluate($0, instance) } ?? .unknown
                // An instance whose filter is unknown counts only if its body would change the result.
                let term: Datum = aggregate == .all ? Logic.or(Logic.not(included), value) : Logic.and(included, value)
                result = aggregate == .all ? Logic.and(result, term) : Logic.or(result, term)
                if result == .bool(aggregate != .all) { break }
            }
            return result
        case .min, .max:
            var values: [Datum] = []
            for instance in instances {
                switch filter.map({ evaluate($0, instance) }) ?? .bool(true) {
                case .bool(true): values.append(body.map { evaluate($0, instance) } ?? .unknown)
                case .bool(false): continue
                default: return .unknown
                }
            }
            guard !values.isEmpty else { return .unknown }
            if values.count == 1 { return values[0] }
            return Self.function(aggregate == .min ? .min : .max, values)
        }
    }

    private func lookup(_ table: Table, _ input: Datum) -> Datum {
        guard case .number(let x, let e) = input, let value = table.lookup(x) else { return .unknown }
        if e == 0 { return .number(value, accuracy: 0) }
        guard let low = table.lookup(x - e), let high = table.lookup(x + e) else { return .unknown }
        let lo = min(low, high, value), hi = max(low, high, value)
        return .number((lo + hi) / 2, accuracy: (hi - lo) / 2)
    }
}
