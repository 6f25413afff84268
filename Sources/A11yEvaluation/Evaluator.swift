import A11yModel
import A11yCatalog

/// Evaluates subjects against a catalog: every clause of the standards written for the subject's kind,
/// every scorecard for that kind, with answers and waivers applied (DSL §4–§6).
///
/// Rules are compiled once per subject kind when the evaluator is created; evaluating a subject then
/// reads attributes by integer slot. An evaluator is immutable and `Sendable`: share one across tasks.
public struct Evaluator: Sendable {
    /// The catalog evaluated against.
    public let catalog: Catalog
    let programs: [String: Program]
    let columnar: [String: ColumnarEvaluator]
    /// Per subject kind: what results need from the program (see ``ResultPlan``), made when first needed.
    let plans: ResultPlans

    /// Compiles every rule of `catalog` for every subject kind it has a vocabulary for.
    ///
    /// - Complexity: O(total size of the rules × number of vocabularies).
    public init(catalog: Catalog) {
        self.catalog = catalog
        var programs: [String: Program] = [:]
        for kind in catalog.vocabularies.keys {
            programs[kind] = Program(catalog: catalog, kind: kind)
        }
        self.programs = programs
        var columnar: [String: ColumnarEvaluator] = [:]
        for (kind, program) in programs { columnar[kind] = ColumnarEvaluator(program: program) }
        self.columnar = columnar
        plans = ResultPlans(catalog: catalog)
    }

    /// Evaluates one subject, on the interpreter alone, every finding built with its details and scored
    /// by ``Scorer``: the reference the batch call (``evaluate(_:scorecards:listing:)``, on the columnar
    /// engine, `Evaluator+Results.swift`) is tested against.
    ///
    /// - Parameters:
    ///   - subject: The subject, decoded against this catalog.
    ///   - scorecards: Ids of the scorecards to score; nil scores every scorecard for the subject's kind.
    /// - Returns: Findings for every (rule, instance), clause verdicts and scorecard results.
    public func evaluate(_ subject: Subject, scorecards: [String]? = nil) -> SubjectResult {
        guard let program = programs[subject.kind] else {
            return SubjectResult(id: subject.id, kind: subject.kind, name: subject.name, source: subject.location.file,
                                 region: subject.region, assessed: subject.assessed,
                                 findings: [], clauses: [], scorecards: [])
        }
        let rows = SubjectRows(subject, layout: program.layout)
        let interpreter = Interpreter(tables: program.tables, rows: rows)
        var findings: [Finding] = []
        var verdicts: [ClauseVerdict] = []
        verdicts.reserveCapacity(program.clauses.count)
        let detail = Detail(listing: .all)
        let chosen = catalog.scorecards(forSubjectKind: subject.kind).filter { scorecards?.contains($0.id) ?? true }
        var expected = program.clauses.count
        for rule in program.rules { expected += rule.kind.map { rows.parts[$0]?.count ?? 1 } ?? 1 }
        findings.reserveCapacity(expected)
        for (clause, ruleIndexes) in program.clauses {
            let start = findings.count
            if clause.isManual {
                if subject.answers[clause.id] == nil, let entries = subject.evidence[clause.id], !entries.isEmpty {
                    findings += evidenceFindings(entries, clause: clause, subject: subject, manual: true)
                } else {
                    findings.append(manualFinding(clause, subject: subject))
                }
            } else {
                for index in ruleIndexes {
                    let compiled = program.rules[index]
                    let first = findings.count
                    append(compiled, subject: subject, rows: rows, interpreter: interpreter, layout: program.layout,
                           outcomes: nil, detail: detail, standard: nil, into: &findings, skipsUnlisted: false)
                    let confidence = compiled.rule.isLibraryDefault ? .unverified : clause.provenance.confidence
                    for i in first..<findings.count {
                        findings[i].obligation = compiled.obligation
                        findings[i].isMandatory = compiled.isMandatory
                        findings[i].confidence = confidence
                    }
                    applyAnswer(to: &findings[first...], key: compiled.rule.fullID, subject: subject)
                }
                if let answer = subject.answers[clause.id] {
                    findings.append(answerFinding(answer, clause: clause, subject: subject))
                } else if let entries = subject.evidence[clause.id] {
                    findings += evidenceFindings(entries, clause: clause, subject: subject, manual: false)
                }
            }
            applyWaivers(to: &findings[start...], subject: subject)
            verdicts.append(ClauseVerdict(
                clause: clause.id, verdict: ClauseVerdict.verdict(of: findings[start...].map(\.outcome)),
                obligation: clause.obligation, isMandatory: clause.isMandatory))
        }
        for (owner, ruleIndexes) in program.indicatorRules where scorecards.map({ $0.contains(where: { owner.hasPrefix($0 + ":") }) }) ?? true {
            for index in ruleIndexes {
                let compiled = program.rules[index]
                let start = findings.count
                append(compiled, subject: subject, rows: rows, interpreter: interpreter, layout: program.layout,
                       outcomes: nil, detail: detail, standard: nil, into: &findings, skipsUnlisted: false)
                if compiled.rule.isLibraryDefault {
                    for i in start..<findings.count { findings[i].confidence = .unverified }
                }
                applyAnswer(to: &findings[start...], key: compiled.rule.fullID, subject: subject)
                applyWaivers(to: &findings[start...], subject: subject)
            }
        }
        if !program.links.isEmpty { Corroborations.mark(&findings, links: program.links) }
        let scored = chosen.map { scorecard in
            Scorer.score(scorecard, findings: findings, conditions: indicatorConditions(of: scorecard, program: program, interpreter: interpreter))
        }
        return SubjectResult(id: subject.id, kind: subject.kind, name: subject.name, source: subject.location.file,
                             region: subject.region, assessed: subject.assessed,
                             findings: findings, clauses: verdicts, scorecards: scored)
    }

