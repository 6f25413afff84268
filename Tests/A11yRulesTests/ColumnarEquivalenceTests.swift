import Testing
import A11yRules

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
        #expect(serial.fastRules > 200, "most synthetic rules should take the fast path")
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
