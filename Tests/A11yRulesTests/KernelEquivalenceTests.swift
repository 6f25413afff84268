import Testing
@testable import A11yEvaluation
import A11yRules
import A11yBenchmarking

/// Random rules of every shape the columnar kernels take (tables, aggregates over instances, `when`,
/// `and`/`or`, arithmetic, functions, facts read by part rules, `present`), over random subjects with
/// missing values, uncertainty, extreme finite values, empty and unsurveyed instance lists: the
/// columnar engine must give exactly the interpreter's outcomes, and must take every such rule.
@Suite("Columnar kernels equal the interpreter on random rules")
struct KernelEquivalenceTests {
    static let vocabulary = """
    vocabulary:
      id: kx
      title: {en: Kernel test}
      facts:
        f_count: {type: count}
        f_flag: {type: bool}
        f_len: {type: length, unit: m}
        f_mode: {type: enum, values: [a, b, c]}
      parts:
        p:
          attributes:
            w: {type: length, unit: m}
            h: {type: length, unit: m}
            s: {type: ratio}
            n: {type: count}
            x: {type: number}
            b: {type: bool}
            e: {type: enum, values: [u, v, z]}
        q:
          attributes:
            w: {type: length, unit: m}
            n: {type: count}
            b: {type: bool}
    """

    /// Rule shapes: `for`, optional `when`, `check`; `#` is replaced by a random length in metres (the same in both).
    static let shapes: [(target: String, when: String?, check: String)] = [
        ("p", nil, "w >= # m"),
        ("p", nil, "w in # m..1.5 m"),
        ("p", "s <= 1:8", "h <= lin(s)"),
        ("p", nil, "h <= stp(w)"),
        ("p", nil, "h <= many(w) or many(h) > 1 m"),
        ("p", nil, "h >= stp(w) - # m"),
        ("p", nil, "wide(x) > 0"),
        ("p", "b", "wide(x) <= x"),
        ("p", nil, "w * 2 >= h + # m"),
        ("p", nil, "w / h >= 0.5"),
        ("p", nil, "ceil(n / 2) >= 1 or floor(x) < 0"),
        ("p", nil, "max(w, h) <= # m"),
        ("p", nil, "min(w, h, 1 m) >= # m"),
        ("p", nil, "present(h) and not present(x)"),
        ("p", nil, "subject.f_flag and w >= # m"),
        ("p", "subject.f_mode == \"a\"", "w >= subject.f_len"),
        ("p", "present(subject.f_len)", "w - subject.f_len <= # m"),
        ("p", nil, "count(parts.q where b) >= 1 or w > # m"),
        ("p", "e == \"u\"", "b == true"),
        ("p", nil, "e != \"v\" and (b or s <= 1:12)"),
        ("p", nil, "w in h..2 m"),
        ("p", nil, "w >= h"),
        ("p", "not b", "-x < 3"),
        ("subject", nil, "count(parts.p where w < # m) == 0"),
        ("subject", nil, "count(parts.p) >= 2"),
        ("subject", nil, "count(parts.q where b or n > 2) <= subject.f_count"),
        ("subject", nil, "all(parts.p where b, w >= # m)"),
        ("subject", nil, "any(parts.q, n >= 3)"),
        ("subject", nil, "all(parts.p, present(h))"),
        ("subject", nil, "min(parts.p where b, w) >= # m"),
        ("subject", nil, "max(parts.p, h) <= # m"),
        ("subject", nil, "min(parts.q, w) * 2 > max(parts.p where s <= 1:12, w)"),
        ("subject", nil, "subject.f_len <= lin(1:12)"),
        ("subject", nil, "count(parts.p where count(parts.q where b) >= 1 and w > # m) >= 1"),
        ("subject", nil, "max(parts.p, stp(w)) >= 2 m"),
        ("subject", "any(parts.q, b)", "count(parts.p where not b) == 0"),
        ("subject", nil, "all(parts.p where subject.f_flag, w >= subject.f_len)"),
        ("subject", "subject.f_flag", "subject.f_count >= max(1, ceil(subject.f_count * 10%))"),
        ("subject", nil, "min(parts.p where present(w), x) <= 0 or any(parts.p, e == \"z\")"),
        // Fused shapes: `when` and check of two exact tests, a table under a `when` with an uncertainty,
        // a table on either side, counts with fused filters and a constant on either side.
        ("p", "b", "w <= # m"),
        ("p", nil, "b and w > # m"),
        ("p", "w >= # m", "h <= lin(s)"),
        ("p", nil, "lin(s) >= h"),
        ("p", "present(h)", "stp(w) <= 2 m"),
        ("p", "w < # m", "not (w >= 0.2 m)"),
        ("p", "present(w)", "e == \"z\" or not b"),
        ("p", "not b", "w in # m..1.5 m"),
        ("subject", "subject.f_flag", "0 < count(parts.q where b)"),
        ("subject", nil, "count(parts.p where w >= # m and e != \"u\") >= 1"),
        ("subject", "present(subject.f_len)", "count(parts.p where e != \"v\" and (b or s <= 1:12)) <= 2"),
        // A count whose filter reads a fact (not the kind's own columns: the context path), and one on the q rows.
        ("subject", nil, "count(parts.p where w < subject.f_len) == 0"),
        ("subject", "subject.f_flag", "count(parts.q where n > 2) <= 1"),
        // Straight arithmetic loops: overflow, division by intervals around zero, rounding at the ends.
        ("p", nil, "w / (h - 0.5 m) <= 2"),
        ("p", nil, "floor(x * 3) >= ceil(x / 7)"),
        ("p", nil, "x * x - x >= 1e300"),
        ("p", nil, "min(w, h) + max(w, h, 0.5 m) <= # m"),
    ]

