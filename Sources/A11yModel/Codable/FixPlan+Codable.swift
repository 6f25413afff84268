/// A fix plan with snake_case keys like the JSON results: `{"scorecard", "items", "to_pass",
/// "score_after_fixes", "undecided"}`. The results document does not include fix plans (they follow from
/// a result: `SubjectResult.fixPlan(for:)`); this lets a program store one it made.
extension FixPlan: Codable {
    private enum CodingKeys: String, CodingKey { case scorecard, items, toPass = "to_pass", scoreAfterFixes = "score_after_fixes", undecided }

    /// Reads a fix plan.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(scorecard: try c.decode(String.self, forKey: .scorecard), items: try c.decode([Item].self, forKey: .items),
                  toPass: try c.decodeIfPresent([Int].self, forKey: .toPass),
                  scoreAfterFixes: try c.decodeIfPresent(Double.self, forKey: .scoreAfterFixes),
                  undecided: try c.decode(Int.self, forKey: .undecided))
    }

    /// Writes a fix plan.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(scorecard, forKey: .scorecard)
        try c.encode(items, forKey: .items)
        try c.encodeOrNull(toPass, forKey: .toPass)
        try c.encodeOrNull(scoreAfterFixes, forKey: .scoreAfterFixes)
        try c.encode(undecided, forKey: .undecided)
    }
}

/// `{"finding", "related", "indicators", "gain", "max_gain", "veto", "waived"}`.
extension FixPlan.Item: Codable {
    private enum CodingKeys: String, CodingKey { case finding, related, indicators, gain, maxGain = "max_gain", veto, waived }

    /// Reads a fix plan item.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(finding: try c.decode(Int.self, forKey: .finding), related: try c.decode([Int].self, forKey: .related),
                  indicators: try c.decode([String].self, forKey: .indicators), gain: try c.decode(Double.self, forKey: .gain),
                  maxGain: try c.decode(Double.self, forKey: .maxGain, default: 0), isVeto: try c.decode(Bool.self, forKey: .veto),
                  isWaived: try c.decode(Bool.self, forKey: .waived))
    }

    /// Writes a fix plan item.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(finding, forKey: .finding)
        try c.encode(related, forKey: .related)
        try c.encode(indicators, forKey: .indicators)
        try c.encode(gain, forKey: .gain)
        try c.encode(maxGain, forKey: .maxGain)
        try c.encode(isVeto, forKey: .veto)
        try c.encode(isWaived, forKey: .waived)
    }
}
