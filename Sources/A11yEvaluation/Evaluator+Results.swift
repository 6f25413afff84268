import A11yModel
import A11yCatalog

/// Results from the engine's outcome bytes (the batch API): counts, clause verdicts and scores are
/// computed from per-rule outcome tallies over each subject's rows, and `Finding` values are built only
/// where they are listed or where something sparse touches them — an answer, a waiver, a link
/// (`same_as`), a manual clause, evidence. With every finding listed they are all built, but scored from
/// the same tallies (not by testing each finding against each indicator). Results are identical to the
/// reference (``Evaluator/evaluate(_:scorecards:)``, then ``Evaluator/select(_:in:)`` with a selection):
/// `ProductPathEquivalenceTests` compares them.
extension Evaluator {
    /// What one batch call asks of the results of one subject kind.
    struct ResultRequest {
        let program: Program
        let plan: ResultPlan
        let listing: FindingSelection
        let detail: Detail
        /// The scorecards to score, in catalog order.
        let chosen: [ScorecardPlan]
        /// Per indicator-rule owner: whether its rules run (the owner's scorecard is scored).
        let ownerRuns: [Bool]
        /// Per slot: whether its findings can be listed as far as standards go.
        let slotListed: [Bool]
        /// With `--scorecard`: per rule and per slot (clause-level findings), whether the named
        /// scorecards cover it.
        let coveredRules: [Bool]?
        let coveredSlots: [Bool]?
        /// Bit `code` set when the listing lists outcome `code`.
        let listedCodes: UInt8

        init(evaluator: Evaluator, program: Program, plan: ResultPlan, scorecards: [String]?, listing: FindingSelection) {
            self.program = program
            self.plan = plan
            self.listing = listing
            detail = Detail(listing: listing)
            chosen = plan.scorecards.filter { scorecards?.contains($0.scorecard.id) ?? true }
            ownerRuns = program.indicatorRules.map { entry in
                scorecards.map { $0.contains(where: { entry.owner.hasPrefix($0 + ":") }) } ?? true
            }
            slotListed = plan.slotStandard.map { standard in
                listing.standards.map { standards in standard.map(standards.contains) ?? false } ?? true
            }
            let named = listing.scorecards.map { ids in evaluator.catalog.scorecards.filter { ids.contains($0.id) } } ?? []
            let planned = plan.scorecards.filter { card in named.contains { $0.id == card.scorecard.id } }
            if listing.scorecards != nil, planned.count == named.count {
                // Every named scorecard is one of this kind's: what it covers is in the plan.
                var rules = [Bool](repeating: false, count: program.rules.count)
                var slots = [Bool](repeating: false, count: plan.slotStandard.count)
                for indicator in planned.flatMap(\.indicators) {
                    for entry in indicator.entries {
                        if entry >= 0 { rules[Int(entry)] = true } else { slots[Int(-1 - entry)] = true }
                    }
                }
                coveredRules = rules
                coveredSlots = slots
            } else if let ids = listing.scorecards {
                let covers = evaluator.catalog.scorecards.filter { ids.contains($0.id) }.flatMap { card in
                    card.indicators.map { Scorer.covered(by: $0, in: card) }
                }
                coveredRules = program.rules.map { compiled in
                    let probe = Finding(rule: compiled.rule.fullID, clause: compiled.rule.clauseID, part: nil, instance: "",
                                        outcome: .passed, severity: .error)
                    return covers.contains { $0(probe) }
                }
                coveredSlots = program.clauses.map { entry in
                    let probe = Finding(rule: nil, clause: entry.clause.id, part: nil, instance: "", outcome: .passed, severity: .error)
                    return covers.contains { $0(probe) }
                } + program.indicatorRules.map { _ in false }
            } else {
                coveredRules = nil
                coveredSlots = nil
            }
            var codes: UInt8 = 0
            for outcome in listing.outcomes { codes |= 1 << ColumnarEvaluator.code(outcome) }
            listedCodes = codes
        }

