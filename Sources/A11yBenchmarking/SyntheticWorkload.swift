import A11yRules
/// Generates large, realistic, deterministic catalogs and subject sets in the DSL, for benchmarks:
/// thresholds in several units, ratios, closed ranges, tables with interpolation, `when`
/// conditions, enums, aggregates with `where`, Chinese titles and messages, and subjects with
/// missing values and measurement uncertainty.
///
/// The same parameters always give the same bytes.
public struct SyntheticWorkload: Sendable {
    /// How many rules the standard has.
    public var rules: Int
    /// How many part kinds the vocabulary has (each with ``attributesPerKind`` attributes).
    public var kinds: Int
    /// Attributes per part kind.
    public var attributesPerKind: Int
    /// Instances of each part kind per subject.
    public var instancesPerKind: Int
    /// Share of attribute values left out of subjects (missing data).
    public var missingRate: Double
    /// Share of measured values given with an uncertainty.
    public var uncertaintyRate: Double
    /// The seed.
    public var seed: UInt64
    /// Whether every rule is a single threshold comparison (the shape of the C baseline loop) rather
    /// than the realistic mix.
    public var thresholdsOnly: Bool
    /// How many scorecards to write (``scorecardYAML(_:)``); 0, the default, writes none, so the
    /// catalog is the same as without the option.
    public var scorecards: Int
    /// When set, every rule is of this one shape of the mix (``thresholdsOnly`` is then ignored); the
    /// subjects are the same as for the mix.
    public var shape: RuleShape?

    /// The vocabulary id the workload uses.
    public static let vocabularyID = "bench-facility"
    /// The standard id.
    public static let standardID = "BENCH-1"

    /// Creates a workload description.
    public init(rules: Int, kinds: Int = 8, attributesPerKind: Int = 12, instancesPerKind: Int = 3,
                missingRate: Double = 0.03, uncertaintyRate: Double = 0.05, seed: UInt64 = 2022, thresholdsOnly: Bool = false,
                scorecards: Int = 0, shape: RuleShape? = nil) {
        self.rules = rules
        self.kinds = max(1, kinds)
        self.attributesPerKind = max(6, attributesPerKind)
        self.instancesPerKind = instancesPerKind
        self.missingRate = missingRate
        self.uncertaintyRate = uncertaintyRate
        self.seed = seed
        self.thresholdsOnly = thresholdsOnly
        self.scorecards = max(0, scorecards)
        self.shape = shape
    }

    /// The attribute layout of every part kind: lengths, a ratio, a bool, an enum, a duration, a font size.
    private enum Slot: CaseIterable {
        case length, ratio, flag, choice, duration, fontSize
    }

    private func slot(_ index: Int) -> Slot { Slot.allCases[index % Slot.allCases.count] }
    private func kindName(_ k: Int) -> String { "part\(k)" }
    private func attributeName(_ a: Int) -> String {
        switch slot(a) {
        case .length: return "width\(a)"
        case .ratio: return "slope\(a)"
        case .flag: return "flag\(a)"
        case .choice: return "kind\(a)"
        case .duration: return "time\(a)"
        case .fontSize: return "font\(a)"
        }
    }

    /// The vocabulary document.
    public func vocabularyYAML() -> String {
        var out = "vocabulary:\n  id: \(Self.vocabularyID)\n  title: {zh: 基准测试设施, en: Benchmark facility}\n  facts:\n"
        out += "    parking_spaces: {type: count, zh: 停车位总数}\n    accessible_parking_spaces: {type: count, zh: 无障碍停车位数}\n"
        out += "    has_green_channel_window: {type: bool, zh: 设有绿色通道专窗}\n  parts:\n"
        for k in 0..<kinds {
            out += "    \(kindName(k)):\n      title: {zh: 部件\(k), en: Part \(k)}\n      attributes:\n"
            for a in 0..<attributesPerKind {
                let type: String
                switch slot(a) {
                case .length: type = "length, unit: mm"
                case .ratio: type = "ratio"
                case .flag: type = "bool"
                case .choice: type = "enum, values: [none, one-side, both-sides]"
                case .duration: type = "duration"
                case .fontSize: type = "font-size"
                }
                out += "        \(attributeName(a)): {type: \(type), zh: 属性\(a)}\n"
            }
        }
        return out
    }

