import Testing
import A11yRules

/// QY2022-hall on the shipped catalogs: no points without evidence, presence, one defect one deduction.
@Suite("QY2022-hall scores honestly")
struct ShippedScoringTests {
    func evaluate(_ subject: String) throws -> SubjectResult {
        let shipped = Repository.standards
        let loaded = CatalogLoader.load([SourceFile(path: "s.yaml", text: subject)] + shipped.files.values.sorted { $0.path < $1.path })
        #expect(!loaded.hasErrors, "\(loaded.diagnostics.filter { $0.severity == .error })")
        let first = try #require(loaded.subjects.first)
        return Evaluator(catalog: loaded.catalog).evaluate(first, scorecards: ["QY2022-hall"])
    }

    @Test func aHallWithNothingSurveyedScoresZeroWithTheRangeZeroToHundred() throws {
        let card = try #require(try evaluate("subject:\n  id: bare\n  kind: facility\n").scorecards.first)
        #expect((card.score, card.scoreMin, card.scoreMax) == (0, 0, 100))
        #expect(!card.passed && !card.passedAtMin && card.passedAtMax)
        #expect(card.indicators.filter(\.applicable).allSatisfy { $0.score == 0 })
    }

    static let gateHall = """
    subject:
      id: gate-hall
      kind: facility
      facts: {floors: 2}
      parts:
        gate: [{id: lane-1, has_wheelchair_lane: true, wheelchair_lane_width: 899 mm}]
        tactile_paving: []
        elevator: []
    """

    @Test func oneNarrowGateLaneIsDeductedOnce() throws {
        let result = try evaluate(Self.gateHall)
        let route = try #require(result.scorecards.first?.indicators.first { $0.id == "2.1.1-route" })
        #expect(route.failedChecks == ["GB55019-2021:2.2.3#wheelchair-lane"])
        let onLane = route.corroborating.filter { $0.instance == "lane-1" }.map(\.rule)
        #expect(onLane == ["GB50763-2012:3.5.1-3#wheelchair-lane", "GB55019-2021:2.4.3#lane", "GB55019-2021:2.4.3#lane-width"])
        #expect(result.finding("GB50763-2012:3.5.1-3#wheelchair-lane", "lane-1")?.outcome == .failed)
        #expect(result.finding("GB50763-2012:3.5.1-3#wheelchair-lane", "lane-1")?.corroborates == "GB55019-2021:2.2.3#wheelchair-lane")
    }

    @Test func missingFacilitiesTheHallMustProvideFailTheirIndicators() throws {
        let result = try evaluate(Self.gateHall)
        for id in ["2.1.1-tactile", "2.1.1-lift"] {
            let indicator = try #require(result.scorecards.first?.indicators.first { $0.id == id })
            #expect(indicator.applicable)
            #expect((indicator.scoreMin, indicator.score, indicator.scoreMax) == (0, 0, 0))
            #expect(indicator.failedChecks == ["QY2022-hall:\(id)#requires-1"])
        }
        #expect(result.finding("QY2022-hall:2.1.1-lift#requires-1")?.message?.zh == "多层大厅未设无障碍电梯")
    }
}
