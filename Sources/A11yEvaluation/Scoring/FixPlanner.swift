import A11yModel

extension SubjectResult {
    /// What to fix first on `scorecard`: its counted failures in the order to fix them, the points each
    /// fix wins, and the fewest fixes that reach the pass mark. Nil if the scorecard was not scored for
    /// this subject.
    ///
    /// Every gain is the score of the subject with the defect repaired (its finding and the findings the
    /// same repair mends counted as passed), so it follows the scorecard's method, weights, de-duplication
    /// and rescaling exactly; only the indicators that count the repaired findings are added up again.
    ///
    /// - Complexity: per counted failure, the checks of the indicators it counts in, and for
    ///   ``FixPlan/toPass`` about as much again plus a small dynamic programme over the indicators.
    public func fixPlan(for scorecard: Scorecard) -> FixPlan? {
        guard let current = scorecards.first(where: { $0.id == scorecard.id }) else { return nil }
        return FixPlanner(result: self, scorecard: scorecard, current: current).plan()
    }

    /// The same plan, with which indicators cover each clause and rule taken from (and added to)
    /// `covering`, made for `scorecard` and kept across the subjects of one report.
    package func fixPlan(for scorecard: Scorecard, sharing covering: CoveringIndicators) -> FixPlan? {
        guard covering.scorecard == scorecard.id else { return fixPlan(for: scorecard) }
        guard let current = scorecards.first(where: { $0.id == scorecard.id }) else { return nil }
        return FixPlanner(result: self, scorecard: scorecard, current: current, covering: covering).plan()
    }
}

/// Builds a ``FixPlan`` by scoring the subject with defects repaired (``RepairScorer``).
struct FixPlanner {
    let result: SubjectResult
    let scorecard: Scorecard
    let current: ScorecardResult
    /// The indicators' `when` values, as the result shows them: an indicator left out was false (or had
    /// nothing to count, which scores the same); one with an undecided `#when` check could not be told.
    let conditions: [String: Bool?]
    /// Which findings each indicator counts: the same for every repair (a repair only makes failures
    /// passed), so it is worked out once instead of once per re-scoring.
    let coverage: ScorerCoverage
    /// Which indicators cover each finding, by clause and rule (shared by the coverage and the plan).
    let covering: CoveringIndicators

    init(result: SubjectResult, scorecard: Scorecard, current: ScorecardResult, covering: CoveringIndicators? = nil) {
        self.result = result
        self.scorecard = scorecard
        self.current = current
        var conditions: [String: Bool?] = [:]
        for indicator in current.indicators {
            if !indicator.applicable {
                conditions[indicator.id] = .some(false)
            } else if indicator.undecidedChecks.contains("\(scorecard.id):\(indicator.id)#when") {
                conditions[indicator.id] = .some(nil)
            }
        }
        self.conditions = conditions
        self.covering = covering ?? CoveringIndicators(scorecard)
        coverage = ScorerCoverage(scorecard, findings: result.findings, conditions: conditions, covering: self.covering)
    }

