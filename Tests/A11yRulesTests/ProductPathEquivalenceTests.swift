import Testing
import A11yRules

/// The batch API (`Evaluator.evaluate(_:scorecards:listing:)`, used by `evaluate` and `Workspace`)
/// runs the columnar engine; its results must be exactly the reference evaluation's, subject by
/// subject, and a finding selection must change only which findings are listed.
@Suite("The product path equals the reference evaluation")
struct ProductPathEquivalenceTests {
    static let selections: [FindingSelection] = [.all, .none, .failed, .undecided, FindingSelection(outcomes: [.passed, .inapplicable])]

    /// Checks `batch` against `reference` under `selection`.
    static func assertSame(_ reference: [SubjectResult], _ batch: [SubjectResult], selection: FindingSelection,
                           standardOf: (String) -> String?) {
        #expect(reference.count == batch.count)
        for (expected, actual) in zip(reference, batch) {
            if selection.isAll {
                #expect(expected == actual, "\(expected.id)")
                continue
            }
            #expect(actual.counts == expected.counts, "\(expected.id): counts")
            #expect(actual.clauses == expected.clauses, "\(expected.id): clause verdicts")
            #expect(actual.scorecards == expected.scorecards, "\(expected.id): scores")
            let listed = expected.findings.filter { selection.lists($0.outcome, standard: standardOf($0.clause)) }
            #expect(actual.findings == listed, "\(expected.id): listed findings")
            #expect(actual.selection == selection)
        }
    }

    @Test(arguments: [
        (UInt64(11), 0.0, 0.0),
        (UInt64(12), 0.05, 0.05),
        (UInt64(13), 0.4, 0.4),
    ])
    func syntheticWorkloads(seed: UInt64, missing: Double, uncertainty: Double) {
        let (evaluator, subjects) = ColumnarEquivalenceTests.workload(seed: seed, rules: 200, subjects: 40, missing: missing, uncertainty: uncertainty)
        let reference = subjects.map { evaluator.evaluate($0) }
        #expect(reference.allSatisfy { !$0.findings.isEmpty })
        for selection in Self.selections {
            Self.assertSame(reference, evaluator.evaluate(subjects, listing: selection), selection: selection) {
                evaluator.catalog.standard(ofClause: $0)?.id
            }
        }
    }

    @Test func shippedCatalogsAndExamples() throws {
        let load = Repository.load(["Standards", "Examples"])
        let evaluator = Evaluator(catalog: load.catalog)
        let reference = load.subjects.map { evaluator.evaluate($0) }
        #expect(reference.contains { !$0.scorecards.isEmpty })
        let standardOf = { (clause: String) in evaluator.catalog.standard(ofClause: clause)?.id }
        for selection in Self.selections {
            Self.assertSame(reference, evaluator.evaluate(load.subjects, listing: selection), selection: selection, standardOf: standardOf)
        }
        // No scorecard asked for: unlisted findings are dropped clause by clause (answers, waivers and
        // manual items of the examples included).
        let unscored = load.subjects.map { evaluator.evaluate($0, scorecards: []) }
        for selection in Self.selections + [FindingSelection.undecided.limited(to: [load.catalog.standards[0].id])] {
            Self.assertSame(unscored, evaluator.evaluate(load.subjects, scorecards: [], listing: selection), selection: selection, standardOf: standardOf)
        }
        // Limited to one standard: only its findings are listed; scores are unchanged.
        let standard = try #require(load.catalog.standards.first?.id)
        let limited = FindingSelection.all.limited(to: [standard])
        let batch = evaluator.evaluate(load.subjects, listing: limited)
        Self.assertSame(reference, batch, selection: limited, standardOf: standardOf)
        #expect(batch.flatMap(\.findings).allSatisfy { standardOf($0.clause) == standard })
        #expect(batch.contains { !$0.findings.isEmpty })
    }

    @Test func scorecardChoiceAndMixedKinds() {
        let load = Repository.load(["Standards", "Examples"])
        let evaluator = Evaluator(catalog: load.catalog)
        // Subjects of every kind, interleaved and repeated: results keep the input order.
        let subjects = load.subjects + load.subjects.reversed()
        let chosen = load.catalog.scorecards.prefix(1).map(\.id)
        let reference = subjects.map { evaluator.evaluate($0, scorecards: chosen) }
        #expect(evaluator.evaluate(subjects, scorecards: chosen) == reference)
    }

    @Test func workspaceUsesTheBatchPath() throws {
        let files = ((try? SourceDiscovery.files(at: [Repository.root + "/Standards", Repository.root + "/Examples"])) ?? [])
        let workspace = Workspace(files: files)
        #expect(!workspace.load.subjects.isEmpty)
        let reference = workspace.load.subjects.map { workspace.evaluator.evaluate($0) }
        #expect(try workspace.evaluate() == reference)
        let failedOnly = try workspace.evaluate(listing: .failed)
        #expect(failedOnly.flatMap(\.findings).allSatisfy { $0.outcome == .failed })
        #expect(zip(failedOnly, reference).allSatisfy { $0.counts == $1.counts })
    }
}

