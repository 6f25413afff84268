/// A scorecard's result for one subject.
public struct ScorecardResult: Sendable, Hashable {
    /// The scorecard's id, e.g. `QY2022-hall`.
    public var id: String
    /// The score out of 100, rescaled over the applicable indicators.
    public var score: Double
    /// Whether the subject passed: score at or above the pass mark, no veto, and nothing undecided.
    public var passed: Bool
    /// Whether every counted check was decided; if not, the score is provisional.
    public var isComplete: Bool
    /// The name of the grade the score earns; nil when none is reached or a veto indicator failed.
    public var grade: LocalizedText?
    /// Whether a veto indicator failed.
    public var vetoed: Bool
    /// The scorecard's pass mark out of 100, if it has one.
    public var passMark: Double?
    /// One result per indicator, in the scorecard's order.
    public var indicators: [IndicatorResult]

    /// Creates a result.
    public init(id: String, score: Double, passed: Bool, isComplete: Bool, grade: LocalizedText?, vetoed: Bool,
                passMark: Double?, indicators: [IndicatorResult]) {
        self.id = id
        self.score = score
        self.passed = passed
        self.isComplete = isComplete
        self.grade = grade
        self.vetoed = vetoed
        self.passMark = passMark
        self.indicators = indicators
    }
}

/// An indicator's result.
public struct IndicatorResult: Sendable, Hashable {
    /// The indicator's id within its scorecard, e.g. `2.1.1`.
    public var id: String
    /// The indicator's name in reports.
    public var title: LocalizedText
    /// The most points the indicator can earn.
    public var points: Double
    /// The points it earned, rounded to two decimals (0 when not applicable).
    public var score: Double
    /// False when nothing in it applied (合理缺项): it is left out and the total rescaled.
    public var applicable: Bool
    /// How many counted checks passed (waived ones excluded).
    public var passed: Int
    /// How many counted checks failed (waived ones excluded).
    public var failed: Int
    /// cantTell and untested checks: missing data.
    public var undecided: Int
    /// Checks covered by a waiver in force.
    public var waived: Int
    /// Whether it is a veto indicator that failed.
    public var vetoFailed: Bool
    /// Findings that cost points or lack data, by rule or clause id.
    public var shortfalls: [String]

    /// Creates a result.
    public init(id: String, title: LocalizedText, points: Double, score: Double, applicable: Bool, passed: Int, failed: Int,
                undecided: Int, waived: Int, vetoFailed: Bool, shortfalls: [String]) {
        self.id = id
        self.title = title
        self.points = points
        self.score = score
        self.applicable = applicable
        self.passed = passed
        self.failed = failed
        self.undecided = undecided
        self.waived = waived
        self.vetoFailed = vetoFailed
        self.shortfalls = shortfalls
    }
}
