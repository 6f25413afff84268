/// Everything the evaluator found about one subject.
public struct SubjectResult: Sendable, Hashable {
    public var id: String
    public var kind: String
    public var name: LocalizedText
    /// The file the subject was read from.
    public var source: String
    public var findings: [Finding]
    public var clauses: [ClauseVerdict]
    public var scorecards: [ScorecardResult]

    /// Creates a result.
    public init(id: String, kind: String, name: LocalizedText, source: String, findings: [Finding], clauses: [ClauseVerdict],
                scorecards: [ScorecardResult]) {
        self.id = id
        self.kind = kind
        self.name = name
        self.source = source
        self.findings = findings
        self.clauses = clauses
        self.scorecards = scorecards
    }

    /// How many findings ended with each outcome.
    public var counts: [Outcome: Int] {
        var counts: [Outcome: Int] = [:]
        for finding in findings { counts[finding.outcome, default: 0] += 1 }
        return counts
    }
}
