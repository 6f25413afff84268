import A11yModel

/// How to show what a check requires, with thresholds worked out for the instance: `rise <= 0.6 m`.
///
/// A threshold the author wrote as a constant (`1.20 m`, `1:12`, `(700 mm + 50 mm)`) is shown as
/// written; one that depends on the instance (a table lookup, another attribute) is worked out.
indirect enum Expectation: Sendable {
    case text(String)
    /// `LEFT OP RIGHT`, where RIGHT is `written` when the author wrote a constant, else the value of the
    /// right node shown in `notation`; the left node explains straddled thresholds.
    case compare(String, Node, ComparisonOperator, Node, Quantity.Notation?, written: String?)
    /// `VALUE in LOWER..UPPER`, each end as written when constant, else worked out.
    case range(String, Node, Node, Node, Quantity.Notation?, writtenLower: String?, writtenUpper: String?)
    case and(Expectation, Expectation)
    case or(Expectation, Expectation)
    /// A part the author put in parentheses.
    case grouped(Expectation)
}
