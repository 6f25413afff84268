import A11yRules

extension RollupRecord {
    /// The record of an evaluated subject.
    ///
    /// - Parameter source: Where the result came from; defaults to the subject's file.
    public init(_ result: SubjectResult, source: String? = nil) {
        var failed: Set<String> = []
        for finding in result.findings where finding.outcome == .failed && finding.counts { failed.insert(finding.rule ?? finding.clause) }
        self.init(
            subject: result.id, assessed: result.assessed, source: source ?? result.source,
            scorecards: result.scorecards.map { card in
                Card(
                    id: card.id, score: Self.bounds(card), passed: card.passed, isComplete: card.isComplete,
                    indicators: card.indicators.map { indicator in
                        Indicator(
                            id: indicator.id, points: indicator.points, score: Self.bounds(indicator), applicable: indicator.applicable,
                            passed: indicator.passed, failed: indicator.failed, undecided: indicator.undecided)
                    },
                    failures: Self.failures(card.indicators.flatMap(\.shortfalls), failed: failed))
            })
    }

    /// The shortfalls that are failures (not missing data), each once, in order.
    public static func failures(_ shortfalls: [String], failed: Set<String>) -> [String] {
        var seen: Set<String> = []
        return shortfalls.filter { failed.contains($0) && seen.insert($0).inserted }
    }

    /// Until the score bounds of the results are available: a complete result's score is exact; an
    /// incomplete one lies between 0 and the most it could earn.
    static func bounds(_ card: ScorecardResult) -> Bounds {
        card.isComplete ? Bounds(card.score, min: card.score, max: card.score) : Bounds(card.score, min: 0, max: 100)
    }

    static func bounds(_ indicator: IndicatorResult) -> Bounds {
        indicator.undecided == 0
            ? Bounds(indicator.score, min: indicator.score, max: indicator.score)
            : Bounds(indicator.score, min: 0, max: indicator.applicable ? indicator.points : 0)
    }
}
