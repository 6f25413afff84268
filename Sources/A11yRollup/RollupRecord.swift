import A11yRules

/// What a rollup reads of one subject result: its id, date and source, and its scorecard and
/// indicator results with the ids of the failed findings that cost points. Everything else of the result (findings' evidence,
/// messages, clauses) is dropped as soon as the record is made, so a stream of results is folded in
/// bounded memory.
public struct RollupRecord: Sendable, Hashable {
    /// The subject's id.
    public var subject: String
    /// When it was assessed; a record without a date cannot be placed at a reporting date.
    public var assessed: Day?
    /// Where the result came from (a file, or `file:line` for JSON Lines).
    public var source: String
    /// Its scorecard results.
    public var scorecards: [Card]

    /// Creates a record.
    public init(subject: String, assessed: Day?, source: String, scorecards: [Card]) {
        self.subject = subject
        self.assessed = assessed
        self.source = source
        self.scorecards = scorecards
    }

    /// One scorecard's result.
    public struct Card: Sendable, Hashable {
        /// The scorecard's id.
        public var id: String
        /// The score out of 100, with the least and most it can become once missing data are given.
        public var score: Bounds
        /// Whether the subject passed.
        public var passed: Bool
        /// Whether every counted check was decided.
        public var isComplete: Bool
        /// Its indicators' results.
        public var indicators: [Indicator]
        /// The rule (or clause) ids of the failed findings that cost it points (counted: not
        /// inapplicable, not under a waiver in force), each once.
        public var failures: [String]

        /// Creates a scorecard result.
        public init(id: String, score: Bounds, passed: Bool, isComplete: Bool, indicators: [Indicator], failures: [String] = []) {
            self.id = id
            self.score = score
            self.passed = passed
            self.isComplete = isComplete
            self.indicators = indicators
            self.failures = failures
        }
    }

    /// One indicator's result.
    public struct Indicator: Sendable, Hashable {
        /// The indicator's id within its scorecard.
        public var id: String
        /// The most points it can earn.
        public var points: Double
        /// The points earned, and their bounds.
        public var score: Bounds
        /// False when nothing in it applied.
        public var applicable: Bool
        /// Counted checks that passed, failed, or lack data.
        public var passed: Int, failed: Int, undecided: Int

        /// Creates an indicator result.
        public init(id: String, points: Double, score: Bounds, applicable: Bool, passed: Int, failed: Int, undecided: Int) {
            self.id = id
            self.points = points
            self.score = score
            self.applicable = applicable
            self.passed = passed
            self.failed = failed
            self.undecided = undecided
        }

        /// Its status by ``StatusRule/subject(applicable:passed:failed:undecided:)``.
        public var status: ProgressStatus {
            StatusRule.subject(applicable: applicable, passed: passed, failed: failed, undecided: undecided)
        }
    }

    /// A score with the least and the most it can become once missing data are given.
    public struct Bounds: Sendable, Hashable {
        /// The score as it stands.
        public var value: Double
        /// The least it can become.
        public var min: Double
        /// The most it can become.
        public var max: Double

        /// Creates bounds.
        public init(_ value: Double, min: Double, max: Double) {
            self.value = value
            self.min = min
            self.max = max
        }
    }
}
