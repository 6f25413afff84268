/// The type of a fact or part attribute, as a vocabulary declares it (DSL §1).
public enum AttributeType: Sendable, Hashable, CustomStringConvertible {
    case bool
    /// A whole number.
    case count
    /// A dimensionless number.
    case number
    /// Written `1:12`, `4.5:1` or `8.33%`; stored as a/b.
    case ratio
    /// A quantity with units of this dimension.
    case quantity(Dimension)
    /// One of a closed list of strings.
    case enumeration([String])
    case text
    case date

    /// The names used in files, in the order documented.
    public static let names = [
        "bool", "count", "number", "ratio", "length", "area", "angle", "duration", "font-size",
        "sound-level", "illuminance", "force", "mass", "enum", "text", "date",
    ]

    /// The type named `name` (enum needs its values separately).
    public static func named(_ name: String, values: [String] = []) -> AttributeType? {
        switch name {
        case "bool": return .bool
        case "count": return .count
        case "number": return .number
        case "ratio": return .ratio
        case "enum": return .enumeration(values)
        case "text": return .text
        case "date": return .date
        default:
            guard let dimension = Dimension(rawValue: name), dimension != .dimensionless else { return nil }
            return .quantity(dimension)
        }
    }

    /// The dimension of a numeric type, or nil.
    public var dimension: Dimension? {
        switch self {
        case .count, .number, .ratio: return .dimensionless
        case .quantity(let d): return d
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .bool: return "bool"
        case .count: return "count"
        case .number: return "number"
        case .ratio: return "ratio"
        case .quantity(let d): return d.rawValue
        case .enumeration: return "enum"
        case .text: return "text"
        case .date: return "date"
        }
    }
}
