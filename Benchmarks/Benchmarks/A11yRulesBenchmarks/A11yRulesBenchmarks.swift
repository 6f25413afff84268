import A11yAdapters
import A11yBenchmarking
import A11yRules
import Foundation
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

    /// A workload laid out in one chunk: thresholds only with exact values, the realistic mix, or one shape of
    /// the mix (`shape`), with 5 % uncertain values unless `uncertainty` says otherwise.
    static func evaluation(rules: Int, subjects: Int, thresholdsOnly: Bool = false, shape: RuleShape? = nil,
                           uncertainty: Double? = nil) -> (Evaluator, SubjectBatch) {
        let workload = SyntheticWorkload(rules: rules, uncertaintyRate: uncertainty ?? (thresholdsOnly ? 0 : 0.05),
                                         thresholdsOnly: thresholdsOnly, shape: shape)
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
/// as the C loop reuses its output. Only the loop is timed: the setup is kept alive past
/// `stopMeasurement()`, so its deallocation (far longer than one evaluation) is not measured.
func columnarBenchmark(_ name: String, rules: Int, subjects: Int, thresholdsOnly: Bool, shape: RuleShape? = nil, uncertainty: Double? = nil) {
    Benchmark(name) { benchmark in
        let setup = Workloads.evaluation(rules: rules, subjects: subjects, thresholdsOnly: thresholdsOnly, shape: shape, uncertainty: uncertainty)
        withExtendedLifetime(setup) {
            let (evaluator, batch) = setup
            var table: OutcomeTable? = evaluator.outcomes(of: batch, parallel: false, selection: .columnarOnly)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                table = evaluator.outcomes(of: batch, parallel: false, selection: .columnarOnly, reusing: table.take())
                blackHole(table)
            }
            benchmark.stopMeasurement()
        }
    }
}

/// A JSON Lines file of a synthetic workload's subjects, and its catalog.
enum StreamWorkload {
    static func make(rules: Int, subjects: Int) -> (catalog: Catalog, path: String, lines: [Data]) {
        let workload = SyntheticWorkload(rules: rules)
        let load = CatalogLoader.load([SourceFile(path: "vocabulary.yaml", text: workload.vocabularyYAML()),
                                       SourceFile(path: "standard.yaml", text: workload.standardYAML())])
        let lines = (0..<subjects).map { Data(workload.subjectJSON($0).utf8) }
        let path = NSTemporaryDirectory() + "a11y-bench-\(rules)x\(subjects).jsonl"
        _ = FileManager.default.createFile(atPath: path, contents: Data(lines.map { $0 + Data([0x0A]) }.joined()))
        return (load.catalog, path, lines)
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
            benchmark.stopMeasurement()
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
            benchmark.stopMeasurement()
        }
        // The same shape as the C loop: every rule one threshold comparison, exact values.
        columnarBenchmark("evaluate/threshold-rules-only/\(name)", rules: rules, subjects: subjects, thresholdsOnly: true)
        // The realistic mix (thresholds, ranges, `when`, booleans, enums, tables, counts), every rule on
        // the columnar engine, one core.
        columnarBenchmark("evaluate/realistic-mix-1-core/\(name)", rules: rules, subjects: subjects, thresholdsOnly: false)
        if rules == 1_000 && subjects == 1_000 {
            // The C kernels one by one: thresholds with 5 % uncertain values (the vector redo of uncertain rows),
            // table comparisons (`a11y_table_compare`) and per-subject counts (`a11y_count_compare`).
            columnarBenchmark("evaluate/threshold-rules-5%-uncertain/\(name)", rules: rules, subjects: subjects, thresholdsOnly: true, uncertainty: 0.05)
            columnarBenchmark("evaluate/shape-table/\(name)", rules: rules, subjects: subjects, thresholdsOnly: false, shape: .table)
            columnarBenchmark("evaluate/shape-count/\(name)", rules: rules, subjects: subjects, thresholdsOnly: false, shape: .count)
        }
        // The realistic mix on all cores (chunks evaluated in parallel).
        Benchmark("evaluate/all-rules/\(name)") { benchmark in
            let setup = Workloads.evaluation(rules: rules, subjects: subjects)
            withExtendedLifetime(setup) {
                let (evaluator, batch) = setup
                benchmark.startMeasurement()
                for _ in benchmark.scaledIterations { blackHole(evaluator.outcomes(of: batch, parallel: true)) }
                benchmark.stopMeasurement()
            }
        }
    }

    // MARK: End to end: a JSON Lines file in, results out (what `evaluate x.jsonl --format jsonl` does).
    for (rules, subjects) in [(100, 2_000), (1_000, 1_000)] {
        let name = "\(rules) rules x \(subjects) subjects"
        let stream = StreamWorkload.make(rules: rules, subjects: subjects)
        Benchmark("e2e/json-parse-JSONSerialization (baseline)/\(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                for line in stream.lines { blackHole(try? JSONSerialization.jsonObject(with: line)) }
            }
        }
        // Reading alone: the file's lines to typed subjects, in blocks of 512 on all cores.
        Benchmark("e2e/read-subjects/\(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                guard let input = try? SubjectStream(path: stream.path, catalog: stream.catalog) else { continue }
                var count = 0
                while let block = input.next(maxSubjects: 512) { count += block.subjects.count }
                blackHole(count)
            }
        }
        for (label, listing) in [("summary", FindingSelection.none), ("failed-findings", .failed)] {
            Benchmark("e2e/jsonl-in-\(label)-out/\(name)") { benchmark in
                let evaluator = Evaluator(catalog: stream.catalog)
                benchmark.startMeasurement()
                for _ in benchmark.scaledIterations {
                    guard let input = try? SubjectStream(path: stream.path, catalog: stream.catalog) else { continue }
                    var bytes = 0
                    var json = JSONStreamWriter(pretty: false) { bytes += $0.count }
                    while let block = input.next(maxSubjects: 512) {
                        for result in evaluator.evaluate(block.subjects, listing: listing) { JSONReporter(pretty: false).writeLine(result, to: &json) }
                    }
                    json.flush()
                    blackHole(bytes)
                }
                benchmark.stopMeasurement()
            }
        }
    }

    // MARK: Scoring and output formats on the shipped catalogs and the example hall.
    let shipped = Workspace(files: ((try? BuiltinCatalog.files()) ?? []) + [SourceFile(path: "hall.yaml", text: exampleHall)])
    let results = (try? shipped.evaluate()) ?? []
    Benchmark("report/evaluate-and-score-one-hall") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? shipped.evaluate()) }
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
