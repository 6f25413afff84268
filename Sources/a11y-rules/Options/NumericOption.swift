import ArgumentParser

/// Range checks for numeric options, so that `--block-size 0` is a usage error (exit 64) that says
/// what is allowed instead of a run that does nothing.
enum NumericOption {
    /// Throws a ``ValidationError`` naming the option unless `value` lies in `range`.
    static func check<T: Comparable>(_ value: T, _ name: String, in range: ClosedRange<T>) throws {
        guard range.contains(value) else {
            throw ValidationError("--\(name) must be between \(range.lowerBound) and \(range.upperBound), not \(value)")
        }
    }

    /// Throws unless `value` is at least `minimum` (and at most `maximum`).
    static func check(_ value: Int, _ name: String, atLeast minimum: Int, atMost maximum: Int = 100_000_000) throws {
        guard value >= minimum else { throw ValidationError("--\(name) must be at least \(minimum), not \(value)") }
        guard value <= maximum else { throw ValidationError("--\(name) must be at most \(maximum), not \(value)") }
    }
}
