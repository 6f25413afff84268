import A11yModel
internal import CColumnKernels

/// `count(parts.KIND where filter) OP c` or `c OP count(…)` in a subject rule
/// (`count(parts.ramp where width < 900 mm) == 0`): the filter runs once over the chunk's instance
/// rows, then one pass over the subjects counts each one's segment, compares the count and writes the
/// outcome, with the arithmetic of ``AggregateKernels/count(filter:_:)`` (sure + maybe/2, accuracy
/// maybe/2; unknown when the kind was not surveyed) and ``ValueKernels/truth(_:_:_:_:_:)``.
struct CountComparison: Sendable {
    let op: ComparisonOperator
    let countOnLeft: Bool
    let kind: Int
    let filter: Predicate?
    let constant: Double
    let accuracy: Double
    /// The comparison's truth code for `sure` and `maybe` instances below ``tableSide``, at
    /// `sure × tableSide + maybe`, computed once with the interpreter's arithmetic; larger counts are
    /// compared row by row.
    let truths: [UInt8]
    /// The truth code for a subject that did not survey the kind (its count is unknown).
    let unsurveyed: UInt8
    static let tableSide = 16
    /// The filter when it is one or two leaves on the kind's own columns, with their slots: run straight
    /// on the kind's store (`LeafKernel.run(_:slots:into:)`), without a `ColumnContext` for the kind.
    let filterLeaves: (kernel: LeafKernel, slots: (a: Int, b: Int))?

    /// The comparison `check` is, if it has this shape.
    init?(_ check: Predicate) {
        guard case .compareValues(let left, let op, let right) = check else { return nil }
        if case .count(let k, let f) = left, case .constant(let v, let e) = right {
            (countOnLeft, kind, filter, constant, accuracy) = (true, k, f, v, e)
        } else if case .count(let k, let f) = right, case .constant(let v, let e) = left {
            (countOnLeft, kind, filter, constant, accuracy) = (false, k, f, v, e)
        } else {
            return nil
        }
        self.op = op
        if case .leaves(let leaves)? = filter, let slots = leaves.ownSlots(instanceRows: true) {
            filterLeaves = (leaves, slots)
        } else {
            filterLeaves = nil
        }
        let side = Self.tableSide
        var truths = [UInt8](repeating: 0, count: side * side)
        for sure in 0..<side {
            for maybe in 0..<side { truths[sure * side + maybe] = Self.truth(op, countOnLeft, sure, maybe, constant, accuracy) }
        }
        self.truths = truths
        unsurveyed = countOnLeft ? ValueKernels.truth(op, .nan, 0, constant, accuracy) : ValueKernels.truth(op, constant, accuracy, .nan, 0)
    }

    /// As ``AggregateKernels/count(filter:_:)`` and ``ValueKernels/compare(_:_:_:into:)``: the count is
    /// sure + maybe/2 with accuracy maybe/2.
    @inline(__always)
    static func truth(_ op: ComparisonOperator, _ countOnLeft: Bool, _ sure: Int, _ maybe: Int, _ c: Double, _ ec: Double) -> UInt8 {
        let value = Double(sure) + Double(maybe) / 2, spread = Double(maybe) / 2
        return countOnLeft ? ValueKernels.truth(op, value, spread, c, ec) : ValueKernels.truth(op, c, ec, value, spread)
    }

    /// Writes the outcomes of the subjects of `context` (a subject rule's rows): the `when` and the
    /// filter by their kernels (a filter of leaves on the kind's own columns by one C call on the kind's
    /// store), then one C pass over the subjects' segments (`a11y_count_compare`).
    func run(when: Predicate?, _ context: ColumnContext, into out: UnsafeMutableBufferPointer<UInt8>) {
        let starts = context.chunk.kindStarts[kind], surveyed = context.chunk.kindSurveyed[kind]
        let count = Swift.min(out.count, surveyed.count)
        let conditions = RuleKernel.whenCodes(when, context, out.count)
        defer { conditions?.deallocate() }
        var filterCodes: UnsafeMutableBufferPointer<UInt8>?
        if let filter {
            let codes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: context.chunk.stores[kind].count)
            if let (leaves, slots) = filterLeaves {
                leaves.run(context.chunk.stores[kind], slots: slots, into: codes)
            } else {
                Kernels.evaluate(filter, context.inside(kind), into: codes)
            }
            filterCodes = codes
        }
        defer { filterCodes?.deallocate() }
        let when = conditions.map { UnsafePointer($0.baseAddress) } ?? nil
        let filterBase = filterCodes.map { UnsafePointer($0.baseAddress) } ?? nil
        loop(filter: filterBase, starts: starts, surveyed: surveyed, when: when, into: UnsafeMutableBufferPointer(rebasing: out[0..<count]))
    }

    /// The C pass over `out.count` subjects (at most `surveyed.count`): `filter` nil counts every
    /// instance, `when` nil always holds.
    func loop(filter: UnsafePointer<UInt8>?, starts: [Int], surveyed: [Bool], when: UnsafePointer<UInt8>?,
              into out: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = out.baseAddress else { return }
        let codes = RuleKernel.outcomeCodes
        starts.withUnsafeBufferPointer { starts in
            surveyed.withUnsafeBufferPointer { surveyed in
                truths.withUnsafeBufferPointer { truths in
                    withUnsafeBytes(of: codes) { codes in
                        a11y_count_compare(filter, starts.baseAddress, surveyed.baseAddress, when, truths.baseAddress, Self.tableSide,
                                           unsurveyed, RuleKernel.operatorCode(op), Int32(countOnLeft ? 1 : 0), constant, accuracy,
                                           codes.baseAddress?.assumingMemoryBound(to: UInt8.self), out.count, base)
                    }
                }
            }
        }
    }
}
