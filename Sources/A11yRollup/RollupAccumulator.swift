import A11yRules

/// Folds results into a ``RollupState`` one at a time, against a programme.
///
/// ```swift
/// var accumulator = RollupAccumulator(programme: programme)
/// for result in results { accumulator.add(RollupRecord(result)) }
/// let rollup = Rollup(programme: programme, scorecards: catalog.scorecards, state: accumulator.state)
/// ```
public struct RollupAccumulator: Sendable {
    /// The programme results are placed against.
    public let programme: Programme
    /// The state so far.
    public private(set) var state: RollupState
    private let expected: [String: (division: String, scorecard: String)]

    /// Creates an accumulator with an empty state.
    public init(programme: Programme) {
        self.programme = programme
        state = RollupState(programme: programme.id)
        var expected: [String: (division: String, scorecard: String)] = [:]
        for division in programme.divisions {
            for subject in division.subjects { expected[subject.id] = (division.id, subject.scorecard) }
        }
        self.expected = expected
    }

    /// Places one result: at the first reporting date on or after its assessed date, under the
    /// division that expects its subject. A result that cannot be placed becomes a ``RollupProblem``.
    ///
    /// - Complexity: O(indicators + failures of the record).
    public mutating func add(_ record: RollupRecord) {
        state.records += 1
        func problem(_ kind: RollupProblem.Kind) {
            state.problems.insert(RollupProblem(kind: kind, subject: record.subject, assessed: record.assessed, source: record.source))
        }
        guard let (division, scorecard) = expected[record.subject] else { return problem(.notInProgramme) }
        guard let assessed = record.assessed else { return problem(.undated) }
        guard let report = programme.reportIndex(for: assessed) else { return problem(.afterLastReport) }
        guard let card = record.scorecards.first(where: { $0.id == scorecard }) else { return problem(.missingScorecard) }
        state.assessments[SubjectReport(subject: record.subject, report: report), default: []]
            .insert(Assessment(assessed: assessed, source: record.source))
        state.scorecards[ScorecardKey(division: division, report: report, scorecard: scorecard), default: ScorecardTally()].add(card)
        for indicator in card.indicators {
            state.indicators[IndicatorKey(division: division, report: report, scorecard: scorecard, indicator: indicator.id), default: IndicatorTally()]
                .add(indicator)
        }
        for failure in card.failures {
            var tally = state.failures[FailureKey(report: report, id: failure)] ?? FailureTally()
            tally.divisions.insert(division)
            tally.subjects += 1
            state.failures[FailureKey(report: report, id: failure)] = tally
        }
    }

    /// Merges a partial state (of the same programme) into this one.
    ///
    /// - Throws: ``RollupMergeError`` when it belongs to another programme.
    public mutating func merge(_ other: RollupState) throws(RollupMergeError) {
        try state.merge(other)
    }
}
