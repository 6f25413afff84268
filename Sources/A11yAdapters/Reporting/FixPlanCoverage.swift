import A11yRules
import A11yEvaluation

/// Which indicators of each scorecard cover each clause and rule, kept by one reporter for all the
/// subjects it writes: a fix plan tests every finding against every indicator's `includes` patterns, and
/// the answer depends only on the finding's clause and rule, so it is worked out once per report instead
/// of once per subject. Used by one reporter at a time, never across threads.
final class FixPlanCoverage {
    private var byScorecard: [String: CoveringIndicators] = [:]

    /// The fix plan of `result` on `scorecard`, with the coverage this reporter has already worked out.
    func plan(_ result: SubjectResult, on scorecard: Scorecard) -> FixPlan? {
        let covering = byScorecard[scorecard.id] ?? CoveringIndicators(scorecard)
        byScorecard[scorecard.id] = covering
        return result.fixPlan(for: scorecard, sharing: covering)
    }
}
