import A11yModel

/// Turns findings into a scorecard result (DSL §3): per indicator `all`, `share` or `deduct`; veto;
/// indicators with nothing applicable left out and the total rescaled to 100 (合理缺项). Points come
/// only from evidence, and every result carries the range its undecided checks leave open.
public enum Scorer {
    /// Scores `findings` (of one subject) on `scorecard`.
    ///
    /// A finding counts for an indicator when its clause matches one of the indicator's `includes`
    /// patterns (or its rule does, for a pattern naming a rule), or when it comes from the indicator's
    /// own rules or presence requirements; inapplicable findings and findings under a waiver still in
    /// force are left out. Each counted finding weighs what the scorecard's `weights` give its clause's
    /// obligation. With P, F and U the weights of the passed, failed and undecided checks and T = P + F + U:
    ///
    /// - `all`: the points when F = 0, U = 0 and P > 0, else 0;
    /// - `share`: points × P ÷ T (undecided checks are in the share and earn nothing);
    /// - `deduct`: points − per_failure × F (not below 0), but at most points × (P + F) ÷ T, the part of
    ///   the indicator its decided checks cover.
    ///
    /// `scoreMax` is the score with every undecided check passed, `scoreMin` with every one failed
    /// (never above the score). Nothing decided scores 0 under every method. A failed presence requirement
    /// (`requires:`, the facility is missing) scores the indicator 0 under every method, bounds included;
    /// an undecided one makes its lowest score 0.
    ///
    /// A finding whose clause is superseded by a clause that was itself evaluated for the subject (the
    /// stricter current code, e.g. GB 55019-2021 over GB 50763-2012) is left out: the current code governs.
    /// A finding that corroborates a linked finding (`same_as`) the scorecard counts is left out too, and
    /// listed with the indicator that counts the governing one: one defect, one deduction.
    ///
    /// - Parameters:
    ///   - scorecard: The scorecard, `extends` resolved.
    ///   - allFindings: Every finding of the subject (a selection would score what is left out as missing).
    ///   - conditions: The value of each indicator's `when` for the subject, by indicator id (nil value:
    ///     cannot tell). An indicator whose condition is false is left out; one whose condition cannot be
    ///     told counts one undecided check (`SCORECARD:INDICATOR#when`).
    public static func score(_ scorecard: Scorecard, findings allFindings: [Finding], conditions: [String: Bool?] = [:]) -> ScorecardResult {
        score(scorecard, findings: allFindings, conditions: conditions,
              coverage: ScorerCoverage(scorecard, findings: allFindings, conditions: conditions))
    }

    /// Scores `allFindings` with which findings each indicator counts already worked out (`coverage`, made
    /// from findings that differ from these at most in outcomes other than `inapplicable`): what the fix
    /// planner uses to score a subject again and again with defects repaired.
    static func score(_ scorecard: Scorecard, findings allFindings: [Finding], conditions: [String: Bool?],
                      coverage: ScorerCoverage) -> ScorecardResult {
        let relevant = coverage.relevant, counted = coverage.counted
        var results: [IndicatorResult] = []
        var tallies: [Tally] = []
        for (indicator, covered) in zip(scorecard.indicators, relevant) {
            var tally = Tally()
            var corroborating: [Corroboration] = []
            let requirements = Set(indicator.requirements.map(\.fullID))
            for index in covered {
                let finding = allFindings[index]
                if let main = finding.corroborates, counted.contains(FindingKey(rule: main, finding: finding)) {
                    if let rule = finding.rule { corroborating.append(Corroboration(rule: rule, instance: finding.instance, governing: main)) }
                    continue
                }
                tally.add(finding, weight: scorecard.weights.weight(of: finding.obligation),
                          isRequirement: finding.rule.map(requirements.contains) ?? false)
            }
            results.append(finish(&tally, indicator, of: scorecard, condition: conditions[indicator.id], corroborating: corroborating))
            tallies.append(tally)
        }
        return total(scorecard, results, tallies)
    }

    /// An indicator's result from its tally; a `when` that cannot be told (`condition` `.some(nil)`)
    /// first counts one undecided check, `SCORECARD:INDICATOR#when`.
    static func finish(_ tally: inout Tally, _ indicator: Indicator, of scorecard: Scorecard, condition: Bool??,
                       corroborating: [Corroboration]) -> IndicatorResult {
        if case .some(.none) = condition {
            tally.addUndecided("\(scorecard.id):\(indicator.id)#when", weight: 1)
        }
        var result = tally.result(for: indicator)
        result.corroborating = corroborating
        return result
    }

