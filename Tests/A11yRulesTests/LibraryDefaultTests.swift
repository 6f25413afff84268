import Testing
import A11yRules

/// A rule's `default:` key: a value in its check that is a library default with no source.
@Suite("Library defaults")
struct LibraryDefaultTests {
    func standard(_ rule: String) -> String {
        """
        standard:
          id: D
          title: d
          vocabulary: hall
          clauses:
            - clause: "1"
              obligation: shall
              rules:
        \(rule)
        """
    }

    @Test func defaultTextIsDecoded() throws {
        let result = Fixture.load([("d.yaml", standard("""
                    - id: counter-height
                      for: counter
                      check: height in 790 mm..810 mm
                      default: {zh: 容差±10 mm为默认值, en: The ±10 mm tolerance is a default}
                      examples: {pass: [{height: 800 mm}], fail: [{height: 850 mm}]}
            """))])
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        let rule = try #require(result.catalog.rule("D:1#counter-height"))
        #expect(rule.isLibraryDefault)
        #expect(rule.libraryDefault.zh == "容差±10 mm为默认值")
        #expect(rule.libraryDefault.en == "The ±10 mm tolerance is a default")
        // A rule without the key has no default.
        #expect(result.catalog.rule("T-1:3.4.2#width")?.isLibraryDefault == false)
    }

    /// A counter rule whose `default:` is written as `value`.
    func counterRule(default value: String) -> CatalogLoader.Result {
        Fixture.load([("d.yaml", standard("""
                    - id: counter-height
                      for: counter
                      check: height in 790 mm..810 mm
                      default: \(value)
            """))])
    }

    @Test func bareTrueIsRefusedWithItsPosition() {
        let result = counterRule(default: "true")
        let error = result.diagnostics.first { $0.id == "rule.bad-default" }
        #expect(error?.description.hasPrefix("d.yaml:12:20: error: expected 'default' as text naming the default value") == true)
        #expect(result.catalog.rule("D:1#counter-height")?.isLibraryDefault == false)
    }

    @Test func emptyTextIsRefused() {
        let result = counterRule(default: "{}")
        #expect(result.diagnostics.contains { $0.id == "rule.bad-default" && $0.severity == .error })
    }

    /// Issue #13, defect 7: the six scorecard thresholds with no source say so, in both languages.
    @Test func shippedScorecardDefaultsAreMarked() {
        let marked = Set(Repository.standards.catalog.scorecards.flatMap(\.indicators).flatMap(\.rules)
            .filter { $0.libraryDefault.zh != nil && $0.libraryDefault.en != nil }.map(\.fullID))
        #expect(marked.isSuperset(of: [
            "QY2022-hall:2.3.2-instant#instant-approval-items",
            "QY2022-hall:2.4.1-volunteers#trained",
            "QY2022-hall:2.4.2-seats-guides#priority-seats",
            "QY2022-hall:2.4.2-supplies#wheelchairs",
            "QY2022-online:2.3.1-online#service-page-large-font",
            "QY2022-online:2.3.2-online#instant-approval",
        ]))
    }

    /// Issue #13, defect 5: no shipped rule compares a measured value with a number for exact
    /// equality (`== 900 mm`); nominal values are checked in a band whose tolerance is cited or marked.
    @Test func noShippedRuleTestsANumberForEquality() {
        let catalog = Repository.standards.catalog
        let rules = catalog.standardRules + catalog.scorecards.flatMap(\.indicators).flatMap(\.rules)
        #expect(rules.count > 300)
        for rule in rules {
            let tokens = rule.check.source.split(separator: " ")
            for (index, token) in tokens.enumerated() where token == "==" && index + 1 < tokens.count {
                let next = tokens[index + 1]
                // `lip_height == 0 mm` (GB 55019 2.10.2) reads "no level difference at all" and stays.
                guard next != "0" else { continue }
                #expect(next.first?.isNumber != true, "\(rule.fullID) at \(rule.location): \(rule.check.source)")
            }
        }
    }
}
