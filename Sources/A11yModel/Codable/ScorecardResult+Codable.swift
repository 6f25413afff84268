/// A scorecard result as the JSON results write it (an element of a subject's `scorecards`).
extension ScorecardResult: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, title, score, scoreMin = "score_min", scoreMax = "score_max", passed, passedAtMin = "passed_at_min"
        case passedAtMax = "passed_at_max", complete, passMark = "pass_mark", grade, gradeAtMin = "grade_at_min"
        case gradeAtMax = "grade_at_max", vetoed, vetoedAtMin = "vetoed_at_min", indicators
    }

    /// Reads a scorecard result; fields a 0.2.0 file lacks (`title`) read as empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let grade = try c.decodeIfPresent(LocalizedText.self, forKey: .grade)
        let score = try c.decode(Double.self, forKey: .score)
        let passed = try c.decode(Bool.self, forKey: .passed)
        let vetoed = try c.decode(Bool.self, forKey: .vetoed)
        self.init(id: try c.decode(String.self, forKey: .id), score: score, passed: passed,
                  isComplete: try c.decode(Bool.self, forKey: .complete), grade: grade, vetoed: vetoed,
                  passMark: try c.decodeIfPresent(Double.self, forKey: .passMark),
                  indicators: try c.decode([IndicatorResult].self, forKey: .indicators, default: []))
        title = try c.decode(LocalizedText.self, forKey: .title, default: .init())
        scoreMin = try c.decode(Double.self, forKey: .scoreMin, default: score)
        scoreMax = try c.decode(Double.self, forKey: .scoreMax, default: score)
        passedAtMin = try c.decode(Bool.self, forKey: .passedAtMin, default: passed)
        passedAtMax = try c.decode(Bool.self, forKey: .passedAtMax, default: passed)
        gradeAtMin = c.contains(.gradeAtMin) ? try c.decodeIfPresent(LocalizedText.self, forKey: .gradeAtMin) : grade
        gradeAtMax = c.contains(.gradeAtMax) ? try c.decodeIfPresent(LocalizedText.self, forKey: .gradeAtMax) : grade
        vetoedAtMin = try c.decode(Bool.self, forKey: .vetoedAtMin, default: vetoed)
    }

    /// Writes a scorecard result.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(score, forKey: .score)
        try c.encode(scoreMin, forKey: .scoreMin)
        try c.encode(scoreMax, forKey: .scoreMax)
        try c.encode(passed, forKey: .passed)
        try c.encode(passedAtMin, forKey: .passedAtMin)
        try c.encode(passedAtMax, forKey: .passedAtMax)
        try c.encode(isComplete, forKey: .complete)
        try c.encodeOrNull(passMark, forKey: .passMark)
        try c.encodeOrNull(grade, forKey: .grade)
        try c.encodeOrNull(gradeAtMin, forKey: .gradeAtMin)
        try c.encodeOrNull(gradeAtMax, forKey: .gradeAtMax)
        try c.encode(vetoed, forKey: .vetoed)
        try c.encode(vetoedAtMin, forKey: .vetoedAtMin)
        try c.encode(indicators, forKey: .indicators)
    }
}

/// An indicator result as the JSON results write it (an element of a scorecard's `indicators`);
/// `shortfalls` is written for readers and not read back (it is `failed_checks` then `undecided_checks`).
extension IndicatorResult: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, title, points, score, scoreMin = "score_min", scoreMax = "score_max", applicable, passed, failed
        case undecided, waived, vetoFailed = "veto_failed", shortfalls, failedChecks = "failed_checks"
        case undecidedChecks = "undecided_checks", corroborating, explanation
    }

    /// Reads an indicator result; fields a 0.2.0 file lacks (`title`) read as empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let score = try c.decode(Double.self, forKey: .score)
        self.init(id: try c.decode(String.self, forKey: .id), title: try c.decode(LocalizedText.self, forKey: .title, default: .init()),
                  points: try c.decode(Double.self, forKey: .points), score: score,
                  applicable: try c.decode(Bool.self, forKey: .applicable), passed: try c.decode(Int.self, forKey: .passed),
                  failed: try c.decode(Int.self, forKey: .failed), undecided: try c.decode(Int.self, forKey: .undecided),
                  waived: try c.decode(Int.self, forKey: .waived), vetoFailed: try c.decode(Bool.self, forKey: .vetoFailed),
                  failedChecks: try c.decode([String].self, forKey: .failedChecks, default: []),
                  undecidedChecks: try c.decode([String].self, forKey: .undecidedChecks, default: []))
        scoreMin = try c.decode(Double.self, forKey: .scoreMin, default: score)
        scoreMax = try c.decode(Double.self, forKey: .scoreMax, default: score)
        corroborating = try c.decode([Corroboration].self, forKey: .corroborating, default: [])
        explanation = try c.decodeIfPresent(ScoreExplanation.self, forKey: .explanation)
    }

    /// Writes an indicator result.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(points, forKey: .points)
        try c.encode(score, forKey: .score)
        try c.encode(scoreMin, forKey: .scoreMin)
        try c.encode(scoreMax, forKey: .scoreMax)
        try c.encode(applicable, forKey: .applicable)
        try c.encode(passed, forKey: .passed)
        try c.encode(failed, forKey: .failed)
        try c.encode(undecided, forKey: .undecided)
        try c.encode(waived, forKey: .waived)
        try c.encode(vetoFailed, forKey: .vetoFailed)
        try c.encode(shortfalls, forKey: .shortfalls)
        try c.encode(failedChecks, forKey: .failedChecks)
        try c.encode(undecidedChecks, forKey: .undecidedChecks)
        try c.encode(corroborating, forKey: .corroborating)
        try c.encodeOrNull(explanation, forKey: .explanation)
    }
}

/// `{"rule", "instance", "governing"}`.
extension Corroboration: Codable {
    private enum CodingKeys: String, CodingKey { case rule, instance, governing }

    /// Reads a corroboration.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(rule: try c.decode(String.self, forKey: .rule), instance: try c.decode(String.self, forKey: .instance),
                  governing: try c.decode(String.self, forKey: .governing))
    }

    /// Writes a corroboration.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(instance, forKey: .instance)
        try c.encode(governing, forKey: .governing)
    }
}
