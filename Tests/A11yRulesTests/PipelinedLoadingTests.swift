import Foundation
import Testing
import A11yRules
import A11yBenchmarking
import A11yYAML
@testable import A11yCatalog

/// The loader's fast paths change nothing: clauses decoded while the file is parsed (``ClausePipeline``)
/// give the catalog and the diagnostics of decoding the whole tree, and a load that skips examples
/// (`evaluate`) gives the same catalog with every rule's examples empty.
@Suite struct PipelinedLoadingTests {
    /// The catalog's standards with the rules' examples taken out.
    static func withoutExamples(_ standards: [Standard]) -> [Standard] {
        standards.map { standard in
            var standard = standard
            for c in standard.clauses.indices {
                for r in standard.clauses[c].rules.indices { standard.clauses[c].rules[r].examples = [] }
            }
            return standard
        }
    }

    static func withoutExamples(_ scorecards: [Scorecard]) -> [Scorecard] {
        scorecards.map { scorecard in
            var scorecard = scorecard
            for i in scorecard.indicators.indices {
                for r in scorecard.indicators[i].rules.indices { scorecard.indicators[i].rules[r].examples = [] }
                for r in scorecard.indicators[i].requirements.indices { scorecard.indicators[i].requirements[r].examples = [] }
            }
            return scorecard
        }
    }

    /// Loads `files` pipelined and not, with and without examples, and checks all four agree.
    static func expectSameLoads(_ files: [SourceFile], replaceable: Set<String> = [], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let reference = CatalogLoader.load(files, replaceable: replaceable, pipelined: false)
        let pipelined = CatalogLoader.load(files, replaceable: replaceable, pipelined: true)
        #expect(pipelined.catalog.standards == reference.catalog.standards, sourceLocation: sourceLocation)
        #expect(pipelined.catalog.scorecards == reference.catalog.scorecards, sourceLocation: sourceLocation)
        #expect(pipelined.diagnostics == reference.diagnostics, sourceLocation: sourceLocation)
        #expect(pipelined.suppressed == reference.suppressed, sourceLocation: sourceLocation)
        #expect(pipelined.catalogPaths == reference.catalogPaths, sourceLocation: sourceLocation)
        #expect(pipelined.subjects == reference.subjects, sourceLocation: sourceLocation)
        let skipped = CatalogLoader.load(files, replaceable: replaceable, examples: .skip, pipelined: true)
        let skippedWhole = CatalogLoader.load(files, replaceable: replaceable, examples: .skip, pipelined: false)
        #expect(skipped.catalog.standards == withoutExamples(reference.catalog.standards), sourceLocation: sourceLocation)
        #expect(skipped.catalog.scorecards == withoutExamples(reference.catalog.scorecards), sourceLocation: sourceLocation)
        #expect(skippedWhole.catalog.standards == skipped.catalog.standards, sourceLocation: sourceLocation)
        #expect(skippedWhole.diagnostics == skipped.diagnostics, sourceLocation: sourceLocation)
    }

    @Test func shippedCatalogsLoadTheSameEveryWay() throws {
        let files = try BuiltinCatalog.files()
        #expect(files.contains { ClausePipeline.looksLikeStandard($0.bytes) })
        Self.expectSameLoads(files)
        let reference = CatalogLoader.load(files, pipelined: false)
        #expect(!reference.hasErrors)
        #expect(reference.catalog.standardRules.contains { !$0.examples.isEmpty })
    }

    @Test func syntheticCatalogLoadsTheSameEveryWay() {
        let workload = SyntheticWorkload(rules: 600)
        let files = [
            SourceFile(path: "catalog/standard.yaml", text: workload.standardYAML()),
            SourceFile(path: "catalog/vocabulary.yaml", text: workload.vocabularyYAML()),
        ]
        // The standard comes first: it is still parsed after the vocabulary it names.
        Self.expectSameLoads(files)
        let load = CatalogLoader.load(files, examples: .skip)
        #expect(!load.hasErrors)
        #expect(load.catalog.standardRules.count == 600)
        #expect(load.catalog.standardRules.allSatisfy { $0.examples.isEmpty })
    }