    func plan() -> FixPlan {
        let findings = result.findings
        var evaluated: Set<String> = []
        for index in findings.indices where findings[index].outcome != .inapplicable { evaluated.insert(findings[index].clause) }
        let active = scorecard.indicators.map { conditions[$0.id] != .some(false) }
        func countingIndicators(_ index: Int) -> [Int] {
            covering.indexes(of: findings[index]).filter { active[$0] }
        }
        func isSuperseded(_ index: Int) -> Bool { findings[index].supersededBy.contains(where: evaluated.contains) }
        // The rule findings the scorecard counts (not superseded, covered by an active indicator): the coverage's.
        let countedRules = coverage.counted

        // The failures of each instance, found once (a scan per failure is quadratic on big subjects).
        var failedOn: [InstanceKey: [Int]] = [:]
        for index in findings.indices where findings[index].outcome == .failed {
            failedOn[InstanceKey(waived: false, part: findings[index].part, instance: findings[index].instance), default: []].append(index)
        }
        var items: [FixPlan.Item] = []
        for index in findings.indices where findings[index].outcome == .failed {
            if isSuperseded(index) { continue }
            let finding = findings[index]
            if let main = finding.corroborates, countedRules.contains(FindingKey(rule: main, finding: finding)) { continue }
            let counting = countingIndicators(index)
            guard !counting.isEmpty else { continue }
            let sameInstance = failedOn[InstanceKey(waived: false, part: finding.part, instance: finding.instance)] ?? []
            let related = sameInstance.filter { other in
                guard other != index else { return false }
                if let rule = finding.rule, findings[other].corroborates == rule { return true }
                return findings[other].supersededBy.contains(finding.clause)
            }
            let waived = finding.waiver.map { !$0.isExpired } ?? false
            items.append(FixPlan.Item(
                finding: index, related: related, indicators: counting.map { scorecard.indicators[$0].id }, gain: 0,
                isVeto: counting.contains { scorecard.indicators[$0].isVeto }, isWaived: waived))
        }
        // Each gain re-adds the indicators the fix touches: beyond the limit the plan is ordered without gains.
        if items.count.multipliedReportingOverflow(by: findings.count).partialValue > FixPlan.gainWorkLimit
            || items.count > FixPlan.gainWorkLimit {
            var plan = FixPlan(scorecard: scorecard.id, items: ordered(items), toPass: nil, scoreAfterFixes: nil,
                               undecided: current.undecidedCount)
            plan.isAbridged = true
            return plan
        }
        var scorer = RepairScorer(scorecard, findings: findings, conditions: conditions, coverage: coverage)
        for position in items.indices where !items[position].isWaived {
            let fixed = scorer.totals(repairing: mended(by: items[position]))
            items[position].gain = Scorer.round2(max(0, fixed.score - current.score))
            items[position].maxGain = Scorer.round2(max(0, fixed.scoreMax - current.scoreMax))
        }
        items = ordered(items)
        let (toPass, after) = fewestToPass(items, scorer: &scorer)
        return FixPlan(scorecard: scorecard.id, items: items, toPass: toPass, scoreAfterFixes: after,
                       undecided: current.undecidedCount)
    }

    /// The findings repairing `item` mends: its own and its related ones.
    private func mended(by item: FixPlan.Item) -> [Int] { [item.finding] + item.related }

    /// Unwaived first; instances in the order of their most urgent defect; within one, veto, gain, severity,
    /// mandatory, rule id.
    private func ordered(_ items: [FixPlan.Item]) -> [FixPlan.Item] {
        // Each item's sort key read once (a comparison that reads two findings copies two of them).
        let keys = items.map { item in
            let finding = result.findings[item.finding]
            return OrderKey(isWaived: item.isWaived, isVeto: item.isVeto, gain: item.gain, severity: finding.severity,
                            isMandatory: finding.isMandatory, id: finding.rule ?? finding.clause, finding: item.finding,
                            instance: InstanceKey(waived: item.isWaived, part: finding.part, instance: finding.instance))
        }
        let sorted = keys.indices.sorted { keys[$0].precedes(keys[$1]) }
        var groups: [InstanceKey: [FixPlan.Item]] = [:]
        var order: [InstanceKey] = []
        for position in sorted {
            let key = keys[position].instance
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(items[position])
        }
        return order.flatMap { groups[$0] ?? [] }
    }

