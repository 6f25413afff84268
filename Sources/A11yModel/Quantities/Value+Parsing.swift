extension Value {
    /// Reads a scalar written in a file as a value of `type`.
    ///
    /// - Parameters:
    ///   - text: The scalar's text.
    ///   - type: The declared type.
    ///   - quoted: Whether the scalar was quoted (a quoted `true` is text, not a bool).
    /// - Returns: The value, or why it is not one.
    public static func parse(_ text: String, as type: AttributeType, quoted: Bool = false) -> Result<Value, QuantityLiteral.Failure> {
        func fail(_ message: String, suggestion: String? = nil) -> Result<Value, QuantityLiteral.Failure> {
            .failure(QuantityLiteral.Failure(message: message, offset: 0, suggestion: suggestion))
        }
        switch type {
        case .bool:
            switch text {
            case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return quoted ? fail("expected a bool (true or false), found the string '\(text)'") : .success(.bool(true))
            case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return quoted ? fail("expected a bool (true or false), found the string '\(text)'") : .success(.bool(false))
            default: return fail("expected a bool (true or false), found '\(text)'")
            }
        case .count:
            guard let n = Int(text.trimmed), n >= 0 else { return fail("expected a count (a whole number ≥ 0), found '\(text)'") }
            return .success(.quantity(.number(Double(n))))
        case .number:
            switch QuantityLiteral.parse(text) {
            case .success(let q) where q.dimension == .dimensionless: return .success(.quantity(q))
            case .success(let q): return fail("expected a plain number, found \(q.dimension.phrase) '\(text)'")
            case .failure(let f): return .failure(f)
            }
        case .ratio:
            switch QuantityLiteral.parse(text) {
            case .success(let q) where q.dimension == .dimensionless && q.value < 0:
                return fail("a ratio cannot be negative, found '\(text)'")
            case .success(let q) where q.dimension == .dimensionless:
                var ratio = q
                if ratio.notation == .plain { ratio.notation = .ratio }
                return .success(.quantity(ratio))
            case .success(let q): return fail("expected a ratio like 1:12, 4.5:1 or 8.33%, found \(q.dimension.phrase) '\(text)'")
            case .failure: return fail("expected a ratio like 1:12, 4.5:1 or 8.33%, found '\(text)'")
            }
        case .quantity(let dimension):
            var units: String { dimension.units.map(\.symbol).joined(separator: ", ") }
            switch QuantityLiteral.parse(text) {
            case .success(let q) where q.dimension == dimension && q.value < 0 && !Self.signedDimensions.contains(dimension):
                return fail("\(dimension.phrase) cannot be negative, found '\(text)'")
            case .success(let q) where q.dimension == dimension: return .success(.quantity(q))
            case .success(let q) where q.dimension == .dimensionless:
                return fail("expected \(dimension.phrase) with a unit (\(units)), found '\(text)' with no unit")
            case .success(let q):
                return fail("expected \(dimension.phrase) (\(units)), found \(q.dimension.phrase) '\(text)'")
            case .failure(let f): return .failure(f)
            }
        case .enumeration(let values):
            guard values.contains(text) else {
                return fail("'\(text)' is not one of \(values.joined(separator: ", "))", suggestion: Suggestion.closest(to: text, in: values))
            }
            return .success(.text(text))
        case .text:
            return .success(.text(text))
        case .date:
            guard let day = Day(text.trimmed) else { return fail("expected a date written YYYY-MM-DD, found '\(text)'") }
            return .success(.date(day))
        }
    }

    /// Dimensions whose values may be below zero (an angle of inclination, a level in decibels);
    /// lengths, areas, durations, sizes, illuminances, forces and masses may not.
    static let signedDimensions: Set<Dimension> = [.dimensionless, .angle, .soundLevel]
}
