import Testing
@testable import A11yEvaluation
import A11yRules
import A11yBenchmarking
import CColumnKernels

/// The C loops of the table, count and leaf-rule kernels against the Swift code they replace (the
/// interpreter's arithmetic: `TableKernel.Lookup`, `ValueKernels.truth`, `CountComparison.truth`,
/// the leaf's truth of a row, `a11y_leaf.truth(row:of:)` here), byte for byte, on special doubles (NaN, ±inf, ±0, subnormals, the ends
/// of the range), uncertainties, missing `when`s and filters, and lengths 0 to 40, 255 and 1000.
@Suite("C table, count and leaf-rule loops equal the Swift reference")
struct CKernelEquivalenceTests {
    static let specials: [Double] = [0, -0.0, .nan, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                                     .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, 1, -1, 0.5, 1e308, -1e308]
    static let accuracies: [Double] = [0.001, 0.5, 2, 1e-300, .leastNonzeroMagnitude, 1e308, .infinity]
    static let lengths = Array(0...40) + [255, 1000]
    static let operators: [ComparisonOperator] = [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual]

    /// A value: special, near one of `near`, or small and random.
    static func value(_ random: inout SplitMix64, near: [Double]) -> Double {
        switch random.next() % 4 {
        case 0: return specials[Int(random.next() % UInt64(specials.count))]
        case 1 where !near.isEmpty:
            let x = near[Int(random.next() % UInt64(near.count))]
            return [x, x.nextUp, x.nextDown, x * (1 + 1e-9), x * (1 - 2e-9), x + 0.25][Int(random.next() % 6)]
        default: return Double(Int(random.next() % 4000)) / 100 - 5
        }
    }

    /// Accuracies for `count` rows (nil: all exact), a fifth of them not zero.
    static func accuracies(_ random: inout SplitMix64, _ count: Int) -> [Double]? {
        guard random.next() % 2 == 0 else { return nil }
        return (0..<count).map { _ in random.next() % 5 == 0 ? accuracies[Int(random.next() % UInt64(accuracies.count))] : 0 }
    }

    static func when(_ random: inout SplitMix64, _ count: Int) -> [UInt8]? {
        random.next() % 3 == 0 ? nil : (0..<count).map { _ in random.next() % 4 == 0 ? UInt8(random.next() % 2) : 2 }
    }

    static let tables: [TableKernel] = [
        TableKernel(inputs: [0, 0.05, 0.0625, 0.0833, 0.1], outputs: [9000, 9000, 6000, 3000, 1500], linear: true),
        TableKernel(inputs: [0, 0.05, 0.0625, 0.0833, 0.1], outputs: [9000, 9000, 6000, 3000, 1500], linear: false),
        TableKernel(inputs: [-1e308, 0, 1e308], outputs: [1e308, -1e308, 5], linear: true),
        TableKernel(inputs: [-.greatestFiniteMagnitude, .greatestFiniteMagnitude], outputs: [-.greatestFiniteMagnitude, .greatestFiniteMagnitude], linear: true),
        TableKernel(inputs: [1, 1, 2], outputs: [3, 4, 5], linear: true),
        TableKernel(inputs: [2.5], outputs: [7], linear: true),
        TableKernel(inputs: [], outputs: [], linear: true),
        // Duplicate rows at both ends and inside, ±0 and subnormal rows, infinite rows and outputs, a NaN output.
        TableKernel(inputs: [-1, -1, 0, 0, 0.5, 2, 2], outputs: [1, 2, 3, 4, 5, 6, 7], linear: true),
        TableKernel(inputs: [-1, -1, 0, 0, 0.5, 2, 2], outputs: [1, 2, 3, 4, 5, 6, 7], linear: false),
        TableKernel(inputs: [-0.0, 0, .leastNonzeroMagnitude, .leastNormalMagnitude, 1], outputs: [.leastNonzeroMagnitude, -0.0, 0, 1e-300, 2], linear: true),
        TableKernel(inputs: [-.infinity, 0, .infinity], outputs: [.infinity, 1, -.infinity], linear: true),
        TableKernel(inputs: [-.infinity, 0, .infinity], outputs: [.infinity, 1, -.infinity], linear: false),
        TableKernel(inputs: [0, 1, 2], outputs: [.nan, 1e308, -1e308], linear: true),
        TableKernel(inputs: [0, 1e-9, 2e-9], outputs: [1, 2, 3], linear: true),
        TableKernel(inputs: [1, 2], outputs: [10, 20], linear: false),
        // 32 rows (the vector loop's largest), 33 (the scalar loop), rows out of order and a NaN row (the scalar loop).
        TableKernel(inputs: (0..<32).map { Double($0) / 4 }, outputs: (0..<32).map { Double(($0 * 37) % 11) }, linear: true),
        TableKernel(inputs: (0..<33).map { Double($0) / 4 }, outputs: (0..<33).map { Double(($0 * 37) % 11) }, linear: true),
        TableKernel(inputs: [0, 2, 1, 3], outputs: [1, 2, 3, 4], linear: true),
        TableKernel(inputs: [0, .nan, 3], outputs: [1, 2, 3], linear: true),
    ]