    /// The fewest unwaived items whose repair reaches the pass mark with no veto failed.
    private func fewestToPass(_ items: [FixPlan.Item], scorer: inout RepairScorer) -> ([Int]?, Double?) {
        guard let mark = scorecard.passMark, current.score + 1e-9 < mark || current.vetoed else { return (nil, nil) }
        let candidates = items.indices.filter { !items[$0].isWaived }
        func reaches(_ totals: ScoreTotals) -> Bool { totals.score + 1e-9 >= mark && !totals.vetoed }
        guard !candidates.isEmpty, reaches(scorer.totals(repairing: candidates.flatMap { mended(by: items[$0]) })) else {
            return (nil, nil)
        }
        var chosen = candidates.count <= 400 ? byIndicator(items, candidates, mark: mark, scorer: &scorer) : []
        // From here on the scorer's repairs in force are those of `chosen`.
        for index in chosen { scorer.repair(mended(by: items[index])) }
        // Check the choice on the real scorecard (an item counted by two indicators can make the
        // per-indicator arithmetic optimistic); add the next items in plan order until it passes.
        let picked = Set(chosen)
        var rest = candidates.filter { !picked.contains($0) }[...]
        while !reaches(scorer.totals), let next = rest.popFirst() {
            scorer.repair(mended(by: items[next]))
            chosen.append(next)
        }
        // Drop what is not needed, least useful first.
        for index in chosen.reversed() {
            scorer.takeBack(mended(by: items[index]))
            if reaches(scorer.totals) {
                chosen.removeAll { $0 == index }
            } else {
                scorer.repair(mended(by: items[index]))
            }
        }
        chosen.sort()
        let after = scorer.totals
        return (chosen, reaches(after) ? after.score : nil)
    }

    /// A dynamic programme over indicators: in each, repairing its j most rewarding defects gains g(j);
    /// pick for every indicator how many to repair so that the total gain reaches the mark with the fewest
    /// repairs, all of a failed veto indicator's defects included.
    private func byIndicator(_ items: [FixPlan.Item], _ candidates: [Int], mark: Double, scorer: inout RepairScorer) -> [Int] {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for index in candidates {
            let key = items[index].indicators[0]
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        let need = mark - current.score
        // best[c]: the highest gain with c repairs, and how many were taken from each group.
        var best: [(gain: Double, taken: [Int])?] = [(0, [])]
        for key in order {
            let members = (groups[key] ?? []).sorted { items[$0].gain > items[$1].gain }
            let isVeto = scorecard.indicators.first { $0.id == key }?.isVeto ?? false
            var gains = [0.0]
            for member in members {
                scorer.repair(mended(by: items[member]))
                gains.append(scorer.totals.score - current.score)
            }
            for member in members { scorer.takeBack(mended(by: items[member])) }
            var next: [(gain: Double, taken: [Int])?] = Array(repeating: nil, count: best.count + members.count)
            for (used, entry) in best.enumerated() {
                guard let entry else { continue }
                for count in (isVeto ? members.count : 0)...members.count {
                    let gain = entry.gain + gains[count]
                    if let existing = next[used + count], existing.gain >= gain { continue }
                    next[used + count] = (gain, entry.taken + [count])
                }
            }
            best = next
        }
        guard let reached = best.firstIndex(where: { $0.map { $0.gain + 1e-9 >= need } ?? false }), let entry = best[reached] else {
            return []
        }
        var chosen: [Int] = []
        for (key, count) in zip(order, entry.taken) {
            let members = (groups[key] ?? []).sorted { items[$0].gain > items[$1].gain }
            chosen += members.prefix(count)
        }
        return chosen
    }
}

/// What a fix plan's items are sorted by: unwaived first; within that, veto, gain, severity, mandatory,
/// then rule id and finding index (so the order is total).
private struct OrderKey {
    var isWaived: Bool
    var isVeto: Bool
    var gain: Double
    var severity: Severity
    var isMandatory: Bool
    var id: String
    var finding: Int
    var instance: InstanceKey

    func precedes(_ other: OrderKey) -> Bool {
        if isWaived != other.isWaived { return !isWaived }
        if isVeto != other.isVeto { return isVeto }
        if gain != other.gain { return gain > other.gain }
        if severity != other.severity { return severity > other.severity }
        if isMandatory != other.isMandatory { return isMandatory }
        return (id, finding) < (other.id, other.finding)
    }
}

/// A part instance, waived items apart.
private struct InstanceKey: Hashable {
    var waived: Bool
    var part: String?
    var instance: String
}
