/// A scorecard's result for one subject.
public struct ScorecardResult: Sendable, Hashable {
    public var id: String
    /// The score out of 100, rescaled over the applicable indicators.
    public var score: Double
    /// Whether the subject passed: score at or above the pass mark, no veto, and nothing undecided.
    public var passed: Bool
    /// Whether every counted check was decided; if not, the score is provisional.
    public var isComplete: Bool
    public var grade: LocalizedText?
    /// Whether a veto indicator failed.
    public var vetoed: Bool
    public var passMark: Double?
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
    public var id: String
    public var title: LocalizedText
    public var points: Double
    public var score: Double
    /// False when nothing in it applied (合理缺项): it is left out and the total rescaled.
    public var applicable: Bool
    public var passed: Int
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
