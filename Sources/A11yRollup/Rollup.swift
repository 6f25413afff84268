import A11yRules

/// The city's picture, computed from a programme and a ``RollupState``: for every reporting date,
/// every division's items and indicators with status, score and change; the subjects missing; and
/// the failures shared by most divisions.
public struct Rollup: Sendable {
    /// The programme.
    public let programme: Programme
    /// The state it was computed from.
    public let state: RollupState
    /// One entry per reporting date, in date order.
    public let reports: [ReportProgress]

    /// Computes the rollup.
    ///
    /// - Parameters:
    ///   - programme: The programme whose divisions, subjects and reporting dates are rolled up.
    ///   - scorecards: The loaded scorecards (for indicator lists and titles).
    ///   - state: The partial state folded from the results.
    public init(programme: Programme, scorecards: [Scorecard], state: RollupState) {
        self.programme = programme
        self.state = state
        let cards = Dictionary(scorecards.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var reports: [ReportProgress] = []
        var history: [String: [DivisionProgress]] = [:]
        for (index, date) in programme.reports.enumerated() {
            let divisions = programme.divisions.map { division in
                DivisionProgress(division: division, report: index, programme: programme, cards: cards, state: state,
                                 history: history[division.id] ?? [])
            }
            for division in divisions { history[division.division.id, default: []].append(division) }
            reports.append(ReportProgress(index: index, date: date, divisions: divisions, programme: programme, state: state))
        }
        self.reports = reports
    }

    /// The last reporting date at which any division reported, or nil.
    public var latest: ReportProgress? { reports.last { $0.divisions.contains { !$0.isMissingReport } } }
}

/// The programme at one reporting date.
public struct ReportProgress: Sendable {
    /// The reporting date's index and date.
    public let index: Int
    /// The reporting date.
    public let date: ReportingDate
    /// Every division, in the programme's order.
    public let divisions: [DivisionProgress]
    /// City-wide, per plan item: how many divisions are at each status.
    public let items: [(item: PlanItem, counts: [ProgressStatus: Int])]
    /// Failures at this date, most shared first (by divisions, then subjects, then id).
    public let failures: [(id: String, divisions: [String], subjects: Int)]

    init(index: Int, date: ReportingDate, divisions: [DivisionProgress], programme: Programme, state: RollupState) {
        self.index = index
        self.date = date
        self.divisions = divisions
        items = programme.items.enumerated().map { position, item in
            var counts: [ProgressStatus: Int] = [:]
            for division in divisions { counts[division.items[position].status, default: 0] += 1 }
            return (item, counts)
        }
        let order = Dictionary(programme.divisions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        failures = state.failures.filter { $0.key.report == index }
            .map { (id: $0.key.id, divisions: $0.value.divisions.sorted { (order[$0] ?? .max) < (order[$1] ?? .max) }, subjects: $0.value.subjects) }
            .sorted { ($1.divisions.count, $1.subjects, $0.id) < ($0.divisions.count, $0.subjects, $1.id) }
    }

    /// Divisions that did not report at all for this date.
    public var missingDivisions: [DivisionProgress] { divisions.filter(\.isMissingReport) }
}

/// One division at one reporting date.
public struct DivisionProgress: Sendable {
    /// The division.
    public let division: Division
    /// Its subjects that reported for this date, with the assessment counted (the latest, if several).
    public let reported: [(subject: ExpectedSubject, assessments: [Assessment])]
    /// Its subjects that did not report for this date.
    public let missing: [ExpectedSubject]
    /// One entry per plan item, in the programme's order.
    public let items: [ItemProgress]
    /// One entry per indicator of its subjects' scorecards, in scorecard order.
    public let indicators: [IndicatorProgress]
    /// One entry per scorecard its subjects are judged by.
    public let scorecards: [(id: String, tally: ScorecardTally, expected: Int)]

    /// Whether none of its subjects reported.
    public var isMissingReport: Bool { reported.isEmpty }
    /// Items done now that were not done at the previous report.
    public var newlyDone: [ItemProgress] { items.filter { $0.change?.isNewlyDone == true } }
    /// Items whose status or score fell since the previous report.
    public var regressions: [ItemProgress] { items.filter { $0.change?.isRegression == true } }
    /// The share of points over all its indicators.
    public var share: ScoreShare { indicators.reduce(.zero) { $0 + $1.share } }