    /// The value of each of `scorecard`'s indicator conditions (`when`) for the interpreter's subject, by
    /// indicator id (nil value: cannot tell).
    func indicatorConditions(of scorecard: Scorecard, program: Program, interpreter: Interpreter) -> [String: Bool?] {
        var conditions: [String: Bool?] = [:]
        for indicator in scorecard.indicators {
            guard let node = program.indicatorConditions["\(scorecard.id):\(indicator.id)"] else { continue }
            conditions[indicator.id] = .some(Self.indicatorCondition(node, interpreter: interpreter))
        }
        return conditions
    }

    /// Whether an indicator's compiled `when` holds for the interpreter's subject (nil: unknown).
    static func indicatorCondition(_ node: Node, interpreter: Interpreter) -> Bool? {
        guard case .bool(let holds) = interpreter.evaluate(node, []) else { return nil }
        return holds
    }

    /// Keeps in `result` only the findings `listing` lists (a finding's standard is its clause's), and
    /// the counts of all of them in ``A11yModel/SubjectResult/totals``. Listing from a result that is already a
    /// selection narrows it further; `listing` should not list more than the result holds.
    public func select(_ listing: FindingSelection, in result: inout SubjectResult) {
        if result.totals == nil { result.waivedFailureTotal = result.findings.filter { $0.outcome == .failed && !$0.counts }.count }
        result.totals = result.counts
        result.selection = listing
        // Each chosen scorecard's coverage, worked out once per clause and rule (not once per finding).
        let coverings = listing.scorecards.map { ids in catalog.scorecards.filter { ids.contains($0.id) }.map(CoveringIndicators.init) }
        result.findings.removeAll { finding in
            if let coverings, !coverings.contains(where: { !$0.indexes(of: finding).isEmpty }) { return true }
            return !listing.lists(finding.outcome, standard: listing.standards == nil ? nil : catalog.standard(ofClause: finding.clause)?.id)
        }
    }

    /// Runs one rule over a subject (used by rule tests): one finding per instance, or one for the subject.
    ///
    /// - Parameters:
    ///   - rule: A rule of this catalog (or any rule written against `vocabulary`).
    ///   - subject: The subject.
    ///   - vocabulary: The vocabulary the rule is written against.
    ///   - tables: The tables of the rule's standard.
    public static func evaluate(_ rule: Rule, on subject: Subject, vocabulary: Vocabulary, tables: [Table]) -> [Finding] {
        let program = Program(rule: rule, vocabulary: vocabulary, tables: tables)
        guard let compiled = program.rules.first else { return [] }
        let rows = SubjectRows(subject, layout: program.layout)
        let interpreter = Interpreter(tables: program.tables, rows: rows)
        return Evaluator(catalog: Catalog()).evaluate(compiled, subject: subject, rows: rows, interpreter: interpreter, layout: program.layout)
    }

