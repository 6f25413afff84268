/// One value a rule read for a finding: its name, the text the file wrote, and the typed value behind it.
///
/// ```swift
/// for observed in finding.observedValues {
///     if case .quantity(let q) = observed.value, case .unit(let unit) = q.notation {
///         print(observed.name, observed.amount ?? 0, unit.symbol)   // clear_width 1.2 m
///     }
/// }
/// ```
public struct ObservedValue: Sendable, Hashable {
    /// The attribute's name, or `subject.NAME` for a fact read by a part rule.
    public var name: String
    /// The value as the file wrote it (`1.20 m`, `1:12`, `1.19 m ± 0.02 m`), as reports show it.
    public var text: String
    /// The typed value: a quantity (with its dimension, unit or notation, and uncertainty), a bool, a
    /// date, or text (enum values are text).
    public var value: Value
    /// Where the value is written (the line of the measurement in the subject file, or in an imported
    /// evidence file); nil when not known.
    public var location: SourceLocation?

    /// Creates an observed value.
    public init(name: String, text: String, value: Value, location: SourceLocation? = nil) {
        self.name = name
        self.text = text
        self.value = value
        self.location = location
    }

    /// A value known only by its text (read as ``Value/text(_:)``).
    public init(name: String, text: String) {
        self.init(name: name, text: text, value: .text(text))
    }

    /// How the value is written in JSON results (`"type"`): `quantity` (a number with a unit), `ratio`,
    /// `percent`, `number`, `bool`, `date` or `text`.
    public var kind: String {
        switch value {
        case .bool: return "bool"
        case .date: return "date"
        case .text: return "text"
        case .quantity(let q):
            switch q.notation {
            case .unit: return "quantity"
            case .ratio: return "ratio"
            case .percent: return "percent"
            case .plain: return "number"
            }
        }
    }

    /// For a quantity, the number in the notation it was written in: in its unit (`850` for 850 mm),
    /// in percent (`45` for 45%), or the fraction of a ratio (`0.083…` for 1:12) or a plain number.
    /// Chosen so that ``Quantity`` rebuilt from it (``Quantity/init(_:_:accuracy:)`` for a unit) is the
    /// same value, bit for bit: the shortest decimal form that does so. Nil for other values.
    public var amount: Double? {
        guard case .quantity(let q) = value else { return nil }
        return Self.written(q.value, q.notation)
    }

    /// For a quantity, the half-width of its uncertainty in the same scale as ``amount`` (0 for exact).
    public var accuracy: Double? {
        guard case .quantity(let q) = value else { return nil }
        return Self.written(q.accuracy, q.notation)
    }

    /// The unit symbol of a quantity written with a unit (`%` for a percentage), else nil.
    public var unit: String? {
        guard case .quantity(let q) = value else { return nil }
        switch q.notation {
        case .unit(let unit): return unit.symbol
        case .percent: return "%"
        case .ratio, .plain: return nil
        }
    }

    /// Rebuilds the typed value from what JSON results write (``kind``, ``amount``, ``unit``, ``accuracy``);
    /// nil when they do not describe a value (an unknown unit or type).
    public static func value(kind: String, amount: Double?, unit: String?, accuracy: Double?, dimension: String?,
                             bool: Bool?, string: String?) -> Value? {
        switch kind {
        case "bool": return bool.map(Value.bool)
        case "text": return string.map(Value.text)
        case "date": return string.flatMap(Day.init).map(Value.date)
        default: break
        }
        guard let amount else { return nil }
        let accuracy = accuracy ?? 0
        switch kind {
        case "quantity":
            guard let unit = unit.flatMap(Unit.named) else { return nil }
            return .quantity(Quantity(amount, unit, accuracy: accuracy))
        case "percent":
            return .quantity(Quantity(amount / 100, .dimensionless, accuracy: accuracy / 100, notation: .percent))
        case "ratio", "number":
            let dimension = dimension.flatMap(Dimension.init(rawValue:)) ?? .dimensionless
            return .quantity(Quantity(amount, dimension, accuracy: accuracy, notation: kind == "ratio" ? .ratio : .plain))
        default:
            return nil
        }
    }

    /// `base` (in base units) in the scale of `notation`: the shortest of six-decimal rounding and the
    /// exact quotient that converts back to `base`.
    private static func written(_ base: Double, _ notation: Quantity.Notation) -> Double {
        let scaled: Double, back: (Double) -> Double
        switch notation {
        case .unit(let unit): scaled = base / unit.factor; back = { $0 * unit.factor }
        case .percent: scaled = base * 100; back = { $0 / 100 }
        case .ratio, .plain: return base
        }
        guard scaled.isFinite else { return scaled }
        let rounded = (scaled * 1_000_000).rounded() / 1_000_000
        if rounded.isFinite, back(rounded) == base { return rounded }
        return scaled
    }
}
