/// An indicator's result.
public struct IndicatorResult: Sendable, Hashable {
    /// The indicator's id within its scorecard, e.g. `2.1.1`.
    public var id: String
    /// The indicator's name in reports.
    public var title: LocalizedText
    /// The most points the indicator can earn.
    public var points: Double
    /// The points it earned from evidence, rounded to two decimals (0 when not applicable, or when
    /// nothing in it is decided).
    public var score: Double
    /// The points it would keep if every undecided check failed, never above ``score``.
    public var scoreMin: Double
    /// The points it would reach if every undecided check passed.
    public var scoreMax: Double
    /// False when nothing in it applied (合理缺项): it is left out and the total rescaled.
    public var applicable: Bool
    /// How many counted checks passed (waived and corroborating ones excluded).
    public var passed: Int
    /// How many counted checks failed (waived and corroborating ones excluded).
    public var failed: Int
    /// cantTell and untested checks: missing data.
    public var undecided: Int
    /// Checks covered by a waiver in force.
    public var waived: Int
    /// Whether it is a veto indicator that failed.
    public var vetoFailed: Bool
    /// Failed checks, by rule or clause id, in catalog order.
    public var failedChecks: [String]
    /// Undecided checks (cantTell, untested, or an unknown `when`, written `SCORECARD:INDICATOR#when`), by rule or clause id.
    public var undecidedChecks: [String]
    /// Findings left out because a linked rule's finding on the same instance counts for them (one
    /// defect, one deduction); listed here, never hidden.
    public var corroborating: [Corroboration]
    /// Why the indicator earned what it did, when that is not plain from its counts (nothing decided,
    /// only weight-0 checks, a missing facility).
    public var explanation: ScoreExplanation?

    /// Findings that cost points or lack data: ``failedChecks`` then ``undecidedChecks``.
    public var shortfalls: [String] { failedChecks + undecidedChecks }

    /// Creates a result; the bounds default to `score`.
    public init(id: String, title: LocalizedText, points: Double, score: Double, applicable: Bool, passed: Int, failed: Int,
                undecided: Int, waived: Int, vetoFailed: Bool, failedChecks: [String] = [], undecidedChecks: [String] = []) {
        self.id = id
        self.title = title
        self.points = points
        self.score = score
        self.scoreMin = score
        self.scoreMax = score
        self.applicable = applicable
        self.passed = passed
        self.failed = failed
        self.undecided = undecided
        self.waived = waived
        self.vetoFailed = vetoFailed
        self.failedChecks = failedChecks
        self.undecidedChecks = undecidedChecks
        self.corroborating = []
        self.explanation = nil
    }
}

/// A finding counted once with the linked finding it corroborates (`same_as`).
public struct Corroboration: Sendable, Hashable {
    /// The corroborating finding's rule id.
    public var rule: String
    /// The part instance (the subject id for a subject rule).
    public var instance: String
    /// The rule id of the governing finding, which counts for both.
    public var governing: String

    /// Creates a corroboration.
    public init(rule: String, instance: String, governing: String) {
        self.rule = rule
        self.instance = instance
        self.governing = governing
    }
}

/// Why an indicator scored as it did, beyond its counts; reporters render it in the report's language.
public enum ScoreExplanation: String, Sendable, Hashable, CaseIterable {
    /// Nothing counted in it is decided yet: no points without evidence.
    case nothingDecided = "nothing-decided"
    /// Every counted check weighs 0 (`weights:`): it is left out like a 合理缺项.
    case onlyWeightlessChecks = "only-weightless-checks"
    /// A presence requirement failed: the facility is missing, and the indicator earns nothing.
    case facilityMissing = "facility-missing"

    /// The explanation in Chinese and English.
    public var text: LocalizedText {
        switch self {
        case .nothingDecided:
            return LocalizedText(zh: "尚无已判定的检查项，无证据不得分", en: "nothing decided yet: no points without evidence")
        case .onlyWeightlessChecks:
            return LocalizedText(zh: "所含检查项权重均为 0，按合理缺项处理", en: "every check in it weighs 0, so it is left out")
        case .facilityMissing:
            return LocalizedText(zh: "缺少须设置的设施，本指标不得分", en: "a facility it requires is missing, so it earns nothing")
        }
    }
}
