import Testing
import A11yRules

@Suite("Scoring")
struct ScoringTests {
    static let scorecard = """
    scorecard:
      id: CARD
      title: {zh: 测试验收, en: Test acceptance}
      subject: hall
      pass_mark: 60
      grades: [{min: 90, zh: 优秀, en: excellent}, {min: 60, zh: 合格, en: pass}]
      indicators:
        - id: ramps
          points: 40
          scoring: share
          includes: ["T-1:3.4.*"]
        - id: counters
          points: 20
          scoring: all
          includes: ["T-1:3.15.2"]
        - id: parking
          points: 20
          scoring: deduct
          per_failure: 5
          includes: ["T-1:8.1.2#count"]
        - id: green
          points: 20
          scoring: all
          veto: true
          rules:
            - id: green-channel
              for: subject
              check: has_green_channel_window
              examples:
                pass: [{has_green_channel_window: true}]
                fail: [{has_green_channel_window: false}]
    """

    func score(_ body: String, extra: [(String, String)] = []) throws -> ScorecardResult {
        let (result, diagnostics) = Fixture.evaluate(
            "subject:\n  id: s\n  kind: hall\n  assessed: 2022-11-01\n" + body, extra: [("card.yaml", Self.scorecard)] + extra)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        return try #require(result?.scorecards.first)
    }

    static let allGood = """
      facts: {parking_spaces: 50, accessible_parking_spaces: 1, has_green_channel_window: true}
      parts:
        ramp: [{id: r, clear_width: 1.3 m, slope: 1:12, rise: 0.5 m, handrails: both-sides}]
        counter: [{id: c, height: 800 mm}]
    """

    @Test func fullMarks() throws {
        let result = try score(Self.allGood)
        #expect(result.score == 100)
        #expect(result.passed)
        #expect(result.isComplete)
        #expect(result.grade?.en == "excellent")
        #expect(!result.vetoed)
    }

    @Test func shareAllAndDeduct() throws {
        let result = try score("""
          facts: {parking_spaces: 120, accessible_parking_spaces: 1, has_green_channel_window: true}
          parts:
            ramp: [{id: r, clear_width: 0.9 m, slope: 1:12, rise: 0.5 m, handrails: both-sides}]
            counter: [{id: c, height: 900 mm}]
        """)
        let byID = Dictionary(uniqueKeysWithValues: result.indicators.map { ($0.id, $0) })
        // ramps: width failed, handrails and rise passed: 40 × 2/3.
        #expect(byID["ramps"]?.score == 26.67)
        #expect(byID["counters"]?.score == 0)
        #expect(byID["parking"]?.score == 15)
        #expect(byID["green"]?.score == 20)
        // (26.67 + 0 + 15 + 20) / 100
        #expect(result.score == 61.67)
        #expect(result.passed)
        #expect(result.grade?.en == "pass")
    }

    @Test func vetoFailsTheWholeScorecard() throws {
        let result = try score(Self.allGood.replacingOccurrences(of: "has_green_channel_window: true", with: "has_green_channel_window: false"))
        #expect(result.vetoed)
        #expect(!result.passed)
        #expect(result.grade == nil)
        #expect(result.score == 80)
    }

    @Test func nothingApplicableIsLeftOutAndRescaled() throws {
        let result = try score("""
          facts: {parking_spaces: 50, accessible_parking_spaces: 1, has_green_channel_window: true}
          parts: {ramp: [], counter: [{id: c, height: 900 mm}]}
        """)
        let ramps = try #require(result.indicators.first { $0.id == "ramps" })
        #expect(!ramps.applicable)
        // counters 0/20, parking 20/20, green 20/20 over 60 possible.
        #expect(result.score == 66.67)
    }

    @Test func activeWaiversAreLeftOutExpiredOnesCount() throws {
        let failingCounter = Self.allGood.replacingOccurrences(of: "height: 800 mm", with: "height: 900 mm")
        let waived = try score(failingCounter + """

          waivers:
            "T-1:3.15.2#height": {reason: "counter replaced in 2023", until: 2023-06-30}
        """)
        let counters = try #require(waived.indicators.first { $0.id == "counters" })
        #expect(counters.waived == 1)
        #expect(!counters.applicable)
        #expect(waived.score == 100)
        let expired = try score(failingCounter + """

          waivers:
            "T-1:3.15.2#height": {reason: "counter replaced in 2022", until: 2022-06-30}
        """)
        #expect(expired.indicators.first { $0.id == "counters" }?.score == 0)
        #expect(expired.score == 80)
    }

