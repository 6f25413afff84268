import Testing
@testable import A11yEvaluation
import A11yRules
import A11yBenchmarking

/// The columnar fast path must give exactly the interpreter's outcomes, on every input.
@Suite("Columnar path equals the reference path")
struct ColumnarEquivalenceTests {
    static func workload(seed: UInt64, rules: Int, subjects: Int, missing: Double, uncertainty: Double) -> (Evaluator, [Subject]) {
        let workload = SyntheticWorkload(rules: rules, instancesPerKind: 3, missingRate: missing, uncertaintyRate: uncertainty, seed: seed)
        var files = [
            SourceFile(path: "vocabulary.yaml", text: workload.vocabularyYAML()),
            SourceFile(path: "standard.yaml", text: workload.standardYAML()),
        ]
        for index in 0..<subjects {
            files.append(SourceFile(path: "subject-\(index).json", text: workload.subjectJSON(index)))
        }
        let load = CatalogLoader.load(files)
        #expect(!load.hasErrors, "\(load.diagnostics.prefix(3))")
        return (Evaluator(catalog: load.catalog), load.subjects)
    }

    static func assertSame(_ reference: OutcomeTable, _ candidate: OutcomeTable) {
        #expect(reference.rules == candidate.rules)
        for rule in 0..<reference.rules.count {
            let expected = reference.outcomes(ofRule: rule)
            let actual = candidate.outcomes(ofRule: rule)
            if expected != actual {
                let row = zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }
                Issue.record("\(reference.rules[rule]): row \(row?.offset ?? -1): reference \(row?.element.0.rawValue ?? "?"), columnar \(row?.element.1.rawValue ?? "?")")
                return
            }
            #expect(reference.subjectIndexes(ofRule: rule) == candidate.subjectIndexes(ofRule: rule))
        }
    }

    @Test(arguments: [
        (UInt64(1), 0.0, 0.0),
        (UInt64(2), 0.05, 0.05),
        (UInt64(3), 0.3, 0.3),
        (UInt64(4), 0.0, 0.9),
        (UInt64(5), 0.9, 0.0),
    ])
    func syntheticWorkloads(seed: UInt64, missing: Double, uncertainty: Double) {
        let (evaluator, subjects) = Self.workload(seed: seed, rules: 300, subjects: 24, missing: missing, uncertainty: uncertainty)
        let kind = SyntheticWorkload.vocabularyID
        let reference = evaluator.referenceOutcomes(of: subjects, kind: kind)
        #expect(reference.checks > 0)
        let serial = evaluator.outcomes(of: subjects, kind: kind, parallel: false)
        #expect(serial.fastRules == 300, "every synthetic rule should take the fast path")
        Self.assertSame(reference, serial)
        Self.assertSame(reference, evaluator.outcomes(of: subjects, kind: kind, parallel: true))
    }

    @Test func shippedCatalogsAndExamples() {
        let load = Repository.load(["Standards", "Examples"])
        let evaluator = Evaluator(catalog: load.catalog)
        for kind in Set(load.subjects.map(\.kind)) {
            let reference = evaluator.referenceOutcomes(of: load.subjects, kind: kind)
            Self.assertSame(reference, evaluator.outcomes(of: load.subjects, kind: kind, parallel: false))
        }
    }

    @Test func referenceOutcomesMatchFullEvaluation() throws {
        // The outcome table's interpreter path is the same as the findings of evaluate(_:).
        let (evaluator, subjects) = Self.workload(seed: 9, rules: 120, subjects: 3, missing: 0.1, uncertainty: 0.1)
        let table = evaluator.referenceOutcomes(of: subjects, kind: SyntheticWorkload.vocabularyID)
        for (s, subject) in subjects.enumerated() {
            let result = evaluator.evaluate(subject)
            for (r, rule) in table.rules.enumerated() {
                let rows = zip(table.outcomes(ofRule: r), table.subjectIndexes(ofRule: r)).filter { $0.1 == s }.map(\.0)
                let findings = result.findings.filter { $0.rule == rule }.map(\.outcome)
                #expect(rows == findings, "\(rule) on \(subject.id)")
            }
        }
    }
}

