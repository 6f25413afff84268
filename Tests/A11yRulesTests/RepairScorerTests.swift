import Testing
import A11yRules
import A11yBenchmarking
@testable import A11yEvaluation

/// The fix planner's `RepairScorer` re-adds only the indicators a repair touches. Every total it gives
/// must be the double `Scorer` gives when the repaired subject is scored from scratch: checked here on
/// the example halls with random repairs (failed, undecided and passed findings alike), overlapping
/// repairs taken back in any order, and `when` conditions false and undecided.
@Suite("Scoring repairs indicator by indicator")
struct RepairScorerTests {
    /// The subject's scorecard scored from scratch with `repaired` counted as passed.
    static func scratch(_ result: SubjectResult, _ scorecard: Scorecard, _ conditions: [String: Bool?], _ repaired: Set<Int>) -> ScorecardResult {
        var findings = result.findings
        for index in repaired { findings[index].outcome = .passed }
        return Scorer.score(scorecard, findings: findings, conditions: conditions)
    }

    static func expectSame(_ totals: ScoreTotals, _ scored: ScorecardResult, _ context: String) {
        #expect(totals.score.bitPattern == scored.score.bitPattern, "\(context): score \(totals.score) vs \(scored.score)")
        #expect(totals.scoreMin.bitPattern == scored.scoreMin.bitPattern, "\(context): scoreMin")
        #expect(totals.scoreMax.bitPattern == scored.scoreMax.bitPattern, "\(context): scoreMax")
        #expect(totals.vetoed == scored.vetoed, "\(context): vetoed")
        #expect(totals.vetoedAtMin == scored.vetoedAtMin, "\(context): vetoedAtMin")
        #expect(totals.isComplete == scored.isComplete, "\(context): complete")
    }

    /// The conditions as evaluated, and two variants: every third indicator's `when` false, and every
    /// third (another third) undecided.
    static func conditionSets(_ scorecard: Scorecard, _ evaluated: [String: Bool?]) -> [[String: Bool?]] {
        var varied = evaluated
        for (position, indicator) in scorecard.indicators.enumerated() {
            if position % 3 == 1 { varied[indicator.id] = .some(false) }
            if position % 3 == 2 { varied[indicator.id] = .some(nil) }
        }
        return [evaluated, varied]
    }

    @Test func randomRepairsTotalAsTheRepairedSubjectScoredFromScratch() throws {
        var random = SplitMix64(seed: 61)
        var checked = 0
        for (result, scorecard, scored) in try ScorerCoverageTests.scoredHalls() {
            let evaluated = FixPlanner(result: result, scorecard: scorecard, current: scored).conditions
            for conditions in Self.conditionSets(scorecard, evaluated) {
                let coverage = ScorerCoverage(scorecard, findings: result.findings, conditions: conditions)
                var scorer = RepairScorer(scorecard, findings: result.findings, conditions: conditions, coverage: coverage)
                Self.expectSame(scorer.totals, Self.scratch(result, scorecard, conditions, []), "\(result.id) \(scorecard.id) none")
                // A repair makes a decided or undecided finding passed; an inapplicable one stays out.
                let repairable = result.findings.indices.filter { result.findings[$0].outcome != .inapplicable }
                let count = repairable.count
                for round in 0..<12 where count > 0 {
                    let size = round == 11 ? count : Int.random(in: 1...min(count, 1 + round * 3), using: &random)
                    let repaired = (0..<size).map { _ in repairable[Int.random(in: 0..<count, using: &random)] }
                    Self.expectSame(scorer.totals(repairing: repaired), Self.scratch(result, scorecard, conditions, Set(repaired)),
                                    "\(result.id) \(scorecard.id) \(repaired)")
                    checked += 1
                }
                // `totals(repairing:)` leaves nothing in force.
                Self.expectSame(scorer.totals, Self.scratch(result, scorecard, conditions, []), "\(result.id) \(scorecard.id) after")
            }
        }
        #expect(checked > 50)
    }

