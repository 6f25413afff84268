import A11yRules

/// The partial state of a rollup: small sums per division, reporting date and indicator, the
/// assessments placed at each date, the failures and the problems. Merging is exact and
/// associative and commutative, so shards of results can be rolled up on many machines and the
/// partial states merged in any grouping: `merge(rollup(a), rollup(b)) == rollup(a + b)`.
///
/// Its size grows with divisions × reporting dates × indicators, with distinct failures, and by one
/// small entry per subject and reporting date (for the missing-report logic), never with findings.
public struct RollupState: Sendable, Hashable {
    /// The partial-state format written by `rollup --partial-out` (`"format": "a11y-rules/rollup-partial"`).
    public static let version = 1

    /// The programme's id; states of different programmes do not merge.
    public var programme: String
    /// Results folded in.
    public var records = 0
    /// Indicator sums by division, reporting date and indicator.
    public var indicators: [IndicatorKey: IndicatorTally] = [:]
    /// Scorecard sums by division, reporting date and scorecard.
    public var scorecards: [ScorecardKey: ScorecardTally] = [:]
    /// The assessments placed at each reporting date, by subject. More than one is a duplicate report.
    public var assessments: [SubjectReport: Set<Assessment>] = [:]
    /// Failures by reporting date and rule or clause id.
    public var failures: [FailureKey: FailureTally] = [:]
    /// Results that could not be placed.
    public var problems: Set<RollupProblem> = []

    /// An empty state for a programme.
    public init(programme: String) {
        self.programme = programme
    }

    /// Merges another partial state into this one.
    ///
    /// - Throws: ``RollupMergeError`` when the states belong to different programmes.
    public mutating func merge(_ other: RollupState) throws(RollupMergeError) {
        guard other.programme == programme else { throw RollupMergeError(expected: programme, found: other.programme) }
        records += other.records
        indicators.merge(other.indicators) { a, b in var c = a; c.merge(b); return c }
        scorecards.merge(other.scorecards) { a, b in var c = a; c.merge(b); return c }
        assessments.merge(other.assessments) { a, b in a.union(b) }
        failures.merge(other.failures) { a, b in var c = a; c.merge(b); return c }
        problems.formUnion(other.problems)
    }

    /// Subjects reported more than once for the same reporting date, with their assessments.
    public var duplicates: [(key: SubjectReport, assessments: [Assessment])] {
        assessments.filter { $0.value.count > 1 }.map { ($0.key, $0.value.sorted()) }.sorted { $0.key < $1.key }
    }

    /// Whether every result was placed, once: no problem and no duplicate report.
    public var isClean: Bool { problems.isEmpty && !assessments.values.contains { $0.count > 1 } }
}

/// States of different programmes cannot merge.
public struct RollupMergeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The programme of the state merged into, and of the one merged.
    public var expected: String, found: String
    public var description: String { "cannot merge a partial state of programme '\(found)' into one of programme '\(expected)'" }
}

/// A division's indicator at a reporting date.
public struct IndicatorKey: Sendable, Hashable, Comparable {
    /// The division id, the reporting date's index, the scorecard and the indicator id.
    public var division: String, report: Int, scorecard: String, indicator: String

    /// Creates a key.
    public init(division: String, report: Int, scorecard: String, indicator: String) {
        self.division = division
        self.report = report
        self.scorecard = scorecard
        self.indicator = indicator
    }

    public static func < (a: IndicatorKey, b: IndicatorKey) -> Bool {
        (a.division, a.report, a.scorecard, a.indicator) < (b.division, b.report, b.scorecard, b.indicator)
    }
}

/// A division's scorecard at a reporting date.
public struct ScorecardKey: Sendable, Hashable, Comparable {
    /// The division id, the reporting date's index and the scorecard.
    public var division: String, report: Int, scorecard: String

    /// Creates a key.
    public init(division: String, report: Int, scorecard: String) {
        self.division = division
        self.report = report
        self.scorecard = scorecard
    }

    public static func < (a: ScorecardKey, b: ScorecardKey) -> Bool {
        (a.division, a.report, a.scorecard) < (b.division, b.report, b.scorecard)
    }
}

/// A subject at a reporting date.
public struct SubjectReport: Sendable, Hashable, Comparable {
    /// The subject id and the reporting date's index.
    public var subject: String, report: Int

    /// Creates a key.
    public init(subject: String, report: Int) {
        self.subject = subject
        self.report = report
    }

    public static func < (a: SubjectReport, b: SubjectReport) -> Bool { (a.subject, a.report) < (b.subject, b.report) }
}

/// A failure at a reporting date.
public struct FailureKey: Sendable, Hashable, Comparable {
    /// The reporting date's index and the rule (or clause) id.
    public var report: Int, id: String

    /// Creates a key.
    public init(report: Int, id: String) {
        self.report = report
        self.id = id
    }

    public static func < (a: FailureKey, b: FailureKey) -> Bool { (a.report, a.id) < (b.report, b.id) }
}
