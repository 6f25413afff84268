import ArgumentParser
import A11yRules
import A11yBenchmarking
import A11yYAML
import A11yAdapters
import Foundation

/// `a11y-rules bench`: generate large synthetic workloads and time loading and evaluation against
/// in-run baselines, so anyone can reproduce the figures of the Performance article.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate synthetic catalogs and subjects, and measure loading and evaluation.",
        subcommands: [Generate.self, Run.self])

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a deterministic synthetic workload: catalog/ (vocabulary and standard) and subjects.jsonl.")

        @Option(parsing: .unconditional, help: "Number of rules.")
        var rules = 1_000

        @Option(parsing: .unconditional, help: "Number of subjects.")
        var subjects = 1_000

        @Option(name: .customLong("instances"), parsing: .unconditional, help: "Instances of each part kind per subject.")
        var instancesPerKind = 3

        @Option(help: "Seed of the generator.")
        var seed: UInt64 = 2022

        @Flag(name: .customLong("thresholds-only"), help: "Make every rule a single threshold comparison (the shape of the C baseline loop).")
        var thresholdsOnly = false

        @Option(help: ArgumentHelp("Make every rule of one shape of the mix (\(RuleShape.allCases.map(\.rawValue).joined(separator: ", "))).",
                                   valueName: "shape"))
        var shape: RuleShape?

        @Option(name: .customLong("uncertainty"), parsing: .unconditional, help: "Share of measured values given with an uncertainty.")
        var uncertaintyRate = 0.05

        @Option(parsing: .unconditional, help: "Scorecards to write into catalog/ (0: none, the catalog as before).")
        var scorecards = 0

        func validate() throws {
            try NumericOption.check(rules, "rules", atLeast: 1)
            try NumericOption.check(subjects, "subjects", atLeast: 1)
            try NumericOption.check(instancesPerKind, "instances", atLeast: 0, atMost: 1_000_000)
            try NumericOption.check(uncertaintyRate, "uncertainty", in: 0...1)
            try NumericOption.check(scorecards, "scorecards", atLeast: 0, atMost: 1_000)
        }

        @Option(name: [.short, .customLong("out")], help: ArgumentHelp("Folder to write into.", valueName: "dir"))
        var output: String

        func run() throws {
            let workload = SyntheticWorkload(rules: rules, instancesPerKind: instancesPerKind, uncertaintyRate: uncertaintyRate,
                                             seed: seed, thresholdsOnly: thresholdsOnly, scorecards: scorecards, shape: shape)
            let catalog = (output as NSString).appendingPathComponent("catalog")
            try FileManager.default.createDirectory(atPath: catalog, withIntermediateDirectories: true)
            try workload.vocabularyYAML().write(toFile: (catalog as NSString).appendingPathComponent("vocabulary.yaml"), atomically: true, encoding: .utf8)
            try workload.standardYAML().write(toFile: (catalog as NSString).appendingPathComponent("standard.yaml"), atomically: true, encoding: .utf8)
            for index in 0..<scorecards {
                try workload.scorecardYAML(index).write(toFile: (catalog as NSString).appendingPathComponent("scorecard-\(index + 1).yaml"),
                                                        atomically: true, encoding: .utf8)
            }
            let path = (output as NSString).appendingPathComponent("subjects.jsonl")
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                Output.error("\(path): error: cannot create the file")
                throw ExitStatus.unreadablePath
            }
            defer { try? handle.close() }
            var buffer = ""
            for index in 0..<subjects {
                buffer += workload.subjectJSON(index) + "\n"
                if buffer.utf8.count > 1 << 20 {
                    handle.write(Data(buffer.utf8))
                    buffer = ""
                }
            }
            handle.write(Data(buffer.utf8))
            Output.error("wrote \(catalog)/{vocabulary,standard}.yaml (\(rules) rules) and \(path) (\(subjects) subjects)")
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time loading and evaluating a workload folder made by 'bench generate', with in-run baselines.")

        @Argument(help: ArgumentHelp("A folder made by 'bench generate'.", valueName: "dir"))
        var directory: String

        @Option(parsing: .unconditional, help: "Rounds: the timed stages run in turn this many times, and each reports its median.")
        var repetitions = 3

        @Option(name: .customLong("max-subjects"), parsing: .unconditional, help: "Evaluate at most this many subjects.")
        var maxSubjects: Int?

        func validate() throws {
            try NumericOption.check(repetitions, "repetitions", atLeast: 1, atMost: 1_000)
            if let maxSubjects { try NumericOption.check(maxSubjects, "max-subjects", atLeast: 1) }
        }

        func run() throws {
            let catalogFiles = try SourceDiscovery.files(at: [(directory as NSString).appendingPathComponent("catalog")])
            guard let standard = catalogFiles.first(where: { $0.path.hasSuffix("standard.yaml") }) else {
                throw ValidationError("\(directory) has no catalog/standard.yaml; make one with 'a11y-rules bench generate'")
            }
            var measurement = WorkloadMeasurement()
            let rounds = repetitions
            let bytes = Double(standard.bytes.count)
            // Loading, alternating with its baseline.
            measurement.alternate(rounds: rounds, [
                .init("libyaml events (baseline)", work: bytes, unit: "B") { _ = YAMLParser.countEvents(standard.bytes) },
                .init("YAML to positioned nodes", work: bytes, unit: "B") { _ = try? YAMLParser.parse(standard.bytes) },
                .init("load: YAML to checked rules", work: bytes, unit: "B") { _ = CatalogLoader.load(catalogFiles) },
                .init("load for evaluate: examples skipped", work: bytes, unit: "B") { _ = CatalogLoader.load(catalogFiles, examples: .skip) },
            ])
            let load = CatalogLoader.load(catalogFiles)
            if load.hasErrors {
                Output.error(DiagnosticRenderer(files: load.files).render(load.diagnostics))
                throw ExitStatus.invalidInput
            }
            let evaluator = measurement.measure("compile", work: Double(load.catalog.standardRuleCount), unit: "rules") {
                Evaluator(catalog: load.catalog)
            }
            let subjectsPath = (directory as NSString).appendingPathComponent("subjects.jsonl")
            let lines = try String(contentsOfFile: subjectsPath, encoding: .utf8).split(separator: "\n").prefix(maxSubjects ?? Int.max).map { Array($0.utf8) }
            let lineBytes = Double(lines.reduce(0) { $0 + $1.count + 1 })
            let reader = SubjectReader(catalog: load.catalog)
            // Reading subjects on one core, alternating with JSON parses of the same lines: CPython's
            // json.loads and orjson (in a child process timing its own loop) and JSONSerialization.
            let python = PythonJSONBaseline(path: subjectsPath, lines: lines.count, module: .json)
            let orjson = PythonJSONBaseline(path: subjectsPath, lines: lines.count, module: .orjson)
            let catalog = load.catalog
            measurement.alternate(rounds: rounds, [
                .init(selfTimed: "JSON parse, CPython json.loads (baseline)", work: lineBytes, unit: "B", python.run),
                .init(selfTimed: "JSON parse, orjson", work: lineBytes, unit: "B", orjson.run),
                .init("JSON parse, JSONSerialization", work: lineBytes, unit: "B") {
                    for line in lines { _ = try? JSONSerialization.jsonObject(with: Data(line)) }
                },
                .init("JSON reader to positioned nodes, 1 core", work: lineBytes, unit: "B") {
                    for line in lines { _ = JSONParser.parse(line) }
                },
                .init("read subjects, reference path, 1 core", work: lineBytes, unit: "B") {
                    for (index, line) in lines.enumerated() { _ = reader.referenceRead(line, path: subjectsPath, line: index + 1) }
                },
                .init("read subjects (JSON Lines), 1 core", work: lineBytes, unit: "B") {
                    for (index, line) in lines.enumerated() { _ = reader.read(line, path: subjectsPath, line: index + 1) }
                },
                // The same, with every subject's facts and parts made at once (as reading all of them would):
                // the stage above defers them (a subject read from JSON Lines decodes them on first use).
                .init("read subjects (JSON Lines), details made, 1 core", work: lineBytes, unit: "B") {
                    for (index, line) in lines.enumerated() {
                        guard let subject = reader.read(line, path: subjectsPath, line: index + 1).subject else { continue }
                        _ = subject.facts.count + subject.parts.count
                    }
                },
                .init("read subjects: SubjectStream, all cores", work: lineBytes, unit: "B") {
                    guard let stream = try? SubjectStream(path: subjectsPath, catalog: catalog) else { return }
                    var left = lines.count
                    while left > 0, let block = stream.next(maxSubjects: min(512, left)) { left -= block.subjects.count }
                },
            ])
            let subjects = lines.enumerated().compactMap { index, line in reader.read(line, path: subjectsPath, line: index + 1).subject }
            let kind = SyntheticWorkload.vocabularyID
            let reference = measurement.measure("evaluate all rules: interpreter, 1 core", work: 0, unit: "checks") {
                evaluator.referenceOutcomes(of: subjects, kind: kind)
            }
            measurement.stages[measurement.stages.count - 1].work = Double(reference.checks)
            let batch = evaluator.prepare(subjects, kind: kind)
            let single = evaluator.prepare(subjects, kind: kind, chunks: 1)
            let all = evaluator.outcomes(of: batch, kind: kind, parallel: true)
            let fastChecks = Double(evaluator.outcomes(of: single, kind: kind, parallel: false, selection: .columnarOnly).checks)
            let slowChecks = Double(reference.checks) - fastChecks
            let plain = PlainColumnLoop(rules: max(1, Int(fastChecks) / max(1, subjects.count * 3)), rows: subjects.count * 3)
            // The same loop in C compiled with -O3 -march=native (clang, gcc), timed by a child process.
            let vectorised = VectorisedColumnLoop.baselines(like: plain)
            let state = BenchState()
            let subjectCount = Double(subjects.count)
            // Evaluation, alternating with the bare column loop.
            measurement.alternate(rounds: rounds, [
                .init("plain column loop (baseline)", work: Double(plain.checks), unit: "checks") { plain.run(into: &state.plainOut) },
                .init("columnar rules: 1 core", work: fastChecks, unit: "checks") {
                    state.recycled = evaluator.outcomes(of: single, kind: kind, parallel: false, selection: .columnarOnly, reusing: state.recycled.take())
                },
                .init("columnar rules: all cores", work: fastChecks, unit: "checks") {
                    _ = evaluator.outcomes(of: batch, kind: kind, parallel: true, selection: .columnarOnly)
                },
                .init("other rules (interpreter), all cores", work: slowChecks, unit: "checks") {
                    _ = evaluator.outcomes(of: batch, kind: kind, parallel: true, selection: .interpreterOnly)
                },
                .init("evaluate all rules: columnar, 1 core", work: Double(reference.checks), unit: "checks") {
                    state.recycledAll = evaluator.outcomes(of: single, kind: kind, parallel: false, reusing: state.recycledAll.take())
                },
                .init("evaluate all rules: columnar, all cores", work: Double(reference.checks), unit: "checks") {
                    _ = evaluator.outcomes(of: batch, kind: kind, parallel: true)
                },
                .init("lay out subjects in columns", work: subjectCount, unit: "subjects") { _ = evaluator.prepare(subjects, kind: kind) },
            ] + vectorised.map { $0.stage(checks: plain.checks) })
            // The product path: results with scores and counts, findings as `evaluate --findings` lists them,
            // written as JSON Lines into nothing, in parts of 64 subjects as `evaluate` does; and the whole
            // way from the file's lines. At most about 3 million checks, so that large catalogs stay quick.
            let perSubject = max(1, reference.checks / max(1, subjects.count))
            let productCount = min(subjects.count, max(50, 3_000_000 / perSubject))
            let productSubjects = Array(subjects.prefix(productCount))
            let productLines = Array(lines.prefix(productCount))
            let productBatch = evaluator.prepare(productSubjects, kind: kind)
            var written = 0
            measurement.alternate(rounds: rounds, [
                .init("engine alone on the product subjects", work: Double(productCount), unit: "subjects") {
                    _ = evaluator.outcomes(of: productBatch, kind: kind, parallel: true)
                },
                .init("results, --findings none, not written", work: Double(productCount), unit: "subjects") {
                    for start in stride(from: 0, to: productSubjects.count, by: 512) {
                        _ = evaluator.evaluate(Array(productSubjects[start..<min(productSubjects.count, start + 512)]), listing: .none)
                    }
                },
                .init("results, --findings none", work: Double(productCount), unit: "subjects") {
                    written = Self.writeLines(productSubjects, evaluator: evaluator, listing: .none)
                },
                .init("results, --findings failed", work: Double(productCount), unit: "subjects") {
                    written = Self.writeLines(productSubjects, evaluator: evaluator, listing: .failed)
                },
                .init("JSON Lines in to summary out, all cores", work: Double(productCount), unit: "subjects") {
                    let read = ParallelMap.map(Array(productLines.indices), minimumCount: 2) {
                        reader.read(productLines[$0], path: subjectsPath, line: $0 + 1).subject
                    }
                    written = Self.writeSummary(read.compactMap { $0 }, evaluator: evaluator)
                },
            ])
            var agree = true
            for rule in 0..<reference.rules.count where reference.outcomes(ofRule: rule) != all.outcomes(ofRule: rule) {
                agree = false
            }
            Output.print(measurement.report(ratios: [
                ("YAML to positioned nodes", "libyaml events (baseline)"),
                ("load: YAML to checked rules", "libyaml events (baseline)"),
                ("load for evaluate: examples skipped", "libyaml events (baseline)"),
                ("JSON parse, orjson", "JSON parse, CPython json.loads (baseline)"),
                ("JSON parse, JSONSerialization", "JSON parse, CPython json.loads (baseline)"),
                ("JSON reader to positioned nodes, 1 core", "JSON parse, CPython json.loads (baseline)"),
                ("read subjects, reference path, 1 core", "JSON parse, CPython json.loads (baseline)"),
                ("read subjects (JSON Lines), 1 core", "JSON parse, CPython json.loads (baseline)"),
                ("read subjects (JSON Lines), 1 core", "JSON parse, orjson"),
                ("read subjects (JSON Lines), details made, 1 core", "JSON parse, CPython json.loads (baseline)"),
                ("read subjects: SubjectStream, all cores", "JSON parse, CPython json.loads (baseline)"),
                ("evaluate all rules: columnar, all cores", "evaluate all rules: interpreter, 1 core"),
                ("evaluate all rules: columnar, 1 core", "plain column loop (baseline)"),
                ("evaluate all rules: columnar, all cores", "plain column loop (baseline)"),
                ("columnar rules: 1 core", "plain column loop (baseline)"),
                ("columnar rules: all cores", "columnar rules: 1 core"),
                ("results, --findings none, not written", "engine alone on the product subjects"),
                ("results, --findings none", "engine alone on the product subjects"),
                ("results, --findings failed", "engine alone on the product subjects"),
                ("JSON Lines in to summary out, all cores", "engine alone on the product subjects"),
            ] + vectorised.flatMap { loop in
                ["columnar rules: 1 core", "evaluate all rules: columnar, 1 core", "plain column loop (baseline)"].map { ($0, loop.stageName) }
            }))
            Output.print("columnar vector loops: \(ColumnarInstructionSet.name)")
            for loop in vectorised {
                Output.print("\(loop.stageName): same outcomes as the plain loop (checksum): \(loop.agrees(with: plain))")
            }
            Output.print("\(load.catalog.standardRuleCount) rules (\(all.fastRules) columnar), \(subjects.count) subjects, \(reference.checks) checks (\(Int(fastChecks)) columnar); outcomes of both paths agree: \(agree); product path on \(productCount) subjects, last output \(written) bytes")
            Output.print("peak memory: \(Self.peakMemoryMiB()) MiB")
            if !agree { throw ExitStatus.findings }
        }

        /// Evaluates and writes results as `evaluate --format jsonl` does (parts of 64 subjects, JSON
        /// encoded on all cores), into a writer flushed into nothing; returns the bytes written.
        static func writeLines(_ subjects: [Subject], evaluator: Evaluator, listing: FindingSelection) -> Int {
            var total = 0
            let output = CountingOutput()
            var reporter = JSONLinesReporter()
            for start in stride(from: 0, to: subjects.count, by: 64) {
                let part = Array(subjects[start..<min(subjects.count, start + 64)])
                try? reporter.write(evaluator.evaluate(part, listing: listing), to: output)
            }
            total = output.count
            return total
        }

        /// Evaluates and writes results as `evaluate --format summary` does (blocks of 512 subjects, no
        /// finding listed), into a writer flushed into nothing; returns the bytes written.
        static func writeSummary(_ subjects: [Subject], evaluator: Evaluator) -> Int {
            let output = CountingOutput()
            var reporter = SummaryReporter(context: ReportContext(catalog: evaluator.catalog))
            try? reporter.begin(to: output)
            for start in stride(from: 0, to: subjects.count, by: 512) {
                let part = Array(subjects[start..<min(subjects.count, start + 512)])
                try? reporter.write(evaluator.evaluate(part, listing: .none), to: output)
            }
            try? reporter.end(to: output)
            return output.count
        }

        static func peakMemoryMiB() -> Int {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Int(usage.ru_maxrss) / 1024
        }
    }
}

/// State the timed closures of `bench run` write to (recycled tables, the baseline's output).
private final class BenchState {
    var recycled: OutcomeTable?
    var recycledAll: OutcomeTable?
    var plainOut: [UInt8] = []
}

/// An output that only counts the bytes written to it.
private final class CountingOutput: ReportOutput {
    var count = 0
    func write(_ bytes: UnsafeRawBufferPointer) throws { count += bytes.count }
}

extension RuleShape: ExpressibleByArgument {}