    static func standard(rules: Int, random: inout SplitMix64) -> String {
        var out = """
        standard:
          id: KX
          title: {en: Kernels}
          type: local
          vocabulary: kx
          tables:
            lin: {input: ratio, output: length, interpolate: linear, rows: [[1:20, 1.20 m], [1:16, 0.90 m], [1:12, 0.75 m], [1:10, 0.60 m], [1:8, 0.30 m]]}
            stp: {input: length, output: length, interpolate: step, rows: [[0 m, 1 m], [0.5 m, 2 m], [1 m, 3 m], [1e300 m, 4 m]]}
            wide: {input: number, output: number, interpolate: linear, rows: [[-1.5e308, 1e308], [0, 0], [1.5e308, -1e308]]}
            many: {input: length, output: length, interpolate: linear, rows: [[0.0 m, 0.0 m], [0.1 m, 0.7 m], [0.2 m, 0.3 m], [0.3 m, 1.0 m], [0.4 m, 0.6 m], [0.5 m, 0.2 m], [0.6 m, 0.9 m], [0.7 m, 0.5 m], [0.8 m, 0.1 m], [0.9 m, 0.8 m], [1.0 m, 0.4 m], [1.1 m, 0.0 m], [1.2 m, 0.7 m], [1.3 m, 0.3 m], [1.4 m, 1.0 m], [1.5 m, 0.6 m], [1.6 m, 0.2 m], [1.7 m, 0.9 m], [1.8 m, 0.5 m], [1.9 m, 0.1 m]]}
          clauses:
            - clause: "1"
              obligation: shall
              rules:

        """
        for index in 0..<rules {
            let shape = shapes[index < shapes.count ? index : Int(random.next() % UInt64(shapes.count))]
            let length = ["0.5", "0.8", "0.9", "1", "1.2", "1.25"][Int(random.next() % 6)]
            var rule = "        - id: r\(index)\n          for: \(shape.target)\n"
            func filled(_ text: String) -> String { text.split(separator: "#", omittingEmptySubsequences: false).joined(separator: length) }
            if let when = shape.when { rule += "          when: '\(filled(when))'\n" }
            rule += "          check: '\(filled(shape.check))'\n"
            out += rule
        }
        return out
    }

    /// A length, sometimes extreme, sometimes with an uncertainty.
    static func length(_ random: inout SplitMix64, uncertainty: Double) -> String {
        let roll = random.next() % 100
        let value: String
        switch roll {
        case 0: value = "0 m"
        case 1: value = "1.7e308 m"
        case 2: value = "8.9e307 m"
        case 3: value = "5e-324 m"
        case 4: value = "1e300 m"
        default: value = "\(Double(random.next() % 2000) / 1000) m"
        }
        guard Double(random.next() % 1000) / 1000 < uncertainty else { return "\"\(value)\"" }
        let accuracy = random.next() % 20 == 0 ? "8.9e307 m" : "\(Double(random.next() % 100) / 1000) m"
        return "\"\(value) ± \(accuracy)\""
    }

