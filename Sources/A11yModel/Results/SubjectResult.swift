/// Everything the evaluator found about one subject.
public struct SubjectResult: Sendable, Hashable {
    /// The subject's id, e.g. `east-hall`.
    public var id: String
    /// The subject kind: the id of the vocabulary it is described by.
    public var kind: String
    /// The subject's name in reports, e.g. 东区政务服务中心.
    public var name: LocalizedText
    /// The file the subject was read from.
    public var source: String
    /// The subject's administrative region, widest first (e.g. 清远市, 清城区); empty when not given.
    public var region: [String]
    /// When the subject was assessed, if the file says. Every finding of the result dates from then,
    /// so results of the same subject on several dates are its history (DSL §7).
    public var assessed: Day?
    /// Every finding, clause by clause, then those of indicators' own rules.
    public var findings: [Finding]
    /// One verdict per clause applied to the subject, in catalog order.
    public var clauses: [ClauseVerdict]
    /// One result per scorecard applied to the subject.
    public var scorecards: [ScorecardResult]
    /// Which findings ``findings`` lists (every finding unless the evaluation was asked for a selection).
    public var selection: FindingSelection = .all
    /// How many findings of each outcome the evaluation produced, when ``findings`` lists only a
    /// selection of them; nil when ``findings`` is every finding (``counts`` then tallies them).
    public var totals: [Outcome: Int]?
    /// How many failed findings a waiver in force covers, listed or not, when ``findings`` lists only a
    /// selection of them; nil when ``findings`` is every finding (``countedFailures`` then counts them).
    public var waivedFailureTotal: Int?

    /// Creates a result.
    public init(id: String, kind: String, name: LocalizedText, source: String, region: [String] = [], assessed: Day? = nil,
                findings: [Finding], clauses: [ClauseVerdict], scorecards: [ScorecardResult]) {
        self.id = id
        self.kind = kind
        self.name = name
        self.source = source
        self.region = region
        self.assessed = assessed
        self.findings = findings
        self.clauses = clauses
        self.scorecards = scorecards
    }

    /// How many failed findings count against the subject (no waiver in force covers them): every
    /// finding of the evaluation, listed or not.
    public var countedFailures: Int {
        guard let totals else { return findings.filter { $0.outcome == .failed && $0.counts }.count }
        return (totals[.failed] ?? 0) - (waivedFailureTotal ?? 0)
    }

    /// How many findings ended with each outcome: every finding of the evaluation, listed or not.
    public var counts: [Outcome: Int] {
        if let totals { return totals }
        var counts: [Outcome: Int] = [:]
        for finding in findings { counts[finding.outcome, default: 0] += 1 }
        return counts
    }
}
