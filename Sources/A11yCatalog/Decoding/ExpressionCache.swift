import A11yModel
import Dispatch

/// Expression texts already checked while decoding one standard (same vocabulary, same tables): a text
/// written again for the same part kind is parsed and type-checked once, whichever thread decodes it.
/// The result, failures included, is what checking it again would give, so diagnostics do not change.
final class ExpressionCache: @unchecked Sendable {
    private struct Key: Hashable {
        let text: String
        let part: String?
    }

    /// Guarded by `lock` (a semaphore of one: cheap when uncontended, and in Dispatch on every platform).
    private var results: [Key: Result<Expression, ExpressionChecker.Failure>] = [:]
    private let lock = DispatchSemaphore(value: 1)

    private func withLock<T>(_ body: (inout [Key: Result<Expression, ExpressionChecker.Failure>]) -> T) -> T {
        lock.wait()
        defer { lock.signal() }
        return body(&results)
    }

    /// The result for `text` where bare names are attributes of `part`, computed by `check` the first time
    /// (outside the lock: two threads may both check a new text, and keep the same result).
    func result(_ text: String, part: PartKind?, _ check: () -> Result<Expression, ExpressionChecker.Failure>) -> Result<Expression, ExpressionChecker.Failure> {
        let key = Key(text: text, part: part?.name)
        if let known = withLock({ $0[key] }) { return known }
        let result = check()
        withLock { $0[key] = result }
        return result
    }
}
