import A11yModel

/// A compiled expression: names are resolved to integer slots, tables to indexes, so evaluating
/// involves no string or dictionary lookups.
indirect enum Node: Sendable {
    case constant(Datum)
    /// Slot of an attribute of the instance in scope.
    case attribute(Int)
    /// Slot of a subject fact.
    case fact(Int)
    case not(Node)
    case negate(Node)
    case and(Node, Node)
    case or(Node, Node)
    case compare(ComparisonOperator, Node, Node)
    case arithmetic(ArithmeticOperator, Node, Node)
    case inRange(Node, Node, Node)
    /// An aggregate over the instances of a part kind (by index), with its filter and body.
    case aggregate(Aggregate, kind: Int, filter: Node?, body: Node?)
    case function(Function, [Node])
    /// Whether a slot holds a value: `present(attribute)` or `present(subject.fact)`.
    case presentAttribute(Int)
    case presentFact(Int)
    /// A table of the program (by index) applied to an input.
    case table(Int, Node)
}
