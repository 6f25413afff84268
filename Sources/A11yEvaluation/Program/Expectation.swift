import A11yModel

/// How to show what a check requires, with thresholds worked out for the instance: `rise <= 0.6 m`.
indirect enum Expectation: Sendable {
    case text(String)
    /// `LEFT OP <value of right>`, shown in `notation`; the left node explains straddled thresholds.
    case compare(String, Node, ComparisonOperator, Node, Quantity.Notation?)
    /// `VALUE in <lower>..<upper>`.
    case range(String, Node, Node, Node, Quantity.Notation?)
    case and(Expectation, Expectation)
    case or(Expectation, Expectation)
}