    /// Repairs that share findings (an item and the superseded failure it mends) stay in force until the
    /// last repair of a finding is taken back.
    @Test func overlappingRepairsTakenBackInAnyOrder() throws {
        var random = SplitMix64(seed: 67)
        var steps = 0
        for (result, scorecard, scored) in try ScorerCoverageTests.scoredHalls() {
            let conditions = FixPlanner(result: result, scorecard: scorecard, current: scored).conditions
            let coverage = ScorerCoverage(scorecard, findings: result.findings, conditions: conditions)
            var scorer = RepairScorer(scorecard, findings: result.findings, conditions: conditions, coverage: coverage)
            let failed = result.findings.indices.filter { ![.passed, .inapplicable].contains(result.findings[$0].outcome) }
            guard failed.count > 1 else { continue }
            var inForce: [[Int]] = []
            for _ in 0..<16 {
                if inForce.isEmpty || Bool.random(using: &random) {
                    let repair = (0..<Int.random(in: 1...3, using: &random)).map { _ in failed.randomElement(using: &random)! }
                    scorer.repair(repair)
                    inForce.append(repair)
                } else {
                    scorer.takeBack(inForce.remove(at: Int.random(in: 0..<inForce.count, using: &random)))
                }
                Self.expectSame(scorer.totals, Self.scratch(result, scorecard, conditions, Set(inForce.joined())),
                                "\(result.id) \(scorecard.id) \(inForce)")
                steps += 1
            }
        }
        #expect(steps > 20)
    }

    /// Every fewest-fixes answer of the example halls' plans, scored from scratch: it reaches the pass mark
    /// with no veto failed, at the score the plan gives, and no one of its fixes can be left out.
    @Test func theWayToPassReachesTheMarkAndNoFixIsSpare() throws {
        var ways = 0
        for (result, scorecard, scored) in try ScorerCoverageTests.scoredHalls() {
            let plan = try #require(result.fixPlan(for: scorecard))
            guard let toPass = plan.toPass, let mark = scorecard.passMark else { continue }
            let conditions = FixPlanner(result: result, scorecard: scorecard, current: scored).conditions
            func repaired(_ chosen: [Int]) -> ScorecardResult {
                Self.scratch(result, scorecard, conditions, Set(chosen.flatMap { [plan.items[$0].finding] + plan.items[$0].related }))
            }
            let after = repaired(toPass)
            #expect(after.score + 1e-9 >= mark && !after.vetoed, "\(result.id) \(scorecard.id)")
            #expect(plan.scoreAfterFixes == after.score)
            for left in toPass {
                let without = repaired(toPass.filter { $0 != left })
                #expect(!(without.score + 1e-9 >= mark && !without.vetoed), "\(result.id) \(scorecard.id): \(left) is spare")
            }
            ways += 1
        }
        // Some example hall fails its scorecard and can pass by repairs: the loop above checked a way.
        #expect(ways > 0)
    }

    /// A reporter keeps one `CoveringIndicators` per scorecard for all its subjects: the plans are those
    /// made with a fresh one, and one made for another scorecard is not used.
    @Test func coverageKeptAcrossSubjectsGivesTheSamePlans() throws {
        var shared: [String: CoveringIndicators] = [:]
        var plans = 0
        let halls = try ScorerCoverageTests.scoredHalls()
        for (result, scorecard, _) in halls {
            let covering = shared[scorecard.id] ?? CoveringIndicators(scorecard)
            shared[scorecard.id] = covering
            #expect(result.fixPlan(for: scorecard, sharing: covering) == result.fixPlan(for: scorecard), "\(result.id) \(scorecard.id)")
            plans += 1
        }
        #expect(plans > 3)
        let (result, scorecard, _) = try #require(halls.first)
        let other = Scorecard(id: "OTHER", subjectKind: scorecard.subjectKind, location: scorecard.location)
        #expect(result.fixPlan(for: scorecard, sharing: CoveringIndicators(other)) == result.fixPlan(for: scorecard))
    }
}