    /// Mistakes in clauses and examples, keys after the list, merges and anchors: same diagnostics, byte for byte.
    @Test(arguments: [
        // A bad expression, a bad example value, an unknown key in an example, a duplicate key inside an example.
        """
        standard:
          id: T-1
          title: {en: T}
          vocabulary: hall
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - {id: a, for: ramp, check: "clear_width >= 1.00 q", message: {en: m}}
                - id: b
                  for: ramp
                  check: clear_width >= 1 m
                  examples: {pass: [{clear_width: wide}], fail: [{nope: 1 m, clear_width: 1 m, clear_width: 2 m}]}
            - clause: "1"
              obligation: shall
              question: {en: q?}
        """,
        // The id after the list: nothing streamed.
        """
        standard:
          title: {en: T}
          clauses:
            - {clause: "1", obligation: shall, rules: [{id: a, for: ramp, check: "clear_width >= 1 m"}]}
          id: T-2
          vocabulary: hall
        """,
        // The tables after the list: streamed, then decoded again from the whole tree.
        """
        standard:
          id: T-2
          vocabulary: hall
          title: {en: T}
          clauses:
            - clause: "1"
              obligation: shall
              rules: [{id: a, for: ramp, check: "clear_width <= max-rise(slope)", examples: {pass: [{clear_width: 0.5 m, slope: 1:12}], fail: [{clear_width: 2 m, slope: 1:12}]}}]
          tables:
            max-rise: {input: ratio, output: length, rows: [[1:20, 1.20 m], [1:8, 0.30 m]]}
        """,
        // A merge key in the standard, anchors and aliases in and out of examples.
        """
        standard:
          <<: {vocabulary: hall}
          id: T-3
          title: {en: T}
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - id: a
                  for: ramp
                  check: clear_width >= 1 m
                  examples: {pass: [&wide {clear_width: 2 m}], fail: [{clear_width: 0.5 m}]}
                - id: b
                  for: ramp
                  check: clear_width >= 1.5 m
                  examples: {pass: [*wide], fail: [{clear_width: 0.5 m}]}
        """,
        // An anchor defined inside an example and used outside it; a second clauses list (a duplicate key).
        """
        standard:
          id: T-4
          title: {en: T}
          vocabulary: hall
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - id: a
                  for: ramp
                  check: clear_width >= 1 m
                  examples: {pass: [{clear_width: &w 2 m}], fail: [{clear_width: 0.5 m}]}
                  note: *w
          clauses:
            - clause: "2"
              obligation: shall
              question: {en: q?}
        """,
        // The standard id is not valid: nothing is streamed.
        """
        standard:
          id: "T 5"
          title: {en: T}
          vocabulary: hall
          clauses:
            - {clause: "1", obligation: shall, question: {en: q?}}
        """,
    ])
    func brokenStandardsReportTheSame(_ standard: String) {
        let files = [SourceFile(path: "v.yaml", text: Fixture.vocabulary), SourceFile(path: "s.yaml", text: standard)]
        #expect(ClausePipeline.looksLikeStandard(files[1].bytes))
        Self.expectSameLoads(files)
    }

    @Test func aGivenStandardStillReplacesAShippedOne() throws {
        let shipped = SourceFile(path: "shipped/s.yaml", text: Fixture.standard)
        let given = SourceFile(path: "mine/s.yaml", text: Fixture.standard.replacingOccurrences(of: "Ramp width", with: "Ramp width, edited"))
        let files = [SourceFile(path: "v.yaml", text: Fixture.vocabulary), shipped, given]
        Self.expectSameLoads(files, replaceable: [shipped.path])
        let load = CatalogLoader.load(files, replaceable: [shipped.path])
        #expect(load.catalog.standards.count == 1)
        #expect(load.catalog.standards.first?.location.file == given.path)
    }

    /// Skipping examples keeps YAML's limits: an alias bomb or too deep a nesting inside an example is
    /// refused with the same error as when examples are decoded.
    @Test(arguments: [
        ("examples: {pass: [&a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]], fail: [[*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]]}", "yaml.alias-expansion"),
        ("examples: {pass: [" + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "]}", "yaml.too-deep"),
    ])
    func limitsHoldInsideSkippedExamples(_ examples: String, _ id: String) {
        let limits = YAMLLimits(maxDepth: 256, maxAliasExpansion: 5, aliasExpansionFactor: 1)
        let standard = """
        standard:
          id: T-6
          title: {en: T}
          vocabulary: hall
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - id: a
                  for: ramp
                  check: clear_width >= 1 m
                  \(examples)
        """
        let files = [SourceFile(path: "v.yaml", text: Fixture.vocabulary), SourceFile(path: "s.yaml", text: standard)]
        let decoded = CatalogLoader.load(files, limits: limits)
        let skipped = CatalogLoader.load(files, limits: limits, examples: .skip)
        #expect(decoded.diagnostics.contains { $0.id == id })
        #expect(skipped.diagnostics == decoded.diagnostics)
    }

    @Test func onlyFilesStartingAStandardAreStreamed() {
        #expect(ClausePipeline.looksLikeStandard(Array("# comment\n\n---\nstandard:\n  id: x\n".utf8)))
        #expect(ClausePipeline.looksLikeStandard(Array("\u{FEFF}standard: {id: x}".utf8)))
        #expect(!ClausePipeline.looksLikeStandard(Array("vocabulary:\n  id: x\nstandard: y\n".utf8)))
        #expect(!ClausePipeline.looksLikeStandard(Array("  standard:\n".utf8)))
        #expect(!ClausePipeline.looksLikeStandard([]))
    }
}
