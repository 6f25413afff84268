import A11yRules
import A11yYAML

/// Times the stages of loading and evaluating a workload, each with its in-run baseline, so that
/// results are ratios that hold on any machine (`a11y-rules bench run`).
public struct WorkloadMeasurement: Sendable {
    /// One measured stage.
    public struct Stage: Sendable {
        /// The stage's label in the report, e.g. `compile`.
        public var name: String
        /// Median wall time over the rounds (the only time for a stage run once), in seconds.
        public var seconds: Double
        /// How many times it ran.
        public var runs = 1
        /// Units of work done (bytes, checks, subjects).
        public var work: Double
        /// What a unit is.
        public var unit: String

        /// Work per second.
        public var rate: Double { seconds > 0 ? work / seconds : 0 }
    }

    /// The stages measured so far, in order.
    public var stages: [Stage] = []

    /// Creates an empty measurement.
    public init() {}

    /// The stage named `name`.
    public func stage(_ name: String) -> Stage? { stages.first { $0.name == name } }

    /// Measures `body` once (a stage whose result later stages need), and returns its result.
    public mutating func measure<T>(_ name: String, work: Double, unit: String, _ body: () -> T) -> T {
        let (value, seconds) = Self.time(body)
        stages.append(Stage(name: name, seconds: seconds, work: work, unit: unit))
        return value
    }

    /// A stage to time in ``alternate(rounds:_:)``.
    public struct Timed {
        let name: String
        let work: Double
        let unit: String
        /// Runs the stage once; returns its own time in seconds when it measures itself (another process), else nil.
        let body: () -> Double?

        /// A stage: `body` does `work` units of work each time it runs.
        public init(_ name: String, work: Double, unit: String, _ body: @escaping () -> Void) {
            self.name = name
            self.work = work
            self.unit = unit
            self.body = { body(); return nil }
        }

        /// A stage that times itself, such as a baseline run in another process that reports the time
        /// of its loop alone: `body` returns the seconds, or nil when it could not run (the stage is then left out).
        public init(selfTimed name: String, work: Double, unit: String, _ body: @escaping () -> Double?) {
            self.name = name
            self.work = work
            self.unit = unit
            self.body = { body() ?? -1 }
        }
    }

    /// Runs the stages in turn, round after round (so that a slow phase of a shared machine falls on
    /// every stage alike), and records each stage's median time.
    public mutating func alternate(rounds: Int, _ timed: [Timed]) {
        var times = [[Double]](repeating: [], count: timed.count)
        for _ in 0..<max(1, rounds) {
            for (index, stage) in timed.enumerated() {
                let (own, wall) = Self.time(stage.body)
                times[index].append(own ?? wall)
            }
        }
        for (index, stage) in timed.enumerated() {
            // A self-timed stage that could not run reports a negative time: leave it out.
            let sorted = times[index].filter { $0 >= 0 }.sorted()
            guard !sorted.isEmpty else { continue }
            let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            stages.append(Stage(name: stage.name, seconds: median, runs: sorted.count, work: stage.work, unit: stage.unit))
        }
    }

    private static func time<T>(_ body: () -> T) -> (value: T, seconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = body()
        let elapsed = clock.now - start
        return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }

    /// A table of the stages with rates and ratios against the named baselines.
    public func report(ratios: [(stage: String, baseline: String)]) -> String {
        var out = "stage                                       time (s)        rate        runs\n"
        for stage in stages {
            let name = stage.name.padding(toLength: 42, withPad: " ", startingAt: 0)
            let unit = "\(stage.unit)/s".padding(toLength: 12, withPad: " ", startingAt: 0)
            out += "\(name)  \(format(stage.seconds, 4).leftPadded(10))  \(humanRate(stage.rate)) \(unit)\(stage.runs == 1 ? "once" : "median of \(stage.runs)")\n"
        }
        if !ratios.isEmpty { out += "\nratios (same run):\n" }
        for (name, baselineName) in ratios {
            guard let measured = stage(name), let baseline = stage(baselineName), baseline.rate > 0 else { continue }
            out += "  \(name) / \(baselineName): \(format(measured.rate / baseline.rate, 3))×\n"
        }
        return out
    }

    private func humanRate(_ rate: Double) -> String {
        if rate >= 1e9 { return format(rate / 1e9, 2).leftPadded(8) + " G" }
        if rate >= 1e6 { return format(rate / 1e6, 2).leftPadded(8) + " M" }
        if rate >= 1e3 { return format(rate / 1e3, 2).leftPadded(8) + " k" }
        return format(rate, 2).leftPadded(8) + "  "
    }

    private func format(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let have = text.distance(from: dot, to: text.endIndex) - 1
            if have < decimals { text += String(repeating: "0", count: decimals - have) }
        }
        return text
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    fileprivate func padding(toLength width: Int, withPad pad: String, startingAt: Int) -> String {
        count >= width ? self : self + String(repeating: pad, count: width - count)
    }
}
