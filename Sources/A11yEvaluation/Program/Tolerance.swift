/// Comparisons of numbers that carry an uncertainty, with a small relative tolerance so that
/// `1.2 m == 1200 mm` despite binary rounding.
enum Tolerance {
    /// The slack allowed when comparing `a` and `b` exactly.
    @inline(__always)
    static func epsilon(_ a: Double, _ b: Double) -> Double {
        1e-9 * Swift.max(1, Swift.max(Swift.abs(a), Swift.abs(b)))
    }

    /// `a <= b` where a and b lie within ± their accuracies: true if it holds for every value in the
    /// intervals, false if for none, unknown (nil) if the threshold is straddled.
    @inline(__always)
    static func lessOrEqual(_ a: Double, _ ea: Double, _ b: Double, _ eb: Double) -> Bool? {
        let eps = epsilon(a, b)
        if a + ea <= b - eb + eps { return true }
        if a - ea > b + eb + eps { return false }
        return nil
    }

    /// `a < b`, likewise.
    @inline(__always)
    static func less(_ a: Double, _ ea: Double, _ b: Double, _ eb: Double) -> Bool? {
        let eps = epsilon(a, b)
        if a + ea < b - eb - eps { return true }
        if a - ea >= b + eb - eps { return false }
        return nil
    }

    /// `a == b`, likewise: true only for exact equal values; false when the intervals are apart.
    @inline(__always)
    static func equal(_ a: Double, _ ea: Double, _ b: Double, _ eb: Double) -> Bool? {
        let eps = epsilon(a, b)
        if Swift.abs(a - b) > ea + eb + eps { return false }
        if ea == 0, eb == 0 { return true }
        return nil
    }
}
