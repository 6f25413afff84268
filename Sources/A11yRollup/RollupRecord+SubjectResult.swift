import A11yRules

extension RollupRecord {
    /// The record of an evaluated subject.
    ///
    /// - Parameters:
    ///   - result: The evaluated subject.
    ///   - source: Where the result came from; defaults to the subject's file.
    public init(_ result: SubjectResult, source: String? = nil) {
        var failed: Set<String> = []
        for finding in result.findings where finding.outcome == .failed && finding.counts { failed.insert(finding.rule ?? finding.clause) }
        self.init(
            subject: result.id, assessed: result.assessed, source: source ?? result.source,
            scorecards: result.scorecards.map { card in
                Card(
                    id: card.id, score: Bounds(card.score, min: card.scoreMin, max: card.scoreMax), passed: card.passed, isComplete: card.isComplete,
                    indicators: card.indicators.map { indicator in
                        Indicator(
                            id: indicator.id, points: indicator.points, score: Bounds(indicator.score, min: indicator.scoreMin, max: indicator.scoreMax), applicable: indicator.applicable,
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
}
