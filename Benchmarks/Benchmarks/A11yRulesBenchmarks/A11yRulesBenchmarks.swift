import A11yAdapters
import A11yBenchmarking
import A11yRules
import A11yYAML
import Benchmark
import CBaselines

// Each group pairs a measured stage with its in-run baseline: compare the two rows of the same run
// (see DocC/A11yRules.docc/Performance.md). Allocation counts are the stable figures for CI thresholds.

/// Workloads are generated deterministically, once per size.
enum Workloads {
    static func catalog(rules: Int) -> (files: [SourceFile], standard: [UInt8]) {
        let workload = SyntheticWorkload(rules: rules)
        let standard = workload.standardYAML()
        return ([SourceFile(path: "vocabulary.yaml", text: workload.vocabularyYAML()), SourceFile(path: "standard.yaml", text: standard)],
                Array(standard.utf8))
    }

    static func evaluation(rules: Int, subjects: Int, thresholdsOnly: Bool = false) -> (Evaluator, SubjectBatch) {
        let workload = SyntheticWorkload(rules: rules, uncertaintyRate: thresholdsOnly ? 0 : 0.05, thresholdsOnly: thresholdsOnly)
        let load = CatalogLoader.load([SourceFile(path: "vocabulary.yaml", text: workload.vocabularyYAML()),
                                       SourceFile(path: "standard.yaml", text: workload.standardYAML())])
        let reader = SubjectReader(catalog: load.catalog)
        let subjects = (0..<subjects).compactMap { reader.read(Array(workload.subjectJSON($0).utf8), path: "s", line: $0 + 1).subject }
        let evaluator = Evaluator(catalog: load.catalog)
        return (evaluator, evaluator.prepare(subjects, kind: SyntheticWorkload.vocabularyID, chunks: 1))
    }
}

/// The C baseline: the hand-written columnar loop of `CBaselines`, over the same matrix as
/// `PlainColumnLoop` (its Swift twin in `a11y-rules bench run`).
func runCLoop(_ matrix: PlainColumnLoop, into out: inout [UInt8]) {
    out.withUnsafeMutableBufferPointer { o in
        matrix.withMatrix { values, rows, columns, thresholds, ops in
            a11y_columnar_thresholds(values.baseAddress, rows, columns.baseAddress, thresholds.baseAddress, ops.baseAddress,
                                     columns.count, o.baseAddress)
        }
    }
}

/// The columnar rules of a workload, evaluated on one core, writing over the previous result's buffer
/// as the C loop reuses its output.
func columnarBenchmark(_ name: String, rules: Int, subjects: Int, thresholdsOnly: Bool) {
    Benchmark(name) { benchmark in
        let (evaluator, batch) = Workloads.evaluation(rules: rules, subjects: subjects, thresholdsOnly: thresholdsOnly)
        var table: OutcomeTable? = evaluator.outcomes(of: batch, parallel: false, selection: .columnarOnly)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            table = evaluator.outcomes(of: batch, parallel: false, selection: .columnarOnly, reusing: table.take())
            blackHole(table)
        }
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20)

    // MARK: Loading: libyaml's raw event loop is the floor.
    for rules in [1_000, 10_000, 100_000] {
        let input = Workloads.catalog(rules: rules)
        Benchmark("load/libyaml-events-C (baseline)/\(rules) rules") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(input.standard.withUnsafeBufferPointer { a11y_libyaml_count_events($0.baseAddress, $0.count) })
            }
        }
        Benchmark("load/yaml-nodes/\(rules) rules") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try? YAMLParser.parse(input.standard)) }
        }
        Benchmark("load/catalog-checked/\(rules) rules") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(CatalogLoader.load(input.files)) }
        }
        Benchmark("load/compile/\(rules) rules") { benchmark in
            let load = CatalogLoader.load(input.files)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(Evaluator(catalog: load.catalog)) }
        }
    }

    // MARK: Evaluation: a hand-written C columnar loop is the ceiling.
    for (rules, subjects) in [(1_000, 1_000), (1_000, 10_000), (10_000, 1_000)] {
        let name = "\(rules) rules x \(subjects) subjects"
        Benchmark("evaluate/columnar-C-loop (baseline)/\(name)") { benchmark in
            // Rows: 3 instances per part kind and subject, as in the workload.
            let matrix = PlainColumnLoop(rules: rules, rows: subjects * 3)
            var out = [UInt8](repeating: 0, count: matrix.checks)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                runCLoop(matrix, into: &out)
                blackHole(out)
            }
        }
        // The same shape as the C loop: every rule one threshold comparison, exact values.
        columnarBenchmark("evaluate/threshold-rules-only/\(name)", rules: rules, subjects: subjects, thresholdsOnly: true)
        columnarBenchmark("evaluate/threshold+boolean-rules/\(name)", rules: rules, subjects: subjects, thresholdsOnly: false)
        Benchmark("evaluate/all-rules/\(name)") { benchmark in
            let (evaluator, batch) = Workloads.evaluation(rules: rules, subjects: subjects)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(evaluator.outcomes(of: batch, parallel: true)) }
        }
    }

    // MARK: Scoring and output formats on the shipped catalogs and the example hall.
    let shipped = Workspace(files: ((try? BuiltinCatalog.files()) ?? []) + [SourceFile(path: "hall.yaml", text: exampleHall)])
    let results = shipped.evaluate()
    Benchmark("report/evaluate-and-score-one-hall") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(shipped.evaluate()) }
    }
    Benchmark("report/json") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(JSONReporter().report(results, catalog: shipped.catalog)) }
    }
    Benchmark("report/text") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(TextReporter(language: .zh).report(results, catalog: shipped.catalog)) }
    }

    // MARK: Rollup of a province-sized programme from JSON Lines results.
    rollupBenchmarks()
}

let exampleHall = """
subject:
  id: bench-hall
  kind: facility
  assessed: 2022-11-15
  facts: {}
  parts: {}
"""