    // MARK: Findings

    private func evaluate(_ compiled: CompiledRule, subject: Subject, rows: SubjectRows, interpreter: Interpreter, layout: SlotLayout) -> [Finding] {
        var findings: [Finding] = []
        append(compiled, subject: subject, rows: rows, interpreter: interpreter, layout: layout, outcomes: nil,
               detail: Detail(listing: .all), standard: nil, into: &findings, skipsUnlisted: false)
        return findings
    }

    /// Appends one rule's findings for a subject: one per instance, or one for the subject. Outcomes come
    /// from `outcomes` (the columnar engine's codes) or, when nil, from the interpreter; only findings
    /// `detail` lists get their observed values, expectation, explanation and message; with `skipsUnlisted`
    /// and no answer or waiver naming the rule, unlisted findings are not built at all (the caller counts
    /// their outcomes from the bytes).
    func append(_ compiled: CompiledRule, subject: Subject, rows: SubjectRows, interpreter: Interpreter, layout: SlotLayout,
                        outcomes: ArraySlice<UInt8>?, detail: Detail, standard: String?, into findings: inout [Finding],
                        skipsUnlisted: Bool) {
        let rule = compiled.rule
        let answer = subject.answers.isEmpty ? nil : subject.answers[rule.fullID]
        // A failure a waiver covers is counted apart (``SubjectResult/waivedFailureTotal``): build it.
        let countsOnly = skipsUnlisted && answer == nil
            && (subject.waivers.isEmpty || (subject.waivers[rule.fullID] == nil && subject.waivers[rule.clauseID] == nil))
        // Whether the finding for `instance` with outcome `outcome` is listed, so built with its details.
        func detailed(_ outcome: Outcome, instance: String) -> Bool {
            if detail.everything { return true }
            let final = answer.flatMap { $0.instance == nil || $0.instance == instance ? $0.outcome : nil } ?? outcome
            return detail.listing.lists(final, standard: standard)
        }
        func light(_ outcome: Outcome, part: String?, instance: String) -> Finding {
            Finding(rule: rule.fullID, clause: rule.clauseID, part: part, instance: instance, outcome: outcome,
                    severity: rule.severity, supersededBy: compiled.supersededBy)
        }
        // Without the engine's outcomes the interpreter decides them, from the rule's trees read once.
        let trees = outcomes == nil ? compiled.trees : nil
        guard let kind = compiled.kind else {
            let outcome = outcomes.flatMap(\.first).map(ColumnarEvaluator.outcome) ?? interpreter.outcome(of: trees ?? compiled.trees, instance: [])
            guard detailed(outcome, instance: subject.id) else {
                return countsOnly ? () : findings.append(light(outcome, part: nil, instance: subject.id))
            }
            return findings.append(finding(compiled, instance: [], id: subject.id, part: nil, attributes: [:], subject: subject,
                                           location: subject.location, interpreter: interpreter, layout: layout, outcome: outcome))
        }
        let kindName = layout.kindName(kind)
        guard let instances = rows.parts[kind] else {
            // The subject does not say whether it has any: the part kind was not surveyed. If the rule's
            // `when` is false whatever the instances hold (it depends on facts only), it does not apply.
            let outcome = outcomes.flatMap(\.first).map(ColumnarEvaluator.outcome)
                ?? interpreter.unsurveyedOutcome(of: trees ?? compiled.trees, kind: kind, layout: layout)
            guard detailed(outcome, instance: subject.id) else {
                return countsOnly ? () : findings.append(light(outcome, part: kindName, instance: subject.id))
            }
            if outcome == .inapplicable {
                return findings.append(Finding(
                    rule: rule.fullID, clause: rule.clauseID, part: kindName, instance: subject.id, outcome: .inapplicable,
                    severity: rule.severity, expected: compiled.rule.check.source,
                    reason: FindingReason.conditionFalseWhateverParts(kindName, title: partTitle(kindName, subject: subject)),
                    location: subject.location, supersededBy: compiled.supersededBy))
            }
            return findings.append(Finding(
                rule: rule.fullID, clause: rule.clauseID, part: kindName, instance: subject.id, outcome: .cantTell,
                severity: rule.severity, expected: compiled.rule.check.source, missing: ["parts.\(kindName)"],
                reason: FindingReason.partsNotListed(kindName, title: partTitle(kindName, subject: subject)),
                location: subject.location,
                supersededBy: compiled.supersededBy))
        }
        // The subject's instances, read only for a listed finding (reading them may decode a deferred subject).
        var declared: [PartInstance]?
        let ids = rows.instanceIDs[kind]
        for index in instances.indices {
            let outcome = outcomes.map { ColumnarEvaluator.outcome($0[$0.startIndex + index]) }
                ?? interpreter.outcome(of: trees ?? compiled.trees, instance: instances[index])
            guard detailed(outcome, instance: ids[index]) else {
                if !countsOnly { findings.append(light(outcome, part: kindName, instance: ids[index])) }
                continue
            }
            if declared == nil { declared = subject.parts[kindName] ?? [] }
            let listed = declared ?? []
            findings.append(finding(compiled, instance: instances[index], id: ids[index], part: kindName,
                           attributes: index < listed.count ? listed[index].attributes : [:], subject: subject,
                           location: index < listed.count ? listed[index].location : subject.location,
                           interpreter: interpreter, layout: layout, outcome: outcome))
        }
    }