    /// The Swift loop the C table kernel replaces.
    static func referenceTable(_ table: TableKernel, _ op: ComparisonOperator, _ onLeft: Bool, _ input: [Double], _ inputAccuracies: [Double]?,
                               _ other: [Double]?, _ otherAccuracies: [Double]?, _ constant: (value: Double, accuracy: Double),
                               _ when: [UInt8]?) -> [UInt8] {
        table.withLookup { lookup in
            input.indices.map { i in
                let w = when?[i] ?? Predicate.trueCode
                if w != Predicate.trueCode { return w == Predicate.falseCode ? RuleKernel.inapplicable : RuleKernel.cantTell }
                var y = Double.nan, ey = 0.0
                if !input[i].isNaN {
                    y = lookup.cached(input[i])
                    if let e = inputAccuracies?[i], e != 0, !y.isNaN { (y, ey) = lookup.widened(input[i], e, y) }
                }
                let v = other?[i] ?? constant.value
                let ev = other == nil ? constant.accuracy : otherAccuracies?[i] ?? 0
                return RuleKernel.outcome(check: onLeft ? ValueKernels.truth(op, y, ey, v, ev) : ValueKernels.truth(op, v, ev, y, ey))
            }
        }
    }

    @Test func tableLoopMatchesTheSwiftLookup() {
        var random = SplitMix64(seed: 41)
        var compared = 0
        for (t, table) in Self.tables.enumerated() {
            for count in Self.lengths {
                let input = (0..<count).map { _ in Self.value(&random, near: table.inputs) }
                let inputAccuracies = Self.accuracies(&random, count)
                let other = (0..<count).map { _ in Self.value(&random, near: table.outputs) }
                let otherAccuracies = Self.accuracies(&random, count)
                let when = Self.when(&random, count)
                let constant = (value: Self.value(&random, near: table.outputs), accuracy: random.next() % 2 == 0 ? 0 : 0.5)
                for op in Self.operators {
                    for onLeft in [true, false] {
                        for column in [true, false] {
                            let (xs, exs) = column ? (Optional(other), otherAccuracies) : (nil, nil)
                            let expected = Self.referenceTable(table, op, onLeft, input, inputAccuracies, xs, exs, constant, when)
                            for level in [-1] + Self.levels {
                                var actual = [UInt8](repeating: 0xFF, count: count)
                                actual.withUnsafeMutableBufferPointer { out in
                                    (when ?? []).withUnsafeBufferPointer { w in
                                        TableComparison.loop(table, op, onLeft, input: input, inputAccuracies, other: xs, exs, constant: constant,
                                                             when: when == nil ? nil : w.baseAddress, level: Int32(level), into: out)
                                    }
                                }
                                #expect(actual == expected,
                                        "level \(level), table \(t), \(count) rows, \(op), table on the left \(onLeft), column \(column)")
                            }
                            compared += 1
                        }
                    }
                }
            }
        }
        #expect(compared == Self.tables.count * Self.lengths.count * 24)
    }

    /// The vector lookup's doubles against `TableKernel.lookup`, bit for bit, at every level: inputs on,
    /// beside and between every row, specials, and NaN (whose lookup the loops never use, but whose lanes run).
    @Test func tableValuesMatchTheSwiftLookupBitForBit() {
        var random = SplitMix64(seed: 47)
        for (t, table) in Self.tables.enumerated() {
            var inputs = Self.specials
            for x in table.inputs {
                inputs += [x, x.nextUp, x.nextDown, x * (1 + 1e-9), x * (1 - 1e-9), x * (1 + 2e-9), x * (1 - 2e-9), x + 0.25, x / 2, -x]
            }
            for (a, b) in zip(table.inputs, table.inputs.dropFirst()) { inputs += [a / 2 + b / 2, a + (b - a) / 3] }
            inputs += (0..<200).map { _ in Self.value(&random, near: table.inputs) }
            let expected = table.inputs.withUnsafeBufferPointer { x in
                table.outputs.withUnsafeBufferPointer { y in inputs.map { TableKernel.lookup($0, x, y, linear: table.linear).bitPattern } }
            }
            for level in [-1] + Self.levels {
                var actual = [Double](repeating: 0, count: inputs.count)
                actual.withUnsafeMutableBufferPointer { out in
                    a11y_table_values_at(Int32(level), table.inputs, table.outputs, table.inputs.count, table.linear ? 1 : 0,
                                         inputs, inputs.count, out.baseAddress)
                }
                let mismatched = inputs.indices.filter { actual[$0].bitPattern != expected[$0] }
                #expect(mismatched.isEmpty, "level \(level), table \(t): inputs \(mismatched.prefix(5).map { inputs[$0] })")
            }
        }
    }

    @Test func countLoopMatchesTheSwiftCount() {
        var random = SplitMix64(seed: 43)
        let constants: [Double] = [0, -0.0, 1, 2.5, 15, 16, 17, 40, -1, .nan, .infinity, -.infinity, .leastNonzeroMagnitude]
        for subjects in Self.lengths {
            // Segments of 0 to 40 instances (past the 16 × 16 table), some subjects unsurveyed.
            var starts = [0], surveyed: [Bool] = []
            for _ in 0..<subjects {
                let isSurveyed = random.next() % 6 != 0
                surveyed.append(isSurveyed)
                starts.append(starts[starts.count - 1] + (isSurveyed ? Int(random.next() % (random.next() % 4 == 0 ? 41 : 4)) : 1))
            }
            let rows = starts[starts.count - 1]
            let filter: [UInt8]? = random.next() % 3 == 0 ? nil : (0..<rows).map { _ in UInt8(random.next() % 3) }
            let when = Self.when(&random, subjects)
            for op in Self.operators {
                for onLeft in [true, false] {
                    let c = constants[Int(random.next() % UInt64(constants.count))], ec = random.next() % 3 == 0 ? 0.5 : 0
                    let count: ColumnValue = .count(kind: 0, filter: nil), constant: ColumnValue = .constant(c, accuracy: ec)
                    guard let kernel = CountComparison(.compareValues(onLeft ? count : constant, op, onLeft ? constant : count)) else {
                        Issue.record("not a count comparison")
                        continue
                    }
                    let expected: [UInt8] = (0..<subjects).map { s in
                        let w = when?[s] ?? Predicate.trueCode
                        if w != Predicate.trueCode { return w == Predicate.falseCode ? RuleKernel.inapplicable : RuleKernel.cantTell }
                        guard surveyed[s] else { return RuleKernel.outcome(check: kernel.unsurveyed) }
                        let segment = starts[s]..<starts[s + 1]
                        let sure = filter.map { f in segment.filter { f[$0] == Predicate.trueCode }.count } ?? segment.count
                        let maybe = filter.map { f in segment.filter { f[$0] == Predicate.unknownCode }.count } ?? 0
                        return RuleKernel.outcome(check: CountComparison.truth(op, onLeft, sure, maybe, c, ec))
                    }
                    var actual = [UInt8](repeating: 0xFF, count: subjects)
                    actual.withUnsafeMutableBufferPointer { out in
                        (filter ?? []).withUnsafeBufferPointer { f in
                            (when ?? []).withUnsafeBufferPointer { w in
                                kernel.loop(filter: filter == nil ? nil : f.baseAddress, starts: starts, surveyed: surveyed,
                                            when: when == nil ? nil : w.baseAddress, into: out)
                            }
                        }
                    }
                    #expect(actual == expected, "\(subjects) subjects, count \(op) \(c) ± \(ec), count on the left \(onLeft)")
                }
            }
        }
    }

    /// One or two leaves (thresholds, equalities, ranges on one column, bools, `present`) run by the C
    /// rule loop, uncertain rows redone in C, against the leaves' Swift truth of each row.
    @Test func leafRuleLoopMatchesTheSwiftLeaves() {
        var random = SplitMix64(seed: 47)
        let cuts: [Double] = [0, -0.0, 1, -1, 0.5, 2.25, 1e-300, .leastNonzeroMagnitude, 1e300, -1e300]
        func leaf(_ ref: ColumnRef) -> Predicate {
            switch random.next() % 6 {
            case 0: return .truth(ref)
            case 1: return .present(ref)
            default:
                let op = Self.operators[Int(random.next() % 6)], c = cuts[Int(random.next() % UInt64(cuts.count))]
                return .compare(ref, op, constant: c, accuracy: 0, cut: ThresholdCut(op, c))
            }
        }
        var ran = 0
        for count in Self.lengths {
            for _ in 0..<6 {
                let a = (0..<count).map { _ in Self.value(&random, near: cuts) }, b = (0..<count).map { _ in Self.value(&random, near: cuts) }
                let ea = Self.accuracies(&random, count), eb = Self.accuracies(&random, count)
                let columns = [Column(values: a, accuracies: ea), Column(values: b, accuracies: eb)]
                let first = ColumnRef.scope(0), second = ColumnRef.scope(Int(random.next() % 2))
                let predicate: Predicate
                switch random.next() % 4 {
                case 0: predicate = leaf(first)
                case 1: predicate = .and(leaf(first), leaf(second))
                case 2: predicate = .or(leaf(first), .not(leaf(second)))
                default: predicate = .not(.and(leaf(first), .or(.constant(Predicate.unknownCode), leaf(second))))
                }
                guard let kernel = LeafKernel(condition: predicate) else { continue }
                let (ca, cb, expected) = Self.reference(kernel, columns, count)
                for level in Self.levels {
                    #expect(Self.run(kernel, ca, cb, level: level) == expected, "level \(level), \(count) rows: \(predicate)")
                }
                ran += 1
            }
        }
        #expect(ran > Self.lengths.count * 4)
    }

    /// The loop versions this CPU runs (0 portable, 1 AVX2, 2 AVX-512).
    /// The columns `kernel` reads of `columns` (by scope slot) and the interpreter's outcome for each row.
    static func reference(_ kernel: LeafKernel, _ columns: [Column], _ count: Int) -> (Column, Column, [UInt8]) {
        func column(_ ref: ColumnRef) -> Column { if case .scope(let slot) = ref { return columns[slot] } else { return columns[0] } }
        let (ca, cb) = (column(kernel.firstColumn), kernel.secondColumn.map(column) ?? column(kernel.firstColumn))
        let byTruths = withUnsafeBytes(of: kernel.compiled.by_truths) { Array($0) }
        let expected: [UInt8] = (0..<count).map { i in
            let ta = kernel.compiled.a.truth(row: i, of: ca)
            let tb = kernel.secondColumn == nil ? 0 : kernel.compiled.b.truth(row: i, of: cb)
            return byTruths[3 * Int(ta) + Int(tb)]
        }
        return (ca, cb, expected)
    }

    static let levels = Array(0...LeafLoops.level)

    /// `kernel` over columns `a` and `b` with the loops of `level`.
    static func run(_ kernel: LeafKernel, _ a: Column, _ b: Column, level: Int32) -> [UInt8] {
        var actual = [UInt8](repeating: 0xFF, count: a.values.count)
        actual.withUnsafeMutableBufferPointer { out in
            LeafKernel.run(kernel.compiled, a.values, a.accuracies, a.uncertain, b.values, b.accuracies, b.uncertain, level: level, into: out)
        }
        return actual
    }

    /// The redo of uncertain rows (eight at a time in the vector version, then the last rows padded) against
    /// the interpreter's interval test: every operator, one or two comparisons (on one column or two), values on
    /// and beside both ends of each interval and the cut, special doubles, every accuracy of `accuracies` (NaN
    /// included), and the uncertain rows at every position: each row alone (lengths up to 40), every row, and a
    /// random fifth.
    @Test func uncertainRowsMatchTheIntervalTest() {
        var random = SplitMix64(seed: 53)
        let cuts: [Double] = [0, -0.0, 1, -1, 0.5, 2.25, 1e-300, .leastNonzeroMagnitude, 1e300, -1e300, 1000, 0.7]
        let errors = Self.accuracies + [.nan, 0.25, 0.005]
        func comparison(_ ref: ColumnRef) -> (Predicate, Double) {
            let op = Self.operators[Int(random.next() % 6)], c = cuts[Int(random.next() % UInt64(cuts.count))]
            return (.compare(ref, op, constant: c, accuracy: 0, cut: ThresholdCut(op, c)), c)
        }
        /// Values at and beside `c`, `c ± e` and the ends of the cut, special doubles, or small numbers.
        func value(near c: Double, _ e: Double) -> Double {
            switch random.next() % 3 {
            case 0: return Self.value(&random, near: [c, c + e, c - e, c + 2 * e, c - 2 * e])
            case 1:
                let x = [c + e, c - e, c + e + 1e-9 * max(1, abs(c)), c - e - 1e-9 * max(1, abs(c)), c][Int(random.next() % 5)]
                return [x, x.nextUp, x.nextDown][Int(random.next() % 3)]
            default: return Self.value(&random, near: [c])
            }
        }
        var compared = 0
        for count in Self.lengths {
            // Which rows are uncertain: each row alone (short columns), every row, a random fifth.
            var patterns: [[Bool]] = [Array(repeating: true, count: count), (0..<count).map { _ in random.next() % 5 == 0 }]
            if count <= 40 { patterns += (0..<count).map { p in (0..<count).map { $0 == p } } }
            for pattern in patterns {
                let shape = random.next() % 4
                let (first, c1) = comparison(.scope(0))
                let (second, c2) = comparison(.scope(shape == 2 ? 0 : 1))
                let predicate: Predicate
                switch shape {
                case 0: predicate = first
                case 1: predicate = .and(first, second)
                case 2: predicate = .or(first, .not(second))  // two comparisons of one column
                default: predicate = .and(.truth(.scope(1)), first)
                }
                guard let kernel = LeafKernel(condition: predicate) else { continue }
                let e = errors[Int(random.next() % UInt64(errors.count))]
                let a = (0..<count).map { _ in value(near: random.next() % 2 == 0 ? c1 : c2, e) }
                let b = shape == 3 ? (0..<count).map { _ in [0, 1, .nan][Int(random.next() % 3)] } : (0..<count).map { _ in value(near: c2, e) }
                func accuracies(_ uncertain: [Bool]) -> [Double] {
                    uncertain.map { $0 ? (random.next() % 4 == 0 ? errors[Int(random.next() % UInt64(errors.count))] : e) : 0 }
                }
                let columns = [Column(values: a, accuracies: accuracies(pattern)),
                               Column(values: b, accuracies: shape == 3 ? nil : accuracies(pattern.map { $0 && random.next() % 2 == 0 }))]
                let (ca, cb, expected) = Self.reference(kernel, columns, count)
                for level in Self.levels {
                    #expect(Self.run(kernel, ca, cb, level: level) == expected, "level \(level), \(count) rows, ± \(e): \(predicate)")
                }
                compared += 1
            }
        }
        #expect(compared > 800)
    }
}

extension a11y_leaf {
    /// The interpreter's truth code of row `i` of `column` (this leaf's column), its uncertainty
    /// included: the Swift reference of the C leaf-rule redo (`a11y_leaf_rule_run`), which replaced it.
    func truth(row i: Int, of column: Column) -> UInt8 {
        let x = column.values[i]
        if let comparison = ComparisonOperator.allCases.first(where: { RuleKernel.operatorCode($0) == op }),
           let accuracies = column.accuracies, accuracies[i] != 0 {
            return ValueKernels.truth(comparison, x, accuracies[i], constant, 0)
        }
        let index = (x >= low ? 1 : 0) | (x <= high ? 2 : 0)
        return index == 3 ? inside : (index == 0 ? nan : outside)
    }
}
