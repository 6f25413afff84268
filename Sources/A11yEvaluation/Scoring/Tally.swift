import A11yModel

/// One indicator's counted checks: how many passed, failed and are undecided, and what they weigh.
struct Tally {
    var passed = 0, waived = 0, weightless = 0
    /// The weights and counts the score is worked out from (failed and undecided counts among them).
    private(set) var sums = IndicatorSums()
    /// The ids of the failed and the undecided checks, each once, in the order first seen.
    private var failedSeen = FirstSeenIDs()
    private var undecidedSeen = FirstSeenIDs()
    var failedChecks: [String] { failedSeen.list }
    var undecidedChecks: [String] { undecidedSeen.list }

    mutating func add(_ finding: Finding, weight: Double, isRequirement: Bool = false) {
        if finding.outcome != .inapplicable, let waiver = finding.waiver, !waiver.isExpired {
            waived += 1
            return
        }
        sums.add(finding.outcome, weight: weight, isRequirement: isRequirement)
        let id = finding.rule ?? finding.clause
        switch finding.outcome {
        case .passed:
            passed += 1
        case .failed:
            failedSeen.insert(id)
        case .cantTell, .untested:
            undecidedSeen.insert(id)
        case .inapplicable:
            return
        }
        if weight == 0 { weightless += 1 }
    }

    /// Adds one rule's findings on a subject that no answer, waiver or link touches, from their outcome
    /// counts: what ``add(_:weight:isRequirement:)`` does for each of them, the weights added one at a time
    /// as there (so the sums are the same doubles), and its id listed once as there.
    ///
    /// `key` is the rule's ``ResultPlan/ruleIDKeys`` entry.
    mutating func add(rule id: String, key: Int32, passed: Int, failed: Int, undecided: Int, weight: Double, isRequirement: Bool) {
        if isRequirement {
            if failed > 0 { sums.facilityMissing = true }
            if undecided > 0 { sums.facilityUnknown = true }
        }
        if passed > 0 {
            self.passed += passed
            for _ in 0..<passed { sums.p += weight }
        }
        if failed > 0 {
            sums.failed += failed
            for _ in 0..<failed { sums.f += weight }
            failedSeen.insert(id, key: key)
        }
        if undecided > 0 {
            sums.undecided += undecided
            for _ in 0..<undecided { sums.u += weight }
            undecidedSeen.insert(id, key: key)
        }
        if weight == 0 { weightless += passed + failed + undecided }
    }

    mutating func addUndecided(_ id: String, weight: Double) {
        sums.addUndecided(weight: weight)
        if weight == 0 { weightless += 1 }
        undecidedSeen.insert(id)
    }

    /// Some check counts, and at least one of them weighs more than 0.
    var isApplicable: Bool { sums.isApplicable }

    /// The score from evidence (see ``Scorer/score(_:findings:conditions:)``).
    func score(_ indicator: Indicator) -> Double { sums.score(indicator) }

    func scoreMin(_ indicator: Indicator) -> Double { sums.scoreMin(indicator) }

    func scoreMax(_ indicator: Indicator) -> Double { sums.scoreMax(indicator) }

    func result(for indicator: Indicator) -> IndicatorResult {
        var result = IndicatorResult(
            id: indicator.id, title: indicator.title, points: indicator.points, score: Scorer.round2(score(indicator)),
            applicable: isApplicable, passed: passed, failed: sums.failed, undecided: sums.undecided, waived: waived,
            vetoFailed: indicator.isVeto && sums.failed > 0, failedChecks: failedChecks, undecidedChecks: undecidedChecks)
        result.scoreMin = Scorer.round2(scoreMin(indicator))
        result.scoreMax = Scorer.round2(scoreMax(indicator))
        if sums.facilityMissing {
            result.explanation = .facilityMissing
        } else if !isApplicable, passed + sums.failed + sums.undecided > 0 {
            result.explanation = .onlyWeightlessChecks
        } else if isApplicable, sums.p + sums.f == 0 {
            result.explanation = .nothingDecided
        }
        return result
    }
}