    /// The standard document with ``rules`` rules, each with a pass and a fail example.
    public func standardYAML() -> String {
        var random = SplitMix64(seed: seed)
        var out = "standard:\n  id: \(Self.standardID)\n  title: {zh: 基准测试规范, en: Benchmark standard}\n"
        out += "  type: local\n  vocabulary: \(Self.vocabularyID)\n  tables:\n"
        out += "    max-rise: {input: ratio, output: length, interpolate: linear, rows: [[1:20, 1.20 m], [1:16, 0.90 m], [1:12, 0.75 m], [1:10, 0.60 m], [1:8, 0.30 m]]}\n"
        out += "  clauses:\n"
        let perClause = 4
        var rule = 0
        var clause = 0
        while rule < rules {
            clause += 1
            out += "    - clause: \"\(clause / 100 + 1).\(clause % 100)\"\n"
            out += "      title: {zh: 第\(clause)条 无障碍要求, en: Requirement \(clause)}\n"
            out += "      obligation: \(["shall", "shall", "should", "must"][clause % 4])\n"
            out += "      source: {read_in: \"synthetic clause \(clause)\", confidence: secondary}\n"
            out += "      rules:\n"
            for _ in 0..<perClause where rule < rules {
                out += ruleYAML(rule, random: &random)
                rule += 1
            }
        }
        return out
    }

    private func pick<T>(_ items: [T], _ random: inout SplitMix64) -> T { items[Int(random.next() % UInt64(items.count))] }

    private func attribute(of slotKind: Slot, _ random: inout SplitMix64) -> Int {
        let candidates = (0..<attributesPerKind).filter { slot($0) == slotKind }
        return pick(candidates, &random)
    }

    /// One rule, from a realistic mix: 60% thresholds, 15% with `when`, 10% boolean, 5% table,
    /// 5% aggregate, 5% enum.
    private func ruleYAML(_ index: Int, random: inout SplitMix64) -> String {
        let kind = kindName(Int(random.next() % UInt64(kinds)))
        let roll: Int
        if let shape {
            roll = shape.rolls.lowerBound + Int(random.next() % UInt64(shape.rolls.count))
        } else {
            roll = thresholdsOnly ? Int(random.next() % 25) : Int(random.next() % 100)
        }
        let id = "r\(index)"
        var target = kind
        var when: String?
        let check: String
        let pass: String
        let fail: String
        let width = attributeName(attribute(of: .length, &random))
        let slope = attributeName(attribute(of: .ratio, &random))
        let flag = attributeName(attribute(of: .flag, &random))
        let choice = attributeName(attribute(of: .choice, &random))
        let threshold = 700 + Int(random.next() % 600)
        switch roll {
        case 0..<25:
            check = "\(width) >= \(threshold) mm"
            pass = "{\(width): \(threshold + 50) mm}"; fail = "{\(width): \(Double(threshold - 50) / 1000) m}"
        case 25..<40:
            check = "\(slope) <= 1:\(pick([12, 16, 20], &random))"
            pass = "{\(slope): 1:25}"; fail = "{\(slope): 1:8}"
        case 40..<52:
            check = "\(width) in \(threshold) mm..\(threshold + 150) mm"
            pass = "{\(width): \(threshold + 75) mm}"; fail = "{\(width): \(threshold + 200) mm}"
        case 52..<60:
            let font = attributeName(attribute(of: .fontSize, &random))
            check = "\(font) >= \(pick([18, 24, 30], &random)) dp"
            pass = "{\(font): 32 pt}"; fail = "{\(font): 12 px}"
        case 60..<75:
            when = flag
            check = "\(width) <= \(threshold) mm"
            pass = "{\(flag): true, \(width): \(threshold - 10) mm}"; fail = "{\(flag): true, \(width): \(threshold + 10) mm}"
        case 75..<85:
            check = "\(flag) and \(width) > \(threshold) mm"
            pass = "{\(flag): true, \(width): \(threshold + 1) mm}"; fail = "{\(flag): false, \(width): \(threshold + 1) mm}"
        case 85..<90:
            when = "\(slope) <= 1:8"
            check = "\(width) <= max-rise(\(slope))"
            pass = "{\(slope): 1:12, \(width): 700 mm}"; fail = "{\(slope): 1:10, \(width): 650 mm}"
        case 90..<95:
            target = "subject"
            check = "count(parts.\(kind) where \(width) < \(threshold) mm) == 0"
            pass = "{parts: {\(kind): [{\(width): \(threshold) mm}]}}"; fail = "{parts: {\(kind): [{\(width): \(threshold - 1) mm}]}}"
        default:
            check = "\(choice) == \"both-sides\""
            pass = "{\(choice): both-sides}"; fail = "{\(choice): one-side}"
        }
        var out = "        - id: \(id)\n          for: \(target)\n"
        if let when { out += "          when: \(when)\n" }
        out += "          check: \(check)\n"
        out += "          message: {zh: \"规则\(index)未满足：要求 {expected}\", en: \"rule \(index) not met: {expected}\"}\n"
        out += "          examples: {pass: [\(pass)], fail: [\(fail)]}\n"
        return out
    }

