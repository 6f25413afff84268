/// Points earned out of points available, with bounds, in hundredths; shown as a percentage.
public struct ScoreShare: Sendable, Hashable {
    /// Points available, earned, and the least and most earnable (hundredths).
    public var points: Int, score: Int, min: Int, max: Int

    /// Creates a share.
    public init(points: Int, score: Int, min: Int, max: Int) {
        self.points = points
        self.score = score
        self.min = min
        self.max = max
    }

    /// Score, least and most as percentages of the points (nil when no points are available).
    public var percent: Double? { points > 0 ? Double(score) * 100 / Double(points) : nil }
    /// The least percentage it can become.
    public var minPercent: Double? { points > 0 ? Double(min) * 100 / Double(points) : nil }
    /// The most percentage it can become.
    public var maxPercent: Double? { points > 0 ? Double(max) * 100 / Double(points) : nil }

    /// Whether the bounds differ from the score (data are missing).
    public var isProvisional: Bool { min != score || max != score }

    static func + (a: ScoreShare, b: ScoreShare) -> ScoreShare {
        ScoreShare(points: a.points + b.points, score: a.score + b.score, min: a.min + b.min, max: a.max + b.max)
    }

    static let zero = ScoreShare(points: 0, score: 0, min: 0, max: 0)
}

/// What changed for an item or indicator since the previous reporting date at which it was reported.
public struct ProgressChange: Sendable, Hashable {
    /// The index of the reporting date compared with.
    public var since: Int
    /// The status then.
    public var previous: ProgressStatus
    /// The change of the score, in percentage points (nil when either has no points).
    public var scoreDelta: Double?
    /// Done now and not then.
    public var isNewlyDone: Bool
    /// The status fell (done → in progress or not started, in progress → not started) or the score fell.
    public var isRegression: Bool

    /// Compares `current` with `previous`.
    static func between(_ previous: (status: ProgressStatus, share: ScoreShare), _ current: (status: ProgressStatus, share: ScoreShare),
                        since: Int) -> ProgressChange {
        let delta: Double? = current.share.percent.flatMap { now in previous.share.percent.map { now - $0 } }
        let fell = (current.status.rank ?? 0) < (previous.status.rank ?? 0)
        let scoreFell = (delta ?? 0) < -0.005
        return ProgressChange(
            since: since, previous: previous.status, scoreDelta: delta,
            isNewlyDone: current.status == .done && previous.status != .done,
            isRegression: fell || scoreFell)
    }
}
