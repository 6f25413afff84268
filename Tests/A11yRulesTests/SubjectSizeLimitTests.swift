import Testing
import A11yRules
import A11yAdapters
import A11yYAML

/// Issue 9, defect 5: a subject too large to hold is stopped at a documented limit with a positioned
/// diagnostic, and a fix plan too large to re-score per fix is ordered without gains and says so.
/// The inputs are generated here; the limits are lowered where the shipped ones would need megabytes.
@Suite("Subject size limits")
struct SubjectSizeLimitTests {
    /// A hall with `count` ramps, one per line, the first on line 6; every ramp fails the width rule.
    static func hall(ramps count: Int) -> String {
        var text = "subject:\n  id: big\n  kind: hall\n  parts:\n    ramp:\n"
        for n in 0..<count {
            text += "      - {id: r\(n), clear_width: 0.9 m, slope: 1:12, rise: 0.5 m, handrails: both-sides}\n"
        }
        return text
    }

    @Test func theInstanceLimitIsAnErrorAtTheFirstInstancePastIt() throws {
        let files = Fixture.files([("big.yaml", Self.hall(ramps: 8))])
        let load = CatalogLoader.load(files, instancesPerSubject: 5)
        let error = try #require(load.diagnostics.first { $0.id == "subject.too-many-instances" })
        #expect(error.severity == .error)
        #expect(error.location.file == "big.yaml")
        // The sixth ramp is on line 11, its mapping at column 9.
        #expect(error.location.line == 11 && error.location.column == 9)
        #expect(error.message == "the subject has more than 5 part instances (the limit for one subject; this is ramp number 6); split it into several subjects")
        #expect(load.subjects.isEmpty)
        // At the limit, the subject loads.
        #expect(!CatalogLoader.load(files, instancesPerSubject: 8).hasErrors)
        #expect(CatalogLoader.maxInstancesPerSubject == 100_000)
    }

    @Test func aFileOverTheSizeLimitIsAnErrorWhereTheLimitIsCrossed() throws {
        let text = Self.hall(ramps: 10)
        var limits = YAMLLimits.default
        #expect(limits.maxFileBytes == 64 << 20)
        limits.maxFileBytes = 100
        let load = CatalogLoader.load([SourceFile(path: "big.yaml", text: text)], limits: limits)
        let error = try #require(load.diagnostics.first)
        #expect(error.id == "catalog.file-too-large")
        // Byte 100: lines 1–5 take 51 bytes, so it is column 50 of line 6.
        #expect(error.location.line == 6 && error.location.column == 50)
        #expect(error.message.hasPrefix("the file is \(text.utf8.count) bytes, more than the limit of 100 bytes"))
    }

    @Test func aFixPlanTooLargeToReScorePerFixIsOrderedWithoutGainsAndSaysSo() throws {
        // 3,000 failing ramps: 3,000 counted failures × over 9,000 findings is past the work limit.
        let (result, diagnostics) = Fixture.evaluate(Self.hall(ramps: 3_000), extra: [("card.yaml", ScoringTests.scorecard)])
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let subject = try #require(result)
        let catalog = Fixture.load([("card.yaml", ScoringTests.scorecard)]).catalog
        let scorecard = try #require(catalog.scorecard("CARD"))
        let plan = try #require(subject.fixPlan(for: scorecard))
        #expect(plan.isAbridged)
        #expect(plan.items.count >= 3_000 && plan.items.allSatisfy { $0.gain == 0 } && plan.toPass == nil)
        let full = CatalogLoader.load(Fixture.files([("card.yaml", ScoringTests.scorecard), ("big.yaml", Self.hall(ramps: 3_000))]))
        for language in [Language.zh, .en] {
            let text = TextReporter(language: language).report([subject], catalog: full.catalog)
            #expect(text.contains(language == .zh ? "CARD：不通过项太多（不通过项数 × 检查结果数超过 10000000）" : "CARD: too many failures to work out what each fix wins"))
        }
        // A small subject keeps its gains.
        let (small, _) = Fixture.evaluate(Self.hall(ramps: 3), extra: [("card.yaml", ScoringTests.scorecard)])
        let smallSubject = try #require(small)
        let smallPlan = try #require(smallSubject.fixPlan(for: scorecard))
        #expect(!smallPlan.isAbridged && smallPlan.items.contains { $0.gain > 0 })
    }
}
