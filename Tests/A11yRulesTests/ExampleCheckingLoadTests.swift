import Testing
import A11yRules
import A11yBenchmarking
@testable import A11yCatalog

/// A load that checks the examples and keeps none (`lint`, ``CatalogLoader/loadCheckingExamples(_:replaceable:)``)
/// gives the catalog of the default load with every rule's examples empty, and the same diagnostics, in
/// the same order, byte for byte once rendered.
@Suite struct ExampleCheckingLoadTests {
    static func expectSameAsDecoding(_ files: [SourceFile], replaceable: Set<String> = [],
                                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let reference = CatalogLoader.load(files, replaceable: replaceable)
        let whole = CatalogLoader.load(files, replaceable: replaceable, pipelined: false)
        let checked = CatalogLoader.loadCheckingExamples(files, replaceable: replaceable)
        let checkedWhole = CatalogLoader.load(files, replaceable: replaceable, pipelined: false, keepsExamples: false)
        for load in [checked, checkedWhole] {
            #expect(load.catalog.standards == PipelinedLoadingTests.withoutExamples(reference.catalog.standards), sourceLocation: sourceLocation)
            #expect(load.catalog.scorecards == PipelinedLoadingTests.withoutExamples(reference.catalog.scorecards), sourceLocation: sourceLocation)
            #expect(load.catalog.programmes == reference.catalog.programmes, sourceLocation: sourceLocation)
            #expect(load.diagnostics == reference.diagnostics, sourceLocation: sourceLocation)
            #expect(load.diagnostics == whole.diagnostics, sourceLocation: sourceLocation)
            #expect(load.suppressed == reference.suppressed, sourceLocation: sourceLocation)
            #expect(load.subjects == reference.subjects, sourceLocation: sourceLocation)
            #expect(load.catalogPaths == reference.catalogPaths, sourceLocation: sourceLocation)
            #expect(load.catalog.standardRules.allSatisfy { $0.examples.isEmpty }, sourceLocation: sourceLocation)
        }
        // What `lint` prints: the rendered diagnostics of the two workspaces.
        let decoding = Workspace(files: files, replaceable: replaceable)
        let checking = Workspace(checkingExamplesOf: files, replaceable: replaceable)
        #expect(checking.renderDiagnostics() == decoding.renderDiagnostics(), sourceLocation: sourceLocation)
        #expect(checking.catalog.standardRuleCount == decoding.catalog.standardRuleCount, sourceLocation: sourceLocation)
    }

    @Test func shippedCatalogs() throws {
        let files = try BuiltinCatalog.files()
        #expect(CatalogLoader.load(files).catalog.standardRules.contains { !$0.examples.isEmpty })
        Self.expectSameAsDecoding(files)
    }

    @Test func syntheticCatalog() {
        let workload = SyntheticWorkload(rules: 600)
        Self.expectSameAsDecoding([
            SourceFile(path: "catalog/standard.yaml", text: workload.standardYAML()),
            SourceFile(path: "catalog/vocabulary.yaml", text: workload.vocabularyYAML()),
        ])
    }

    /// Broken examples in a shipped scorecard's presence requirement and in a shipped standard's rule.
    @Test func brokenExamplesInShippedFiles() throws {
        var files = try BuiltinCatalog.files()
        var changed = 0
        for index in files.indices {
            let text = String(decoding: files[index].bytes, as: UTF8.self)
            let broken = text
                .replacingFirst("pass: [{parking_spaces: 40, parts: {parking: [{bay_lines: true}]}}]",
                                with: "pass: [{parking_spaces: lots, nope: 1, parts: {parking: [{bay_lines: maybe}]}}]")
                .replacingFirst("examples:\n", with: "examples:\n        bogus: [{}]\n")
            if broken != text {
                files[index] = SourceFile(path: files[index].path, text: broken)
                changed += 1
            }
        }
        #expect(changed > 1)
        let reference = CatalogLoader.load(files)
        #expect(reference.diagnostics.count > 2)
        Self.expectSameAsDecoding(files)
    }

    @Test(arguments: [
        // Bad example values, unknown keys, a duplicate key, an example that is not a mapping.
        """
        standard:
          id: T-1
          title: {en: T}
          vocabulary: hall
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - id: b
                  for: ramp
                  check: clear_width >= 1 m
                  examples: {pass: [{clear_width: wide}, 3], fail: [{nope: 1 m, clear_width: 1 m, clear_width: 2 m}], maybe: []}
                - id: c
                  for: subject
                  check: parking_spaces >= 1
                  examples: {pass: [{parking_spaces: 2, parts: {ramp: [{clear_width: narrow}]}}], cantTell: [{}]}
        """,
        // Anchors and aliases inside examples, and tables after the list (decoded again from the whole tree).
        """
        standard:
          id: T-2
          vocabulary: hall
          title: {en: T}
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - {id: a, for: ramp, check: "clear_width <= max-rise(slope)", examples: {pass: [&ok {clear_width: 0.5 m, slope: 1:12}], fail: [{clear_width: 2 m, slope: steep}]}}
                - {id: b, for: ramp, check: "clear_width <= 1 m", examples: {pass: [*ok], fail: [*ok]}}
          tables:
            max-rise: {input: ratio, output: length, rows: [[1:20, 1.20 m], [1:8, 0.30 m]]}
        """,
    ])
    func brokenExamples(_ standard: String) {
        let files = [SourceFile(path: "v.yaml", text: Fixture.vocabulary), SourceFile(path: "s.yaml", text: standard)]
        #expect(!CatalogLoader.load(files).diagnostics.isEmpty)
        Self.expectSameAsDecoding(files)
    }
}

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
