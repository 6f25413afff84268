/// Sums over a division's subjects for one indicator at one reporting date. Scores and points are
/// kept in hundredths as integers, so that merging in any order gives exactly the same state.
public struct IndicatorTally: Sendable, Hashable {
    /// Subjects that reported a result for the indicator.
    public var reported = 0
    /// Of those, the ones it applied to, and how many of these are done, in progress, not started.
    public var applicable = 0, done = 0, inProgress = 0, notStarted = 0
    /// Points available, earned, and the least and most earnable, over applicable subjects (hundredths).
    public var points = 0, score = 0, scoreMin = 0, scoreMax = 0
    /// Counted checks that passed, failed, or lack data.
    public var passed = 0, failed = 0, undecided = 0

    /// An empty tally.
    public init() {}

    /// Adds one subject's indicator result.
    public mutating func add(_ indicator: RollupRecord.Indicator) {
        reported += 1
        passed += indicator.passed
        failed += indicator.failed
        undecided += indicator.undecided
        switch indicator.status {
        case .inapplicable, .missing: return
        case .done: done += 1
        case .inProgress: inProgress += 1
        case .notStarted: notStarted += 1
        }
        applicable += 1
        points += Hundredths.of(indicator.points)
        score += Hundredths.of(indicator.score.value)
        scoreMin += Hundredths.of(indicator.score.min)
        scoreMax += Hundredths.of(indicator.score.max)
    }

    /// Adds another tally.
    public mutating func merge(_ other: IndicatorTally) {
        reported += other.reported
        applicable += other.applicable
        done += other.done
        inProgress += other.inProgress
        notStarted += other.notStarted
        points += other.points
        score += other.score
        scoreMin += other.scoreMin
        scoreMax += other.scoreMax
        passed += other.passed
        failed += other.failed
        undecided += other.undecided
    }
}

/// Sums over a division's subjects for one scorecard at one reporting date.
public struct ScorecardTally: Sendable, Hashable {
    /// Subjects that reported, passed, and reported complete data.
    public var reported = 0, passed = 0, complete = 0
    /// Sums of their scores out of 100 and of the bounds (hundredths).
    public var score = 0, scoreMin = 0, scoreMax = 0

    /// An empty tally.
    public init() {}

    /// Adds one subject's scorecard result.
    public mutating func add(_ card: RollupRecord.Card) {
        reported += 1
        if card.passed { passed += 1 }
        if card.isComplete { complete += 1 }
        score += Hundredths.of(card.score.value)
        scoreMin += Hundredths.of(card.score.min)
        scoreMax += Hundredths.of(card.score.max)
    }

    /// Adds another tally.
    public mutating func merge(_ other: ScorecardTally) {
        reported += other.reported
        passed += other.passed
        complete += other.complete
        score += other.score
        scoreMin += other.scoreMin
        scoreMax += other.scoreMax
    }
}

/// One failure at one reporting date: the divisions where it occurs and how many subjects.
public struct FailureTally: Sendable, Hashable {
    /// Division ids.
    public var divisions: Set<String> = []
    /// Subjects with the failure.
    public var subjects = 0

    /// An empty tally.
    public init() {}

    /// Adds another tally.
    public mutating func merge(_ other: FailureTally) {
        divisions.formUnion(other.divisions)
        subjects += other.subjects
    }
}

/// Fixed-point hundredths, so that sums are exact and merge order does not matter.
public enum Hundredths {
    /// `value` in hundredths, rounded half away from zero (0 for a value that is not finite).
    public static func of(_ value: Double) -> Int {
        guard value.isFinite, abs(value) < 1e15 else { return 0 }
        return Int((value * 100).rounded())
    }

    /// Hundredths back to a number.
    public static func value(_ hundredths: Int) -> Double { Double(hundredths) / 100 }
}