    @Test func missingDataMakesTheResultIncompleteAndNotPassed() throws {
        let result = try score("""
          facts: {parking_spaces: 50, accessible_parking_spaces: 1, has_green_channel_window: true}
          parts:
            ramp: [{id: r, clear_width: 1.3 m, slope: 1:12, handrails: both-sides}]
            counter: [{id: c, height: 800 mm}]
        """)
        #expect(!result.isComplete)
        #expect(!result.passed)
        let ramps = try #require(result.indicators.first { $0.id == "ramps" })
        // rise unknown: the handrail rule (rise > 300 mm and slope > 1:20) and the rise rule cannot tell.
        #expect(ramps.undecided == 2)
        #expect(ramps.passed == 1)
        // Points only from evidence: 1 pass of 3 counted checks earns a third of the share, and the
        // undecided two leave the range 13.33–40 open.
        #expect(ramps.score == 13.33)
        #expect(ramps.scoreMin == 13.33)
        #expect(ramps.scoreMax == 40)
        #expect(ramps.undecidedChecks == ["T-1:3.4.3#handrails", "T-1:3.4.4#rise"])
        #expect(result.scoreMin <= result.score && result.score < result.scoreMax)
        #expect(result.scoreMax == 100)
        // Even with both undecided checks failed, 73.33 clears the pass mark: it will pass once decided.
        #expect(result.scoreMin == 73.33)
        #expect(result.passedAtMin && result.passedAtMax)
    }

    @Test func derivedScorecardPatchesDropsAndAdds() throws {
        let city = """
        scorecard:
          id: CITY
          extends: CARD
          pass_mark: 70
          drop: [parking]
          indicators:
            - {id: ramps, points: 60}
            - id: signs
              points: 10
              scoring: all
              includes: ["T-1:3.16.1"]
        """
        let load = Fixture.load([("card.yaml", Self.scorecard), ("city.yaml", city)])
        #expect(!load.hasErrors, "\(load.diagnostics)")
        let card = try #require(load.catalog.scorecard("CITY"))
        #expect(card.indicators.map(\.id) == ["ramps", "counters", "green", "signs"])
        #expect(card.indicators[0].points == 60)
        #expect(card.indicators[0].includes == ["T-1:3.4.*"])
        #expect(card.passMark == 70)
        #expect(card.indicators[2].rules.first?.fullID == "CITY:green#green-channel")
    }
}

@Suite("Scoring details")
struct ScoringDetailTests {
    @Test func totalsUseUnroundedIndicatorScores() {
        let location = SourceLocation(file: "x", line: 1, column: 1)
        let card = Scorecard(id: "S", subjectKind: "hall", indicators: [
            Indicator(id: "a", points: 40, scoring: .share, includes: ["X:1"], location: location),
            Indicator(id: "b", points: 40, scoring: .share, includes: ["X:2"], location: location),
        ], location: location)
        func finding(_ clause: String, _ outcome: Outcome) -> Finding {
            Finding(rule: "\(clause)#r", clause: clause, part: nil, instance: "s", outcome: outcome, severity: .error)
        }
        // a: 1 of 3 passed → 13.333…; b: all passed → 40. (13.333… + 40) / 80 = 66.67, not 66.66.
        let result = Scorer.score(card, findings: [
            finding("X:1", .passed), finding("X:1", .failed), finding("X:1", .failed), finding("X:2", .passed),
        ])
        #expect(result.indicators[0].score == 13.33)
        #expect(result.score == 66.67)
    }

    @Test func inapplicableDeductIndicatorScoresZeroAndIsLeftOut() {
        let location = SourceLocation(file: "x", line: 1, column: 1)
        let card = Scorecard(id: "S", subjectKind: "hall", indicators: [
            Indicator(id: "a", points: 40, scoring: .deduct(perFailure: 5), includes: ["X:1"], location: location),
            Indicator(id: "b", points: 60, scoring: .all, includes: ["X:2"], location: location),
        ], location: location)
        let result = Scorer.score(card, findings: [
            Finding(rule: "X:1#r", clause: "X:1", part: nil, instance: "s", outcome: .inapplicable, severity: .error),
            Finding(rule: "X:2#r", clause: "X:2", part: nil, instance: "s", outcome: .passed, severity: .error),
        ])
        #expect(result.indicators[0].applicable == false)
        #expect(result.indicators[0].score == 0)
        #expect(result.score == 100)
    }
}