    static func subject(_ index: Int, random: inout SplitMix64, missing: Double, uncertainty: Double) -> String {
        func keep() -> Bool { Double(random.next() % 1000) / 1000 >= missing }
        var facts: [String] = []
        if keep() { facts.append("f_count: \(random.next() % 6)") }
        if keep() { facts.append("f_flag: \(random.next() % 2 == 0)") }
        if keep() { facts.append("f_len: \(length(&random, uncertainty: uncertainty))") }
        if keep() { facts.append("f_mode: \(["a", "b", "c"][Int(random.next() % 3)])") }
        var parts: [String] = []
        for kind in ["p", "q"] where random.next() % 8 != 0 {  // now and then a kind is not surveyed
            var instances: [String] = []
            for i in 0..<Int(random.next() % 5) {  // 0 to 4 instances: empty lists too
                var attributes = ["id: \(kind)\(i)"]
                if keep() { attributes.append("w: \(length(&random, uncertainty: uncertainty))") }
                if keep() { attributes.append("n: \(random.next() % 6)") }
                if keep() { attributes.append("b: \(random.next() % 2 == 0)") }
                if kind == "p" {
                    if keep() { attributes.append("h: \(length(&random, uncertainty: uncertainty))") }
                    if keep() { attributes.append("s: \"1:\(4 + random.next() % 20)\"") }
                    if keep() {
                        let x = ["-1.6e308", "1.6e308", "-3", "0", "2.5", "1e308", "-1e-300", "-0.0", "4.9e-324", "1.7976931348623157e308"][Int(random.next() % 10)]
                        attributes.append("x: \(x)")
                    }
                    if keep() { attributes.append("e: \(["u", "v", "z"][Int(random.next() % 3)])") }
                }
                instances.append("{\(attributes.joined(separator: ", "))}")
            }
            parts.append("\(kind): [\(instances.joined(separator: ", "))]")
        }
        return "subject: {id: s\(index), kind: kx, facts: {\(facts.joined(separator: ", "))}, parts: {\(parts.joined(separator: ", "))}}"
    }

    static func workload(seed: UInt64, rules: Int, subjects: Int, missing: Double, uncertainty: Double) -> (Evaluator, [Subject]) {
        var random = SplitMix64(seed: seed)
        var files = [SourceFile(path: "kx.yaml", text: vocabulary), SourceFile(path: "KX.yaml", text: standard(rules: rules, random: &random))]
        for index in 0..<subjects {
            files.append(SourceFile(path: "s\(index).yaml", text: subject(index, random: &random, missing: missing, uncertainty: uncertainty)))
        }
        let load = CatalogLoader.load(files)
        #expect(!load.hasErrors, "\(load.diagnostics.prefix(3))")
        return (Evaluator(catalog: load.catalog), load.subjects)
    }

    @Test(arguments: [
        (UInt64(21), 0.0, 0.0),
        (UInt64(22), 0.1, 0.1),
        (UInt64(23), 0.4, 0.5),
        (UInt64(24), 0.0, 0.9),
        (UInt64(25), 0.8, 0.2),
    ])
    func randomRulesAndSubjects(seed: UInt64, missing: Double, uncertainty: Double) {
        let (evaluator, subjects) = Self.workload(seed: seed, rules: 160, subjects: 60, missing: missing, uncertainty: uncertainty)
        let reference = evaluator.referenceOutcomes(of: subjects, kind: "kx")
        #expect(reference.rules.count == 160)
        for chunks in [1, 3, 7] {
            let table = evaluator.outcomes(of: evaluator.prepare(subjects, kind: "kx", chunks: chunks), parallel: chunks > 1)
            #expect(table.fastRules == 160, "every rule shape should take the columnar path")
            ColumnarEquivalenceTests.assertSame(reference, table)
        }
    }

    /// The random subjects must reach the cases that matter, or the test above proves little.
    @Test func theRandomSubjectsCoverEveryOutcome() {
        let (evaluator, subjects) = Self.workload(seed: 22, rules: 160, subjects: 60, missing: 0.1, uncertainty: 0.1)
        let reference = evaluator.referenceOutcomes(of: subjects, kind: "kx")
        for rule in reference.rules.indices.prefix(Self.shapes.count) {
            let seen = Set(reference.outcomes(ofRule: rule))
            #expect(seen.contains(.cantTell), "\(reference.rules[rule]) never cantTell")
            #expect(seen.contains(.passed) || seen.contains(.failed), "\(reference.rules[rule]) never decided")
        }
        #expect(subjects.contains { $0.parts["p"] == nil } && subjects.contains { $0.parts["p"]?.isEmpty == true })
    }