    /// The id of scorecard `index` (0-based).
    public static func scorecardID(_ index: Int) -> String { "BENCH-SC-\(index + 1)" }

    /// Scorecard `index` (0-based, below ``scorecards``): ten indicators, each counting the clauses whose
    /// number ends in one digit, so that together they count every clause once; scored `share`, `deduct`
    /// (0.5 a failure) and `all` in turn (shifted by the scorecard's index), the default weights (must 1,
    /// shall 1, should 0.5, may 0). One indicator has a `when` on a fact, one a presence requirement
    /// (`requires:`), one its own subject rule; the second scorecard on makes one indicator a veto.
    public func scorecardYAML(_ index: Int) -> String {
        var out = "scorecard:\n  id: \(Self.scorecardID(index))\n  title: {zh: 基准评分表\(index + 1), en: Benchmark scorecard \(index + 1)}\n"
        out += "  subject: \(Self.vocabularyID)\n  pass_mark: 60\n  weights: {must: 1, shall: 1, should: 0.5, may: 0}\n"
        out += "  grades:\n    - {min: 90, zh: 优秀, en: excellent}\n    - {min: 60, zh: 合格, en: pass}\n    - {min: 0, zh: 不合格, en: fail}\n"
        out += "  indicators:\n"
        for digit in 0..<10 {
            out += "    - id: \"i\(digit)\"\n      title: {zh: 指标\(digit), en: Indicator \(digit)}\n      points: \(5 + digit)\n"
            switch (digit + index) % 3 {
            case 0: out += "      scoring: share\n"
            case 1: out += "      scoring: deduct\n      per_failure: 0.5\n"
            default: out += "      scoring: all\n"
            }
            out += "      includes: [\"\(Self.standardID):*\(digit)\"]\n"
            if digit == 3 { out += "      when: subject.parking_spaces > 100\n" }
            if digit == 5 {
                out += "      requires:\n        - check: count(parts.\(kindName(0))) >= 1\n"
                out += "          message: {zh: 未设部件0, en: No part 0}\n"
                out += "          examples: {pass: [{parts: {\(kindName(0)): [{}]}}], fail: [{parts: {\(kindName(0)): []}}]}\n"
            }
            if digit == 7 {
                out += "      rules:\n        - id: green-channel\n          for: subject\n          check: subject.has_green_channel_window\n"
                out += "          message: {zh: 未设绿色通道专窗, en: No green-channel window}\n"
                out += "          examples: {pass: [{has_green_channel_window: true}], fail: [{has_green_channel_window: false}]}\n"
            }
            if digit == 9 && index > 0 { out += "      veto: true\n" }
        }
        return out
    }

    /// One subject as a single-line JSON document (for JSON Lines files).
    public func subjectJSON(_ index: Int) -> String {
        var random = SplitMix64(seed: seed &+ 0x5EED &+ UInt64(index) &* 7919)
        var out = "{\"subject\": {\"id\": \"hall-\(index)\", \"kind\": \"\(Self.vocabularyID)\", \"name\": {\"zh\": \"基准大厅\(index)\"}, \"assessed\": \"2022-11-15\", "
        let spaces = 20 + Int(random.next() % 300)
        out += "\"facts\": {\"parking_spaces\": \(spaces), \"accessible_parking_spaces\": \(Int(random.next() % 5)), \"has_green_channel_window\": \(random.next() % 4 != 0)}, \"parts\": {"
        for k in 0..<kinds {
            if k > 0 { out += ", " }
            out += "\"\(kindName(k))\": ["
            for i in 0..<instancesPerKind {
                if i > 0 { out += ", " }
                out += "{\"id\": \"\(kindName(k))-\(i)\""
                for a in 0..<attributesPerKind {
                    if Double(random.next() % 10_000) / 10_000 < missingRate { continue }
                    let uncertain = Double(random.next() % 10_000) / 10_000 < uncertaintyRate
                    let value: String
                    switch slot(a) {
                    case .length:
                        let mm = 500 + Int(random.next() % 1000)
                        value = uncertain ? "\"\(mm) mm ± 5 mm\"" : "\"\(mm) mm\""
                    case .ratio: value = "\"1:\(6 + Int(random.next() % 20))\""
                    case .flag: value = random.next() % 3 == 0 ? "false" : "true"
                    case .choice: value = "\"\(pick(["none", "one-side", "both-sides", "both-sides"], &random))\""
                    case .duration: value = "\"\(Int(random.next() % 120)) s\""
                    case .fontSize: value = "\"\(12 + Int(random.next() % 24)) dp\""
                    }
                    out += ", \"\(attributeName(a))\": \(value)"
                }
                out += "}"
            }
            out += "]"
        }
        return out + "}}}"
    }
}
