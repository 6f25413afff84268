/// A subject's result as the JSON results write it: an element of the document's `subjects`, or one
/// JSON Lines line (whose `format`, `version` and `generator` are the line's own and not read here).
extension SubjectResult: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, kind, name, source, region, assessed, summary, listed, findings, clauses, scorecards
    }

    /// Reads a subject result. With `listed` (a selection of findings), `summary` becomes
    /// ``totals``; without it, the findings are every finding and the counts are theirs.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), kind: try c.decode(String.self, forKey: .kind),
                  name: try c.decode(LocalizedText.self, forKey: .name, default: .init()),
                  source: try c.decode(String.self, forKey: .source, default: ""),
                  region: try c.decode([String].self, forKey: .region, default: []),
                  assessed: try c.decodeIfPresent(Day.self, forKey: .assessed),
                  findings: try c.decode([Finding].self, forKey: .findings, default: []),
                  clauses: try c.decode([ClauseVerdict].self, forKey: .clauses, default: []),
                  scorecards: try c.decode([ScorecardResult].self, forKey: .scorecards, default: []))
        if let listed = try c.decodeIfPresent(FindingSelection.self, forKey: .listed) {
            selection = listed
            waivedFailureTotal = try c.nestedContainer(keyedBy: NameKey.self, forKey: .listed)
                .decodeIfPresent(Int.self, forKey: NameKey("waived_failures"))
            var totals: [Outcome: Int] = [:]
            if c.contains(.summary) {
                let summary = try c.nestedContainer(keyedBy: NameKey.self, forKey: .summary)
                for outcome in Outcome.allCases {
                    let count = try summary.decode(Int.self, forKey: NameKey(outcome.rawValue), default: 0)
                    if count > 0 { totals[outcome] = count }
                }
            }
            self.totals = totals
        }
    }

    /// Writes a subject result with the keys and values of the JSON results.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(name, forKey: .name)
        try c.encode(source, forKey: .source)
        try c.encode(region, forKey: .region)
        try c.encodeOrNull(assessed, forKey: .assessed)
        var summary = c.nestedContainer(keyedBy: NameKey.self, forKey: .summary)
        let counts = self.counts
        for outcome in Outcome.allCases { try summary.encode(counts[outcome] ?? 0, forKey: NameKey(outcome.rawValue)) }
        if !selection.isAll {
            var listed = c.nestedContainer(keyedBy: NameKey.self, forKey: .listed)
            try selection.encode(into: &listed)
            try listed.encodeOrNull(waivedFailureTotal, forKey: NameKey("waived_failures"))
        }
        try c.encode(findings, forKey: .findings)
        try c.encode(clauses, forKey: .clauses)
        try c.encode(scorecards, forKey: .scorecards)
    }
}

/// `{"clause", "verdict", "obligation", "mandatory"}`.
extension ClauseVerdict: Codable {
    private enum CodingKeys: String, CodingKey { case clause, verdict, obligation, mandatory }

    /// Reads a clause verdict.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(clause: try c.decode(String.self, forKey: .clause), verdict: try c.decode(Outcome.self, forKey: .verdict),
                  obligation: try c.decodeIfPresent(Obligation.self, forKey: .obligation),
                  isMandatory: try c.decode(Bool.self, forKey: .mandatory, default: false))
    }

    /// Writes a clause verdict.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(clause, forKey: .clause)
        try c.encode(verdict, forKey: .verdict)
        try c.encodeOrNull(obligation, forKey: .obligation)
        try c.encode(isMandatory, forKey: .mandatory)
    }
}

/// `{"outcomes", "standards", "scorecards"}`: a subject's `listed` object.
extension FindingSelection: Codable {
    private enum CodingKeys: String, CodingKey { case outcomes, standards, scorecards }

    /// Reads a selection; a missing or null `standards` or `scorecards` is no limit.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(outcomes: Set(try c.decode([Outcome].self, forKey: .outcomes)),
                  standards: try c.decodeIfPresent([String].self, forKey: .standards).map(Set.init),
                  scorecards: try c.decodeIfPresent([String].self, forKey: .scorecards).map(Set.init))
    }

    /// Writes the outcomes in the order of `Outcome.allCases`, the ids sorted.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: NameKey.self)
        try encode(into: &c)
    }

    /// Writes the selection's keys into a subject's `listed` object.
    func encode(into c: inout KeyedEncodingContainer<NameKey>) throws {
        try c.encode(Outcome.allCases.filter(outcomes.contains), forKey: NameKey(CodingKeys.outcomes.rawValue))
        try c.encodeOrNull(standards?.sorted(), forKey: NameKey(CodingKeys.standards.rawValue))
        try c.encodeOrNull(scorecards?.sorted(), forKey: NameKey(CodingKeys.scorecards.rawValue))
    }
}
