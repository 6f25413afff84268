/// What to fix first for one scorecard: every failure the scorecard counts, in the order to fix them,
/// with the points each fix would win, and the fewest fixes that would bring the subject to the pass mark.
///
/// Made by `SubjectResult.fixPlan(for:)` (in `A11yEvaluation`), so that reports and programs share
/// one ordering instead of each sorting failures their own way.
public struct FixPlan: Sendable, Hashable {
    /// One defect to repair: a failed finding the scorecard counts, with the findings the same repair mends.
    public struct Item: Sendable, Hashable {
        /// The index, in ``SubjectResult/findings``, of the failed finding the scorecard counts.
        public var finding: Int
        /// Indexes of the findings the same repair mends without being counted themselves: failures of
        /// superseded clauses (GB 50763 under GB 55019) and of linked rules (`same_as`) on the same instance.
        public var related: [Int]
        /// The scorecard's ids of the indicators that count the finding.
        public var indicators: [String]
        /// How many points out of 100 the scorecard's score would gain if only this were fixed.
        public var gain: Double
        /// How many points the highest score the subject can still reach (``ScorecardResult/scoreMax``) would
        /// gain: under `deduct`, undecided checks can cap what a fix wins now, while it still raises the best case.
        public var maxGain: Double
        /// Whether it fails a veto indicator: the scorecard cannot pass until it is fixed.
        public var isVeto: Bool
        /// Whether a waiver in force covers it: it costs nothing now and is listed after the others.
        public var isWaived: Bool

        /// Creates an item.
        public init(finding: Int, related: [Int], indicators: [String], gain: Double, maxGain: Double = 0, isVeto: Bool, isWaived: Bool) {
            self.finding = finding
            self.related = related
            self.indicators = indicators
            self.gain = gain
            self.maxGain = maxGain
            self.isVeto = isVeto
            self.isWaived = isWaived
        }
    }

    /// The scorecard's id.
    public var scorecard: String
    /// The defects in the order to fix them: unwaived before waived; grouped by part instance, the
    /// instance with the most urgent defect first; within an instance, veto failures first, then by the
    /// points a fix wins, severity, mandatory provisions, and rule id.
    public var items: [Item]
    /// The fewest items (indexes into ``items``) whose repair brings the score to the pass mark with no
    /// veto failed, on the evidence as it stands. Nil when the scorecard already reaches its pass mark, has
    /// none, or when repairing every failure is not enough (undecided checks then decide).
    public var toPass: [Int]?
    /// The score out of 100 once the items of ``toPass`` are fixed.
    public var scoreAfterFixes: Double?
    /// Checks still undecided: the verdict also waits on them, whatever is fixed.
    public var undecided: Int
    /// Whether the plan is in order but without the points each fix wins and without ``toPass``: each gain
    /// re-adds the checks of the indicators the fix touches, so they are worked out only while failures ×
    /// findings stays within ``gainWorkLimit`` (past it a plan takes seconds per subject).
    public var isAbridged: Bool = false

    /// The most (counted failures × findings) for which gains and ``toPass`` are worked out: 10,000,000
    /// (for example 500 failures among 20,000 findings).
    public static let gainWorkLimit = 10_000_000

    /// Creates a plan.
    public init(scorecard: String, items: [Item], toPass: [Int]?, scoreAfterFixes: Double?, undecided: Int) {
        self.scorecard = scorecard
        self.items = items
        self.toPass = toPass
        self.scoreAfterFixes = scoreAfterFixes
        self.undecided = undecided
    }
}