    init(division: Division, report: Int, programme: Programme, cards: [String: Scorecard], state: RollupState,
         history: [DivisionProgress]) {
        self.division = division
        var reported: [(ExpectedSubject, [Assessment])] = []
        var missing: [ExpectedSubject] = []
        for subject in division.subjects {
            if let found = state.assessments[SubjectReport(subject: subject.id, report: report)], !found.isEmpty {
                reported.append((subject, found.sorted()))
            } else {
                missing.append(subject)
            }
        }
        self.reported = reported
        self.missing = missing
        var cardIDs: [String] = []
        for subject in division.subjects where !cardIDs.contains(subject.scorecard) { cardIDs.append(subject.scorecard) }
        cardIDs.sort { (programme.scorecards.firstIndex(of: $0) ?? .max) < (programme.scorecards.firstIndex(of: $1) ?? .max) }
        scorecards = cardIDs.map { id in
            (id, state.scorecards[ScorecardKey(division: division.id, report: report, scorecard: id)] ?? ScorecardTally(),
             division.subjects.filter { $0.scorecard == id }.count)
        }
        var indicators: [IndicatorProgress] = []
        for (id, _, expected) in scorecards {
            for indicator in cards[id]?.indicators ?? [] {
                let tally = state.indicators[IndicatorKey(division: division.id, report: report, scorecard: id, indicator: indicator.id)] ?? IndicatorTally()
                let status = StatusRule.division(tally, expected: expected)
                var progress = IndicatorProgress(
                    scorecard: id, indicator: indicator, item: programme.itemIndex(scorecard: id, indicator: indicator.id),
                    status: status, tally: tally, expected: expected, change: nil)
                // Divisions keep their indicators in the same order at every date: compare by position.
                let position = indicators.count
                if status.rank != nil, let since = history.lastIndex(where: { $0.indicators[position].status.rank != nil }) {
                    let earlier = history[since].indicators[position]
                    progress.change = .between((earlier.status, earlier.share), (status, progress.share), since: since)
                }
                indicators.append(progress)
            }
        }
        self.indicators = indicators
        items = programme.items.enumerated().map { position, item in
            let members = indicators.filter { $0.item == position }
            let status = StatusRule.item(members.map(\.status))
            let share = members.filter { $0.status != .missing }.reduce(ScoreShare.zero) { $0 + $1.share }
            var progress = ItemProgress(item: item, status: status, share: share, indicators: members.count,
                                        done: members.filter { $0.status == .done }.count, change: nil)
            if status.rank != nil, let since = history.lastIndex(where: { $0.items[position].status.rank != nil }) {
                let earlier = history[since].items[position]
                progress.change = .between((earlier.status, earlier.share), (status, share), since: since)
            }
            return progress
        }
    }
}

/// A plan item for one division at one reporting date.
public struct ItemProgress: Sendable, Hashable {
    /// The item.
    public let item: PlanItem
    /// Its status by ``StatusRule/item(_:)``.
    public let status: ProgressStatus
    /// Points over its reported indicators.
    public let share: ScoreShare
    /// How many of the division's indicators belong to it, and how many are done.
    public let indicators: Int, done: Int
    /// The change since the previous reporting date at which it was reported.
    public internal(set) var change: ProgressChange?
}

/// An indicator for one division at one reporting date.
public struct IndicatorProgress: Sendable, Hashable {
    /// The scorecard's id.
    public let scorecard: String
    /// The indicator.
    public let indicator: Indicator
    /// The index of the plan item it belongs to, if any.
    public let item: Int?
    /// Its status by ``StatusRule/division(_:expected:)``.
    public let status: ProgressStatus
    /// The sums over the division's subjects.
    public let tally: IndicatorTally
    /// Subjects expected to carry it.
    public let expected: Int
    /// The change since the previous reporting date at which it was reported.
    public internal(set) var change: ProgressChange?

    /// Points over the subjects it applied to.
    public var share: ScoreShare {
        ScoreShare(points: tally.points, score: tally.score, min: tally.scoreMin, max: tally.scoreMax)
    }

    /// `SCORECARD:INDICATOR`.
    public var key: String { scorecard + ":" + indicator.id }
}
