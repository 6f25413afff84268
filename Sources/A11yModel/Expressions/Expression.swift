/// A type-checked expression of the rules language (DSL §2, "Expressions").
///
/// Every node knows its type and the range of the source text (in Unicode scalars) it was read
/// from, so that later stages can point into the expression.
public struct Expression: Sendable, Hashable {
    /// What the node does.
    public indirect enum Kind: Sendable, Hashable {
        /// A constant written in the expression: a number or quantity, a text or a bool.
        case literal(Value)
        /// An attribute of the instance in scope (the rule's part, or the part an aggregate iterates).
        case attribute(String)
        /// `subject.NAME`.
        case fact(String)
        /// `parts.KIND`: the list of instances.
        case parts(String)
        /// `not x`: three-valued logical negation.
        case not(Expression)
        /// `-x`: arithmetic negation.
        case negate(Expression)
        case logical(LogicalOperator, Expression, Expression)
        case comparison(ComparisonOperator, Expression, Expression)
        case arithmetic(ArithmeticOperator, Expression, Expression)
        /// `value in lower..upper` (closed).
        case inRange(Expression, lower: Expression, upper: Expression)
        /// `count/all/any/min/max(parts.KIND [where FILTER][, BODY])`.
        case aggregate(Aggregate, kind: String, filter: Expression?, body: Expression?)
        /// `ceil`, `floor`, and `min`/`max` over two or more scalars.
        case function(Function, [Expression])
        /// `present(NAME)`: whether the attribute or fact is given.
        case present(Expression)
        /// A table of the standard, applied to its input.
        case table(String, Expression)
    }

    /// What the node does, with its operands.
    public var kind: Kind
    /// The node's static type, as the type checker found it.
    public var type: ExpressionType
    /// The source range, in Unicode scalars from the start of the expression text.
    public var range: Range<Int>

    /// Creates a node.
    public init(_ kind: Kind, type: ExpressionType, range: Range<Int>) {
        self.kind = kind
        self.type = type
        self.range = range
    }
}

/// `and`, `or`.
public enum LogicalOperator: String, Sendable, Hashable { case and, or }

/// `== != < <= > >=`.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="

    /// Whether the operator orders (as opposed to testing equality).
    public var isOrdering: Bool { self != .equal && self != .notEqual }
}

/// `+ - * /`.
public enum ArithmeticOperator: String, Sendable, Hashable { case add = "+", subtract = "-", multiply = "*", divide = "/" }

/// The aggregate functions over a part list.
public enum Aggregate: String, Sendable, Hashable { case count, all, any, min, max }

/// The scalar functions.
public enum Function: String, Sendable, Hashable { case ceil, floor, min, max }

/// The static type of an expression.
public enum ExpressionType: Sendable, Hashable, CustomStringConvertible {
    case bool
    /// A plain number (counts, ratios, percentages) or a quantity of this dimension.
    case quantity(Dimension)
    /// Text; for an enum attribute, its allowed values.
    case text(values: [String]?)
    case date
    /// A list of instances of a part kind.
    case parts(String)

    public var description: String {
        switch self {
        case .bool: return "bool"
        case .quantity(.dimensionless): return "number"
        case .quantity(let d): return d.rawValue
        case .text(let values): return values == nil ? "text" : "enum"
        case .date: return "date"
        case .parts(let kind): return "list of \(kind)"
        }
    }

    /// The type of values of an attribute type.
    public init(_ type: AttributeType) {
        switch type {
        case .bool: self = .bool
        case .count, .number, .ratio: self = .quantity(.dimensionless)
        case .quantity(let d): self = .quantity(d)
        case .enumeration(let values): self = .text(values: values)
        case .text: self = .text(values: nil)
        case .date: self = .date
        }
    }
}
