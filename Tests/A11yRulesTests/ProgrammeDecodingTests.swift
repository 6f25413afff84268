import Testing
import A11yRules

@Suite("Programme documents")
struct ProgrammeDecodingTests {
    func rendered(_ programme: String) -> String {
        let result = Fixture.load([("card.yaml", ProgrammeFixture.scorecard), ("p.yaml", programme)])
        return DiagnosticRenderer(files: result.files).render(result.diagnostics.filter { $0.location.file == "p.yaml" })
    }

    @Test func theFixtureDecodes() throws {
        let result = ProgrammeFixture.load()
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(files: result.files).render(result.diagnostics))")
        let programme = try #require(result.catalog.programme("P"))
        #expect(programme.divisions.map(\.id) == ["north", "south"])
        #expect(programme.divisions[0].subjects.map(\.id) == ["north-hall", "north-annex"])
        #expect(programme.reports.map(\.date.description) == ["2022-08-28", "2022-09-28"])
        #expect(programme.reports[1].title.en == "second")
        #expect(programme.phases.first?.from?.description == "2022-08-20")
        #expect(programme.itemIndex(scorecard: "CARD", indicator: "green") == 1)
        #expect(programme.reportIndex(for: Day("2022-08-28")!) == 0)
        #expect(programme.reportIndex(for: Day("2022-08-29")!) == 1)
        #expect(programme.reportIndex(for: Day("2022-10-01")!) == nil)
    }

    @Test func unknownScorecardIsPositionedWithASuggestion() {
        let text = """
        programme:
          id: Q
          scorecards: [CARDS]
          reports: [2022-08-28]
          items: []
          divisions: []
        """
        #expect(rendered(text) == """
        p.yaml:3:16: error: unknown scorecard 'CARDS' (no scorecard with that id is loaded) (did you mean 'CARD'?)
          scorecards: [CARDS]
                       ^~~~~
        p.yaml:6:14: error: a programme needs at least one division
          divisions: []
                     ^

        """)
    }

    @Test func badDatesPatternsAndSubjectsAreEachReported() {
        let text = """
        programme:
          id: Q
          scorecards: [CARD]
          reports: [2022-09-28, 2022-08-28, 2022-13-01]
          phases:
            - {id: late, from: 2022-10-01, to: 2022-09-01}
          items:
            - {id: A, indicators: ["CARD:ramp"]}
            - {id: B, indicators: ["CARD:*"]}
            - {id: C, indicators: ["CARD:green"]}
          divisions:
            - id: north
              subjects: [{id: h, scorecard: CARD}, {id: h, scorecard: CARD}, {id: k, scorecard: OTHER}]
              colour: blue
        """
        #expect(rendered(text) == """
        p.yaml:4:25: error: reporting date 2022-08-28 is not after the one before it (2022-09-28); list reporting dates in date order, each once
          reports: [2022-09-28, 2022-08-28, 2022-13-01]
                                ^~~~~~~~~~
        p.yaml:4:37: error: expected a reporting date as a date YYYY-MM-DD, found '2022-13-01'
          reports: [2022-09-28, 2022-08-28, 2022-13-01]
                                            ^~~~~~~~~~
        p.yaml:6:40: error: phase 'late' ends (2022-09-01) before it starts (2022-10-01)
            - {id: late, from: 2022-10-01, to: 2022-09-01}
                                               ^
        p.yaml:8:28: error: 'CARD:ramp' matches no indicator of the programme's scorecards (write SCORECARD:INDICATOR, * for any run of characters) (did you mean 'CARD:ramps'?)
            - {id: A, indicators: ["CARD:ramp"]}
                                   ^~~~~~~~~~~
        p.yaml:10:28: error: indicator 'CARD:green' is already in item B; an indicator belongs to one item
            - {id: C, indicators: ["CARD:green"]}
                                   ^~~~~~~~~~~~
        p.yaml:9:28: note: taken by this pattern
        p.yaml:13:44: error: subject 'h' is expected twice (each subject belongs to one division)
              subjects: [{id: h, scorecard: CARD}, {id: h, scorecard: CARD}, {id: k, scorecard: OTHER}]
                                                   ^
        p.yaml:13:18: note: first expected here
        p.yaml:13:89: error: scorecard 'OTHER' is not one of the programme's scorecards (CARD)
              subjects: [{id: h, scorecard: CARD}, {id: h, scorecard: CARD}, {id: k, scorecard: OTHER}]
                                                                                                ^~~~~
        p.yaml:14:7: error: unknown key 'colour' in a division (expected id, name, region, subjects)
              colour: blue
              ^~~~~~

        """)
    }

    @Test func missingRequiredKeysAndUnplacedIndicators() {
        let text = """
        programme:
          id: Q
          scorecards: CARD
          items:
            - {id: A, indicators: "CARD:ramps"}
          divisions:
            - {id: north, subjects: []}
        """
        let output = rendered(text)
        #expect(output.contains("p.yaml:2:3: error: a programme needs 'reports'"))
        #expect(output.contains("p.yaml:5:5: warning: indicator 'CARD:green' belongs to no plan item; the rollup shows it under indicators only"))
    }

    @Test func theSameSubjectOnTwoDatesIsAHistoryOnOneDateADuplicate() {
        func hall(_ date: String, _ file: String) -> (String, String) {
            (file, "subject:\n  id: h\n  kind: hall\n  assessed: \(date)\n  facts: {has_green_channel_window: true}\n")
        }
        let history = Fixture.load([hall("2022-08-20", "a.yaml"), hall("2022-09-20", "b.yaml")])
        #expect(history.diagnostics.isEmpty)
        #expect(history.subjects.map { $0.assessed?.description } == ["2022-08-20", "2022-09-20"])
        let duplicate = Fixture.load([hall("2022-08-20", "a.yaml"), hall("2022-08-20", "b.yaml")])
        #expect(duplicate.diagnostics.map(\.message) == ["subject 'h' assessed on 2022-08-20 is given twice"])
        #expect(duplicate.diagnostics.first?.location.file == "b.yaml")
    }
}
