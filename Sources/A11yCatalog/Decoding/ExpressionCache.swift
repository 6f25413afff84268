import A11yModel

/// Expression texts already checked while decoding a run of clauses of one standard (same
/// vocabulary, same tables): a text written again for the same part kind is parsed and
/// type-checked once. The result, failures included, is what checking it again would give, so
/// diagnostics do not change. One cache serves one thread.
final class ExpressionCache {
    private struct Key: Hashable {
        let text: String
        let part: String?
    }

    private var results: [Key: Result<Expression, ExpressionChecker.Failure>] = [:]

    /// The result for `text` where bare names are attributes of `part`, computed by `check` the first time.
    func result(_ text: String, part: PartKind?, _ check: () -> Result<Expression, ExpressionChecker.Failure>) -> Result<Expression, ExpressionChecker.Failure> {
        let key = Key(text: text, part: part?.name)
        if let known = results[key] { return known }
        let result = check()
        results[key] = result
        return result
    }
}
