import Testing
import A11yRules

@Suite("Loader diagnostics")
struct LoaderDiagnosticsTests {
    func diagnostics(_ files: [(String, String)], fixture: Bool = true) -> [Diagnostic] {
        let sources = (fixture ? Fixture.files() : []) + files.map { SourceFile(path: $0.0, text: $0.1) }
        return CatalogLoader.load(sources).diagnostics
    }

    func rendered(_ files: [(String, String)]) -> String {
        let sources = Fixture.files() + files.map { SourceFile(path: $0.0, text: $0.1) }
        let result = CatalogLoader.load(sources)
        return DiagnosticRenderer(files: result.files).render(result.diagnostics)
    }

    @Test func unknownObligationIsPinned() {
        let text = """
        standard:
          id: X
          title: x
          vocabulary: hall
          clauses:
            - clause: "1"
              obligation: maybe
              question: {en: "Is it?"}
        """
        #expect(rendered([("x.yaml", text)]) == """
        x.yaml:7:19: error: unknown obligation 'maybe' (expected must, shall, should, may)
              obligation: maybe
                          ^~~~~

        """)
    }

    @Test func unknownKeysAreErrorsWithSuggestions() {
        let text = """
        standard:
          id: X
          title: x
          vocabulary: hall
          clauses:
            - clause: "1"
              obligaton: shall
              question: {en: "Is it?"}
        """
        let all = diagnostics([("x.yaml", text)])
        let unknown = all.first { $0.id == "catalog.unknown-key" }
        #expect(unknown?.description == "x.yaml:7:7: error: unknown key 'obligaton' in a clause (expected clause, title, obligation, mandatory, source, rules, question, superseded_by, note) (did you mean 'obligation'?)")
        // The clause now lacks its obligation: that is reported too (all diagnostics, not the first).
        #expect(all.contains { $0.id == "catalog.missing-key" && $0.message == "a clause needs 'obligation'" })
    }

    @Test func expressionErrorsPointInsideTheExpression() {
        let text = """
        standard:
          id: X
          title: x
          vocabulary: hall
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - id: r
                  for: ramp
                  check: clear_width >= 4.5:1
        """
        #expect(rendered([("x.yaml", text)]) == """
        x.yaml:11:33: error: in 'check': cannot compare 'clear_width' (a length) with '4.5:1' (a number)
                  check: clear_width >= 4.5:1
                                        ^~~~~

        """)
    }

    @Test func subjectValueErrorsNameTheFileLineAndExpectation() {
        let subject = """
        subject:
          id: s
          kind: hall
          facts: {parking_spaces: many}
          parts:
            ramp:
              - {id: r, clear_width: 1200, slop: 1:12}
        """
        let messages = diagnostics([("s.yaml", subject)]).map(\.description)
        #expect(messages == [
            "s.yaml:4:27: error: fact 'parking_spaces': expected a count (a whole number ≥ 0), found 'many'",
            "s.yaml:7:30: error: attribute 'clear_width': expected a length with a unit (m, cm, mm, km), found '1200' with no unit",
            "s.yaml:7:36: error: unknown attribute 'slop' of part 'ramp' (did you mean 'slope'?)",
        ])
    }

    @Test func danglingReferencesAndDuplicatesAreErrors() {
        let card = """
        scorecard:
          id: C
          subject: hall
          indicators:
            - {id: a, points: 10, scoring: share, includes: ["T-1:9.9.*"]}
            - {id: a, points: 10, scoring: share, includes: ["T-1:3.4.*"]}
        """
        let standard = """
        standard:
          id: Y
          title: y
          vocabulary: hal
          clauses: []
        """
        let ids = diagnostics([("c.yaml", card), ("y.yaml", standard)]).map(\.id)
        #expect(ids.contains("catalog.dangling-include"))
        #expect(ids.contains("catalog.duplicate-id"))
        #expect(ids.contains("catalog.unknown-reference"))
    }

    @Test func cyclicExtendsIsAnError() {
        let a = "vocabulary: {id: a, extends: b}"
        let b = "vocabulary: {id: b, extends: a}"
        let found = diagnostics([("a.yaml", a), ("b.yaml", b)], fixture: false)
        #expect(found.contains { $0.id == "catalog.cyclic-extends" })
    }

    @Test func unknownDocumentKindSuggests() {
        let found = diagnostics([("z.yaml", "standrd: {id: z}")], fixture: false)
        #expect(found.first?.suggestion == "standard")
    }

    @Test(arguments: [
        ("bomb.yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"),
        ("tabs.yaml", "subject:\n\tid: x\n"),
        ("list.yaml", "- just\n- a list\n"),
        ("scalar.yaml", "hello"),
        ("types.yaml", "standard: {id: [1], title: {zh: [x]}, clauses: 3}"),
        ("deep.yaml", String(repeating: "[", count: 300) + String(repeating: "]", count: 300)),
    ])
    func badInputEndsInDiagnosticsNotCrashes(name: String, text: String) {
        let found = diagnostics([(name, text)], fixture: false)
        #expect(found.hasErrors)
        #expect(found.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
    }

    @Test func invalidUTF8IsADiagnostic() {
        let bytes = Array("subject:\n  id: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let result = CatalogLoader.load([SourceFile(path: "bad.yaml", bytes: bytes)])
        #expect(result.diagnostics.first?.id == "yaml.encoding")
        #expect(result.diagnostics.first?.location.line == 2)
    }
}

@Suite("Answers and waivers are checked against the subject")
struct AnswerChecksTests {
    @Test func answersForAnotherKindsStandardAreErrors() {
        let web = """
        vocabulary: {id: web, facts: {has_elder_mode: {type: bool}}}
        """
        let webStandard = """
        standard:
          id: W-1
          title: w
          vocabulary: web
          clauses:
            - {clause: "1", obligation: shall, question: {en: "Is it?"}}
        """
        let subject = """
        subject:
          id: s
          kind: hall
          parts: {ramp: [{id: r, clear_width: 1 m}]}
          answers:
            "W-1:1": {outcome: passed}
            "T-1:3.4.2#width": {outcome: passed, instance: q}
          waivers:
            "T-1:3.4.2#width": {reason: "later", instance: rr}
        """
        let result = Fixture.load([("web.yaml", web), ("w1.yaml", webStandard), ("s.yaml", subject)])
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains("s.yaml:6:5: error: an answer for 'W-1:1', which is written for 'web' subjects; this subject is a 'hall', so it would never be used"))
        #expect(messages.contains("s.yaml:7:52: error: no part instance of this subject has the id 'q' (did you mean 'r'?)"))
        #expect(messages.contains("s.yaml:9:52: error: no part instance of this subject has the id 'rr' (did you mean 'r'?)"))
    }
}