        /// Whether a finding of `rule` (nil: a clause-level finding) in `slot` with `outcome` is listed.
        func lists(_ outcome: Outcome, slot: Int, rule: Int?) -> Bool {
            guard slotListed[slot], listedCodes & (1 << ColumnarEvaluator.code(outcome)) != 0 else { return false }
            if let rule { return coveredRules?[rule] ?? true }
            return coveredSlots?[slot] ?? true
        }
    }

    /// Working memory of the results pass over one chunk, reused subject after subject.
    struct ResultScratch {
        /// Per rule: passed, failed and undecided findings on the current subject (rules counted, not built).
        var counts: [UInt32]
        /// Per rule: whether its findings on the current subject are built (linked, answered or waived).
        var built: [Bool]
        /// Rules marked built for the current subject only (to clear afterwards).
        var marked: [Int32] = []
        /// Per clause key: whether the current subject has a finding of that clause that is not inapplicable.
        var governing: [Bool]
        var governed: [Int32] = []

        init(plan: ResultPlan) {
            counts = [UInt32](repeating: 0, count: plan.isLinked.count * 3)
            built = plan.isLinked
            governing = [Bool](repeating: false, count: plan.clauseKeys.count)
        }

        mutating func mark(_ rule: Int32) {
            guard !built[Int(rule)] else { return }
            built[Int(rule)] = true
            marked.append(rule)
        }

        mutating func govern(_ key: Int32) {
            guard key >= 0, !governing[Int(key)] else { return }
            governing[Int(key)] = true
            governed.append(key)
        }

        func isSuperseded(_ keys: [Int32]) -> Bool {
            keys.contains { $0 >= 0 && governing[Int($0)] }
        }

        mutating func reset() {
            for rule in marked { built[Int(rule)] = false }
            marked.removeAll(keepingCapacity: true)
            for key in governed { governing[Int(key)] = false }
            governed.removeAll(keepingCapacity: true)
        }
    }

    /// Built findings of one place: their range in the subject's findings, their slot, and their rule
    /// (nil: clause-level findings).
    private struct BuiltRange {
        let range: Range<Int>
        let slot: Int
        let rule: Int?
    }

