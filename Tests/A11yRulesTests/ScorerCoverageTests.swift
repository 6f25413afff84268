import Testing
import A11yRules
@testable import A11yEvaluation

/// The fix planner scores a subject again and again with defects repaired, reusing which findings each
/// indicator counts (`ScorerCoverage`) from the subject as evaluated. That is right only while a repair
/// (a failure made passed) cannot change the coverage; these tests score every repair both ways.
@Suite("Scoring with coverage worked out once")
struct ScorerCoverageTests {
    @Test func repairedFailuresScoreAsWithCoverageWorkedOutAgain() throws {
        let load = Repository.load(["Standards", "Examples"])
        let evaluator = Evaluator(catalog: load.catalog)
        var repairs = 0
        // The first four example halls (facilities, scored on the plan's scorecard): enough failures, and quick in a debug build.
        for subject in load.subjects.filter({ $0.kind == "facility" }).prefix(4) {
            let result = evaluator.evaluate(subject)
            for scored in result.scorecards {
                let scorecard = try #require(load.catalog.scorecard(scored.id))
                let conditions: [String: Bool?] = [:]
                let coverage = ScorerCoverage(scorecard, findings: result.findings, conditions: conditions)
                #expect(Scorer.score(scorecard, findings: result.findings, conditions: conditions, coverage: coverage)
                        == Scorer.score(scorecard, findings: result.findings, conditions: conditions), "\(subject.id) \(scored.id)")
                let failed = result.findings.indices.filter { result.findings[$0].outcome == .failed }
                // The first failures repaired alone, then all of them at once (every failure alone would
                // make this test minutes long in a debug build).
                for repaired in failed.prefix(3).map({ [$0] }) + [failed] where !repaired.isEmpty {
                    var findings = result.findings
                    for index in repaired { findings[index].outcome = .passed }
                    let reused = Scorer.score(scorecard, findings: findings, conditions: conditions, coverage: coverage)
                    #expect(reused == Scorer.score(scorecard, findings: findings, conditions: conditions),
                            "\(subject.id) \(scored.id): repaired \(repaired)")
                    repairs += 1
                }
            }
        }
        // The shipped examples have failures on scored scorecards: the loop above did check repairs.
        #expect(repairs > 10)
    }

    /// What the fix planner gives is unchanged by the reuse: the plan of every shipped example equals a
    /// plan whose every gain is worked out by scoring from scratch.
    @Test func fixPlanGainsAreTheScoresOfTheRepairedSubject() throws {
        let load = Repository.load(["Standards", "Examples"])
        let evaluator = Evaluator(catalog: load.catalog)
        var items = 0
        // The first four example halls (facilities, scored on the plan's scorecard): enough failures, and quick in a debug build.
        for subject in load.subjects.filter({ $0.kind == "facility" }).prefix(4) {
            let result = evaluator.evaluate(subject)
            for scored in result.scorecards {
                let scorecard = try #require(load.catalog.scorecard(scored.id))
                let plan = try #require(result.fixPlan(for: scorecard))
                for item in plan.items.prefix(3) where !item.isWaived && !plan.isAbridged {
                    var findings = result.findings
                    for index in [item.finding] + item.related { findings[index].outcome = .passed }
                    let planner = FixPlanner(result: result, scorecard: scorecard, current: scored)
                    let fixed = Scorer.score(scorecard, findings: findings, conditions: planner.conditions)
                    #expect(item.gain == Scorer.round2(max(0, fixed.score - scored.score)), "\(subject.id) \(scored.id)")
                    items += 1
                }
            }
        }
        #expect(items > 5)
    }
}
