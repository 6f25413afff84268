/// A scorecard's result for one subject.
public struct ScorecardResult: Sendable, Hashable {
    /// The scorecard's id, e.g. `QY2022-hall`.
    public var id: String
    /// The scorecard's title, e.g. 清远市政务服务中心无障碍环境建设评分表 (empty for a result made by hand).
    public var title: LocalizedText = .init()
    /// The score out of 100, rescaled over the applicable indicators, earned from evidence only: an
    /// undecided check earns nothing (see ``scoreMin`` and ``scoreMax`` for where it can end up).
    public var score: Double
    /// The lowest score the subject can end with once its undecided checks are decided (each counted as
    /// a failure), never above ``score``. Equal to ``score`` when the result is complete.
    public var scoreMin: Double
    /// The highest score the subject can reach once its undecided checks are decided (each counted as a
    /// pass). Equal to ``score`` when the result is complete.
    public var scoreMax: Double
    /// Whether the subject passed: score at or above the pass mark, no veto, and nothing undecided.
    public var passed: Bool
    /// Whether the subject would pass even if every undecided check failed (at ``scoreMin``, no veto).
    public var passedAtMin: Bool
    /// Whether the subject can still pass: it would pass if every undecided check passed (at ``scoreMax``).
    public var passedAtMax: Bool
    /// Whether every counted check was decided; if not, the score is provisional.
    public var isComplete: Bool
    /// The name of the grade the score earns; nil when none is reached or a veto indicator failed.
    public var grade: LocalizedText?
    /// The grade at ``scoreMin`` (nil when none is reached or a veto indicator would fail).
    public var gradeAtMin: LocalizedText?
    /// The grade at ``scoreMax`` (nil when none is reached or a veto indicator failed).
    public var gradeAtMax: LocalizedText?
    /// Whether a veto indicator failed.
    public var vetoed: Bool
    /// Whether a veto indicator would fail if every undecided check failed.
    public var vetoedAtMin: Bool
    /// The scorecard's pass mark out of 100, if it has one.
    public var passMark: Double?
    /// One result per indicator, in the scorecard's order.
    public var indicators: [IndicatorResult]

    /// Creates a result; the bounds default to `score` (a complete result).
    public init(id: String, score: Double, passed: Bool, isComplete: Bool, grade: LocalizedText?, vetoed: Bool,
                passMark: Double?, indicators: [IndicatorResult]) {
        self.id = id
        self.score = score
        self.scoreMin = score
        self.scoreMax = score
        self.passed = passed
        self.passedAtMin = passed
        self.passedAtMax = passed
        self.isComplete = isComplete
        self.grade = grade
        self.gradeAtMin = grade
        self.gradeAtMax = grade
        self.vetoed = vetoed
        self.vetoedAtMin = vetoed
        self.passMark = passMark
        self.indicators = indicators
    }

    /// How many counted checks are undecided over the applicable indicators.
    public var undecidedCount: Int {
        indicators.filter(\.applicable).reduce(0) { $0 + $1.undecided }
    }

    /// Whether the score is a range rather than a single number.
    public var isRange: Bool { scoreMin != score || scoreMax != score }
}
