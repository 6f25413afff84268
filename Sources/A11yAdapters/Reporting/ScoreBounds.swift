import A11yRules

/// The lowest and highest score a result can still end with once its undecided checks are decided.
enum ScoreBounds {
    /// The bounds of a scorecard's score; nil when the score cannot move (it is final).
    static func of(_ card: ScorecardResult) -> (min: Double, max: Double)? {
        card.isRange ? (card.scoreMin, card.scoreMax) : nil
    }

    /// The bounds of an indicator's points; nil when they cannot move.
    static func of(_ indicator: IndicatorResult) -> (min: Double, max: Double)? {
        indicator.scoreMin != indicator.score || indicator.scoreMax != indicator.score ? (indicator.scoreMin, indicator.scoreMax) : nil
    }

    /// `93.5–97.2`, or nil.
    static func text(_ bounds: (min: Double, max: Double)?) -> String? {
        bounds.map { "\(QuantityFormat.number($0.min))–\(QuantityFormat.number($0.max))" }
    }
}
