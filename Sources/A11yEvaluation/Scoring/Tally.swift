import A11yModel

/// One indicator's counted checks: how many passed, failed and are undecided, and what they weigh.
struct Tally {
    var passed = 0, failed = 0, undecided = 0, waived = 0, weightless = 0
    /// Weights of the passed, failed and undecided checks.
    var p = 0.0, f = 0.0, u = 0.0
    /// A presence requirement failed (not waived): the facility is missing.
    var facilityMissing = false
    /// A presence requirement is undecided: the facility may be missing.
    var facilityUnknown = false
    /// The ids of the failed and the undecided checks, each once, in the order first seen.
    private(set) var failedChecks: [String] = []
    private(set) var undecidedChecks: [String] = []
    /// The same ids as sets, to keep the lists unique in O(1) a check.
    private var failedSeen: Set<String> = []
    private var undecidedSeen: Set<String> = []

    mutating func add(_ finding: Finding, weight: Double, isRequirement: Bool = false) {
        if finding.outcome != .inapplicable, let waiver = finding.waiver, !waiver.isExpired {
            waived += 1
            return
        }
        if isRequirement {
            if finding.outcome == .failed { facilityMissing = true }
            if finding.outcome == .cantTell || finding.outcome == .untested { facilityUnknown = true }
        }
        let id = finding.rule ?? finding.clause
        switch finding.outcome {
        case .passed:
            passed += 1
            p += weight
        case .failed:
            failed += 1
            f += weight
            if failedSeen.insert(id).inserted { failedChecks.append(id) }
        case .cantTell, .untested:
            addUndecided(id, weight: weight)
            return
        case .inapplicable:
            return
        }
        if weight == 0 { weightless += 1 }
    }

    /// Adds one rule's findings on a subject that no answer, waiver or link touches, from their outcome
    /// counts: what ``add(_:weight:isRequirement:)`` does for each of them, the weights added one at a time
    /// as there (so the sums are the same doubles), and its id listed once as there.
    mutating func add(rule id: String, passed: Int, failed: Int, undecided: Int, weight: Double, isRequirement: Bool) {
        if isRequirement {
            if failed > 0 { facilityMissing = true }
            if undecided > 0 { facilityUnknown = true }
        }
        if passed > 0 {
            self.passed += passed
            for _ in 0..<passed { p += weight }
        }
        if failed > 0 {
            self.failed += failed
            for _ in 0..<failed { f += weight }
            if failedSeen.insert(id).inserted { failedChecks.append(id) }
        }
        if undecided > 0 {
            self.undecided += undecided
            for _ in 0..<undecided { u += weight }
            if undecidedSeen.insert(id).inserted { undecidedChecks.append(id) }
        }
        if weight == 0 { weightless += passed + failed + undecided }
    }

    mutating func addUndecided(_ id: String, weight: Double) {
        undecided += 1
        u += weight
        if weight == 0 { weightless += 1 }
        if undecidedSeen.insert(id).inserted { undecidedChecks.append(id) }
    }

    /// The numbers the score is worked out from.
    var sums: IndicatorSums {
        IndicatorSums(p: p, f: f, u: u, failed: failed, undecided: undecided,
                      facilityMissing: facilityMissing, facilityUnknown: facilityUnknown)
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
            applicable: isApplicable, passed: passed, failed: failed, undecided: undecided, waived: waived,
            vetoFailed: indicator.isVeto && failed > 0, failedChecks: failedChecks, undecidedChecks: undecidedChecks)
        result.scoreMin = Scorer.round2(scoreMin(indicator))
        result.scoreMax = Scorer.round2(scoreMax(indicator))
        if facilityMissing {
            result.explanation = .facilityMissing
        } else if !isApplicable, passed + failed + undecided > 0 {
            result.explanation = .onlyWeightlessChecks
        } else if isApplicable, p + f == 0 {
            result.explanation = .nothingDecided
        }
        return result
    }
}
