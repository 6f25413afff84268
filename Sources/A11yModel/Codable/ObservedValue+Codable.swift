/// `{"name", "text", "type", "value", "unit", "accuracy", "dimension", "file", "line", "column"}`: an element of a finding's
/// `observed_values`. Numbers are written exactly (``ObservedValue/amount``), so the value reads back
/// bit for bit.
extension ObservedValue: Codable {
    private enum CodingKeys: String, CodingKey { case name, text, type, value, unit, accuracy, dimension, file, line, column }

    /// Reads an observed value.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when `type`, `value` and `unit` do not describe a value.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let name = try c.decode(String.self, forKey: .name)
        let text = try c.decode(String.self, forKey: .text)
        let kind = try c.decode(String.self, forKey: .type)
        var bool: Bool?, string: String?, amount: Double?
        switch kind {
        case "bool": bool = try c.decode(Bool.self, forKey: .value)
        case "text", "date": string = try c.decode(String.self, forKey: .value)
        default: amount = try c.decodeIfPresent(Double.self, forKey: .value)
        }
        guard let value = ObservedValue.value(
            kind: kind, amount: amount, unit: try c.decodeIfPresent(String.self, forKey: .unit),
            accuracy: try c.decodeIfPresent(Double.self, forKey: .accuracy),
            dimension: try c.decodeIfPresent(String.self, forKey: .dimension), bool: bool, string: string) else {
            throw DecodingError.dataCorruptedError(forKey: .value, in: c, debugDescription: "'\(name)' is not a value of type '\(kind)'")
        }
        var location: SourceLocation?
        if let file = try c.decodeIfPresent(String.self, forKey: .file), let line = try c.decodeIfPresent(Int.self, forKey: .line) {
            location = SourceLocation(file: file, line: line, column: try c.decode(Int.self, forKey: .column, default: 1))
        }
        self.init(name: name, text: text, value: value, location: location)
    }

    /// Writes an observed value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .type)
        switch value {
        case .bool(let b): try c.encode(b, forKey: .value)
        case .text(let t): try c.encode(t, forKey: .value)
        case .date(let d): try c.encode(d.description, forKey: .value)
        case .quantity: try c.encodeOrNull(amount, forKey: .value)
        }
        try c.encodeOrNull(unit, forKey: .unit)
        try c.encodeOrNull(accuracy, forKey: .accuracy)
        if case .quantity(let q) = value { try c.encode(q.dimension.rawValue, forKey: .dimension) } else { try c.encodeNil(forKey: .dimension) }
        try c.encodeOrNull(location?.file, forKey: .file)
        try c.encodeOrNull(location?.line, forKey: .line)
        try c.encodeOrNull(location?.column, forKey: .column)
    }
}
