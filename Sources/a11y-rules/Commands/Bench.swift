import ArgumentParser
import A11yRules
import A11yBenchmarking
import A11yYAML
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

        @Option(name: .customLong("uncertainty"), parsing: .unconditional, help: "Share of measured values given with an uncertainty.")
        var uncertaintyRate = 0.05

        func validate() throws {
            try NumericOption.check(rules, "rules", atLeast: 1)
            try NumericOption.check(subjects, "subjects", atLeast: 1)
            try NumericOption.check(instancesPerKind, "instances", atLeast: 0, atMost: 1_000_000)
            try NumericOption.check(uncertaintyRate, "uncertainty", in: 0...1)
        }

        @Option(name: [.short, .customLong("out")], help: ArgumentHelp("Folder to write into.", valueName: "dir"))
        var output: String

        func run() throws {
            let workload = SyntheticWorkload(rules: rules, instancesPerKind: instancesPerKind, uncertaintyRate: uncertaintyRate,
                                             seed: seed, thresholdsOnly: thresholdsOnly)
            let catalog = (output as NSString).appendingPathComponent("catalog")
            try FileManager.default.createDirectory(atPath: catalog, withIntermediateDirectories: true)
            try workload.vocabularyYAML().write(toFile: (catalog as NSString).appendingPathComponent("vocabulary.yaml"), atomically: true, encoding: .utf8)
            try workload.standardYAML().write(toFile: (catalog as NSString).appendingPathComponent("standard.yaml"), atomically: true, encoding: .utf8)
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

        @Option(parsing: .unconditional, help: "Repetitions per stage (the fastest is kept).")
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
            let bytes = Double(standard.bytes.count)
            _ = measurement.measure("libyaml events (baseline)", work: bytes, unit: "B", repetitions: repetitions) {
                YAMLParser.countEvents(standard.bytes)
            }
            _ = measurement.measure("YAML to positioned nodes", work: bytes, unit: "B", repetitions: repetitions) {
                try? YAMLParser.parse(standard.bytes)
            }
            let load = measurement.measure("load: YAML to checked rules", work: bytes, unit: "B", repetitions: repetitions) {
                CatalogLoader.load(catalogFiles)
            }
            if load.hasErrors {
                Output.error(DiagnosticRenderer(files: load.files).render(load.diagnostics))
                throw ExitStatus.invalidInput
            }
            let evaluator = measurement.measure("compile", work: Double(load.catalog.standardRules.count), unit: "rules", repetitions: repetitions) {
                Evaluator(catalog: load.catalog)
            }
            let subjectsPath = (directory as NSString).appendingPathComponent("subjects.jsonl")
            let lines = try String(contentsOfFile: subjectsPath, encoding: .utf8).split(separator: "\n")
            let reader = SubjectReader(catalog: load.catalog)
            let limited = lines.prefix(maxSubjects ?? lines.count)
            let subjects = measurement.measure("read subjects (JSON Lines)", work: Double(limited.count), unit: "subjects", repetitions: 1) {
                limited.enumerated().compactMap { index, line in reader.read(Array(line.utf8), path: subjectsPath, line: index + 1).subject }
            }
            let kind = SyntheticWorkload.vocabularyID
            let reference = measurement.measure("evaluate all rules: interpreter, 1 core", work: 0, unit: "checks", repetitions: 1) {
                evaluator.referenceOutcomes(of: subjects, kind: kind)
            }
            measurement.stages[measurement.stages.count - 1].work = Double(reference.checks)
            let batch = measurement.measure("lay out subjects in columns", work: Double(subjects.count), unit: "subjects", repetitions: repetitions) {
                evaluator.prepare(subjects, kind: kind)
            }
            let all = measurement.measure("evaluate all rules: columnar, all cores", work: Double(reference.checks), unit: "checks", repetitions: repetitions) {
                evaluator.outcomes(of: batch, kind: kind, parallel: true)
            }
            let single = evaluator.prepare(subjects, kind: kind, chunks: 1)
            let fastChecks = Double(evaluator.outcomes(of: single, kind: kind, parallel: false, selection: .columnarOnly).checks)
            let plain = PlainColumnLoop(rules: max(1, Int(fastChecks) / max(1, subjects.count * 3)), rows: subjects.count * 3)
            var plainOut: [UInt8] = []
            _ = measurement.measure("plain column loop (baseline)", work: Double(plain.checks), unit: "checks", repetitions: repetitions) {
                plain.run(into: &plainOut)
                return plainOut.count
            }
            var recycled: OutcomeTable? = nil
            _ = measurement.measure("threshold+boolean rules: 1 core", work: fastChecks, unit: "checks", repetitions: repetitions) {
                let table = evaluator.outcomes(of: single, kind: kind, parallel: false, selection: .columnarOnly, reusing: recycled.take())
                recycled = table
                return table.checks
            }
            _ = measurement.measure("threshold+boolean rules: all cores", work: fastChecks, unit: "checks", repetitions: repetitions) {
                evaluator.outcomes(of: batch, kind: kind, parallel: true, selection: .columnarOnly)
            }
            let slowChecks = Double(reference.checks) - fastChecks
            _ = measurement.measure("other rules (interpreter), all cores", work: slowChecks, unit: "checks", repetitions: repetitions) {
                evaluator.outcomes(of: batch, kind: kind, parallel: true, selection: .interpreterOnly)
            }
            var agree = true
            for rule in 0..<reference.rules.count where reference.outcomes(ofRule: rule) != all.outcomes(ofRule: rule) {
                agree = false
            }
            Output.print(measurement.report(ratios: [
                ("YAML to positioned nodes", "libyaml events (baseline)"),
                ("load: YAML to checked rules", "libyaml events (baseline)"),
                ("evaluate all rules: columnar, all cores", "evaluate all rules: interpreter, 1 core"),
                ("threshold+boolean rules: 1 core", "plain column loop (baseline)"),
                ("threshold+boolean rules: all cores", "threshold+boolean rules: 1 core"),
            ]))
            Output.print("\(load.catalog.standardRules.count) rules (\(all.fastRules) columnar), \(subjects.count) subjects, \(reference.checks) checks (\(Int(fastChecks)) columnar); outcomes of both paths agree: \(agree)")
            Output.print("peak memory: \(Self.peakMemoryMiB()) MiB")
            if !agree { throw ExitStatus.findings }
        }

        static func peakMemoryMiB() -> Int {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Int(usage.ru_maxrss) / 1024
        }
    }
}
