/// How one (rule, instance) pair ended (DSL §5).
public enum Outcome: String, Sendable, Hashable, CaseIterable {
    case passed, failed, inapplicable, cantTell, untested

    /// Whether it is a pass or a fail.
    public var isDecided: Bool { self == .passed || self == .failed }
}
