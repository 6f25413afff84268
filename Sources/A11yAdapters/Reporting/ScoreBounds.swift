import A11yRules

/// The lowest and highest score a scorecard could still reach once its undecided checks are decided.
enum ScoreBounds {
    /// The bounds of a provisional score; nil for a complete one (its score is final).
    static func of(_ card: ScorecardResult) -> (min: Double, max: Double)? {
        nil
    }

    /// The bounds of an indicator's provisional points; nil when it has nothing undecided.
    static func of(_ indicator: IndicatorResult) -> (min: Double, max: Double)? {
        nil
    }

    /// `93.5–97.2`, or nil.
    static func text(_ bounds: (min: Double, max: Double)?) -> String? {
        bounds.map { "\(QuantityFormat.number($0.min))–\(QuantityFormat.number($0.max))" }
    }
}
