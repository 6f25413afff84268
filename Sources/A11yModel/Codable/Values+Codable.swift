// The small values of results, coded as the JSON results write them (DocC: JSON results).

extension Outcome: Codable {}
extension Severity: Codable {}
extension Obligation: Codable {}
extension Confidence: Codable {}
extension ScoreExplanation: Codable {}

/// `{"zh": …, "en": …}`, each a string or null.
extension LocalizedText: Codable {
    private enum CodingKeys: String, CodingKey { case zh, en }

    /// Reads `{"zh", "en"}`; a missing or null member is nil.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(zh: try c.decodeIfPresent(String.self, forKey: .zh), en: try c.decodeIfPresent(String.self, forKey: .en))
    }

    /// Writes `{"zh", "en"}`, null for a missing language.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeOrNull(zh, forKey: .zh)
        try c.encodeOrNull(en, forKey: .en)
    }
}

/// `"YYYY-MM-DD"`.
extension Day: Codable {
    /// Reads a `YYYY-MM-DD` string.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for anything else, or a date the calendar does not have.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "expected a date written YYYY-MM-DD, found '\(text)'")
        }
        self = day
    }

    /// Writes `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// `{"file", "line", "column"}`.
extension SourceLocation: Codable {
    private enum CodingKeys: String, CodingKey { case file, line, column }

    /// Reads `{"file", "line", "column"}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try c.decode(String.self, forKey: .file), line: try c.decode(Int.self, forKey: .line),
                  column: try c.decode(Int.self, forKey: .column))
    }

    /// Writes `{"file", "line", "column"}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
    }
}
