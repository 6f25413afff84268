import Testing
import A11yRules

@Suite("Evaluator outcomes")
struct EvaluatorTests {
    func run(_ body: String) throws -> SubjectResult {
        let (result, diagnostics) = Fixture.evaluate("subject:\n  id: s\n  kind: hall\n  assessed: 2022-11-01\n" + body)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        return try #require(result)
    }

    @Test func passFailAndObservedExpected() throws {
        let result = try run("""
          parts:
            ramp:
              - {id: east, clear_width: 1.25 m, slope: 1:12, rise: 450 mm, handrails: both-sides}
              - {id: west, clear_width: 0.9 m, slope: 1:10, rise: 0.65 m, handrails: one-side}
        """)
        let east = try #require(result.finding("T-1:3.4.4#rise", "east"))
        #expect(east.outcome == .passed)
        let west = try #require(result.finding("T-1:3.4.4#rise", "west"))
        #expect(west.outcome == .failed)
        #expect(west.observed.map(\.name) == ["slope", "rise"])
        #expect(west.observed.map(\.value) == ["1:10", "0.65 m"])
        #expect(west.expected == "rise <= 0.6 m")
        #expect(west.severity == .error)
        #expect(west.location?.line == 8)
        let width = try #require(result.finding("T-1:3.4.2#width", "west"))
        #expect(width.message?.en == "width 0.9 m below clear_width >= 1.00 m")
    }

    @Test func whenMakesInapplicable() throws {
        let result = try run("""
          parts:
            ramp: [{id: flat, clear_width: 1.5 m, slope: 1:25, rise: 0.2 m}]
        """)
        #expect(result.finding("T-1:3.4.3#handrails", "flat")?.outcome == .inapplicable)
    }

    @Test func missingAttributesGiveCantTellNamingThem() throws {
        let result = try run("""
          parts:
            ramp: [{id: r, slope: 1:12}]
        """)
        let width = try #require(result.finding("T-1:3.4.2#width", "r"))
        #expect(width.outcome == .cantTell)
        #expect(width.missing == ["clear_width"])
        let handrails = try #require(result.finding("T-1:3.4.3#handrails", "r"))
        #expect(handrails.outcome == .cantTell)
        #expect(handrails.missing == ["rise"])
    }

    @Test func threeValuedLogicDecidesWhenItCan() throws {
        // rise unknown, slope 1:25: `rise > 300 mm and slope > 1:20` is false whatever rise is.
        let result = try run("""
          parts:
            ramp: [{id: r, slope: 1:25}]
        """)
        #expect(result.finding("T-1:3.4.3#handrails", "r")?.outcome == .inapplicable)
    }

    @Test func uncertaintyStraddlingTheThresholdIsCantTell() throws {
        let result = try run("""
          parts:
            ramp:
              - {id: close, clear_width: 0.99 m ± 0.02 m}
              - {id: clear, clear_width: {value: 1.10 m, accuracy: 0.02 m}}
        """)
        let close = try #require(result.finding("T-1:3.4.2#width", "close"))
        #expect(close.outcome == .cantTell)
        #expect(close.missing.isEmpty)
        #expect(close.reason?.en == "clear_width = 0.99 m ± 0.02 m straddles the limit >= 1.00 m: the measurement cannot decide")
        #expect(close.reason?.zh == "clear_width = 0.99 m ± 0.02 m 跨越限值 >= 1.00 m：测量误差内无法判定")
        #expect(result.finding("T-1:3.4.2#width", "clear")?.outcome == .passed)
    }

    @Test func tableOutsideItsRowsIsCantTellWithAReason() throws {
        let rules = """
        standard:
          id: T-2
          title: x
          vocabulary: hall
          tables:
            max-rise: {input: ratio, output: length, rows: [[1:20, 1.2 m], [1:8, 0.3 m]]}
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - {id: r, for: ramp, check: rise <= max-rise(slope)}
        """
        let (result, diagnostics) = Fixture.evaluate(
            "subject: {id: s, kind: hall, parts: {ramp: [{id: steep, slope: 1:6, rise: 0.1 m}]}}", extra: [("t2.yaml", rules)])
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let finding = try #require(result?.finding("T-2:1#r", "steep"))
        #expect(finding.outcome == .cantTell)
        #expect(finding.reason?.en == "1:6 is outside table 'max-rise' (1:20..1:8), or its uncertainty reaches past it")
    }

