/// A typed value of a fact or attribute.
public enum Value: Sendable, Hashable, CustomStringConvertible {
    case bool(Bool)
    case quantity(Quantity)
    /// An enum value or text.
    case text(String)
    case date(Day)

    public var description: String {
        switch self {
        case .bool(let b): return b ? "true" : "false"
        case .quantity(let q): return q.description
        case .text(let s): return s
        case .date(let d): return d.description
        }
    }
}
