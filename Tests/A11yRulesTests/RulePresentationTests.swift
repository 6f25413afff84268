import Testing
import A11yRules
@testable import A11yEvaluation

/// A rule's presentation (its written-out expectation and observed names) is made only when one of its
/// findings is listed: results with no finding listed make none, and listing findings makes them for the
/// listed rules with the same report as ever (the golden reports check the text).
@Suite("Rule presentations are made when a finding is listed")
struct RulePresentationTests {
    static func load() throws -> Workspace {
        try Workspace.load(subjects: [Repository.root + "/Examples/halls/qingcheng.yaml"])
    }

    static func made(_ evaluator: Evaluator) -> Int {
        evaluator.columnar.values.reduce(0) { total, columnar in
            total + (columnar.program.rules.first?.presentations.count ?? 0)
        }
    }

    @Test func resultsWithoutListedFindingsMakeNone() throws {
        let workspace = try Self.load()
        let results = workspace.evaluator.evaluate(workspace.load.subjects, listing: .none)
        #expect(!results.isEmpty && results.allSatisfy { $0.findings.isEmpty })
        #expect(results.contains { $0.counts[.failed, default: 0] > 0 }, "the example has failures to list")
        #expect(Self.made(workspace.evaluator) == 0)
    }

    @Test func listedFindingsMakeTheirRulesPresentationsOnce() throws {
        let workspace = try Self.load()
        let failed = workspace.evaluator.evaluate(workspace.load.subjects, listing: .failed)
        let listedRules = Set(failed.flatMap { $0.findings.map(\.rule) })
        #expect(!listedRules.isEmpty)
        let afterFailed = Self.made(workspace.evaluator)
        #expect(afterFailed >= listedRules.count)
        let all = workspace.evaluator.evaluate(workspace.load.subjects, listing: .all)
        let afterAll = Self.made(workspace.evaluator)
        #expect(afterAll > afterFailed)
        #expect(afterAll <= workspace.evaluator.columnar.values.reduce(0) { $0 + $1.program.rules.count })
        // Made once: evaluating again makes no more and gives the same findings.
        let again = workspace.evaluator.evaluate(workspace.load.subjects, listing: .all)
        #expect(Self.made(workspace.evaluator) == afterAll)
        #expect(again.map { $0.findings.map(\.expected) } == all.map { $0.findings.map(\.expected) })
    }
}

/// `evaluate` lets the catalog files' bytes go once their digest is taken; evaluating does not need them.
@Suite("Releasing the catalog sources")
struct CatalogSourceReleaseTests {
    @Test func catalogBytesGoSubjectFilesStayResultsAreTheSame() throws {
        var workspace = try Workspace.load(subjects: [Repository.root + "/Examples/halls/qingcheng.yaml"])
        let before = workspace.evaluator.evaluate(workspace.load.subjects, listing: .all)
        #expect(!workspace.load.catalogPaths.isEmpty)
        #expect(workspace.load.catalogPaths.allSatisfy { workspace.load.files[$0] != nil })
        let subjectFiles = Set(workspace.load.files.keys).subtracting(workspace.load.catalogPaths)
        #expect(!subjectFiles.isEmpty)
        workspace.releaseCatalogSources()
        #expect(workspace.load.catalogPaths.allSatisfy { workspace.load.files[$0] == nil })
        #expect(Set(workspace.load.files.keys) == subjectFiles)
        let after = try Workspace.load(subjects: [Repository.root + "/Examples/halls/qingcheng.yaml"])
        after.compileEvaluatorInBackground()
        var released = after
        released.releaseCatalogSources()
        #expect(released.evaluator.evaluate(released.load.subjects, listing: .all) == before)
    }
}

/// The interpreter's trees of the rules the columnar engine runs are let go once their kernels are made,
/// and made again only when the interpreter needs them; the outcomes they give are the kernels' (the
/// equivalence suites compare every shape; here the trees' lifetime and one workload).
@Suite("Rule trees are let go once the kernels are made")
struct RuleTreesTests {
    @Test func kernelRulesLetTheirTreesGoAndTheInterpreterMakesThemAgain() throws {
        let (evaluator, subjects) = ColumnarEquivalenceTests.workload(seed: 7, rules: 300, subjects: 12, missing: 0.05, uncertainty: 0.05)
        let kind = try #require(subjects.first?.kind)
        let columnar = try #require(evaluator.columnar[kind])
        let program = columnar.program
        let interpreted = columnar.kernels.filter { $0.map { _ in false } ?? true }.count
        #expect(columnar.kernels.count == program.rules.count && interpreted < program.rules.count)
        #expect(program.trees.heldCount == interpreted, "only the rules the interpreter runs keep their trees")
        // Results that list no finding need no tree again.
        _ = evaluator.evaluate(subjects, listing: .none)
        #expect(program.trees.heldCount == interpreted)
        // The reference walks every rule: each tree is made again, once, and gives the kernels' outcomes.
        let reference = evaluator.referenceOutcomes(of: subjects, kind: kind)
        #expect(program.trees.heldCount == program.rules.count)
        ColumnarEquivalenceTests.assertSame(reference, evaluator.outcomes(of: evaluator.prepare(subjects, kind: kind)))
        #expect(program.trees.heldCount == program.rules.count)
    }

    @Test func aProgramWithoutTheEngineKeepsEveryTree() throws {
        let workspace = try RulePresentationTests.load()
        let kind = try #require(workspace.load.subjects.first?.kind)
        let program = Program(catalog: workspace.load.catalog, kind: kind)
        #expect(!program.rules.isEmpty && program.trees.heldCount == program.rules.count)
    }
}