    @Test func interpolatedTableValue() throws {
        let result = try run("""
          parts:
            ramp: [{id: r, slope: 1:11, rise: 0.69 m}, {id: q, slope: 1:11, rise: 0.67 m}]
        """)
        // 1:11 lies between 1:12 (0.75 m) and 1:10 (0.60 m): about 0.682 m.
        #expect(result.finding("T-1:3.4.4#rise", "r")?.outcome == .failed)
        #expect(result.finding("T-1:3.4.4#rise", "q")?.outcome == .passed)
        #expect(result.finding("T-1:3.4.4#rise", "r")?.expected == "rise <= 0.681818 m")
    }

    @Test func partKindNotSurveyedVersusNone() throws {
        let notSurveyed = try run("  parts: {}\n")
        let finding = try #require(notSurveyed.finding("T-1:3.4.2#width"))
        #expect(finding.outcome == .cantTell)
        #expect(finding.missing == ["parts.ramp"])
        #expect(finding.instance == "s")
        let none = try run("  parts: {ramp: [], counter: []}\n")
        #expect(none.finding("T-1:3.4.2#width") == nil)
        #expect(none.clauses.first { $0.clause == "T-1:3.4.2" }?.verdict == .inapplicable)
    }

    @Test func subjectRuleWithFunctions() throws {
        let pass = try run("  facts: {parking_spaces: 120, accessible_parking_spaces: 2}\n")
        #expect(pass.finding("T-1:8.1.2#count")?.outcome == .passed)
        #expect(pass.finding("T-1:8.1.2#count")?.instance == "s")
        #expect(pass.finding("T-1:8.1.2#count")?.part == nil)
        let exact = try run("  facts: {parking_spaces: 300, accessible_parking_spaces: 3}\n")
        #expect(exact.finding("T-1:8.1.2#count")?.outcome == .passed)
        let fail = try run("  facts: {parking_spaces: 301, accessible_parking_spaces: 3}\n")
        #expect(fail.finding("T-1:8.1.2#count")?.outcome == .failed)
        let small = try run("  facts: {parking_spaces: 40, accessible_parking_spaces: 0}\n")
        #expect(small.finding("T-1:8.1.2#count")?.outcome == .failed)
    }

    @Test func manualItemsAreUntestedUntilAnswered() throws {
        let open = try run("  parts: {}\n")
        #expect(open.finding("T-1:3.16.1")?.outcome == .untested)
        #expect(open.clauses.first { $0.clause == "T-1:3.16.1" }?.verdict == .untested)
        let answered = try run("""
          answers:
            "T-1:3.16.1": {outcome: failed, note: "sign behind a pillar", by: 王工}
        """)
        let finding = try #require(answered.finding("T-1:3.16.1"))
        #expect(finding.outcome == .failed)
        #expect(finding.isAnswered)
        #expect(finding.reason?.en == "sign behind a pillar")
        #expect(finding.answer?.by == "王工")
    }

    @Test func answerToARuleReplacesItsOutcome() throws {
        let result = try run("""
          parts:
            ramp: [{id: a, slope: 1:12}, {id: b, slope: 1:12}]
          answers:
            "T-1:3.4.2#width": {outcome: passed, instance: a, note: measured by tape on site}
        """)
        #expect(result.finding("T-1:3.4.2#width", "a")?.outcome == .passed)
        #expect(result.finding("T-1:3.4.2#width", "a")?.isAnswered == true)
        #expect(result.finding("T-1:3.4.2#width", "b")?.outcome == .cantTell)
    }

