/// The documented rule that turns indicator results into a ``ProgressStatus``.
///
/// For one subject's indicator: not applicable when nothing in it applied; **done** when no counted
/// check failed and none lacks data (waived checks are accepted exceptions); **not started** when
/// no counted check passed; **in progress** otherwise.
///
/// For a division's indicator at a reporting date: **missing** when none of the division's subjects
/// judged by the indicator's scorecard reported; **not applicable** when it applied to none of those
/// that reported and all reported; **done** when it is done for every subject that applies and every
/// expected subject reported; **not started** when it is not started for every subject that applies;
/// **in progress** otherwise.
///
/// For a plan item, over its indicators' statuses (leaving out those not applicable): not applicable
/// when none is left; missing when all are missing; done when all are done; not started when all are
/// not started or missing; in progress otherwise.
public enum StatusRule {
    /// The status of one subject's indicator from its check counts.
    public static func subject(applicable: Bool, passed: Int, failed: Int, undecided: Int) -> ProgressStatus {
        guard applicable else { return .inapplicable }
        if failed == 0 && undecided == 0 { return .done }
        if passed == 0 { return .notStarted }
        return .inProgress
    }

    /// The status of a division's indicator from its tally and the number of subjects expected to carry it.
    public static func division(_ tally: IndicatorTally, expected: Int) -> ProgressStatus {
        guard tally.reported > 0 else { return expected > 0 ? .missing : .inapplicable }
        guard tally.applicable > 0 else { return tally.reported < expected ? .missing : .inapplicable }
        if tally.done == tally.applicable && tally.reported >= expected { return .done }
        if tally.notStarted == tally.applicable { return .notStarted }
        return .inProgress
    }

    /// The status of a plan item from its indicators' statuses.
    public static func item(_ statuses: some Sequence<ProgressStatus>) -> ProgressStatus {
        let counted = statuses.filter { $0 != .inapplicable }
        if counted.isEmpty { return .inapplicable }
        if counted.allSatisfy({ $0 == .missing }) { return .missing }
        if counted.allSatisfy({ $0 == .done }) { return .done }
        if counted.allSatisfy({ $0 == .notStarted || $0 == .missing }) { return .notStarted }
        return .inProgress
    }
}
