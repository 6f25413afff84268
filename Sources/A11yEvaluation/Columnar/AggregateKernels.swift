import A11yModel

/// Aggregates over part instances as segmented reductions: the filter (and body) run once over every
/// instance row of the chunk, then each subject's segment of rows is reduced exactly as the
/// interpreter's `aggregate` does (unknown filters widen a count into an interval, `all`/`any` follow
/// Kleene logic, `min`/`max` are unknown when any filter is). A subject that did not survey the kind
/// gets unknown. `context` is the instance rows' context (``ColumnContext/inside(_:)``).
enum AggregateKernels {
    /// `count(parts.KIND where filter)`: per subject, sure + maybe/2 with accuracy maybe/2.
    static func count(filter: Predicate?, _ context: ColumnContext) -> (values: [Double], accuracies: [Double]) {
        let kind = context.kind ?? 0
        let starts = context.chunk.kindStarts[kind], surveyed = context.chunk.kindSurveyed[kind]
        let subjects = surveyed.count
        var values = [Double](repeating: .nan, count: subjects)
        var accuracies = [Double](repeating: 0, count: subjects)
        withFilter(filter, context) { f in
            for s in 0..<subjects where surveyed[s] {
                var sure = 0, maybe = 0
                for i in starts[s]..<starts[s + 1] {
                    let code = f.map { $0[i] } ?? Predicate.trueCode
                    if code == Predicate.trueCode { sure += 1 } else if code == Predicate.unknownCode { maybe += 1 }
                }
                values[s] = Double(sure) + Double(maybe) / 2
                accuracies[s] = Double(maybe) / 2
            }
        }
        return (values, accuracies)
    }

    /// `all(parts.KIND where filter, body)` or `any(…)`: per subject, a truth code.
    static func quantified(all: Bool, filter: Predicate?, body: Predicate?, _ context: ColumnContext) -> [UInt8] {
        let kind = context.kind ?? 0
        let starts = context.chunk.kindStarts[kind], surveyed = context.chunk.kindSurveyed[kind]
        var result = [UInt8](repeating: Predicate.unknownCode, count: surveyed.count)
        let rows = context.count
        let bodyCodes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: rows)
        defer { bodyCodes.deallocate() }
        if let body {
            Kernels.evaluate(body, context, into: bodyCodes)
        } else {
            bodyCodes.initialize(repeating: Predicate.unknownCode)
        }
        withFilter(filter, context) { f in
            for s in 0..<surveyed.count where surveyed[s] {
                // An instance whose filter is unknown counts only if its body would change the result.
                var r = all ? Predicate.trueCode : Predicate.falseCode
                for i in starts[s]..<starts[s + 1] {
                    let included = f.map { $0[i] } ?? Predicate.trueCode
                    if included == Predicate.falseCode { continue }
                    r = all ? min(r, max(2 &- included, bodyCodes[i])) : max(r, min(included, bodyCodes[i]))
                }
                result[s] = r
            }
        }
        return result
    }

    /// `min(parts.KIND where filter, body)` or `max(…)`: per subject, the one value, or the interpreter's
    /// `min`/`max` of several (midpoint and half-width of the extreme interval ends).
    static func extreme(min isMin: Bool, filter: Predicate?, body: ColumnValue, _ context: ColumnContext) -> (values: [Double], accuracies: [Double]) {
        let kind = context.kind ?? 0
        let starts = context.chunk.kindStarts[kind], surveyed = context.chunk.kindSurveyed[kind]
        var values = [Double](repeating: .nan, count: surveyed.count)
        var accuracies = [Double](repeating: 0, count: surveyed.count)
        let operand = ValueKernels.evaluate(body, context)
        withFilter(filter, context) { f in
            subjects: for s in 0..<surveyed.count where surveyed[s] {
                var included = 0, anyUnknown = false
                var first = (value: Double.nan, accuracy: 0.0)
                var low = 0.0, high = 0.0
                for i in starts[s]..<starts[s + 1] {
                    let code = f.map { $0[i] } ?? Predicate.trueCode
                    if code == Predicate.falseCode { continue }
                    if code == Predicate.unknownCode { continue subjects }  // an undecided filter: unknown
                    guard case .number(let v, let e) = operand.datum(i) else {
                        anyUnknown = true
                        included += 1
                        continue
                    }
                    // Sequence.min()/max() keep the first of equal values: replace only on a strict order.
                    if included == 0 {
                        first = (v, e)
                        low = v - e
                        high = v + e
                    } else if isMin {
                        if v - e < low { low = v - e }
                        if v + e < high { high = v + e }
                    } else {
                        if low < v - e { low = v - e }
                        if high < v + e { high = v + e }
                    }
                    included += 1
                }
                if included == 1 {
                    (values[s], accuracies[s]) = anyUnknown ? (.nan, 0) : first
                } else if included > 1, !anyUnknown {
                    values[s] = (low + high) / 2
                    accuracies[s] = (high - low) / 2
                    if values[s].isNaN { context.fallback.raised = true }
                }
            }
        }
        return (values, accuracies)
    }

    /// Runs `body` with the filter's truth codes over the instance rows (nil: no filter, every row in).
    private static func withFilter(_ filter: Predicate?, _ context: ColumnContext, _ body: (UnsafeMutableBufferPointer<UInt8>?) -> Void) {
        guard let filter else { return body(nil) }
        let codes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: context.count)
        defer { codes.deallocate() }
        Kernels.evaluate(filter, context, into: codes)
        body(codes)
    }
}
