/// A finding as the JSON results write it (an element of a subject's `findings`), so a program reads
/// back what `a11y-rules evaluate --format json` wrote. Derived fields (`observed`, `reason`,
/// `answered`) are written for readers and not read back: `observed_values`, `reason_text` and
/// `answer` carry them whole.
extension Finding: Codable {
    private enum CodingKeys: String, CodingKey {
        case rule, clause, part, instance, outcome, severity, observed, expected, missing, reason
        case reasonText = "reason_text", message, location, waiver, answered, answer
        case supersededBy = "superseded_by", corroborates, corroboratedBy = "corroborated_by", confidence
        case obligation, mandatory, observedValues = "observed_values"
    }

    /// Reads a finding. A file written before `observed_values` existed gives each observed value as
    /// text only (``ObservedValue/init(name:text:)``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let reason: LocalizedText? = try c.decodeIfPresent(LocalizedText.self, forKey: .reasonText)
            ?? c.decodeIfPresent(String.self, forKey: .reason).map { LocalizedText(en: $0) }
        self.init(
            rule: try c.decodeIfPresent(String.self, forKey: .rule), clause: try c.decode(String.self, forKey: .clause),
            part: try c.decodeIfPresent(String.self, forKey: .part), instance: try c.decode(String.self, forKey: .instance),
            outcome: try c.decode(Outcome.self, forKey: .outcome), severity: try c.decode(Severity.self, forKey: .severity),
            expected: try c.decodeIfPresent(String.self, forKey: .expected),
            missing: try c.decode([String].self, forKey: .missing, default: []), reason: reason,
            message: try c.decodeIfPresent(LocalizedText.self, forKey: .message),
            location: try c.decodeIfPresent(SourceLocation.self, forKey: .location),
            waiver: try c.decodeIfPresent(AppliedWaiver.self, forKey: .waiver),
            answer: try c.decodeIfPresent(Answer.self, forKey: .answer),
            supersededBy: try c.decode([String].self, forKey: .supersededBy, default: []))
        if let values = try c.decodeIfPresent([ObservedValue].self, forKey: .observedValues) {
            observedValues = values
        } else if c.contains(.observed), !(try c.decodeNil(forKey: .observed)) {
            let texts = try c.nestedContainer(keyedBy: NameKey.self, forKey: .observed)
            observedValues = try texts.allKeys.map { ObservedValue(name: $0.stringValue, text: try texts.decode(String.self, forKey: $0)) }
        }
        corroborates = try c.decodeIfPresent(String.self, forKey: .corroborates)
        corroboratedBy = try c.decode([String].self, forKey: .corroboratedBy, default: [])
        confidence = try c.decodeIfPresent(Confidence.self, forKey: .confidence)
        obligation = try c.decodeIfPresent(Obligation.self, forKey: .obligation)
        isMandatory = try c.decode(Bool.self, forKey: .mandatory, default: false)
    }

    /// Writes a finding with the keys and values of the JSON results.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeOrNull(rule, forKey: .rule)
        try c.encode(clause, forKey: .clause)
        try c.encodeOrNull(part, forKey: .part)
        try c.encode(instance, forKey: .instance)
        try c.encode(outcome, forKey: .outcome)
        try c.encode(severity, forKey: .severity)
        var texts = c.nestedContainer(keyedBy: NameKey.self, forKey: .observed)
        for value in observedValues { try texts.encode(value.text, forKey: NameKey(value.name)) }
        try c.encodeOrNull(expected, forKey: .expected)
        try c.encode(missing, forKey: .missing)
        try c.encodeOrNull(reason?.en ?? reason?.zh, forKey: .reason)
        try c.encodeOrNull(reason, forKey: .reasonText)
        try c.encodeOrNull(message, forKey: .message)
        try c.encodeOrNull(location, forKey: .location)
        try c.encodeOrNull(waiver, forKey: .waiver)
        try c.encode(isAnswered, forKey: .answered)
        try c.encodeOrNull(answer, forKey: .answer)
        try c.encode(supersededBy, forKey: .supersededBy)
        try c.encodeOrNull(corroborates, forKey: .corroborates)
        try c.encode(corroboratedBy, forKey: .corroboratedBy)
        try c.encodeOrNull(confidence, forKey: .confidence)
        try c.encodeOrNull(obligation, forKey: .obligation)
        try c.encode(isMandatory, forKey: .mandatory)
        try c.encode(observedValues, forKey: .observedValues)
    }
}

