import A11yModel

/// A subject's scorecard totals with some of its findings repaired (counted as passed), kept up to date
/// as repairs are added and taken back: what the fix planner asks again and again.
///
/// It holds, per indicator, the findings ``Scorer`` tallies for it (in the same order, with their weights),
/// and a repair re-adds only the indicators that count the repaired findings, so one question costs the
/// size of those indicators instead of a re-scoring of the whole subject. The sums are added in the same
/// order as ``Scorer``'s, so every total is the same double the scorer gives for the repaired findings.
struct RepairScorer {
    /// A finding as one indicator tallies it.
    private struct Entry {
        var finding: Int
        var weight: Double
        var outcome: Outcome
        var isRequirement: Bool
    }

    private let scorecard: Scorecard
    /// Per indicator, the findings it tallies: covered, not superseded, not a corroboration of a counted
    /// finding, not under a waiver in force, not inapplicable.
    private let entries: [[Entry]]
    /// Per indicator, whether its `when` cannot be told (one undecided check more).
    private let whenUndecided: [Bool]
    /// Per finding, the indicators that tally it.
    private let tallyingIndicators: [[Int]]
    /// Per finding, how many of the repairs in force mend it (a finding two repairs mend stays repaired
    /// until both are taken back).
    private var repairs: [Int]
    /// Per indicator, its sums with the repairs in force.
    private var sums: [IndicatorSums]

    init(_ scorecard: Scorecard, findings: [Finding], conditions: [String: Bool?], coverage: ScorerCoverage) {
        self.scorecard = scorecard
        var entries: [[Entry]] = []
        var tallying = [[Int]](repeating: [], count: findings.count)
        for (position, (indicator, covered)) in zip(scorecard.indicators, coverage.relevant).enumerated() {
            let requirements = Set(indicator.requirements.map(\.fullID))
            var list: [Entry] = []
            for index in covered {
                let finding = findings[index]
                if let main = finding.corroborates, coverage.counted.contains(FindingKey(rule: main, finding: finding)) { continue }
                guard finding.counts else { continue }
                list.append(Entry(finding: index, weight: scorecard.weights.weight(of: finding.obligation), outcome: finding.outcome,
                                  isRequirement: finding.rule.map(requirements.contains) ?? false))
                tallying[index].append(position)
            }
            entries.append(list)
        }
        self.entries = entries
        whenUndecided = scorecard.indicators.map { conditions[$0.id] == .some(nil) }
        tallyingIndicators = tallying
        repairs = Array(repeating: 0, count: findings.count)
        sums = []
        sums = entries.indices.map(recount)
    }

    /// The totals with the repairs in force.
    var totals: ScoreTotals { ScoreTotals(scorecard, sums) }

    /// The totals with `findings` repaired on top of the repairs in force, which are left as they were.
    mutating func totals(repairing findings: [Int]) -> ScoreTotals {
        repair(findings)
        defer { takeBack(findings) }
        return totals
    }

    /// Counts `findings` as passed until ``takeBack(_:)`` is called with them.
    mutating func repair(_ findings: [Int]) {
        for finding in findings { repairs[finding] += 1 }
        update(findings)
    }

    /// Takes back a repair made with ``repair(_:)``.
    mutating func takeBack(_ findings: [Int]) {
        for finding in findings { repairs[finding] -= 1 }
        update(findings)
    }

    private mutating func update(_ findings: [Int]) {
        var done: Set<Int> = []
        for finding in findings {
            for indicator in tallyingIndicators[finding] where done.insert(indicator).inserted {
                sums[indicator] = recount(indicator)
            }
        }
    }

    /// What ``Tally/add(_:weight:isRequirement:)`` and ``Scorer/finish(_:_:of:condition:corroborating:)``
    /// add up for the indicator, in their order.
    private func recount(_ indicator: Int) -> IndicatorSums {
        var sums = IndicatorSums()
        for entry in entries[indicator] {
            sums.add(repairs[entry.finding] > 0 ? .passed : entry.outcome, weight: entry.weight, isRequirement: entry.isRequirement)
        }
        if whenUndecided[indicator] { sums.addUndecided(weight: 1) }
        return sums
    }
}
