import Testing
import A11yRules

/// `SubjectResult.fixPlan(for:)`: the failures a scorecard counts, in the order to fix them, what each
/// fix wins, and the fewest fixes that reach the pass mark.
@Suite("Fix plans")
struct FixPlanTests {
    func plan(_ body: String) throws -> (FixPlan, SubjectResult, ScorecardResult) {
        let (result, diagnostics) = Fixture.evaluate(
            "subject:\n  id: s\n  kind: hall\n  assessed: 2022-11-01\n" + body, extra: [("card.yaml", ScoringTests.scorecard)])
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let subject = try #require(result)
        let scorecard = try #require(Fixture.load([("card.yaml", ScoringTests.scorecard)]).catalog.scorecard("CARD"))
        let plan = try #require(subject.fixPlan(for: scorecard))
        return (plan, subject, try #require(subject.scorecards.first))
    }

    func rules(_ plan: FixPlan, _ subject: SubjectResult, _ indexes: [Int]? = nil) -> [String] {
        (indexes ?? Array(plan.items.indices)).map { index in
            let finding = subject.findings[plan.items[index].finding]
            return "\(finding.rule ?? finding.clause)@\(finding.instance)"
        }
    }

    /// A failed veto indicator comes first and is in every way to pass; here it is the only fix needed.
    @Test func aVetoFailureComesFirstAndIsInTheWayToPass() throws {
        let (plan, subject, card) = try plan("""
          facts: {parking_spaces: 120, accessible_parking_spaces: 1, has_green_channel_window: false}
          parts:
            ramp: [{id: r, clear_width: 0.9 m, slope: 1:12, rise: 0.5 m, handrails: both-sides}]
            counter: [{id: c, height: 900 mm}]
        """)
        #expect(card.vetoed)
        #expect(card.score == 41.67)
        // Grouped by instance: the subject's own two defects together (the veto first), then the counter, the ramp.
        #expect(rules(plan, subject) == ["CARD:green#green-channel@s", "T-1:8.1.2#count@s", "T-1:3.15.2#height@c", "T-1:3.4.2#width@r"])
        #expect(plan.items.map(\.isVeto) == [true, false, false, false])
        #expect(plan.items.map(\.gain) == [20, 5, 20, 13.33])
        #expect(plan.items.map(\.indicators) == [["green"], ["parking"], ["counters"], ["ramps"]])
        #expect(rules(plan, subject, plan.toPass) == ["CARD:green#green-channel@s"])
        #expect(plan.scoreAfterFixes == 61.67)
        #expect(plan.undecided == 0)
    }

    /// Fixing one of two counters gains nothing under `all`; fixing both gains 20. The fewest fixes to reach
    /// 60 are the two counters, not the three ramps a greedy pick by single gains would choose.
    @Test func theFewestFixesAreFoundAcrossIndicators() throws {
        let (plan, subject, card) = try plan("""
          facts: {parking_spaces: 120, accessible_parking_spaces: 1, has_green_channel_window: true}
          parts:
            ramp:
              - {id: r1, clear_width: 0.9 m, slope: 1:12, rise: 0.5 m, handrails: one-side}
              - {id: r2, clear_width: 0.9 m, slope: 1:12, rise: 0.5 m, handrails: one-side}
              - {id: r3, clear_width: 0.9 m, slope: 1:12, rise: 0.5 m, handrails: one-side}
            counter: [{id: c1, height: 900 mm}, {id: c2, height: 900 mm}]
        """)
        #expect(card.score == 48.33)
        #expect(!card.passed)
        #expect(plan.items.count == 9)
        #expect(plan.items.filter { $0.indicators == ["counters"] }.map(\.gain) == [0, 0])
        // A gain is the difference of the scores a report shows, before and after: 48.33 → 52.78.
        #expect(plan.items.filter { $0.indicators == ["ramps"] }.map(\.gain) == Array(repeating: 4.45, count: 6))
        #expect(Set(rules(plan, subject, plan.toPass)) == ["T-1:3.15.2#height@c1", "T-1:3.15.2#height@c2"])
        #expect(plan.scoreAfterFixes == 68.33)
    }

    @Test func aPassingScorecardHasNoWayToPassButStillListsItsDefects() throws {
        let (plan, subject, card) = try plan("""
          facts: {parking_spaces: 120, accessible_parking_spaces: 1, has_green_channel_window: true}
          parts:
            ramp: [{id: r, clear_width: 1.3 m, slope: 1:12, rise: 0.5 m, handrails: both-sides}]
            counter: [{id: c, height: 800 mm}]
        """)
        #expect(card.passed)
        #expect(rules(plan, subject) == ["T-1:8.1.2#count@s"])
        #expect(plan.toPass == nil)
        #expect(plan.scoreAfterFixes == nil)
    }

    /// A waived failure costs nothing now: it is listed after the others, with no gain, and never chosen.
    @Test func waivedFailuresComeLastAndAreNeverChosen() throws {
        let (plan, subject, _) = try plan("""
          facts: {parking_spaces: 120, accessible_parking_spaces: 1, has_green_channel_window: false}
          parts:
            ramp: [{id: r, clear_width: 0.9 m, slope: 1:12, rise: 0.5 m, handrails: both-sides}]
            counter: [{id: c, height: 800 mm}]
          waivers:
            "T-1:3.4.2#width": {reason: "heritage entrance", until: 2023-12-31}
        """)
        #expect(rules(plan, subject) == ["CARD:green#green-channel@s", "T-1:8.1.2#count@s", "T-1:3.4.2#width@r"])
        #expect(plan.items.map(\.isWaived) == [false, false, true])
        #expect(plan.items.last?.gain == 0)
        #expect(rules(plan, subject, plan.toPass) == ["CARD:green#green-channel@s"])
    }

    /// When repairing every failure is not enough, there is no way to pass by fixes alone.
    @Test func noWayToPassWhenFixesAreNotEnough() throws {
        let (plan, _, card) = try plan("""
          facts: {has_green_channel_window: true}
          parts:
            ramp: [{id: r, clear_width: 0.9 m}]
        """)
        #expect(!card.passed)
        #expect(plan.undecided > 0)
        #expect(plan.toPass == nil)
    }
}