/// `{"key", "reason", "until", "by", "instance", "expired", "location"}`: the waiver with the key it
/// was given for and whether it had expired.
extension AppliedWaiver: Codable {
    private enum CodingKeys: String, CodingKey { case key, reason, until, by, instance, expired, location }

    /// Reads an applied waiver; a file without the waiver's `location` gives the finding's file at line 1.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let location = try c.decodeIfPresent(SourceLocation.self, forKey: .location) ?? SourceLocation(file: "", line: 1, column: 1)
        let waiver = Waiver(reason: try c.decode(String.self, forKey: .reason), until: try c.decodeIfPresent(Day.self, forKey: .until),
                            by: try c.decodeIfPresent(String.self, forKey: .by), instance: try c.decodeIfPresent(String.self, forKey: .instance),
                            location: location)
        self.init(waiver: waiver, key: try c.decode(String.self, forKey: .key), isExpired: try c.decode(Bool.self, forKey: .expired))
    }

    /// Writes an applied waiver.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(waiver.reason, forKey: .reason)
        try c.encodeOrNull(waiver.until, forKey: .until)
        try c.encodeOrNull(waiver.by, forKey: .by)
        try c.encodeOrNull(waiver.instance, forKey: .instance)
        try c.encode(isExpired, forKey: .expired)
        try c.encode(waiver.location, forKey: .location)
    }
}

/// `{"note", "by", "date", "instance", "source", "outcome", "location"}`: the answer behind a finding.
extension Answer: Codable {
    private enum CodingKeys: String, CodingKey { case note, by, date, instance, source, outcome, location }

    /// Reads an answer. A file without `outcome` or `location` (as 0.2.0 wrote them) gives `cantTell` and
    /// an empty location: the finding's own outcome and location still say what the answer gave.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(outcome: try c.decode(Outcome.self, forKey: .outcome, default: .cantTell),
                  note: try c.decodeIfPresent(String.self, forKey: .note), by: try c.decodeIfPresent(String.self, forKey: .by),
                  date: try c.decodeIfPresent(Day.self, forKey: .date), instance: try c.decodeIfPresent(String.self, forKey: .instance),
                  location: try c.decode(SourceLocation.self, forKey: .location, default: SourceLocation(file: "", line: 1, column: 1)),
                  source: try c.decodeIfPresent(EvidenceSource.self, forKey: .source))
    }

    /// Writes an answer.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeOrNull(note, forKey: .note)
        try c.encodeOrNull(by, forKey: .by)
        try c.encodeOrNull(date, forKey: .date)
        try c.encodeOrNull(instance, forKey: .instance)
        try c.encodeOrNull(source, forKey: .source)
        try c.encode(outcome, forKey: .outcome)
        try c.encode(location, forKey: .location)
    }
}

/// `{"tool", "version", "engine", "url", "time", "rules", "selectors", "confidence", "file"}`.
extension EvidenceSource: Codable {
    private enum CodingKeys: String, CodingKey { case tool, version, engine, url, time, rules, selectors, confidence, file }

    /// Reads an evidence source.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(tool: try c.decode(String.self, forKey: .tool), version: try c.decodeIfPresent(String.self, forKey: .version),
                  engine: try c.decodeIfPresent(String.self, forKey: .engine), url: try c.decodeIfPresent(String.self, forKey: .url),
                  time: try c.decodeIfPresent(String.self, forKey: .time), rules: try c.decode([String].self, forKey: .rules, default: []),
                  selectors: try c.decode([String].self, forKey: .selectors, default: []),
                  confidence: try c.decodeIfPresent(Confidence.self, forKey: .confidence), file: try c.decodeIfPresent(String.self, forKey: .file))
    }

    /// Writes an evidence source.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(tool, forKey: .tool)
        try c.encodeOrNull(version, forKey: .version)
        try c.encodeOrNull(engine, forKey: .engine)
        try c.encodeOrNull(url, forKey: .url)
        try c.encodeOrNull(time, forKey: .time)
        try c.encode(rules, forKey: .rules)
        try c.encode(selectors, forKey: .selectors)
        try c.encodeOrNull(confidence, forKey: .confidence)
        try c.encodeOrNull(file, forKey: .file)
    }
}
