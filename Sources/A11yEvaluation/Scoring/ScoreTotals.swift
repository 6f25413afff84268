import A11yModel

/// A scorecard's totals from its indicators' sums (DSL §3): the score out of 100 over the applicable
/// indicators' points (合理缺项 rescaled), its bounds, and whether a veto failed. ``Scorer`` makes a
/// ``ScorecardResult`` of them; the fix planner compares them with a defect repaired.
struct ScoreTotals {
    var score: Double
    var scoreMin: Double
    var scoreMax: Double
    /// A veto indicator has a failed check.
    var vetoed: Bool
    /// A veto indicator has a failed or an undecided check.
    var vetoedAtMin: Bool
    /// Some indicator is applicable and none has an undecided check.
    var isComplete: Bool
    /// Some indicator is applicable.
    var hasApplicable: Bool

    /// The totals of `sums`, one per indicator of `scorecard`, in its order.
    init(_ scorecard: Scorecard, _ sums: [IndicatorSums]) {
        let indicators = scorecard.indicators
        let applicable = sums.indices.filter { sums[$0].isApplicable }
        let possible = applicable.reduce(0) { $0 + indicators[$1].points }
        func percent(_ earned: (Int) -> Double) -> Double {
            possible > 0 ? Scorer.round2(applicable.reduce(0) { $0 + earned($1) } / possible * 100) : 0
        }
        let score = percent { sums[$0].score(indicators[$0]) }
        self.score = score
        scoreMin = min(score, percent { sums[$0].scoreMin(indicators[$0]) })
        scoreMax = max(score, percent { sums[$0].scoreMax(indicators[$0]) })
        vetoed = sums.indices.contains { indicators[$0].isVeto && sums[$0].failed > 0 }
        vetoedAtMin = vetoed || applicable.contains { indicators[$0].isVeto && sums[$0].undecided > 0 }
        isComplete = !applicable.isEmpty && applicable.allSatisfy { sums[$0].undecided == 0 }
        hasApplicable = !applicable.isEmpty
    }
}