    @Test func waiversAreCarriedAndExpire() throws {
        let active = try run("""
          parts:
            ramp: [{id: r, clear_width: 0.9 m}]
          waivers:
            "T-1:3.4.2#width": {reason: heritage entrance, until: 2023-12-31}
        """)
        let finding = try #require(active.finding("T-1:3.4.2#width", "r"))
        #expect(finding.outcome == .failed)
        #expect(finding.waiver?.isExpired == false)
        let expired = try run("""
          parts:
            ramp: [{id: r, clear_width: 0.9 m}]
          waivers:
            "T-1:3.4.2": {reason: heritage entrance, until: 2022-06-30}
        """)
        #expect(expired.finding("T-1:3.4.2#width", "r")?.waiver?.isExpired == true)
        let one = try run("""
          parts:
            ramp: [{id: r, clear_width: 0.9 m}, {id: q, clear_width: 0.8 m}]
          waivers:
            "T-1:3.4.2#width": {reason: heritage entrance, instance: q}
        """)
        #expect(one.finding("T-1:3.4.2#width", "r")?.waiver == nil)
        #expect(one.finding("T-1:3.4.2#width", "q")?.waiver != nil)
    }

    @Test func clauseVerdicts() {
        #expect(ClauseVerdict.verdict(of: [.passed, .failed, .cantTell]) == .failed)
        #expect(ClauseVerdict.verdict(of: [.passed, .inapplicable]) == .passed)
        #expect(ClauseVerdict.verdict(of: [.passed, .cantTell]) == .cantTell)
        #expect(ClauseVerdict.verdict(of: [.inapplicable, .inapplicable]) == .inapplicable)
        #expect(ClauseVerdict.verdict(of: [.untested]) == .untested)
        #expect(ClauseVerdict.verdict(of: []) == .inapplicable)
    }

    @Test func aggregatesWithUnknownsStillDecideWhenTheyCan() throws {
        let rules = """
        standard:
          id: T-3
          title: x
          vocabulary: hall
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - {id: some-wide, for: subject, check: count(parts.door where clear_width >= 900 mm) >= 1}
                - {id: all-wide, for: subject, check: "all(parts.door, clear_width >= 800 mm)"}
                - {id: narrowest, for: subject, check: "min(parts.door, clear_width) >= 800 mm"}
        """
        let subject = "subject: {id: s, kind: hall, parts: {door: [{id: a, clear_width: 950 mm}, {id: b}, {id: c, clear_width: 700 mm}]}}"
        let (result, diagnostics) = Fixture.evaluate(subject, extra: [("t3.yaml", rules)])
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(result?.finding("T-3:1#some-wide")?.outcome == .passed)
        #expect(result?.finding("T-3:1#all-wide")?.outcome == .failed)
        #expect(result?.finding("T-3:1#narrowest")?.outcome == .cantTell)
        #expect(result?.finding("T-3:1#narrowest")?.missing == ["door.clear_width"])
    }
}

@Suite("Unsurveyed part kinds")
struct UnsurveyedPartTests {
    @Test func aFactOnlyConditionThatIsFalseMakesTheRuleInapplicable() throws {
        let rules = """
        standard:
          id: T-4
          title: x
          vocabulary: hall
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - {id: doors, for: door, when: subject.has_green_channel_window, check: clear_width >= 800 mm}
        """
        let off = "subject: {id: a, kind: hall, facts: {has_green_channel_window: false}, parts: {}}"
        let on = "subject: {id: b, kind: hall, facts: {has_green_channel_window: true}, parts: {}}"
        let load = Fixture.load([("t4.yaml", rules), ("a.yaml", off), ("b.yaml", on)])
        #expect(!load.hasErrors, "\(load.diagnostics)")
        let evaluator = Evaluator(catalog: load.catalog)
        #expect(evaluator.evaluate(load.subjects[0]).finding("T-4:1#doors")?.outcome == .inapplicable)
        #expect(evaluator.evaluate(load.subjects[1]).finding("T-4:1#doors")?.outcome == .cantTell)
        let reference = evaluator.referenceOutcomes(of: load.subjects, kind: "hall")
        ColumnarEquivalenceTests.assertSame(reference, evaluator.outcomes(of: load.subjects, kind: "hall", parallel: false))
    }
}
