import Testing
import A11yRules

/// Placeholders of rule messages, filled for failed findings.
@Suite("Message placeholders")
struct MessageTemplateTests {
    static let standard = """
    standard:
      id: T-9
      title: {en: Messages}
      type: national-recommended
      vocabulary: hall
      clauses:
        - clause: "1"
          obligation: shall
          rules:
            - id: part
              for: ramp
              check: clear_width >= 1.00 m
              message: {en: "{instance}: {clear_width} vs {expected}; {observed}; {unclosed", zh: "坡道 {instance} 宽度 {clear_width}"}
              examples:
                pass: [{clear_width: 1.2 m}]
                fail: [{clear_width: 900 mm}]
            - id: fact
              for: subject
              check: accessible_parking_spaces >= 2
              message: {en: "{subject.accessible_parking_spaces} = {accessible_parking_spaces} of {parking_spaces}"}
              examples:
                pass: [{accessible_parking_spaces: 2}]
                fail: [{accessible_parking_spaces: 1}]
    """

    @Test func placeholdersAreFilledInBothLanguages() throws {
        let (result, diagnostics) = Fixture.evaluate("""
        subject:
          id: s
          kind: hall
          assessed: 2022-11-01
          facts: {parking_spaces: 120, accessible_parking_spaces: 1}
          parts:
            ramp: [{id: west, clear_width: 0.9 m}]
        """, extra: [("t9.yaml", Self.standard)])
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let part = try #require(result?.finding("T-9:1#part", "west"))
        #expect(part.message?.en == "west: 0.9 m vs clear_width >= 1.00 m; clear_width = 0.9 m; {unclosed")
        #expect(part.message?.zh == "坡道 west 宽度 0.9 m")
        let fact = try #require(result?.finding("T-9:1#fact"))
        #expect(fact.message?.en == "1 = 1 of {parking_spaces}")
    }
}