    private func finding(_ compiled: CompiledRule, instance: [Datum], id: String, part: String?, attributes: [String: Observation],
                         subject: Subject, location: SourceLocation, interpreter: Interpreter, layout: SlotLayout, outcome: Outcome) -> Finding {
        let rule = compiled.rule
        let presentation = compiled.presentation
        var explanation = Interpreter.Explanation()
        if outcome == .cantTell {
            let trees = compiled.trees
            if let when = trees.when, interpreter.evaluate(when, instance).isUnknown {
                interpreter.explain(when, instance, kind: compiled.kind, layout: layout, into: &explanation)
                explanation.addReason(FindingReason.applicabilityUnknown)
            } else {
                interpreter.explain(trees.check, instance, kind: compiled.kind, layout: layout, into: &explanation)
                interpreter.explainStraddles(presentation.expectation, instance, into: &explanation)
            }
        }
        var observed: [ObservedValue] = []
        var unobserved: [String] = []
        for (_, name) in presentation.observedAttributes {
            if let value = attributes[name] { observed.append(ObservedValue(name: name, text: value.text, value: value.value, location: value.location)) } else { unobserved.append(name) }
        }
        // Read once: a deferred subject's facts are behind a lock.
        let facts = presentation.observedFacts.isEmpty ? [:] : subject.facts
        for (_, name) in presentation.observedFacts {
            let shown = part == nil ? name : "subject.\(name)"
            if let value = facts[name] { observed.append(ObservedValue(name: shown, text: value.text, value: value.value, location: value.location)) } else { unobserved.append(shown) }
        }
        let expected = interpreter.render(presentation.expectation, instance)
        var message: LocalizedText?
        if outcome == .failed, !rule.message.isEmpty {
            message = MessageTemplate.fill(rule.message, observed: observed.map { ($0.name, $0.text) }, unobserved: unobserved,
                                           expected: expected, instance: id)
        }
        var finding = Finding(
            rule: rule.fullID, clause: rule.clauseID, part: part, instance: id, outcome: outcome, severity: rule.severity,
            expected: expected, missing: explanation.missing,
            reason: FindingReason.joined(explanation.reasons),
            message: message, location: location, supersededBy: compiled.supersededBy)
        finding.observedValues = observed
        return finding
    }

    func manualFinding(_ clause: Clause, subject: Subject) -> Finding {
        if let answer = subject.answers[clause.id] {
            return answerFinding(answer, clause: clause, subject: subject)
        }
        var finding = Finding(
            rule: nil, clause: clause.id, part: nil, instance: subject.id, outcome: .untested, severity: clause.obligation.severity,
            expected: clause.question?.en ?? clause.question?.zh, reason: FindingReason.unanswered,
            message: clause.question, location: subject.location, supersededBy: clause.supersededBy)
        finding.obligation = clause.obligation
        finding.isMandatory = clause.isMandatory
        return finding
    }

