import A11yModel

/// Turns findings into a scorecard result (DSL §3): per indicator `all`, `share` or `deduct`; veto;
/// indicators with nothing applicable left out and the total rescaled to 100 (合理缺项).
public enum Scorer {
    /// Scores `findings` (of one subject) on `scorecard`.
    ///
    /// A finding counts for an indicator when its clause matches one of the indicator's `includes`
    /// patterns (or its rule does, for a pattern naming a rule), or when it comes from the indicator's
    /// own rules; inapplicable findings and findings under a waiver still in force are left out.
    /// `share` is points × passed / decided; `cantTell` and `untested` checks are not passes and mark
    /// the result incomplete, so a subject with missing data never passes.
    ///
    /// A finding whose clause is superseded by a clause that was itself evaluated for the subject (the
    /// stricter current code, e.g. GB 55019-2021 over GB 50763-2012) is left out: the current code governs,
    /// so a defect is not counted twice, and a value the current code accepts is not deducted.
    ///
    /// - Parameters:
    ///   - conditions: The value of each indicator's `when` for the subject, by indicator id (nil value:
    ///     cannot tell). An indicator whose condition is false is left out; one whose condition cannot be
    ///     told counts one undecided check.
    public static func score(_ scorecard: Scorecard, findings allFindings: [Finding], conditions: [String: Bool?] = [:]) -> ScorecardResult {
        let governing = Set(allFindings.filter { $0.outcome != .inapplicable }.map(\.clause))
        let findings = allFindings.filter { finding in !finding.supersededBy.contains(where: governing.contains) }
        var results: [IndicatorResult] = []
        var exact: [Double] = []
        for indicator in scorecard.indicators {
            let patterns = indicator.includes.map(ClausePattern.init)
            let owner = "\(scorecard.id):\(indicator.id)"
            let relevant = findings.filter { finding in
                if finding.clause == owner { return true }
                return patterns.contains { pattern in
                    pattern.namesRule ? finding.rule.map(pattern.matches) ?? false : pattern.matches(finding.clause)
                }
            }
            var (result, unrounded) = score(indicator, conditions[indicator.id] == .some(false) ? [] : relevant)
            if case .some(.none) = conditions[indicator.id] {
                result.undecided += 1
                result.applicable = true
                result.shortfalls.append("\(scorecard.id):\(indicator.id) (when: cannot tell)")
            }
            results.append(result)
            exact.append(unrounded)
        }
        let applicable = results.indices.filter { results[$0].applicable }
        let possible = applicable.reduce(0) { $0 + results[$1].points }
        let earned = applicable.reduce(0) { $0 + exact[$1] }
        let score = possible > 0 ? (earned / possible * 100 * 100).rounded() / 100 : 0
        let vetoed = results.contains(where: \.vetoFailed)
        let complete = !applicable.isEmpty && applicable.allSatisfy { results[$0].undecided == 0 }
        let reachesMark = scorecard.passMark.map { score + 1e-9 >= $0 } ?? true
        return ScorecardResult(
            id: scorecard.id, score: score, passed: reachesMark && !vetoed && complete, isComplete: complete,
            grade: vetoed ? nil : scorecard.grade(for: score)?.name, vetoed: vetoed, passMark: scorecard.passMark,
            indicators: results)
    }

    private static func score(_ indicator: Indicator, _ findings: [Finding]) -> (IndicatorResult, Double) {
        var passed = 0, failed = 0, undecided = 0, waived = 0
        var shortfalls: [String] = []
        for finding in findings {
            if finding.outcome != .inapplicable, let waiver = finding.waiver, !waiver.isExpired {
                waived += 1
                continue
            }
            switch finding.outcome {
            case .passed: passed += 1
            case .failed:
                failed += 1
                shortfalls.append(finding.rule ?? finding.clause)
            case .cantTell, .untested:
                undecided += 1
                shortfalls.append(finding.rule ?? finding.clause)
            case .inapplicable: break
            }
        }
        let applicable = passed + failed + undecided > 0
        var score: Double
        switch indicator.scoring {
        case .all:
            score = failed == 0 && undecided == 0 && passed > 0 ? indicator.points : 0
        case .share:
            let decided = passed + failed
            score = decided > 0 ? indicator.points * Double(passed) / Double(decided) : 0
        case .deduct(let perFailure):
            score = max(0, indicator.points - perFailure * Double(failed))
        }
        if !applicable { score = 0 }
        var unique: [String] = []
        for id in shortfalls where !unique.contains(id) { unique.append(id) }
        return (IndicatorResult(
            id: indicator.id, title: indicator.title, points: indicator.points, score: (score * 100).rounded() / 100,
            applicable: applicable, passed: passed, failed: failed, undecided: undecided, waived: waived,
            vetoFailed: indicator.isVeto && failed > 0, shortfalls: unique), score)
    }
}
