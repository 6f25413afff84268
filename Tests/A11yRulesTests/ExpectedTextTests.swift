import Testing
import A11yRules

/// A finding's `expected` keeps the form the rule author wrote: constant thresholds as written (`1.20 m`
/// stays `1.20 m`, not `1.2 m`), the author's parentheses kept; thresholds that depend on the instance
/// (a table lookup) are worked out for it.
@Suite("Expected values as the author wrote them")
struct ExpectedTextTests {
    static let standard = """
    standard:
      id: T-8
      title: {en: Expected text}
      type: national-recommended
      vocabulary: hall
      clauses:
        - clause: "1"
          obligation: shall
          rules:
            - id: written
              for: ramp
              check: clear_width >= 1.20 m
            - id: grouped
              for: ramp
              check: slope <= 1:12 or (handrails == "both-sides" and rise <= 0.60 m)
            - id: arithmetic
              for: ramp
              check: (rise - 10 mm) * 2 <= (1.00 m + 200 mm)
            - id: needless
              for: ramp
              check: (clear_width >= 1.50 m) and (rise <= 0.750 m)
            - id: range
              for: ramp
              check: clear_width in 1.20 m..1.80 m
    """

    @Test func constantThresholdsAndParenthesesAreShownAsWritten() throws {
        let (evaluated, diagnostics) = Fixture.evaluate("""
        subject:
          id: s
          kind: hall
          parts:
            ramp: [{id: west, clear_width: 0.9 m, slope: 1:10, rise: 0.65 m, handrails: one-side}]
        """, extra: [("t8.yaml", Self.standard)])
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        let result = try #require(evaluated)
        func expected(_ rule: String) -> String? { result.finding("T-8:1#\(rule)", "west")?.expected }
        #expect(expected("written") == "clear_width >= 1.20 m")
        #expect(expected("grouped") == "slope <= 1:12 or (handrails == \"both-sides\" and rise <= 0.60 m)")
        #expect(expected("arithmetic") == "(rise - 10 mm) * 2 <= (1.00 m + 200 mm)")
        #expect(expected("needless") == "(clear_width >= 1.50 m) and (rise <= 0.750 m)")
        #expect(expected("range") == "clear_width in 1.20 m..1.80 m")
        // A threshold that depends on the instance is still worked out (`EvaluatorTests`: `rise <= 0.6 m` from a table).
    }
}
