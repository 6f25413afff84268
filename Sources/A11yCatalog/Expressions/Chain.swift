/// The operands of a chain such as `a and b and c` or `a + b - c`, joined into a tree whose depth
/// grows with the logarithm of their number, so that no stage recurses once per operand.
///
/// Runs of up to ``run`` operands are joined left to right, exactly as written; longer chains are
/// split in halves (for `+` and `-`, `a - b + c - d` becomes `(a - b) - (-c + d)` written with the
/// signs flipped, which is the same sum). `and` and `or` are associative in three-valued logic, so
/// the grouping never changes a result; a sum of more than ``run`` terms may differ from strict
/// left-to-right addition in the last binary digit.
struct Chain {
    /// Operands joined left to right before halving starts.
    static let run = 8

    private var operands: [ExpressionParser.Parsed]
    /// `operators[i]` joins `operands[i]` to `operands[i + 1]`.
    private var operators: [String] = []

    init(first: ExpressionParser.Parsed) {
        operands = [first]
    }

    mutating func append(_ op: String, _ operand: ExpressionParser.Parsed) {
        operators.append(op)
        operands.append(operand)
    }

    /// The joined tree.
    func joined() throws(ExpressionError) -> ExpressionParser.Parsed {
        try join(0..<operands.count, flipped: false)
    }

    /// Operator `i` (joining operand `i`), with `-` and `+` swapped when `flipped`.
    private func op(_ index: Int, flipped: Bool) -> String {
        let op = operators[index - 1]
        guard flipped else { return op }
        return op == "-" ? "+" : op == "+" ? "-" : op
    }

    /// The operands in `range`, the first taken as written and the others with their operators
    /// (flipped when the range is subtracted as a whole). Recursion depth: log2 of the count.
    private func join(_ range: Range<Int>, flipped: Bool) throws(ExpressionError) -> ExpressionParser.Parsed {
        if range.count <= Self.run {
            var left = operands[range.lowerBound]
            for index in range.dropFirst() {
                let right = operands[index]
                let syntax = Syntax.binary(op(index, flipped: flipped), left.syntax, right.syntax, left.range.lowerBound..<right.range.upperBound)
                left = try ExpressionParser.parsed(syntax, depth: 1 + max(left.depth, right.depth))
            }
            return left
        }
        let middle = range.lowerBound + range.count / 2
        let joining = op(middle, flipped: flipped)
        let left = try join(range.lowerBound..<middle, flipped: flipped)
        let right = try join(middle..<range.upperBound, flipped: flipped != (joining == "-"))
        let syntax = Syntax.binary(joining, left.syntax, right.syntax, left.range.lowerBound..<right.range.upperBound)
        return try ExpressionParser.parsed(syntax, depth: 1 + max(left.depth, right.depth))
    }
}