    func answerFinding(_ answer: Answer, clause: Clause, subject: Subject) -> Finding {
        var finding = Finding(
            rule: nil, clause: clause.id, part: nil, instance: subject.id, outcome: answer.outcome, severity: clause.obligation.severity,
            expected: clause.question?.en ?? clause.question?.zh, reason: answer.note.map(FindingReason.note), message: clause.question,
            location: answer.location, answer: answer, supersededBy: clause.supersededBy)
        finding.obligation = clause.obligation
        finding.isMandatory = clause.isMandatory
        return finding
    }

    /// The part kind's title in the subject's vocabulary, for reasons.
    private func partTitle(_ kind: String, subject: Subject) -> LocalizedText? {
        catalog.vocabularies[subject.kind]?.part(kind)?.title
    }

    /// Findings imported from tools for one clause, one per instance. For a manual clause, the
    /// instances of the same part kinds that the evidence does not reach leave the clause untested
    /// for them (one subject-level untested finding); for a clause with rules only imported failures
    /// count, as the rules decide the rest from the attributes.
    func evidenceFindings(_ entries: [Answer], clause: Clause, subject: Subject, manual: Bool) -> [Finding] {
        let kept = manual ? entries : entries.filter { $0.outcome == .failed }
        var findings = kept.map { entry in
            var finding = Finding(
                rule: nil, clause: clause.id, part: subject.parts.first { $0.value.contains { $0.id == entry.instance } }?.key,
                instance: entry.instance ?? subject.id, outcome: entry.outcome, severity: clause.obligation.severity,
                expected: clause.question?.en ?? clause.question?.zh, reason: FindingReason.imported(entry), message: clause.question,
                location: entry.location, answer: entry, supersededBy: clause.supersededBy)
            finding.obligation = clause.obligation
            finding.isMandatory = clause.isMandatory
            return finding
        }
        let covered = Set(entries.compactMap(\.instance))
        let reached = subject.parts.values.filter { $0.contains { covered.contains($0.id) } }
        if manual, reached.isEmpty || reached.contains(where: { $0.contains { !covered.contains($0.id) } }) {
            findings.append(manualFinding(clause, subject: subject))
        }
        return findings
    }

    /// An answer keyed by a rule id replaces that rule's outcome (for one instance if it names one).
    func applyAnswer(to findings: inout ArraySlice<Finding>, key: String, subject: Subject) {
        guard let answer = subject.answers[key] else { return }
        for index in findings.indices where answer.instance == nil || answer.instance == findings[index].instance {
            findings[index].outcome = answer.outcome
            findings[index].answer = answer
            findings[index].reason = answer.note.map(FindingReason.note) ?? FindingReason.answered
            findings[index].missing = []
            findings[index].message = nil
            findings[index].location = answer.location
        }
    }

    /// Waivers keyed by rule id take precedence over waivers keyed by clause id.
    func applyWaivers(to findings: inout ArraySlice<Finding>, subject: Subject) {
        guard !subject.waivers.isEmpty else { return }
        for index in findings.indices {
            let finding = findings[index]
            func covering(_ key: String?) -> (String, Waiver)? {
                guard let key, let waiver = subject.waivers[key], waiver.instance == nil || waiver.instance == finding.instance else { return nil }
                return (key, waiver)
            }
            guard let (key, waiver) = covering(finding.rule) ?? covering(finding.clause) else { continue }
            findings[index].waiver = AppliedWaiver(waiver: waiver, key: key, isExpired: waiver.isExpired(on: subject.assessed))
        }
    }
}

extension Evaluator {
    /// The outcomes of every rule for many subjects of one kind, evaluated column by column (loops over
    /// contiguous arrays; text and date comparisons on the interpreter) and, when
    /// `parallel`, split across cores. Answers and waivers are not applied; use
    /// ``evaluate(_:scorecards:)`` for a subject's full findings.
    ///
    /// - Parameters:
    ///   - subjects: Subjects decoded against this catalog; those of other kinds are left out.
    ///   - kind: The subject kind (vocabulary id) whose rules are run.
    ///   - parallel: Whether to split the subjects across cores.
    /// - Complexity: O(rules × instances).
    public func outcomes(of subjects: [Subject], kind: String, parallel: Bool = true) -> OutcomeTable {
        outcomes(of: prepare(subjects, kind: kind, chunks: parallel ? nil : 1), parallel: parallel)
    }