    /// Whether one of `scorecard`'s indicators covers `finding` (its `includes`, or its own rules): what
    /// `evaluate --scorecard ID` lists. A covered finding may still be left out of the score (inapplicable,
    /// waived, superseded, corroborating); it is listed so that the report can say why.
    public static func counts(_ finding: Finding, on scorecard: Scorecard) -> Bool {
        scorecard.indicators.contains { covered(by: $0, in: scorecard)(finding) }
    }

    static func covered(by indicator: Indicator, in scorecard: Scorecard) -> (Finding) -> Bool {
        let patterns = indicator.includes.map(ClausePattern.init)
        let owner = "\(scorecard.id):\(indicator.id)"
        return { finding in
            if finding.clause == owner { return true }
            return patterns.contains { pattern in
                pattern.namesRule ? finding.rule.map(pattern.matches) ?? false : pattern.matches(finding.clause)
            }
        }
    }

    static func total(_ scorecard: Scorecard, _ results: [IndicatorResult], _ tallies: [Tally]) -> ScorecardResult {
        let totals = ScoreTotals(scorecard, tallies.map(\.sums))
        let score = totals.score, vetoed = totals.vetoed
        func reachesMark(_ score: Double) -> Bool { scorecard.passMark.map { score + 1e-9 >= $0 } ?? true }
        var result = ScorecardResult(
            id: scorecard.id, score: score, passed: reachesMark(score) && !vetoed && totals.isComplete,
            isComplete: totals.isComplete, grade: vetoed ? nil : scorecard.grade(for: score)?.name, vetoed: vetoed,
            passMark: scorecard.passMark, indicators: results)
        result.title = scorecard.title
        result.scoreMin = totals.scoreMin
        result.scoreMax = totals.scoreMax
        result.vetoedAtMin = totals.vetoedAtMin
        result.passedAtMin = totals.hasApplicable && reachesMark(totals.scoreMin) && !totals.vetoedAtMin
        result.passedAtMax = totals.hasApplicable && reachesMark(totals.scoreMax) && !vetoed
        result.gradeAtMin = totals.vetoedAtMin ? nil : scorecard.grade(for: totals.scoreMin)?.name
        result.gradeAtMax = vetoed ? nil : scorecard.grade(for: totals.scoreMax)?.name
        return result
    }

    static func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}

/// Which findings each indicator of a scorecard counts, before their outcomes are tallied: findings
/// superseded by an evaluated clause left out, indicators whose `when` is false left empty. It depends on
/// outcomes only through which findings are inapplicable, so a repaired defect (failed made passed) keeps it.
struct ScorerCoverage {
    /// Per indicator, in the scorecard's order: the indexes of the findings it covers.
    let relevant: [[Int]]
    /// The rule findings some indicator covers (a corroborating finding of one of them is not counted again).
    let counted: Set<FindingKey>

    init(_ scorecard: Scorecard, findings allFindings: [Finding], conditions: [String: Bool?],
         covering: CoveringIndicators? = nil) {
        // Indexes, not copies: a subject with many instances holds its findings once.
        var governing: Set<String> = []
        for finding in allFindings where finding.outcome != .inapplicable { governing.insert(finding.clause) }
        let covering = covering ?? CoveringIndicators(scorecard)
        let active = scorecard.indicators.map { conditions[$0.id] != .some(false) }
        var relevant = [[Int]](repeating: [], count: scorecard.indicators.count)
        for index in allFindings.indices where !allFindings[index].supersededBy.contains(where: governing.contains) {
            for indicator in covering.indexes(of: allFindings[index]) where active[indicator] { relevant[indicator].append(index) }
        }
        self.relevant = relevant
        var counted: Set<FindingKey> = []
        for index in relevant.joined() {
            if let rule = allFindings[index].rule { counted.insert(FindingKey(rule: rule, finding: allFindings[index])) }
        }
        self.counted = counted
    }
}

/// A finding's identity on one instance, for matching a corroborating finding to its governing one.
struct FindingKey: Hashable {
    var rule: String
    var part: String?
    var instance: String

    init(rule: String, finding: Finding) {
        self.rule = rule
        self.part = finding.part
        self.instance = finding.instance
    }
}