@Suite("Scorecards for a base vocabulary")
struct BaseVocabularyScorecardTests {
    @Test func aScorecardForABaseKindScoresSubjectsOfDerivedKinds() throws {
        let base = "vocabulary: {id: building, facts: {has_green_channel_window: {type: bool}}}"
        let derived = "vocabulary: {id: annex, extends: building, facts: {floors: {type: count}}}"
        let card = """
        scorecard:
          id: B
          subject: building
          indicators:
            - id: green
              points: 10
              scoring: all
              rules:
                - {id: g, for: subject, check: has_green_channel_window, examples: {pass: [{has_green_channel_window: true}], fail: [{has_green_channel_window: false}]}}
        """
        let subject = "subject: {id: a, kind: annex, facts: {has_green_channel_window: true, floors: 2}}"
        let load = CatalogLoader.load([("b.yaml", base), ("d.yaml", derived), ("c.yaml", card), ("s.yaml", subject)].map { SourceFile(path: $0.0, text: $0.1) })
        #expect(!load.hasErrors, "\(load.diagnostics)")
        let result = Evaluator(catalog: load.catalog).evaluate(try #require(load.subjects.first))
        #expect(result.scorecards.map(\.id) == ["B"])
        #expect(result.scorecards.first?.score == 100)
        #expect(result.findings.first { $0.rule == "B:green#g" }?.outcome == .passed)
    }
}

@Suite("Superseded clauses in scoring")
struct SupersededScoringTests {
    @Test func theCurrentCodeGovernsWhenItWasEvaluated() {
        let location = SourceLocation(file: "x", line: 1, column: 1)
        let card = Scorecard(id: "S", subjectKind: "hall", indicators: [
            Indicator(id: "lift", points: 10, scoring: .share, includes: ["OLD:1", "NEW:1"], location: location),
        ], location: location)
        // The old code fails a call button the current code accepts.
        let old = Finding(rule: "OLD:1#h", clause: "OLD:1", part: "elevator", instance: "e", outcome: .failed, severity: .error,
                          supersededBy: ["NEW:1"])
        let new = Finding(rule: "NEW:1#h", clause: "NEW:1", part: "elevator", instance: "e", outcome: .passed, severity: .error)
        #expect(Scorer.score(card, findings: [old, new]).score == 100)
        // Without an evaluation of the current clause, the old one still counts.
        #expect(Scorer.score(card, findings: [old]).score == 0)
    }
}

@Suite("Indicator conditions")
struct IndicatorConditionTests {
    static let card = """
    scorecard:
      id: COND
      subject: hall
      indicators:
        - {id: ramps, points: 50, scoring: share, includes: ["T-1:3.4.2"], when: "count(parts.ramp) >= 1 and has_green_channel_window"}
        - {id: counters, points: 50, scoring: share, includes: ["T-1:3.15.2"]}
    """

    func score(_ facts: String) throws -> ScorecardResult {
        let subject = "subject: {id: s, kind: hall, facts: {\(facts)}, parts: {ramp: [{id: r, clear_width: 0.9 m}], counter: [{id: c, height: 800 mm}]}}"
        let load = Fixture.load([("cond.yaml", Self.card), ("s.yaml", subject)])
        #expect(!load.hasErrors, "\(load.diagnostics)")
        let subjectValue = try #require(load.subjects.first)
        return try #require(Evaluator(catalog: load.catalog).evaluate(subjectValue).scorecards.first)
    }

    @Test func falseConditionLeavesTheIndicatorOut() throws {
        let result = try score("has_green_channel_window: false")
        #expect(result.indicators[0].applicable == false)
        #expect(result.score == 100)
        #expect(result.isComplete)
    }

    @Test func trueConditionCountsIt() throws {
        let result = try score("has_green_channel_window: true")
        #expect(result.indicators[0].applicable)
        #expect(result.score == 50)
    }

    @Test func unknownConditionMakesTheResultIncomplete() throws {
        let result = try score("")
        #expect(result.indicators[0].undecided == 1)
        #expect(!result.isComplete)
        #expect(!result.passed)
    }

    @Test func conditionsAreTypeChecked() {
        let bad = Self.card.replacingOccurrences(of: "and has_green_channel_window", with: "and has_green_chanel_window")
        let load = Fixture.load([("cond.yaml", bad)])
        #expect(load.diagnostics.contains { $0.id == "expression.unknown-name" && $0.suggestion == "has_green_channel_window" })
    }
}
