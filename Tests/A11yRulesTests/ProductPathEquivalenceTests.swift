import Testing
import A11yRules
import A11yBenchmarking

/// The batch API (`Evaluator.evaluate(_:scorecards:listing:)`, used by `evaluate` and `Workspace`)
/// runs the columnar engine; its results must be exactly the reference evaluation's, subject by
/// subject, and a finding selection must change only which findings are listed.
@Suite("The product path equals the reference evaluation")
struct ProductPathEquivalenceTests {
    static let selections: [FindingSelection] = [.all, .none, .failed, .undecided, FindingSelection(outcomes: [.passed, .inapplicable])]

    /// Checks `batch` against `reference` under `selection`: with a selection, the reference is narrowed
    /// by ``Evaluator/select(_:in:)`` (what `evaluate` does with a result that lists every finding) and
    /// must then equal the batch's result in every field, totals and waived failures included.
    static func assertSame(_ reference: [SubjectResult], _ batch: [SubjectResult], selection: FindingSelection,
                           evaluator: Evaluator) {
        #expect(reference.count == batch.count)
        for (expected, actual) in zip(reference, batch) {
            if selection.isAll {
                #expect(expected == actual, "\(expected.id)")
                continue
            }
            var narrowed = expected
            evaluator.select(selection, in: &narrowed)
            #expect(actual.counts == expected.counts, "\(expected.id): counts")
            #expect(actual.countedFailures == expected.countedFailures, "\(expected.id): counted failures")
            #expect(actual.clauses == expected.clauses, "\(expected.id): clause verdicts")
            #expect(actual.scorecards == expected.scorecards, "\(expected.id): scores")
            #expect(actual.findings == narrowed.findings, "\(expected.id): listed findings")
            #expect(actual.selection == selection)
            #expect(actual == narrowed, "\(expected.id): whole result")
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
            Self.assertSame(reference, evaluator.evaluate(subjects, listing: selection), selection: selection, evaluator: evaluator)
        }
    }

    @Test func shippedCatalogsAndExamples() async throws {
        let load = Repository.load(["Standards", "Examples"])
        let evaluator = Evaluator(catalog: load.catalog)
        let reference = load.subjects.map { evaluator.evaluate($0) }
        #expect(reference.contains { !$0.scorecards.isEmpty })
        // Plans are made when a kind is first evaluated: first batches on several tasks at once get the
        // reference's results.
        let batches = await withTaskGroup(of: [SubjectResult].self) { group in
            for _ in 0..<2 { group.addTask { evaluator.evaluate(load.subjects) } }
            var all: [[SubjectResult]] = []
            for await batch in group { all.append(batch) }
            return all
        }
        #expect(batches.count == 2 && batches.allSatisfy { $0 == reference })
        let standardOf = { (clause: String) in evaluator.catalog.standard(ofClause: clause)?.id }
        for selection in Self.selections {
            Self.assertSame(reference, evaluator.evaluate(load.subjects, listing: selection), selection: selection, evaluator: evaluator)
        }
        // No scorecard asked for: unlisted findings are dropped clause by clause (answers, waivers and
        // manual items of the examples included).
        let unscored = load.subjects.map { evaluator.evaluate($0, scorecards: []) }
        for selection in Self.selections + [FindingSelection.undecided.limited(to: [load.catalog.standards[0].id])] {
            Self.assertSame(unscored, evaluator.evaluate(load.subjects, scorecards: [], listing: selection), selection: selection, evaluator: evaluator)
        }
        // Limited to one standard: only its findings are listed; scores are unchanged.
        let standard = try #require(load.catalog.standards.first?.id)
        let limited = FindingSelection.all.limited(to: [standard])
        let batch = evaluator.evaluate(load.subjects, listing: limited)
        Self.assertSame(reference, batch, selection: limited, evaluator: evaluator)
        #expect(batch.flatMap(\.findings).allSatisfy { standardOf($0.clause) == standard })
        #expect(batch.contains { !$0.findings.isEmpty })
        // Every finding listed, one scorecard scored (`evaluate --scorecard ID --all-findings`): scored from
        // the tallies, every field the reference's.
        // (Only the subjects the scorecard is for: the others' results are the unscored ones above.)
        for card in load.catalog.scorecards {
            let scoredKind = load.subjects.filter { subject in
                load.catalog.scorecards(forSubjectKind: subject.kind).contains { $0.id == card.id }
            }
            #expect(!scoredKind.isEmpty, "\(card.id)")
            let scored = scoredKind.map { evaluator.evaluate($0, scorecards: [card.id]) }
            Self.assertSame(scored, evaluator.evaluate(scoredKind, scorecards: [card.id], listing: .all), selection: .all, evaluator: evaluator)
        }
        // `--scorecard ID`: only the findings the named scorecard counts are listed.
        for card in load.catalog.scorecards {
            for selection in [FindingSelection.failed, .undecided, .all].map({ $0.limited(toScorecards: [card.id]) }) {
                Self.assertSame(reference, evaluator.evaluate(load.subjects, listing: selection), selection: selection, evaluator: evaluator)
            }
        }
    }

