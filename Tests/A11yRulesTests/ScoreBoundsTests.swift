import Testing
import A11yRules

/// Points only from evidence, the score range, weights, presence and one defect one deduction.
@Suite("Score bounds and evidence")
struct ScoreBoundsTests {
    /// Three indicators over the same ramp-width rule, one per method.
    static let methods = """
    scorecard:
      id: M
      subject: hall
      pass_mark: 60
      grades: [{min: 90, zh: 优秀, en: excellent}, {min: 60, zh: 合格, en: pass}]
      indicators:
        - {id: all, points: 30, scoring: all, includes: ["T-1:3.4.2"]}
        - {id: share, points: 30, scoring: share, includes: ["T-1:3.4.2"]}
        - {id: deduct, points: 30, scoring: deduct, per_failure: 5, includes: ["T-1:3.4.2"]}
    """

    func card(_ body: String, _ files: [(String, String)]) throws -> ScorecardResult {
        let (result, diagnostics) = Fixture.evaluate("subject:\n  id: s\n  kind: hall\n  assessed: 2022-11-01\n" + body, extra: files)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        return try #require(result?.scorecards.first)
    }

    func indicator(_ card: ScorecardResult, _ id: String) throws -> IndicatorResult {
        try #require(card.indicators.first { $0.id == id })
    }

    /// One ramp passes, one fails, one has no width, one fails under a waiver in force.
    static let mixed = """
      parts:
        ramp:
          - {id: ok, clear_width: 1.2 m}
          - {id: narrow, clear_width: 0.9 m}
          - {id: unmeasured}
          - {id: waived, clear_width: 0.8 m}
      waivers:
        "T-1:3.4.2#width": {reason: heritage, instance: waived, until: 2030-01-01}
    """

    @Test func everyMethodWithPassedFailedUndecidedAndWaived() throws {
        let result = try card(Self.mixed, [("m.yaml", Self.methods)])
        for id in ["all", "share", "deduct"] {
            let i = try indicator(result, id)
            #expect((i.passed, i.failed, i.undecided, i.waived) == (1, 1, 1, 1))
            #expect(i.failedChecks == ["T-1:3.4.2#width"])
            #expect(i.undecidedChecks == ["T-1:3.4.2#width"])
        }
        let all = try indicator(result, "all"), share = try indicator(result, "share"), deduct = try indicator(result, "deduct")
        // all: a failure loses everything, whatever the undecided check turns out to be.
        #expect((all.scoreMin, all.score, all.scoreMax) == (0, 0, 0))
        // share: 30 × 1/3 from evidence; 30 × 2/3 if the unmeasured ramp passes.
        #expect((share.scoreMin, share.score, share.scoreMax) == (10, 10, 20))
        // deduct: 30 − 5 = 25 at most, but the decided checks cover only 2 of 3: 30 × 2/3 = 20; all failed: 20.
        #expect((deduct.scoreMin, deduct.score, deduct.scoreMax) == (20, 20, 25))
        #expect((result.scoreMin, result.score, result.scoreMax) == (33.33, 33.33, 50))
        #expect(!result.isComplete && !result.passed && !result.passedAtMax && !result.passedAtMin)
    }

    @Test func allWithOnlyPassesAndUndecidedEarnsNothingYet() throws {
        let result = try card("""
          parts:
            ramp: [{id: ok, clear_width: 1.2 m}, {id: unmeasured}]
        """, [("m.yaml", Self.methods)])
        let all = try indicator(result, "all")
        #expect((all.scoreMin, all.score, all.scoreMax) == (0, 0, 30))
        let deduct = try indicator(result, "deduct")
        // Failing the unmeasured one would cost 5 only, but a half-surveyed indicator earns half at most.
        #expect((deduct.scoreMin, deduct.score, deduct.scoreMax) == (15, 15, 30))
        #expect(result.passedAtMax && !result.passedAtMin)
        #expect(result.gradeAtMax?.en == "excellent")
    }

    @Test func nothingSurveyedScoresZeroWithBoundsZeroToHundred() throws {
        let result = try card("  facts: {}\n", [("m.yaml", Self.methods), ("c.yaml", ScoringTests.scorecard)])
        #expect(result.score == 0)
        #expect(result.scoreMin == 0)
        #expect(result.scoreMax == 100)
        #expect(!result.passed && result.passedAtMax && !result.passedAtMin)
        #expect(result.grade == nil)
        for i in result.indicators {
            #expect(i.score == 0)
            #expect(i.explanation == .nothingDecided)
        }
        let (all, _) = Fixture.evaluate("subject:\n  id: s\n  kind: hall\n", extra: [("c.yaml", ScoringTests.scorecard)])
        let card = try #require(all?.scorecards.first)
        #expect((card.score, card.scoreMin, card.scoreMax) == (0, 0, 100))
    }