/// Values at, and a hair either side of, each threshold, written in other units: where folding the
/// tolerance into cut points could go wrong if it were not exact.
@Suite("Columnar cut points equal the interpreter's tolerance")
struct ThresholdCutEquivalenceTests {
    static let thresholds = ["0 m", "1 mm", "850 mm", "1.2 m", "1.20000001 m", "9.99 m", "1000 m", "1 km", "0.3333333333 m"]
    static let operators = ["<=", "<", ">=", ">", "==", "!="]

    static func values(around threshold: Double) -> [String] {
        var result: [String] = []
        for delta in [0.0, 1e-12, -1e-12, 1e-10, -1e-10, 1e-9, -1e-9, 2e-9, -2e-9, 1e-6, -1e-6, 0.001, -0.001] {
            let x = threshold + delta * Swift.max(1, abs(threshold))
            // A length is never negative (the loader rejects it): around 0 m only the upper side exists.
            guard x >= 0 else { continue }
            result.append("\(x) m")
            result.append("\(x * 1000) mm")
            result.append("\(x * 100) cm")
        }
        result.append("\(threshold.nextUp) m")
        if threshold.nextDown >= 0 { result.append("\(threshold.nextDown) m") }
        return result
    }

    @Test func everyOperatorAtEveryThreshold() throws {
        var rules = ""
        var index = 0
        // Rules that no length can decide both ways (`< 0 m` is never true, `>= 0 m` always).
        var oneSided: Set<String> = []
        for threshold in Self.thresholds {
            for op in Self.operators {
                rules += "        - {id: r\(index), for: ramp, check: \"clear_width \(op) \(threshold)\"}\n"
                if threshold == "0 m", op == "<" || op == ">=" { oneSided.insert("CUT:1#r\(index)") }
                index += 1
            }
            rules += "        - {id: r\(index), for: ramp, check: \"clear_width in \(threshold)..\(threshold)\"}\n"
            index += 1
        }
        let standard = "standard:\n  id: CUT\n  title: cut\n  vocabulary: hall\n  clauses:\n    - clause: \"1\"\n      obligation: shall\n      rules:\n" + rules
        var instances: [String] = []
        for threshold in Self.thresholds {
            let base = try QuantityLiteral.parse(threshold).get().value
            for value in Self.values(around: base) { instances.append("{clear_width: \(value)}") }
        }
        let subject = "subject: {id: s, kind: hall, parts: {ramp: [\(instances.joined(separator: ", "))]}}"
        let load = Fixture.load([("cut.yaml", standard), ("s.yaml", subject)])
        #expect(!load.hasErrors, "\(load.diagnostics.prefix(3))")
        let evaluator = Evaluator(catalog: load.catalog)
        let reference = evaluator.referenceOutcomes(of: load.subjects, kind: "hall")
        let columnar = evaluator.outcomes(of: load.subjects, kind: "hall", parallel: false)
        ColumnarEquivalenceTests.assertSame(reference, columnar)
        // The near-threshold values must exercise both answers of every comparison.
        let cutRules = reference.rules.indices.filter { reference.rules[$0].hasPrefix("CUT:") }
        for rule in cutRules where !oneSided.contains(reference.rules[rule]) {
            let outcomes = Set(reference.outcomes(ofRule: rule))
            #expect(outcomes.contains(.passed) && outcomes.contains(.failed), "\(reference.rules[rule]) saw only \(outcomes)")
        }
    }
}

@Suite("Reusing outcome buffers")
struct OutcomeReuseTests {
    @Test func aRecycledTableGivesTheSameOutcomes() {
        let (evaluator, subjects) = ColumnarEquivalenceTests.workload(seed: 11, rules: 150, subjects: 10, missing: 0.1, uncertainty: 0.1)
        let kind = SyntheticWorkload.vocabularyID
        let reference = evaluator.referenceOutcomes(of: subjects, kind: kind)
        let batch = evaluator.prepare(subjects, kind: kind, chunks: 2)
        var table: OutcomeTable? = evaluator.outcomes(of: batch, parallel: true)
        for _ in 0..<3 {
            table = evaluator.outcomes(of: batch, parallel: true, reusing: table.take())
            if let table { ColumnarEquivalenceTests.assertSame(reference, table) }
        }
        // A table of another shape (three chunks, not two) is not reused, and still right.
        let other = evaluator.outcomes(of: evaluator.prepare(subjects, kind: kind, chunks: 3), parallel: false, reusing: table.take())
        #expect(other.chunks.count == 3)
        ColumnarEquivalenceTests.assertSame(reference, other)
    }
}