    /// Each rule shape takes the kernel meant for it (a fused shape falling back to the general path
    /// would still be right, and slow).
    @Test func fusedShapesTakeTheirKernels() {
        let (evaluator, _) = Self.workload(seed: 21, rules: Self.shapes.count, subjects: 1, missing: 0, uncertainty: 0)
        let columnar = evaluator.columnar["kx"]
        let kernels = columnar?.kernels.map { $0.map(Self.name) ?? "interpreter" } ?? []
        #expect(kernels.count == Self.shapes.count)
        // By `when` and check: two exact tests in all fit one leaf loop, three do not.
        let expected: [(when: String?, check: String, kernel: String)] = [
            (nil, "w >= # m", "leaves"), (nil, "w in # m..1.5 m", "leaves"), ("s <= 1:8", "h <= lin(s)", "table"),
            (nil, "h <= stp(w)", "table"), (nil, "wide(x) > 0", "table"), ("b", "wide(x) <= x", "table"),
            (nil, "present(h) and not present(x)", "leaves"), ("e == \"u\"", "b == true", "leaves"),
            (nil, "count(parts.p where w < # m) == 0", "count"), (nil, "count(parts.p) >= 2", "count"),
            ("b", "w <= # m", "leaves"), (nil, "b and w > # m", "leaves"), (nil, "lin(s) >= h", "table"),
            ("present(h)", "stp(w) <= 2 m", "table"), ("w < # m", "not (w >= 0.2 m)", "leaves"),
            ("present(w)", "e == \"z\" or not b", "general"), ("not b", "w in # m..1.5 m", "general"),
            ("subject.f_flag", "0 < count(parts.q where b)", "count"),
            (nil, "count(parts.p where w >= # m and e != \"u\") >= 1", "count"),
            ("present(subject.f_len)", "count(parts.p where e != \"v\" and (b or s <= 1:12)) <= 2", "count"),
            (nil, "w * 2 >= h + # m", "general"), (nil, "w in h..2 m", "general"),
        ]
        for shape in expected {
            let index = Self.shapes.firstIndex { $0.when == shape.when && $0.check == shape.check }
            #expect(index != nil, "\(shape.check) is not among the shapes")
            guard let index, index < kernels.count else { continue }
            #expect(kernels[index] == shape.kernel, "\(shape.when ?? "-") / \(shape.check): \(kernels[index])")
        }
    }

    static func name(_ kernel: RuleKernel) -> String {
        switch kernel {
        case .leaves: return "leaves"
        case .table: return "table"
        case .count: return "count"
        case .general: return "general"
        }
    }

    /// The C loops (portable, AVX2, AVX-512, whichever this CPU runs) write the table's byte for each
    /// row's leaf indexes, at every length (the vector loops' tails) and on every kind of double.
    @Test func leafLoopsAgreeOnEveryLevel() {
        var random = SplitMix64(seed: 31)
        let specials: [Double] = [0, -0.0, .nan, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                                  .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, 1, -1, 0.5]
        func value() -> Double {
            random.next() % 3 == 0 ? specials[Int(random.next() % UInt64(specials.count))] : Double(Int(random.next() % 400)) / 100 - 2
        }
        func bound() -> Double {
            [-Double.infinity, .infinity, 0, -0.0, 1, -1, 0.5, .greatestFiniteMagnitude, .leastNonzeroMagnitude][Int(random.next() % 9)]
        }
        let level = Int(LeafLoops.level)
        #expect((0...2).contains(level))
        for count in Array(0...40) + [255, 1000] {
            let a = (0..<count).map { _ in value() }, b = (0..<count).map { _ in value() }
            var table = SIMD16<UInt8>()
            for k in 0..<16 { table[k] = UInt8(truncatingIfNeeded: random.next() % 5) }
            var (aLow, aHigh, bLow, bHigh) = (bound(), bound(), bound(), bound())
            if aLow > aHigh { swap(&aLow, &aHigh) }
            if bLow > bHigh { swap(&bLow, &bHigh) }
            func index(_ x: Double, _ low: Double, _ high: Double) -> Int { (x >= low ? 1 : 0) | (x <= high ? 2 : 0) }
            let expected1 = a.map { table[index($0, aLow, aHigh)] }
            let expected2 = zip(a, b).map { table[index($0, aLow, aHigh) | index($1, bLow, bHigh) << 2] }
            for variant in LeafLoops.Variant.allCases where variant.rawValue <= level {
                #expect(LeafLoops.run(variant, a, aLow, aHigh, nil, 0, 0, table) == expected1, "\(variant) one leaf, \(count) rows")
                #expect(LeafLoops.run(variant, a, aLow, aHigh, b, bLow, bHigh, table) == expected2, "\(variant) two leaves, \(count) rows")
            }
        }
    }

