/// A measured or stated amount: a value in base units, its dimension, an optional uncertainty, and
/// how it was written (so reports show `1:10` and `850 mm`, not `0.1` and `0.85`).
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    /// How a quantity is shown.
    public enum Notation: Sendable, Hashable {
        /// A plain number (counts, numbers).
        case plain
        /// In this unit.
        case unit(Unit)
        /// As `a:b`.
        case ratio
        /// As a percentage.
        case percent
    }

    /// The value in base units (ratios and percentages as the fraction a/b).
    public var value: Double
    /// What it measures.
    public var dimension: Dimension
    /// The half-width of the uncertainty, in base units (0 for exact).
    public var accuracy: Double
    /// How to show it.
    public var notation: Notation

    /// Creates a quantity.
    public init(_ value: Double, _ dimension: Dimension, accuracy: Double = 0, notation: Notation = .plain) {
        self.value = value
        self.dimension = dimension
        self.accuracy = accuracy
        self.notation = notation
    }

    /// A quantity of `amount` `unit`s.
    public init(_ amount: Double, _ unit: Unit, accuracy: Double = 0) {
        self.init(amount * unit.factor, unit.dimension, accuracy: accuracy * unit.factor, notation: .unit(unit))
    }

    /// A dimensionless number.
    public static func number(_ value: Double) -> Quantity { Quantity(value, .dimensionless) }

    /// The ratio `a:b`.
    public static func ratio(_ a: Double, _ b: Double) -> Quantity {
        Quantity(a / b, .dimensionless, notation: .ratio)
    }

    /// The lowest and highest values the measurement allows.
    public var interval: ClosedRange<Double> { (value - accuracy)...(value + accuracy) }

    /// The same quantity shown as `other` is shown (used for expected values, so that a threshold
    /// computed in metres is shown in the unit the rule wrote).
    public func shown(like other: Quantity) -> Quantity {
        var copy = self
        copy.notation = other.notation
        return copy
    }

    public var description: String {
        var text = QuantityFormat.format(value, notation)
        if accuracy > 0 {
            text += " ± " + QuantityFormat.format(accuracy, notation == .ratio || notation == .percent ? .plain : notation)
        }
        return text
    }
}
