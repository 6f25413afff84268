/// How much a check counts in a scorecard, by the obligation of its clause (`weights:`).
///
/// A check of weight 0 is reported but earns and costs nothing. Under `share` a check counts with its
/// weight in the share; under `deduct` a failure costs `per_failure` × its weight; under `all` a
/// failure of weight above 0 loses the points. An indicator's own rules and presence requirements
/// weigh as `shall`.
public struct ObligationWeights: Sendable, Hashable {
    /// 必须.
    public var must: Double
    /// 应.
    public var shall: Double
    /// 宜.
    public var should: Double
    /// 可.
    public var may: Double

    /// The default when a scorecard gives no `weights`: must 1, shall 1, should 0.5, may 0. A
    /// recommendation (宜) counts half a requirement (应), and a permission (可) is reported only.
    public static let `default` = ObligationWeights(must: 1, shall: 1, should: 0.5, may: 0)

    /// Creates weights.
    public init(must: Double, shall: Double, should: Double, may: Double) {
        self.must = must
        self.shall = shall
        self.should = should
        self.may = may
    }

    /// The weight of a check under `obligation` (nil: an indicator's own check, weighed as `shall`).
    public func weight(of obligation: Obligation?) -> Double {
        switch obligation ?? .shall {
        case .must: return must
        case .shall: return shall
        case .should: return should
        case .may: return may
        }
    }
}
