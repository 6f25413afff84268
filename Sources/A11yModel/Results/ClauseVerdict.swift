/// A clause's verdict for one subject (DSL §6).
public struct ClauseVerdict: Sendable, Hashable {
    /// The full clause id, `STANDARD:CLAUSE`.
    public var clause: String
    /// The outcome over all the clause's findings for the subject (any failure fails it).
    public var verdict: Outcome
    /// The clause's obligation (must, shall, should, may), if known.
    public var obligation: Obligation?
    /// Whether the clause is a mandatory provision (强制性条文).
    public var isMandatory: Bool

    /// Creates a verdict.
    public init(clause: String, verdict: Outcome, obligation: Obligation? = nil, isMandatory: Bool = false) {
        self.clause = clause
        self.verdict = verdict
        self.obligation = obligation
        self.isMandatory = isMandatory
    }

    /// The verdict of a set of findings: failed if any failed; passed if all decided findings passed
    /// and none is undecided; inapplicable if all are inapplicable (or there are none); else cantTell,
    /// or untested when only unanswered manual items are undecided.
    public static func verdict(of outcomes: some Sequence<Outcome>) -> Outcome {
        var sawPass = false, sawCantTell = false, sawUntested = false
        for outcome in outcomes {
            switch outcome {
            case .failed: return .failed
            case .passed: sawPass = true
            case .cantTell: sawCantTell = true
            case .untested: sawUntested = true
            case .inapplicable: break
            }
        }
        if sawCantTell { return .cantTell }
        if sawUntested { return .untested }
        return sawPass ? .passed : .inapplicable
    }
}