    /// The straight arithmetic loops repeat the interpreter's scalar steps: compare them bit for bit on
    /// every pair of special values and accuracies.
    @Test func scalarStepsMatchTheInterpreter() {
        let values: [Double] = [.nan, 0, -0.0, 1, -1, 2.5, -3, 1e-300, .leastNonzeroMagnitude, .leastNormalMagnitude,
                                .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 8.9e307, 1e308, .infinity, -.infinity]
        let accuracies: [Double] = [0, 0.001, 0.5, 1, 3, 8.9e307, .greatestFiniteMagnitude]
        func datum(_ v: Double, _ e: Double) -> Datum { v.isNaN ? .unknown : .number(v, accuracy: e) }
        func same(_ datum: Datum, _ pair: (Double, Double)) -> Bool {
            guard case .number(let v, let e) = datum else { return pair.0.isNaN && pair.1 == 0 }
            return v.bitPattern == pair.0.bitPattern && e.bitPattern == pair.1.bitPattern
        }
        var compared = 0
        for x in values {
            for ex in accuracies {
                for up in [true, false] where !x.isNaN {
                    let reference = Interpreter.function(up ? .ceil : .floor, [datum(x, ex)])
                    #expect(same(reference, ScalarSteps.rounded(up: up, x, ex)), "\(up ? "ceil" : "floor")(\(x) ± \(ex))")
                }
                for y in values {
                    for ey in accuracies {
                        for op in [ArithmeticOperator.add, .subtract, .multiply, .divide] {
                            let reference = Interpreter.arithmetic(op, datum(x, ex), datum(y, ey))
                            #expect(same(reference, ScalarSteps.arithmetic(op, x, ex, y, ey)), "\(x) ± \(ex) \(op) \(y) ± \(ey)")
                            compared += 1
                        }
                    }
                }
            }
        }
        #expect(compared == values.count * values.count * accuracies.count * accuracies.count * 4)
    }

    /// The table kernel's lookup is a copy of `Table.lookup`'s arithmetic: compare them on the rows,
    /// a hair either side, between rows, outside, and at the ends of the double range.
    @Test func tableLookupMatchesTheModel() throws {
        var random = SplitMix64(seed: 5)
        let load = CatalogLoader.load([SourceFile(path: "kx.yaml", text: Self.vocabulary),
                                      SourceFile(path: "KX.yaml", text: Self.standard(rules: 1, random: &random))])
        let tables = try #require(load.catalog.standard("KX")).tables
        #expect(tables.count == 4)
        for table in tables {
            let kernel = TableKernel(table)
            var inputs: [Double] = [0, -0.0, 1, -1, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1e-300, .leastNonzeroMagnitude]
            for row in table.rows {
                let x = row.input.value
                inputs += [x, x.nextUp, x.nextDown, x * (1 + 1e-9), x * (1 - 1e-9), x * (1 + 2e-9), x * (1 - 2e-9), x + 1e-10, x - 1e-10]
            }
            for (a, b) in zip(table.rows, table.rows.dropFirst()) {
                inputs += [(a.input.value + b.input.value) / 2, a.input.value / 2 + b.input.value / 2]
            }
            for _ in 0..<2000 {
                inputs.append(Double(bitPattern: random.next()))
            }
            kernel.inputs.withUnsafeBufferPointer { x in
                kernel.outputs.withUnsafeBufferPointer { y in
                    for input in inputs where !input.isNaN {
                        let expected = table.lookup(input)
                        let actual = kernel.lookup(input, x, y)
                        #expect(expected.map { $0.bitPattern } == (actual.isNaN ? nil : actual.bitPattern), "\(table.name)(\(input))")
                    }
                }
            }
        }
    }

    /// Shipped catalogs: which rules still take the interpreter (text and date comparisons only).
    @Test func shippedRulesAreColumnar() {
        let load = Repository.load(["Standards"])
        let evaluator = Evaluator(catalog: load.catalog)
        for (kind, columnar) in evaluator.columnar {
            let slow = columnar.program.rules.indices.filter { columnar.kernels[$0] == nil }
            let slowRules = slow.map { columnar.program.rules[$0].rule.fullID }
            #expect(slow.count * 20 <= columnar.program.rules.count, "\(kind): \(slow.count) interpreted: \(slowRules.prefix(8))")
        }
    }
}