    @Test func aCompleteSubjectHasOneNumber() throws {
        let result = try card("""
          parts:
            ramp: [{id: ok, clear_width: 1.2 m}, {id: narrow, clear_width: 0.9 m}]
        """, [("m.yaml", Self.methods)])
        #expect(result.isComplete)
        #expect(!result.isRange)
        for i in result.indicators { #expect(i.scoreMin == i.score && i.score == i.scoreMax) }
        #expect(try indicator(result, "share").score == 15)
        #expect(try indicator(result, "deduct").score == 25)
    }

    static func weighted(_ weights: String) -> String {
        """
        scorecard:
          id: W
          subject: hall
          \(weights)
          indicators:
            - {id: share, points: 30, scoring: share, includes: ["T-1:3.4.2", "T-1:3.15.2"]}
            - {id: deduct, points: 30, scoring: deduct, per_failure: 10, includes: ["T-1:3.4.2", "T-1:3.15.2"]}
            - {id: may, points: 10, scoring: share, includes: ["T-1:3.15.2"]}
        """
    }

    static let wideRampHighCounter = """
      parts:
        ramp: [{id: ok, clear_width: 1.2 m}]
        counter: [{id: high, height: 900 mm}]
    """

    @Test func aRecommendationWeighsHalfByDefault() throws {
        let result = try card(Self.wideRampHighCounter, [("w.yaml", Self.weighted(""))])
        // The counter rule is `should` (宜): weight 0.5. share: 30 × 1 / 1.5; deduct: 30 − 10 × 0.5.
        #expect(try indicator(result, "share").score == 20)
        #expect(try indicator(result, "deduct").score == 25)
    }

    @Test func declaredWeightsReplaceTheDefault() throws {
        let result = try card(Self.wideRampHighCounter, [("w.yaml", Self.weighted("weights: {should: 1}"))])
        #expect(try indicator(result, "share").score == 15)
        #expect(try indicator(result, "deduct").score == 20)
        let none = try card(Self.wideRampHighCounter, [("w.yaml", Self.weighted("weights: {should: 0}"))])
        #expect(try indicator(none, "share").score == 30)
        let weightless = try indicator(none, "may")
        #expect(!weightless.applicable)
        #expect(weightless.failed == 1)
        #expect(weightless.explanation == .onlyWeightlessChecks)
    }

    @Test func aNegativeWeightIsAPositionedError() {
        let result = Fixture.load([("w.yaml", Self.weighted("weights: {should: -1, musst: 1}"))])
        #expect(result.diagnostics.contains { $0.location.file == "w.yaml" && $0.location.line == 4 && $0.severity == .error })
        #expect(result.diagnostics.contains { $0.id == "catalog.unknown-key" && $0.suggestion == "must" })
        let huge = Fixture.load([("w.yaml", Self.weighted("weights: {must: 1e300}"))])
        #expect(huge.diagnostics.contains { $0.id == "scorecard.bad-weight" && $0.message == "a weight is at most 100, found 1e+300 for 'must'" })
    }

    static let presence = """
    scorecard:
      id: P
      subject: hall
      indicators:
        - id: counters
          points: 10
          scoring: share
          includes: ["T-1:3.15.2"]
          requires:
            - check: count(parts.counter) >= 1
              message: {zh: 未设低位服务台, en: no low counter is provided}
              examples:
                pass: [{parts: {counter: [{id: a}]}}]
                fail: [{parts: {counter: []}}]
    """

    @Test func aMissingFacilityIsAFailureThatSaysWhatIsMissing() throws {
        let (result, diagnostics) = Fixture.evaluate("subject:\n  id: s\n  kind: hall\n  parts: {counter: []}\n", extra: [("p.yaml", Self.presence)])
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let finding = try #require(result?.finding("P:counters#requires-1"))
        #expect(finding.outcome == .failed)
        #expect(finding.message?.zh == "未设低位服务台")
        #expect(finding.message?.en == "no low counter is provided")
        let counters = try #require(result?.scorecards.first?.indicators.first)
        #expect(counters.applicable)
        #expect(counters.score == 0)
        #expect(counters.failedChecks == ["P:counters#requires-1"])
    }

    @Test func aMissingFacilityEarnsNothingEvenWhereOtherChecksPass() throws {
        let deduct = Self.presence.replacingOccurrences(of: "scoring: share", with: "scoring: deduct\n      per_failure: 1")
        let withoutLow = "subject:\n  id: s\n  kind: hall\n  parts: {counter: [{id: c, height: 800 mm}]}\n"
        let low = deduct.replacingOccurrences(of: "count(parts.counter) >= 1", with: "count(parts.counter where height <= 750 mm) >= 1")
        let (result, _) = Fixture.evaluate(withoutLow, extra: [("p.yaml", low)])
        let counters = try #require(result?.scorecards.first?.indicators.first)
        #expect(counters.passed == 1 && counters.failed == 1)
        #expect((counters.scoreMin, counters.score, counters.scoreMax) == (0, 0, 0))
        #expect(counters.explanation == .facilityMissing)
        // Unknown presence: whatever the other checks earn, the facility may be missing, so the floor is 0.
        let (unknown, _) = Fixture.evaluate("subject:\n  id: s\n  kind: hall\n  parts: {counter: [{id: c}]}\n", extra: [("p.yaml", low)])
        let undecided = try #require(unknown?.scorecards.first?.indicators.first)
        #expect((undecided.scoreMin, undecided.score, undecided.scoreMax) == (0, 0, 10))
    }

    @Test func anUnknownPresenceIsUndecidedNeverInapplicableNorAPass() throws {
        let (result, _) = Fixture.evaluate("subject:\n  id: s\n  kind: hall\n", extra: [("p.yaml", Self.presence)])
        let counters = try #require(result?.scorecards.first?.indicators.first)
        #expect(result?.finding("P:counters#requires-1")?.outcome == .cantTell)
        #expect(counters.applicable)
        #expect(counters.undecidedChecks.contains("P:counters#requires-1"))
        #expect(counters.score == 0)
        let (present, _) = Fixture.evaluate("subject:\n  id: s\n  kind: hall\n  parts: {counter: [{id: c, height: 800 mm}]}\n",
                                            extra: [("p.yaml", Self.presence)])
        #expect(present?.scorecards.first?.indicators.first?.score == 10)
    }

    @Test func presenceExamplesRunAsRuleTests() {
        let result = Fixture.load([("p.yaml", Self.presence)])
        let tests = RuleTests.run(result.catalog, files: ["p.yaml"])
        #expect(tests.count == 2)
        #expect(tests.allSatisfy { $0.passed })
    }

    @Test func aPresenceMessageNeedsBothLanguages() {
        let text = Self.presence.replacingOccurrences(of: "{zh: 未设低位服务台, en: no low counter is provided}", with: "{en: no low counter}")
        #expect(Fixture.load([("p.yaml", text)]).diagnostics.contains { $0.id == "scorecard.requirement-message" })
    }

    static let linked = """
    standard:
      id: L-1
      title: {en: Linked}
      vocabulary: hall
      clauses:
        - clause: "1"
          obligation: must
          mandatory: true
          rules:
            - id: wide
              for: ramp
              check: clear_width >= 1.0 m
              same_as: ["T-1:3.4.2#width"]
              examples: {pass: [{clear_width: 1.2 m}], fail: [{clear_width: 0.9 m}]}
    """

    static func linkedCard(_ includes: String) -> String {
        """
        scorecard:
          id: D
          subject: hall
          indicators:
            - {id: route, points: 10, scoring: deduct, per_failure: 2, includes: [\(includes)]}
        """
    }

    @Test func oneDefectIsDeductedOnceUnderTheGoverningRule() throws {
        let (result, diagnostics) = Fixture.evaluate("subject:\n  id: s\n  kind: hall\n  parts: {ramp: [{id: gate, clear_width: 0.9 m}]}\n",
                                                     extra: [("l.yaml", Self.linked), ("d.yaml", Self.linkedCard("\"T-1:3.4.2\", \"L-1:1\""))])
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let governing = try #require(result?.finding("L-1:1#wide", "gate"))
        let other = try #require(result?.finding("T-1:3.4.2#width", "gate"))
        #expect(other.corroborates == "L-1:1#wide")
        #expect(governing.corroboratedBy == ["T-1:3.4.2#width"])
        #expect(other.outcome == .failed)
        let route = try #require(result?.scorecards.first?.indicators.first)
        #expect(route.failed == 1)
        #expect(route.score == 8)
        #expect(route.corroborating == [Corroboration(rule: "T-1:3.4.2#width", instance: "gate", governing: "L-1:1#wide")])
    }

    @Test func aCorroboratingFindingCountsWhenItsGoverningOneIsNotScored() throws {
        let (result, _) = Fixture.evaluate("subject:\n  id: s\n  kind: hall\n  parts: {ramp: [{id: gate, clear_width: 0.9 m}, {id: b, clear_width: 0.95 m}]}\n",
                                           extra: [("l.yaml", Self.linked), ("d.yaml", Self.linkedCard("\"T-1:3.4.2\""))])
        let route = try #require(result?.scorecards.first?.indicators.first)
        #expect(route.failed == 2)
        #expect(route.score == 6)
        #expect(route.corroborating.isEmpty)
    }
}
