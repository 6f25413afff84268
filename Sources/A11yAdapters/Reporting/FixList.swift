import A11yRules

/// A subject's failures as one list to act on, built from the fix plans of its scorecards
/// (`SubjectResult.fixPlan(for:)`): each defect once, with the findings the same repair mends beside it,
/// the points the fix wins on each scorecard, and for each scorecard below its pass mark the fewest fixes
/// that reach it. Failures no scorecard counts follow, so nothing is hidden.
struct FixList {
    /// One defect to repair.
    struct Entry {
        /// The index of the counted failed finding in the subject's findings.
        var finding: Int
        /// Findings mended by the same repair (superseded clauses, linked rules), by index.
        var related: [Int]
        /// The points the fix wins, per scorecard id, in scorecard order (only scorecards that count it).
        var gains: [(scorecard: String, points: Double, best: Double)]
        /// It fails a veto indicator of some scorecard.
        var isVeto: Bool
        /// A waiver in force covers it.
        var isWaived: Bool
    }

    /// The fewest fixes that bring one scorecard to its pass mark.
    struct WayToPass {
        var scorecard: String
        /// Indexes into ``FixList/entries``.
        var entries: [Int]
        var scoreAfter: Double
        /// Checks still undecided on the scorecard: the verdict waits on them too.
        var undecided: Int
    }

    var entries: [Entry] = []
    /// Failed findings that no scorecard counts and no entry mends (e.g. a superseded clause whose current
    /// clause passes, or a clause outside every scorecard), in catalog order.
    var uncounted: [Int] = []
    var waysToPass: [WayToPass] = []
    /// Scorecards whose plan is ordered without gains or fewest fixes (too large to re-score per fix).
    var abridged: [String] = []

    /// The list of `result`'s fixes; `coverage`, kept by the reporter, spares working out again for each
    /// subject which indicators cover each clause.
    init(_ result: SubjectResult, catalog: Catalog, coverage: FixPlanCoverage = FixPlanCoverage()) {
        var position: [Int: Int] = [:]
        var plans: [FixPlan] = []
        for card in result.scorecards {
            guard let scorecard = catalog.scorecard(card.id), let plan = coverage.plan(result, on: scorecard) else { continue }
            plans.append(plan)
            if plan.isAbridged { abridged.append(plan.scorecard) }
            for item in plan.items {
                if let existing = position[item.finding] {
                    entries[existing].gains.append((plan.scorecard, item.gain, item.maxGain))
                    entries[existing].isVeto = entries[existing].isVeto || item.isVeto
                    entries[existing].related = Array(Set(entries[existing].related + item.related)).sorted()
                } else {
                    position[item.finding] = entries.count
                    entries.append(Entry(finding: item.finding, related: item.related, gains: [(plan.scorecard, item.gain, item.maxGain)],
                                         isVeto: item.isVeto, isWaived: item.isWaived))
                }
            }
        }
        // Waived entries after every unwaived one, whichever scorecard listed them first.
        entries = entries.filter { !$0.isWaived } + entries.filter(\.isWaived)
        var index: [Int: Int] = [:]
        for (at, entry) in entries.enumerated() { index[entry.finding] = at }
        for plan in plans {
            guard let toPass = plan.toPass, let after = plan.scoreAfterFixes else { continue }
            waysToPass.append(WayToPass(
                scorecard: plan.scorecard, entries: toPass.compactMap { index[plan.items[$0].finding] }.sorted(),
                scoreAfter: after, undecided: plan.undecided))
        }
        let listed = Set(entries.flatMap { [$0.finding] + $0.related })
        uncounted = result.findings.indices.filter { result.findings[$0].outcome == .failed && !listed.contains($0) }
    }
}
