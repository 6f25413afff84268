/// How one (rule, instance) pair ended (DSL §5).
public enum Outcome: String, Sendable, Hashable, CaseIterable {
    /// `inapplicable`: `when` is false or an answer says so; `cantTell`: the data do not decide (missing,
    /// or uncertain across the threshold); `untested`: a manual clause nobody answered.
    case passed, failed, inapplicable, cantTell, untested

    /// Whether it is a pass or a fail.
    public var isDecided: Bool { self == .passed || self == .failed }
}
