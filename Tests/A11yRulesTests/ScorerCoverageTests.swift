import Testing
import A11yRules
@testable import A11yEvaluation

/// The fix planner scores a subject again and again with defects repaired, reusing which findings each
/// indicator counts (`ScorerCoverage`) from the subject as evaluated. That is right only while a repair
/// (a failure made passed) cannot change the coverage; these tests score every repair both ways.
@Suite("Scoring with coverage worked out once")
struct ScorerCoverageTests {
    /// Every scorecard result of the first four example halls (facilities, scored on the plan's
    /// scorecard): enough failures, and quick in a debug build.
    static func scoredHalls() throws -> [(result: SubjectResult, scorecard: Scorecard, scored: ScorecardResult)] {
        let load = Repository.load(["Standards", "Examples"])
        let evaluator = Evaluator(catalog: load.catalog)
        return try load.subjects.filter { $0.kind == "facility" }.prefix(4).flatMap { subject in
            let result = evaluator.evaluate(subject)
            return try result.scorecards.map { scored in (result, try #require(load.catalog.scorecard(scored.id)), scored) }
        }
    }

    @Test func repairedFailuresScoreAsWithCoverageWorkedOutAgain() throws {
        var repairs = 0
        for (result, scorecard, _) in try Self.scoredHalls() {
            let conditions: [String: Bool?] = [:]
            let coverage = ScorerCoverage(scorecard, findings: result.findings, conditions: conditions)
            #expect(Scorer.score(scorecard, findings: result.findings, conditions: conditions, coverage: coverage)
                    == Scorer.score(scorecard, findings: result.findings, conditions: conditions), "\(result.id) \(scorecard.id)")
            let failed = result.findings.indices.filter { result.findings[$0].outcome == .failed }
            // The first failures repaired alone, then all of them at once (every failure alone would
            // make this test minutes long in a debug build).
            for repaired in failed.prefix(3).map({ [$0] }) + [failed] where !repaired.isEmpty {
                var findings = result.findings
                for index in repaired { findings[index].outcome = .passed }
                let reused = Scorer.score(scorecard, findings: findings, conditions: conditions, coverage: coverage)
                #expect(reused == Scorer.score(scorecard, findings: findings, conditions: conditions),
                        "\(result.id) \(scorecard.id): repaired \(repaired)")
                repairs += 1
            }
        }
        // The shipped examples have failures on scored scorecards: the loop above did check repairs.
        #expect(repairs > 10)
    }

    /// What the fix planner gives is unchanged by the reuse: each gain of a shipped example's plan equals
    /// the gain worked out by scoring the repaired subject from scratch.
    @Test func fixPlanGainsAreTheScoresOfTheRepairedSubject() throws {
        var items = 0
        for (result, scorecard, scored) in try Self.scoredHalls() {
            let plan = try #require(result.fixPlan(for: scorecard))
            let conditions = FixPlanner(result: result, scorecard: scorecard, current: scored).conditions
            for item in plan.items.prefix(3) where !item.isWaived && !plan.isAbridged {
                var findings = result.findings
                for index in [item.finding] + item.related { findings[index].outcome = .passed }
                let fixed = Scorer.score(scorecard, findings: findings, conditions: conditions)
                #expect(item.gain == Scorer.round2(max(0, fixed.score - scored.score)), "\(result.id) \(scorecard.id)")
                items += 1
            }
        }
        #expect(items > 5)
    }
}
