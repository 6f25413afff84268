import A11yAdapters
import A11yBenchmarking
import A11yRollup
import A11yRules
import Benchmark
import Foundation

// The rollup of a province-sized programme: 40,000 halls and 80,000 online services (1,000
// divisions of 40 halls and 80 services), one assessment each, read back from JSON Lines results
// and folded into one partial state. Peak resident memory is the figure to watch: it must not grow
// with the number of lines (DocC: "Rolling up a programme", "Fanning out").

/// A province-sized programme over the shipped QY2022 scorecards and items, and its results file.
enum RollupWorkload {
    static let divisions = 1_000, hallsPerDivision = 40, servicesPerDivision = 80

    static let catalog: Catalog = Workspace(files: (try? BuiltinCatalog.files()) ?? []).catalog

    static let programme: Programme = {
        let base = catalog.programme("QY2022")
        let at = SourceLocation(file: "bench", line: 1, column: 1)
        let divisions = (0..<Self.divisions).map { d in
            Division(id: "d\(d)", name: LocalizedText(zh: "区划\(d)", en: "Division \(d)"), subjects:
                (0..<hallsPerDivision).map { ExpectedSubject(id: "d\(d)-hall-\($0)", scorecard: "QY2022-hall", location: at) }
                + (0..<servicesPerDivision).map { ExpectedSubject(id: "d\(d)-service-\($0)", scorecard: "QY2022-online", location: at) },
                location: at)
        }
        return Programme(id: "BENCH", scorecards: ["QY2022-hall", "QY2022-online"], divisions: divisions,
                         items: base?.items ?? [], reports: base?.reports ?? [], location: at)
    }()

    /// Writes the results file once: one compact result line per subject (its scorecard with every
    /// indicator, and its failed findings; `evaluate --format jsonl` also writes the passed ones).
    static let path: String = {
        let path = NSTemporaryDirectory() + "a11y-rollup-bench-\(divisions).jsonl"
        guard let out = FileHandle(forWritingAtPath: path) ?? {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() else { return path }
        var random = SplitMix64(seed: 2022)
        var chunk = ""
        for division in programme.divisions {
            for subject in division.subjects {
                chunk += line(subject, random: &random)
                if chunk.utf8.count > 1 << 20 { out.write(Data(chunk.utf8)); chunk = "" }
            }
        }
        out.write(Data(chunk.utf8))
        try? out.close()
        return path
    }()

    static func line(_ subject: ExpectedSubject, random: inout SplitMix64) -> String {
        let card = catalog.scorecard(subject.scorecard)
        let date = ["2022-08-25", "2022-09-20", "2022-12-10"][Int(random.next() % 3)]
        var failures: [JSONValue] = []
        let indicators: [JSONValue] = (card?.indicators ?? []).map { indicator in
            let failed = Int(random.next() % 3), passed = 1 + Int(random.next() % 6), undecided = Int(random.next() % 4 == 0 ? 1 : 0)
            let share = Double(passed) / Double(passed + failed + undecided)
            let score = (indicator.points * share * 100).rounded() / 100
            let high = (indicator.points * Double(passed + undecided) / Double(passed + failed + undecided) * 100).rounded() / 100
            let shortfalls = (0..<failed).map { "\(subject.scorecard):\(indicator.id)#check-\($0)" }
            failures += shortfalls.map { .object([("rule", .string($0)), ("clause", .string("\(subject.scorecard):\(indicator.id)")), ("outcome", "failed"), ("waiver", .null)]) }
            return .object([("id", .string(indicator.id)), ("points", .number(indicator.points)), ("score", .number(score)),
                            ("score_min", .number(score)), ("score_max", .number(high)), ("applicable", true),
                            ("passed", .number(Double(passed))), ("failed", .number(Double(failed))), ("undecided", .number(Double(undecided))),
                            ("shortfalls", .array(shortfalls.map(JSONValue.string)))])
        }
        let value: JSONValue = .object([
            ("format", "a11y-rules/subject-result"), ("version", 1), ("id", .string(subject.id)), ("kind", "facility"),
            ("assessed", .string(date)), ("source", .string("bench/\(subject.id).yaml")), ("findings", .array(failures)),
            ("scorecards", .array([.object([("id", .string(subject.scorecard)), ("score", 70), ("score_min", 65), ("score_max", 90),
                                            ("passed", true), ("complete", false), ("indicators", .array(indicators))])])),
        ])
        return JSONWriter.write(value, pretty: false) + "\n"
    }
}

func rollupBenchmarks() {
    Benchmark("rollup/jsonl-results/40000 halls + 80000 services",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], warmupIterations: 0, maxIterations: 1)) { benchmark in
        let path = RollupWorkload.path
        let programme = RollupWorkload.programme
        benchmark.startMeasurement()
        var accumulator = RollupAccumulator(programme: programme)
        let problems = (try? ResultsReader.read(path) { accumulator.add($0) }) ?? []
        let rollup = Rollup(programme: programme, scorecards: RollupWorkload.catalog.scorecards, state: accumulator.state)
        blackHole(problems)
        blackHole(rollup.reports.count)
        precondition(accumulator.state.records == programme.divisions.count * (RollupWorkload.hallsPerDivision + RollupWorkload.servicesPerDivision))
    }
}
