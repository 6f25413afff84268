import A11yRules
import A11yYAML

/// Times the stages of loading and evaluating a workload, each with its in-run baseline, so that
/// results are ratios that hold on any machine (`a11y-rules bench run`).
public struct WorkloadMeasurement: Sendable {
    /// One measured stage.
    public struct Stage: Sendable {
        /// The stage's label in the report, e.g. `compile`.
        public var name: String
        /// Best wall time over the repetitions, in seconds.
        public var seconds: Double
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

    /// Measures `body` `repetitions` times and keeps the fastest.
    public mutating func measure<T>(_ name: String, work: Double, unit: String, repetitions: Int = 3, _ body: () -> T) -> T {
        var best = Double.infinity
        var result: T?
        for _ in 0..<max(1, repetitions) {
            let clock = ContinuousClock()
            let start = clock.now
            let value = body()
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            if seconds < best {
                best = seconds
            }
            result = value
        }
        stages.append(Stage(name: name, seconds: best, work: work, unit: unit))
        return result!
    }

    /// A table of the stages with rates and ratios against the named baselines.
    public func report(ratios: [(stage: String, baseline: String)]) -> String {
        var out = "stage                              time (s)        rate\n"
        for stage in stages {
            let name = stage.name.padding(toLength: 32, withPad: " ", startingAt: 0)
            out += "\(name)  \(format(stage.seconds, 4).leftPadded(10))  \(humanRate(stage.rate)) \(stage.unit)/s\n"
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
