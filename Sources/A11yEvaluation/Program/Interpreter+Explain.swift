import A11yModel

extension Interpreter {
    /// Why an expression came out unknown: the names it needed and did not get, and thresholds
    /// that a measurement's uncertainty straddles or tables that do not reach the input.
    struct Explanation {
        var missing: [String] = []
        var reasons: [LocalizedText] = []

        mutating func addMissing(_ name: String) {
            if !missing.contains(name) { missing.append(name) }
        }

        mutating func addReason(_ reason: LocalizedText) {
            if !reasons.contains(reason) { reasons.append(reason) }
        }
    }

    /// Collects the missing names below `node` (attributes of `kind` in scope, facts, part lists).
    func explain(_ node: Node, _ instance: [Datum], kind: Int?, layout: SlotLayout, prefix: String = "", into explanation: inout Explanation) {
        switch node {
        case .constant, .presentAttribute, .presentFact:
            break
        case .attribute(let slot):
            if let kind, slot < instance.count, instance[slot].isUnknown {
                explanation.addMissing(prefix + layout.attributeName(kind: kind, slot: slot))
            } else if kind == nil, rows.facts[slot].isUnknown {
                explanation.addMissing(layout.factName(slot))
            }
        case .fact(let slot):
            if rows.facts[slot].isUnknown { explanation.addMissing("subject." + layout.factName(slot)) }
        case .not(let a), .negate(let a):
            explain(a, instance, kind: kind, layout: layout, prefix: prefix, into: &explanation)
        case .arithmetic(let op, let a, let b) where !evaluate(a, instance).isUnknown && !evaluate(b, instance).isUnknown:
            // Both sides are known, so the operation itself has no value.
            if op == .divide, case .number(let y, let ey) = evaluate(b, instance), abs(y) <= ey {
                explanation.addReason(ey == 0
                    ? LocalizedText(zh: "除以零：除数为 0", en: "division by zero: the divisor is 0")
                    : LocalizedText(zh: "除以零：除数的不确定度范围包含 0", en: "division by zero: the divisor's uncertainty reaches 0"))
            } else {
                explanation.addReason(LocalizedText(zh: "运算溢出：结果过大，无法表示", en: "the arithmetic overflows: the result is too large to represent"))
            }
        case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b):
            // Only the side that is unknown matters: `false and unknown` is decided.
            for side in [a, b] where evaluate(side, instance).isUnknown {
                explain(side, instance, kind: kind, layout: layout, prefix: prefix, into: &explanation)
            }
        case .inRange(let a, let b, let c):
            for side in [a, b, c] where evaluate(side, instance).isUnknown {
                explain(side, instance, kind: kind, layout: layout, prefix: prefix, into: &explanation)
            }
        case .function(_, let arguments):
            for argument in arguments where evaluate(argument, instance).isUnknown {
                explain(argument, instance, kind: kind, layout: layout, prefix: prefix, into: &explanation)
            }
        case .aggregate(_, let iterated, let filter, let body):
            let name = layout.kindName(iterated)
            guard let instances = rows.parts[iterated] else {
                explanation.addMissing("parts." + name)
                return
            }
            if instances.isEmpty, body != nil, case .aggregate(let aggregate, _, _, _) = node, aggregate == .min || aggregate == .max {
                let zh = aggregate == .min ? "最小值" : "最大值"
                explanation.addReason(LocalizedText(zh: "没有 \(name) 可取\(zh)", en: "there is no \(name) to take the \(aggregate.rawValue) of"))
            }
            for row in instances {
                for part in [filter, body].compactMap({ $0 }) where evaluate(part, row).isUnknown {
                    explain(part, row, kind: iterated, layout: layout, prefix: name + ".", into: &explanation)
                }
            }
        case .table(let index, let input):
            let value = evaluate(input, instance)
            if value.isUnknown {
                explain(input, instance, kind: kind, layout: layout, prefix: prefix, into: &explanation)
            } else if case .number(let x, _) = value {
                let table = tables[index]
                let notation = table.rows.first?.input.notation ?? .plain
                let domain = table.domain.map { "\(QuantityFormat.format($0.lowerBound, notation))..\(QuantityFormat.format($0.upperBound, notation))" } ?? "no rows"
                let value = QuantityFormat.format(x, notation)
                explanation.addReason(LocalizedText(
                    zh: "\(value) 超出表 '\(table.name)' 的范围（\(domain)），或其误差越过表的边界",
                    en: "\(value) is outside table '\(table.name)' (\(domain)), or its uncertainty reaches past it"))
            }
        }
    }

    /// Adds reasons for comparisons whose sides are both known but whose uncertainty straddles the threshold.
    func explainStraddles(_ expectation: Expectation, _ instance: [Datum], into explanation: inout Explanation) {
        switch expectation {
        case .text:
            break
        case .grouped(let a):
            explainStraddles(a, instance, into: &explanation)
        case .and(let a, let b), .or(let a, let b):
            explainStraddles(a, instance, into: &explanation)
            explainStraddles(b, instance, into: &explanation)
        case .compare(let text, let left, let op, let right, let notation, let written):
            let l = evaluate(left, instance), r = evaluate(right, instance)
            guard case .number(let x, let ex) = l, case .number(let y, let ey) = r, Self.compare(op, l, r).isUnknown else { return }
            let shown = notation ?? .plain
            var observed = QuantityFormat.format(x, shown)
            if ex > 0 { observed += " ± " + QuantityFormat.format(ex, shown == .ratio || shown == .percent ? .plain : shown) }
            var limit = written ?? QuantityFormat.format(y, shown)
            if ey > 0, written == nil { limit += " ± " + QuantityFormat.format(ey, shown == .ratio || shown == .percent ? .plain : shown) }
            explanation.addReason(LocalizedText(
                zh: "\(text) = \(observed) 跨越限值 \(op.rawValue) \(limit)：测量误差内无法判定",
                en: "\(text) = \(observed) straddles the limit \(op.rawValue) \(limit): the measurement cannot decide"))
        case .range(let text, let value, let lower, let upper, let notation, _, _):
            guard case .number(let x, let ex) = evaluate(value, instance) else { return }
            let inside = Logic.and(Self.compare(.greaterOrEqual, .number(x, accuracy: ex), evaluate(lower, instance)),
                                   Self.compare(.lessOrEqual, .number(x, accuracy: ex), evaluate(upper, instance)))
            guard inside.isUnknown, !evaluate(lower, instance).isUnknown, !evaluate(upper, instance).isUnknown else { return }
            let shown = notation ?? .plain
            let measured = "\(text) = \(QuantityFormat.format(x, shown)) ± \(QuantityFormat.format(ex, shown))"
            explanation.addReason(LocalizedText(
                zh: "\(measured) 跨越范围的端点：测量误差内无法判定",
                en: "\(measured) straddles an end of the range: the measurement cannot decide"))
        }
    }

    /// Renders what the check requires for this instance.
    func render(_ expectation: Expectation, _ instance: [Datum]) -> String {
        switch expectation {
        case .text(let text):
            return text
        case .grouped(let inner):
            return "(" + render(inner, instance) + ")"
        case .and(let a, let b):
            // `or` binds looser than `and`: keep the grouping visible even where the author wrote none.
            func grouped(_ e: Expectation) -> String {
                if case .or = e { return "(" + render(e, instance) + ")" }
                return render(e, instance)
            }
            return grouped(a) + " and " + grouped(b)
        case .or(let a, let b):
            return render(a, instance) + " or " + render(b, instance)
        case .compare(let text, _, let op, let right, let notation, let written):
            return "\(text) \(op.rawValue) \(written ?? show(evaluate(right, instance), notation))"
        case .range(let text, _, let lower, let upper, let notation, let writtenLower, let writtenUpper):
            let low = writtenLower ?? show(evaluate(lower, instance), notation)
            let high = writtenUpper ?? show(evaluate(upper, instance), notation)
            return "\(text) in \(low)..\(high)"
        }
    }

    private func show(_ datum: Datum, _ notation: Quantity.Notation?) -> String {
        switch datum {
        case .unknown: return "?"
        case .bool(let b): return b ? "true" : "false"
        case .number(let v, let e):
            let shown = notation ?? .plain
            return QuantityFormat.format(v, shown) + (e > 0 ? " ± " + QuantityFormat.format(e, shown == .ratio || shown == .percent ? .plain : shown) : "")
        case .text(let s): return "\"\(s)\""
        case .date(let ordinal): return "day \(ordinal)"
        }
    }
}
