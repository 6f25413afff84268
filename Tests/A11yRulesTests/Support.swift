import A11yRules

/// A small vocabulary and standard used across tests.
enum Fixture {
    static let vocabulary = """
    vocabulary:
      id: hall
      title: {zh: 测试大厅, en: Test hall}
      facts:
        parking_spaces: {type: count, zh: 停车位总数}
        accessible_parking_spaces: {type: count}
        has_green_channel_window: {type: bool}
        opened: {type: date}
      parts:
        ramp:
          title: {en: Ramp}
          attributes:
            clear_width: {type: length, unit: m}
            slope: {type: ratio}
            rise: {type: length, unit: m}
            handrails: {type: enum, values: [none, one-side, both-sides]}
            at_accessible_entrance: {type: bool}
        door:
          attributes:
            clear_width: {type: length, unit: mm}
            kind: {type: enum, values: [swing, sliding, automatic]}
            opening_force: {type: force}
        counter:
          attributes:
            height: {type: length, unit: mm}
    """

    static let standard = """
    standard:
      id: T-1
      title: {zh: 测试标准, en: Test standard}
      type: national-recommended
      vocabulary: hall
      tables:
        ramp-max-rise:
          input: ratio
          output: length
          interpolate: linear
          rows: [[1:20, 1.20 m], [1:16, 0.90 m], [1:12, 0.75 m], [1:10, 0.60 m], [1:8, 0.30 m]]
      clauses:
        - clause: "3.4.2"
          title: {en: Ramp width}
          obligation: shall
          source: {read_in: "test", confidence: secondary}
          rules:
            - id: width
              for: ramp
              check: clear_width >= 1.00 m
              message: {en: "width {clear_width} below {expected}"}
              examples:
                pass: [{clear_width: 1.2 m}]
                fail: [{clear_width: 900 mm}]
        - clause: "3.4.3"
          obligation: shall
          rules:
            - id: handrails
              for: ramp
              when: rise > 300 mm and slope > 1:20
              check: handrails == "both-sides"
              examples:
                pass: [{rise: 0.5 m, slope: 1:12, handrails: both-sides}]
                fail: [{rise: 0.5 m, slope: 1:12, handrails: one-side}]
                inapplicable: [{rise: 0.2 m, slope: 1:12}]
        - clause: "3.4.4"
          obligation: shall
          rules:
            - id: rise
              for: ramp
              when: slope <= 1:8
              check: rise <= ramp-max-rise(slope)
              examples:
                pass: [{slope: 1:12, rise: 0.70 m}]
                fail: [{slope: 1:10, rise: 0.65 m}]
                inapplicable: [{slope: 1:6, rise: 0.2 m}]
        - clause: "3.15.2"
          obligation: should
          rules:
            - id: height
              for: counter
              check: height in 700 mm..850 mm
              examples:
                pass: [{height: 800 mm}]
                fail: [{height: 900 mm}]
        - clause: "8.1.2"
          obligation: shall
          rules:
            - id: count
              for: subject
              check: accessible_parking_spaces >= max(1, ceil(parking_spaces * 1%))
              examples:
                pass: [{parking_spaces: 120, accessible_parking_spaces: 2}]
                fail: [{parking_spaces: 120, accessible_parking_spaces: 1}]
        - clause: "3.16.1"
          obligation: shall
          question: {zh: 标志是否醒目？, en: Are the signs conspicuous?}
    """

    static func files(_ extra: [(String, String)] = []) -> [SourceFile] {
        [SourceFile(path: "vocab.yaml", text: vocabulary), SourceFile(path: "std.yaml", text: standard)]
            + extra.map { SourceFile(path: $0.0, text: $0.1) }
    }

    /// Loads the fixture plus extra files.
    static func load(_ extra: [(String, String)] = []) -> CatalogLoader.Result {
        CatalogLoader.load(files(extra))
    }

    /// Loads the fixture and one subject, and evaluates it.
    static func evaluate(_ subject: String, extra: [(String, String)] = [], scorecards: [String]? = nil) -> (SubjectResult?, [Diagnostic]) {
        let result = load(extra + [("subject.yaml", subject)])
        guard let first = result.subjects.first else { return (nil, result.diagnostics) }
        return (Evaluator(catalog: result.catalog).evaluate(first, scorecards: scorecards), result.diagnostics)
    }
}

extension SubjectResult {
    func finding(_ rule: String, _ instance: String? = nil) -> Finding? {
        findings.first { ($0.rule == rule || ($0.rule == nil && $0.clause == rule)) && (instance == nil || $0.instance == instance) }
    }
}