    /// Lays out the subjects of `kind` for repeated columnar evaluation.
    ///
    /// - Parameters:
    ///   - subjects: Subjects decoded against this catalog; those of other kinds are left out.
    ///   - kind: The subject kind (vocabulary id) to lay out.
    ///   - chunks: How many chunks to split the subjects into; nil picks one per core.
    public func prepare(_ subjects: [Subject], kind: String, chunks: Int? = nil) -> SubjectBatch {
        guard let columnar = columnar[kind] else { return SubjectBatch(chunks: [], subjectCount: 0) }
        let matching = subjects.filter { $0.kind == kind }
        return columnar.prepare(matching, chunks: chunks ?? ColumnarEvaluator.activeProcessorCount)
    }

    /// Evaluates a prepared batch.
    ///
    /// - Parameters:
    ///   - batch: Made by ``prepare(_:kind:chunks:)`` with this evaluator, for `kind`.
    ///   - kind: The subject kind.
    ///   - parallel: Whether to evaluate chunks on all cores.
    ///   - selection: Which rules to run.
    ///   - previous: A table this call may write over instead of allocating (pass the last result when
    ///     evaluating the same batch again; it must not be used afterwards).
    public func outcomes(of batch: SubjectBatch, kind: String? = nil, parallel: Bool = true, selection: RuleSelection = .all,
                         reusing previous: consuming OutcomeTable? = nil) -> OutcomeTable {
        let kind = kind ?? batchKind(batch)
        guard let kind, let columnar = columnar[kind] else { return .empty }
        return columnar.evaluate(batch, parallel: parallel, selection: selection, reusing: consume previous)
    }

    private func batchKind(_ batch: SubjectBatch) -> String? {
        batch.chunks.first?.rows.first?.kind
    }

    /// The same table computed by the interpreter alone, one subject and instance at a time: the
    /// reference the columnar path is tested against.
    public func referenceOutcomes(of subjects: [Subject], kind: String) -> OutcomeTable {
        guard let program = programs[kind] else { return .empty }
        let matching = subjects.filter { $0.kind == kind }
        var groupSubjects = [[Int32]](repeating: [], count: program.layout.kindCount + 1)
        let allRows = matching.map { SubjectRows($0, layout: program.layout) }
        for (s, rows) in allRows.enumerated() {
            for kind in 0..<program.layout.kindCount {
                groupSubjects[kind] += [Int32](repeating: Int32(s), count: rows.parts[kind]?.count ?? 1)
            }
            groupSubjects[program.layout.kindCount].append(Int32(s))
        }
        let layout = RunLayout(groups: program.rules.map { $0.kind ?? program.layout.kindCount }, groupCount: program.layout.kindCount + 1)
        var chunk = OutcomeTable.Chunk(codes: [], layout: layout, groupSubjects: groupSubjects)
        var codes = [UInt8](repeating: 0, count: chunk.groupStarts[chunk.groupStarts.count - 1])
        for (index, rule) in program.rules.enumerated() {
            var position = chunk.start(index)
            for rows in allRows {
                let interpreter = Interpreter(tables: program.tables, rows: rows)
                let instances: [[Datum]?] = rule.kind.map { kind in rows.parts[kind].map { $0.map { Optional($0) } } ?? [nil] } ?? [[]]
                let trees = rule.trees
                for instance in instances {
                    let outcome = instance.map { interpreter.outcome(of: trees, instance: $0) }
                        ?? interpreter.unsurveyedOutcome(of: trees, kind: rule.kind, layout: program.layout)
                    codes[position] = ColumnarEvaluator.code(outcome)
                    position += 1
                }
            }
        }
        chunk.codes = codes
        return OutcomeTable(rules: program.ruleIDs, layout: layout,
                            chunks: [chunk], fastRules: 0)
    }
}
