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

    /// Rule shapes: `for`, optional `when`, `check`; `#` is replaced by a random length in metres.
    static let shapes: [(target: String, when: String?, check: String)] = [
        ("p", nil, "w >= # m"),
        ("p", nil, "w in # m..1.5 m"),
        ("p", "s <= 1:8", "h <= lin(s)"),
        ("p", nil, "h <= stp(w)"),
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
          clauses:
            - clause: "1"
              obligation: shall
              rules:

        """
        for index in 0..<rules {
            let shape = shapes[index < shapes.count ? index : Int(random.next() % UInt64(shapes.count))]
            let length = ["0.5", "0.8", "0.9", "1", "1.2", "1.25"][Int(random.next() % 6)]
            var rule = "        - id: r\(index)\n          for: \(shape.target)\n"
            if let when = shape.when { rule += "          when: '\(when)'\n" }
            rule += "          check: '\(shape.check.split(separator: "#", omittingEmptySubsequences: false).joined(separator: length))'\n"
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
                        let x = ["-1.6e308", "1.6e308", "-3", "0", "2.5", "1e308", "-1e-300"][Int(random.next() % 7)]
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

    /// The table kernel's lookup is a copy of `Table.lookup`'s arithmetic: compare them on the rows,
    /// a hair either side, between rows, outside, and at the ends of the double range.
    @Test func tableLookupMatchesTheModel() throws {
        var random = SplitMix64(seed: 5)
        let load = CatalogLoader.load([SourceFile(path: "kx.yaml", text: Self.vocabulary),
                                      SourceFile(path: "KX.yaml", text: Self.standard(rules: 1, random: &random))])
        let tables = try #require(load.catalog.standard("KX")).tables
        #expect(tables.count == 3)
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
            let slow = columnar.program.rules.indices.filter { columnar.fast[$0] == nil }
            let slowRules = slow.map { columnar.program.rules[$0].rule.fullID }
            #expect(slow.count * 20 <= columnar.program.rules.count, "\(kind): \(slow.count) interpreted: \(slowRules.prefix(8))")
        }
    }
}