    /// One subject's result from the chunk's outcome table (`s` is the subject's index in the chunk).
    func result(of subject: Subject, at s: Int, request: ResultRequest, rows: SubjectRows, table: OutcomeTable.Chunk,
                starts: RowStarts, scratch: inout ResultScratch) -> SubjectResult {
        let program = request.program, plan = request.plan, layout = program.layout
        defer { scratch.reset() }
        // The subject's rows in each row group (part kinds, then the subject's own row).
        var groupStart = [Int](repeating: s, count: layout.kindCount + 1)
        var groupRows = [Int](repeating: 1, count: layout.kindCount + 1)
        for kind in 0..<layout.kindCount {
            groupStart[kind] = starts.start(of: s, group: kind)
            groupRows[kind] = starts.count(of: s, group: kind)
        }
        for key in subject.answers.keys { for rule in plan.rules(withID: key) { scratch.mark(Int32(rule)) } }
        for key in subject.waivers.keys {
            for rule in plan.rules(withID: key) { scratch.mark(Int32(rule)) }
            for rule in plan.rules(withClauseID: key, in: program) { scratch.mark(Int32(rule)) }
        }
        let interpreter = Interpreter(tables: program.tables, rows: rows)
        var findings: [Finding] = []
        if request.detail.everything {
            // Every finding is built: one per (rule, row), plus about one per clause.
            var expected = program.clauses.count
            for index in program.rules.indices { expected += groupRows[Int(plan.ruleGroup[index])] }
            findings.reserveCapacity(expected)
        }
        var built: [BuiltRange] = []
        var ruleRanges: [Int32: Range<Int>] = [:]
        var slotRanges: [Int32: Range<Int>] = [:]
        var totals = (0, 0, 0, 0, 0)
        var verdicts: [ClauseVerdict] = []
        verdicts.reserveCapacity(program.clauses.count)
        let inapplicableBit: UInt8 = 1 << ColumnarEvaluator.code(.inapplicable)

        /// One rule's findings on the subject: counted from the bytes, with the listed ones built; or all
        /// built, answers applied, when something touches the rule. Returns the outcome codes seen.
        func run(_ index: Int, slot: Int, inClause: Bool) -> UInt8 {
            let group = Int(plan.ruleGroup[index])
            let base = table.start(index) + groupStart[group]
            let codes = table.codes[base..<(base + groupRows[group])]
            let standard = request.detail.needsStandard ? plan.slotStandard[slot] : nil
            let first = findings.count
            var seen: UInt8 = 0
            if scratch.built[index] {
                append(program.rules[index], subject: subject, rows: rows, interpreter: interpreter, layout: layout, outcomes: codes,
                       detail: request.detail, standard: standard, into: &findings, skipsUnlisted: false)
            } else {
                var tally: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0)
                for code in codes {
                    seen |= 1 << code
                    switch code {
                    case 0: tally.0 += 1
                    case 1: tally.1 += 1
                    case 2: tally.2 += 1
                    case 3: tally.3 += 1
                    default: tally.4 += 1
                    }
                }
                totals.0 += Int(tally.0)
                totals.1 += Int(tally.1)
                totals.2 += Int(tally.2)
                totals.3 += Int(tally.3)
                totals.4 += Int(tally.4)
                scratch.counts[3 * index] = tally.0
                scratch.counts[3 * index + 1] = tally.1
                scratch.counts[3 * index + 2] = tally.3 + tally.4
                if plan.anySuperseded, seen & ~inapplicableBit != 0 { scratch.govern(plan.ruleClauseKey[index]) }
                guard seen & request.listedCodes != 0, request.slotListed[slot], request.coveredRules?[index] ?? true else { return seen }
                append(program.rules[index], subject: subject, rows: rows, interpreter: interpreter, layout: layout, outcomes: codes,
                       detail: request.detail, standard: standard, into: &findings, skipsUnlisted: true)
            }
            guard first < findings.count else { return seen }
            let compiled = program.rules[index]
            if inClause {
                let confidence = compiled.rule.isLibraryDefault ? .unverified : plan.slotConfidence[slot]
                for i in first..<findings.count {
                    findings[i].obligation = compiled.obligation
                    findings[i].isMandatory = compiled.isMandatory
                    findings[i].confidence = confidence
                }
            } else if compiled.rule.isLibraryDefault {
                for i in first..<findings.count { findings[i].confidence = .unverified }
            }
            if scratch.built[index] {
                applyAnswer(to: &findings[first...], key: compiled.rule.fullID, subject: subject)
                if !inClause { applyWaivers(to: &findings[first...], subject: subject) }
                ruleRanges[Int32(index)] = first..<findings.count
                built.append(BuiltRange(range: first..<findings.count, slot: slot, rule: index))
            }
            return seen
        }

