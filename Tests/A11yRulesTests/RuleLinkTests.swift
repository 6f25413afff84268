import Testing
import A11yRules

@Suite("Rule links (same_as)")
struct RuleLinkTests {
    static func standard(_ links: String) -> String {
        """
        standard:
          id: L-1
          title: {en: Linked}
          vocabulary: hall
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - id: wide
                  for: ramp
                  check: clear_width >= 1.0 m
                  same_as: [\(links)]
                  examples: {pass: [{clear_width: 1.2 m}], fail: [{clear_width: 0.9 m}]}
        """
    }

    @Test func linksAreMadeSymmetric() throws {
        let result = Fixture.load([("l.yaml", Self.standard("\"T-1:3.4.2#width\""))])
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let declared = try #require(result.catalog.clause("L-1:1")?.rules.first)
        #expect(declared.sameAs.map(\.rule) == ["T-1:3.4.2#width"])
        #expect(declared.sameAs.first?.isDeclared == true)
        let other = try #require(result.catalog.clause("T-1:3.4.2")?.rules.first)
        #expect(other.sameAs.map(\.rule) == ["L-1:1#wide"])
        #expect(other.sameAs.first?.isDeclared == false)
    }

    @Test func aDanglingLinkIsAPositionedErrorWithASuggestion() {
        let result = Fixture.load([("l.yaml", Self.standard("\"T-1:3.4.2#widht\""))])
        let error = result.diagnostics.first { $0.id == "catalog.unknown-reference" }
        #expect(error?.description == "l.yaml:12:21: error: rule 'L-1:1#wide' is the same as 'T-1:3.4.2#widht', which is no loaded rule (did you mean 'T-1:3.4.2#width'?)")
    }

    @Test func aLinkIntoAStandardNotLoadedIsAWarning() {
        let result = Fixture.load([("l.yaml", Self.standard("\"GB55019-2021:2.2.3#gate-width\""))])
        #expect(!result.hasErrors)
        #expect(result.diagnostics.contains { $0.id == "catalog.unknown-link" && $0.severity == .warning })
        #expect(result.catalog.clause("L-1:1")?.rules.first?.sameAs.isEmpty == true)
    }

    @Test func linkedRulesMustCheckTheSamePartKind() {
        let result = Fixture.load([("l.yaml", Self.standard("\"T-1:3.15.2#height\""))])
        #expect(result.diagnostics.contains { $0.id == "catalog.link-target-mismatch" })
    }

    @Test func aLinkMustBeAFullRuleIDAndNotItself() {
        let bad = Fixture.load([("l.yaml", Self.standard("\"width\", \"L-1:1#wide\""))])
        #expect(bad.diagnostics.filter { $0.id == "rule.bad-link" }.map(\.message) == [
            "'width' is not a full rule id (expected STANDARD:CLAUSE#RULE, such as GB50763-2012:3.5.1#gate-width)",
            "rule 'L-1:1#wide' cannot be the same as itself",
        ])
    }
}
