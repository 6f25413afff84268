import A11yModel

/// Parses and type-checks an expression in one step.
public enum ExpressionChecker {
    /// A failure with its position inside the expression text.
    public struct Failure: Error, Sendable, Hashable {
        /// A stable diagnostic id: `expression.syntax`, `expression.type`, `expression.unit`, …
        public var id: String
        /// What is wrong, in English, e.g. `'=' is not an operator; compare with '=='`.
        public var message: String
        /// Offset, in Unicode scalars, from the start of the text.
        public var offset: Int
        /// How many Unicode scalars the problem spans (at least 1).
        public var length: Int
        /// Text to write instead, such as `==` or the closest known name, when one is near enough.
        public var suggestion: String?
    }

    /// Checks `text` where bare names are attributes of `part` (or facts, if `part` is nil).
    ///
    /// - Parameters:
    ///   - text: The expression.
    ///   - vocabulary: The vocabulary names resolve against.
    ///   - part: The part kind bare names belong to; nil for a subject rule.
    ///   - tables: Tables callable by name.
    ///   - expecting: The type the whole expression must have (bool for `when` and `check`).
    public static func check(
        _ text: String, vocabulary: Vocabulary, part: PartKind?, tables: [Table], expecting: ExpressionType? = .bool
    ) -> Result<Expression, Failure> {
        do {
            let syntax = try ExpressionParser.parse(text)
            var checker = TypeChecker(scope: .init(
                vocabulary: vocabulary, part: part,
                tables: Dictionary(tables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })))
            checker.source = text
            let expression = try checker.check(syntax)
            if let expecting, expression.type != expecting {
                return .failure(Failure(
                    id: "expression.type",
                    message: "expected a \(expecting) condition, but '\(text)' is \(expression.type == .quantity(.dimensionless) ? "a number" : "of type \(expression.type)")",
                    offset: 0, length: text.unicodeScalars.count, suggestion: nil))
            }
            return .success(expression)
        } catch {
            return .failure(Failure(
                id: error.id, message: error.message, offset: error.range.lowerBound,
                length: max(1, error.range.count), suggestion: error.suggestion))
        }
    }
}
