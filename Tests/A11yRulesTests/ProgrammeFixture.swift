import A11yRules

/// A scorecard and a programme over the test fixture's `hall` vocabulary.
enum ProgrammeFixture {
    static let scorecard = """
    scorecard:
      id: CARD
      subject: hall
      pass_mark: 60
      indicators:
        - id: ramps
          title: {zh: 坡道, en: Ramps}
          points: 60
          scoring: share
          includes: ["T-1:3.4.*"]
        - id: green
          title: {zh: 绿色通道, en: Green channel}
          points: 40
          scoring: all
          rules:
            - id: window
              for: subject
              check: subject.has_green_channel_window
              examples:
                pass: [{has_green_channel_window: true}]
                fail: [{has_green_channel_window: false}]
    """

    static let programme = """
    programme:
      id: P
      title: {zh: 测试方案, en: Test programme}
      scorecards: [CARD]
      reports: [2022-08-28, {date: 2022-09-28, title: {zh: 第二次, en: second}}]
      phases:
        - {id: retrofit, from: 2022-08-20, to: 2022-09-30}
      items:
        - {id: "A1", title: {zh: 设施, en: Facilities}, indicators: ["CARD:ramps"]}
        - {id: "A2", indicators: ["CARD:green"]}
      divisions:
        - id: north
          name: {zh: 北区, en: North}
          subjects: [{id: north-hall, scorecard: CARD}, {id: north-annex, scorecard: CARD}]
        - id: south
          subjects: [{id: south-hall, scorecard: CARD}]
    """

    static func load(_ extra: [(String, String)] = []) -> CatalogLoader.Result {
        Fixture.load([("card.yaml", scorecard), ("programme.yaml", programme)] + extra)
    }
}
