/// What a quantity measures. Quantities of different dimensions never compare.
public enum Dimension: String, Sendable, Hashable, CaseIterable {
    /// Counts, plain numbers, ratios and percentages.
    case dimensionless
    case length, area, angle, duration
    case fontSize = "font-size"
    case soundLevel = "sound-level"
    case illuminance, force, mass

    /// The dimension of a product, if it has one this library knows.
    public func times(_ other: Dimension) -> Dimension? {
        switch (self, other) {
        case (.dimensionless, let d), (let d, .dimensionless): return d
        case (.length, .length): return .area
        default: return nil
        }
    }

    /// The dimension of a quotient, if it has one this library knows.
    public func divided(by other: Dimension) -> Dimension? {
        switch (self, other) {
        case (let d, .dimensionless): return d
        case (let a, let b) where a == b: return .dimensionless
        case (.area, .length): return .length
        default: return nil
        }
    }

    /// The units of this dimension, base unit first.
    public var units: [Unit] { Unit.all.filter { $0.dimension == self } }

    /// A word for messages: "a length", "a number".
    public var phrase: String {
        switch self {
        case .dimensionless: return "a number"
        case .area, .angle: return "an \(rawValue)"
        case .illuminance: return "an illuminance"
        default: return "a \(rawValue)"
        }
    }
}