        for slot in program.clauses.indices {
            let start = findings.count
            var seen: UInt8 = 0
            var clauseLevel = start
            if plan.slotIsManual[slot] {
                let clause = program.clauses[slot].clause
                if subject.answers[clause.id] == nil, let entries = subject.evidence[clause.id], !entries.isEmpty {
                    findings += evidenceFindings(entries, clause: clause, subject: subject, manual: true)
                } else {
                    findings.append(manualFinding(clause, subject: subject))
                }
            } else {
                for position in plan.slotRuleStart[slot]..<plan.slotRuleStart[slot + 1] {
                    seen |= run(plan.slotRules[position], slot: slot, inClause: true)
                }
                clauseLevel = findings.count
                if !subject.answers.isEmpty, let answer = subject.answers[plan.slotClauseID[slot]] {
                    findings.append(answerFinding(answer, clause: program.clauses[slot].clause, subject: subject))
                } else if !subject.evidence.isEmpty, let entries = subject.evidence[plan.slotClauseID[slot]] {
                    findings += evidenceFindings(entries, clause: program.clauses[slot].clause, subject: subject, manual: false)
                }
            }
            if clauseLevel < findings.count {
                slotRanges[Int32(slot)] = clauseLevel..<findings.count
                built.append(BuiltRange(range: clauseLevel..<findings.count, slot: slot, rule: nil))
            }
            if start < findings.count {
                applyWaivers(to: &findings[start...], subject: subject)
                for finding in findings[start...] {
                    seen |= 1 << ColumnarEvaluator.code(finding.outcome)
                    if plan.anySuperseded, finding.outcome != .inapplicable { scratch.govern(plan.clauseKeys[finding.clause] ?? -1) }
                }
            }
            verdicts.append(ClauseVerdict(clause: plan.slotClauseID[slot], verdict: Self.verdicts[Int(seen)],
                                          obligation: plan.slotObligation[slot], isMandatory: plan.slotMandatory[slot]))
        }
        for (offset, entry) in program.indicatorRules.enumerated() where request.ownerRuns[offset] {
            for index in entry.rules {
                let start = findings.count
                _ = run(index, slot: program.clauses.count + offset, inClause: false)
                if plan.anySuperseded {
                    for finding in findings[start...] where finding.outcome != .inapplicable {
                        scratch.govern(plan.clauseKeys[finding.clause] ?? -1)
                    }
                }
            }
        }
        var waivedFailures = 0
        for part in built {
            for finding in findings[part.range] {
                switch finding.outcome {
                case .passed: totals.0 += 1
                case .failed: totals.1 += 1
                case .inapplicable: totals.2 += 1
                case .cantTell: totals.3 += 1
                case .untested: totals.4 += 1
                }
                if finding.outcome == .failed, !finding.counts { waivedFailures += 1 }
            }
        }
        if !program.links.isEmpty { Corroborations.mark(&findings, links: program.links) }
        let context = ScoringContext(findings: findings, ruleRanges: ruleRanges, slotRanges: slotRanges)
        let scored = request.chosen.map { card in
            score(card, request: request, context: context, interpreter: interpreter, scratch: scratch)
        }
        if request.detail.everything {
            // Every finding listed: the result is the reference's, which has no separate totals.
            return SubjectResult(id: subject.id, kind: subject.kind, name: subject.name, source: subject.location.file,
                                 region: subject.region, assessed: subject.assessed,
                                 findings: findings, clauses: verdicts, scorecards: scored)
        }
        // Keep of the built findings only those listed (the counted ones were built only when listed).
        if !built.isEmpty {
            var write = 0, next = 0
            for read in findings.indices {
                while next < built.count, built[next].range.upperBound <= read { next += 1 }
                if next < built.count, built[next].range.contains(read),
                   !request.lists(findings[read].outcome, slot: built[next].slot, rule: built[next].rule) { continue }
                if write != read { findings.swapAt(write, read) }
                write += 1
            }
            findings.removeSubrange(write...)
        }
        var result = SubjectResult(id: subject.id, kind: subject.kind, name: subject.name, source: subject.location.file,
                                   region: subject.region, assessed: subject.assessed,
                                   findings: findings, clauses: verdicts, scorecards: scored)
        var counts: [Outcome: Int] = [:]
        for (code, count) in [totals.0, totals.1, totals.2, totals.3, totals.4].enumerated() where count > 0 {
            counts[ColumnarEvaluator.outcome(UInt8(code))] = count
        }
        result.totals = counts
        result.waivedFailureTotal = waivedFailures
        result.selection = request.listing
        return result
    }

    /// The built findings of a subject, where each rule's and each slot's are.
    private struct ScoringContext {
        let findings: [Finding]
        let ruleRanges: [Int32: Range<Int>]
        let slotRanges: [Int32: Range<Int>]
    }

    /// ``Scorer/score(_:findings:conditions:)`` over the subject's findings, with the findings that were
    /// only counted taken from their rules' tallies.
    private func score(_ card: ScorecardPlan, request: ResultRequest, context: ScoringContext, interpreter: Interpreter,
                       scratch: ResultScratch) -> ScorecardResult {
        let program = request.program, plan = request.plan, scorecard = card.scorecard
        let findings = context.findings
        let clauseCount = program.clauses.count
        // Per indicator (by position): nil without a `when`, else whether it holds (.some(nil): unknown).
        let conditions: [Bool??] = card.conditions.map { node -> Bool?? in
            guard let node else { return nil }
            return .some(Self.indicatorCondition(node, interpreter: interpreter))
        }
        /// Whether rule `index`'s findings count at all: its owner runs and no governing clause supersedes it.
        func counts(rule index: Int) -> Bool {
            let slot = Int(plan.ruleSlot[index])
            if slot >= clauseCount, !request.ownerRuns[slot - clauseCount] { return false }
            return !plan.anySuperseded || !scratch.isSuperseded(plan.ruleSuperseders[index])
        }
        // The linked findings the scorecard counts (a corroborating finding is left out when its governing one is).
        var counted: Set<FindingKey> = []
        let corroborates = context.ruleRanges.values.contains { range in range.contains { findings[$0].corroborates != nil } }
        if !program.links.isEmpty, corroborates {
            for (position, indicatorPlan) in card.indicators.enumerated() where conditions[position] != .some(false) {
                for entry in indicatorPlan.entries where entry >= 0 && scratch.built[Int(entry)] && counts(rule: Int(entry)) {
                    for index in context.ruleRanges[entry] ?? 0..<0 {
                        if let rule = findings[index].rule { counted.insert(FindingKey(rule: rule, finding: findings[index])) }
                    }
                }
            }
        }
        var results: [IndicatorResult] = []
        var tallies: [Tally] = []
        for (indicatorPosition, indicatorPlan) in card.indicators.enumerated() {
            var tally = Tally()
            var corroborating: [Corroboration] = []
            func add(_ finding: Finding, isRequirement: Bool) {
                if let main = finding.corroborates, counted.contains(FindingKey(rule: main, finding: finding)) {
                    if let rule = finding.rule { corroborating.append(Corroboration(rule: rule, instance: finding.instance, governing: main)) }
                    return
                }
                tally.add(finding, weight: scorecard.weights.weight(of: finding.obligation), isRequirement: isRequirement)
            }
            if conditions[indicatorPosition] != .some(false) {
                for (position, entry) in indicatorPlan.entries.enumerated() {
                    if entry >= 0 {
                        let index = Int(entry)
                        guard counts(rule: index) else { continue }
                        let isRequirement = indicatorPlan.isRequirement[position]
                        if scratch.built[index] {
                            for found in context.ruleRanges[entry] ?? 0..<0 { add(findings[found], isRequirement: isRequirement) }
                        } else {
                            let passed = Int(scratch.counts[3 * index]), failed = Int(scratch.counts[3 * index + 1])
                            let undecided = Int(scratch.counts[3 * index + 2])
                            guard passed + failed + undecided > 0 else { continue }
                            tally.add(rule: plan.ruleIDs[index], key: plan.ruleIDKeys[index], passed: passed, failed: failed, undecided: undecided,
                                      weight: indicatorPlan.weights[position], isRequirement: isRequirement)
                        }
                    } else {
                        let slot = Int(-1 - entry)
                        guard let range = context.slotRanges[Int32(slot)],
                              !plan.anySuperseded || !scratch.isSuperseded(plan.slotSuperseders[slot]) else { continue }
                        for found in range { add(findings[found], isRequirement: false) }
                    }
                }
            }
            results.append(Scorer.finish(&tally, scorecard.indicators[indicatorPosition], of: scorecard, condition: conditions[indicatorPosition],
                                         corroborating: corroborating))
            tallies.append(tally)
        }
        return Scorer.total(scorecard, results, tallies)
    }

    /// The clause verdict for each set of outcome codes seen (bit `code` set: some finding had outcome `code`).
    static let verdicts: [Outcome] = (0..<32).map { bits in
        ClauseVerdict.verdict(of: (0..<5).filter { bits & (1 << $0) != 0 }.map { ColumnarEvaluator.outcome(UInt8($0)) })
    }
}
