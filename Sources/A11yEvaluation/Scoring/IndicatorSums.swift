import A11yModel

/// What an indicator's score is worked out from: the weights of its passed, failed and undecided checks,
/// how many failed and are undecided, and whether a presence requirement failed or is undecided. A
/// ``Tally`` keeps these with the ids and counts a report shows; the fix planner keeps only these.
struct IndicatorSums {
    /// Weights of the passed, failed and undecided checks.
    var p = 0.0, f = 0.0, u = 0.0
    var failed = 0, undecided = 0
    /// A presence requirement failed (not waived): the facility is missing.
    var facilityMissing = false
    /// A presence requirement is undecided: the facility may be missing.
    var facilityUnknown = false

    /// Adds one check: its weight to the sum of its outcome (an inapplicable check adds nothing), and, for a
    /// presence requirement, whether the facility is missing or may be.
    mutating func add(_ outcome: Outcome, weight: Double, isRequirement: Bool) {
        if isRequirement {
            if outcome == .failed { facilityMissing = true }
            if outcome == .cantTell || outcome == .untested { facilityUnknown = true }
        }
        switch outcome {
        case .passed:
            p += weight
        case .failed:
            failed += 1
            f += weight
        case .cantTell, .untested:
            addUndecided(weight: weight)
        case .inapplicable:
            break
        }
    }

    /// Adds one undecided check.
    mutating func addUndecided(weight: Double) {
        undecided += 1
        u += weight
    }

    /// Some check counts, and at least one of them weighs more than 0.
    var isApplicable: Bool { p + f + u > 0 }

    /// The score from evidence with these weights (see ``Scorer/score(_:findings:conditions:)``).
    static func value(_ indicator: Indicator, p: Double, f: Double, u: Double) -> Double {
        let total = p + f + u
        guard total > 0 else { return 0 }
        switch indicator.scoring {
        case .all:
            return f == 0 && u == 0 && p > 0 ? indicator.points : 0
        case .share:
            return indicator.points * p / total
        case .deduct(let perFailure):
            return min(max(0, indicator.points - perFailure * f), indicator.points * (p + f) / total)
        }
    }

    /// A missing facility (a failed presence requirement) earns nothing under every method; one that may
    /// be missing leaves 0 as the lowest score.
    func score(_ indicator: Indicator) -> Double {
        isApplicable && !facilityMissing ? Self.value(indicator, p: p, f: f, u: u) : 0
    }

    func scoreMin(_ indicator: Indicator) -> Double {
        isApplicable && !facilityMissing && !facilityUnknown ? min(score(indicator), Self.value(indicator, p: p, f: f + u, u: 0)) : 0
    }

    func scoreMax(_ indicator: Indicator) -> Double {
        isApplicable && !facilityMissing ? max(score(indicator), Self.value(indicator, p: p + u, f: f, u: 0)) : 0
    }
}