    /// Synthetic subjects scored on two scorecards (every method, a `when`, a presence requirement, an
    /// indicator rule, a veto), with seeded answers (by rule, for one instance, by clause), waivers (by
    /// rule and clause, for one instance, in force and expired), evidence, empty and unsurveyed part kinds.
    @Test(arguments: [
        (UInt64(21), 0.0, 0.0),
        (UInt64(22), 0.05, 0.05),
        (UInt64(23), 0.4, 0.4),
    ])
    func scoredSyntheticWorkloads(seed: UInt64, missing: Double, uncertainty: Double) {
        let (evaluator, subjects) = Self.scoredWorkload(seed: seed, rules: 240, subjects: 40, missing: missing, uncertainty: uncertainty)
        #expect(subjects.count == 40)
        #expect(subjects.contains { !$0.answers.isEmpty } && subjects.contains { !$0.waivers.isEmpty } && subjects.contains { !$0.evidence.isEmpty })
        let reference = subjects.map { evaluator.evaluate($0) }
        #expect(reference.allSatisfy { $0.scorecards.count == 2 })
        #expect(reference.contains { $0.findings.contains { $0.waiver != nil } } && reference.contains { $0.findings.contains(where: \.isAnswered) })
        let ids = [SyntheticWorkload.scorecardID(0), SyntheticWorkload.scorecardID(1)]
        let selections = Self.selections + [
            FindingSelection.failed.limited(toScorecards: [ids[0]]),
            FindingSelection.undecided.limited(to: [SyntheticWorkload.standardID]),
            FindingSelection.all.limited(toScorecards: [ids[1]]),
        ]
        for selection in selections {
            Self.assertSame(reference, evaluator.evaluate(subjects, listing: selection), selection: selection, evaluator: evaluator)
        }
        // One scorecard asked for: its indicator rule runs, the other's does not.
        let second = subjects.map { evaluator.evaluate($0, scorecards: [ids[1]]) }
        for selection in [FindingSelection.all, .none, .failed] {
            Self.assertSame(second, evaluator.evaluate(subjects, scorecards: [ids[1]], listing: selection), selection: selection, evaluator: evaluator)
        }
    }

    static func scoredWorkload(seed: UInt64, rules: Int, subjects: Int, missing: Double, uncertainty: Double) -> (Evaluator, [Subject]) {
        let workload = SyntheticWorkload(rules: rules, instancesPerKind: 3, missingRate: missing, uncertaintyRate: uncertainty, seed: seed,
                                         scorecards: 2)
        var files = [
            SourceFile(path: "vocabulary.yaml", text: workload.vocabularyYAML()),
            SourceFile(path: "standard.yaml", text: workload.standardYAML()),
            SourceFile(path: "scorecard-1.yaml", text: workload.scorecardYAML(0)),
            SourceFile(path: "scorecard-2.yaml", text: workload.scorecardYAML(1)),
        ]
        var random = SplitMix64(seed: seed &* 31)
        for index in 0..<subjects {
            files.append(SourceFile(path: "subject-\(index).json", text: Self.withExceptions(workload.subjectJSON(index), rules: rules, random: &random)))
        }
        let load = CatalogLoader.load(files)
        let hasErrors = load.hasErrors
        #expect(!hasErrors, "\(load.diagnostics.prefix(3).map(\.message))")
        return (Evaluator(catalog: load.catalog), load.subjects)
    }

    /// A generated subject with seeded answers, waivers and evidence added, and one part kind emptied or
    /// left unsurveyed now and then.
    static func withExceptions(_ json: String, rules: Int, random: inout SplitMix64) -> String {
        func roll(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        func clause(ofRule rule: Int) -> String {
            let number = rule / 4 + 1
            return "\(SyntheticWorkload.standardID):\(number / 100 + 1).\(number % 100)"
        }
        func ruleID(_ rule: Int) -> String { "\(clause(ofRule: rule))#r\(rule)" }
        // Part kinds 0 to 5 are always surveyed with 3 instances.
        func instance() -> String { "part\(roll(6))-\(roll(3))" }
        var text = json
        // Part kinds 6 and 7 are never first: drop one (unsurveyed) or empty it.
        for kind in [6, 7] where roll(4) == 0 {
            guard let start = text.range(of: ", \"part\(kind)\": ["), let end = text[start.upperBound...].firstIndex(of: "]") else { continue }
            text.replaceSubrange(start.lowerBound...end, with: roll(2) == 0 ? "" : ", \"part\(kind)\": []")
        }
        let outcomes = ["passed", "failed", "inapplicable", "cantTell"]
        var answers: [String] = []
        var keys: Set<String> = []
        for _ in 0..<roll(4) {
            let scope = roll(3) == 0 ? ", \"instance\": \"\(instance())\"" : ""
            let key = ruleID(roll(rules))
            guard keys.insert(key).inserted else { continue }
            answers.append("\"\(key)\": {\"outcome\": \"\(outcomes[roll(4)])\", \"note\": \"复核\"\(scope)}")
        }
        if roll(3) == 0 { answers.append("\"\(clause(ofRule: roll(rules)))\": {\"outcome\": \"\(outcomes[roll(2)])\"}") }
        var waivers: [String] = []
        keys = []
        for _ in 0..<roll(3) {
            let key = roll(2) == 0 ? ruleID(roll(rules)) : clause(ofRule: roll(rules))
            guard keys.insert(key).inserted else { continue }
            let scope = roll(3) == 0 ? ", \"instance\": \"\(instance())\"" : ""
            waivers.append("\"\(key)\": {\"reason\": \"改造计划\", \"until\": \"\(roll(3) == 0 ? "2022-01-01" : "2023-12-31")\"\(scope)}")
        }
        var evidence: [String] = []
        if roll(3) == 0 {
            evidence.append("\"\(clause(ofRule: roll(rules)))\": [{\"outcome\": \"failed\", \"instance\": \"part0-\(roll(3))\"}, {\"outcome\": \"passed\", \"instance\": \"part1-0\"}]")
        }
        var extra = ""
        if !answers.isEmpty { extra += ", \"answers\": {\(answers.joined(separator: ", "))}" }
        if !waivers.isEmpty { extra += ", \"waivers\": {\(waivers.joined(separator: ", "))}" }
        if !evidence.isEmpty { extra += ", \"evidence\": {\(evidence.joined(separator: ", "))}" }
        return String(text.dropLast(2)) + extra + "}}"
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

