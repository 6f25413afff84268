import A11yModel

/// A table of a standard laid out for column loops: its rows' inputs and outputs as two `[Double]`,
/// looked up with exactly the arithmetic of ``Table/lookup(_:)`` (the equivalence tests compare the two
/// on every kind of input, extremes included).
struct TableKernel: Sendable {
    let inputs: [Double]
    let outputs: [Double]
    let linear: Bool

    init(_ table: Table) {
        inputs = table.rows.map(\.input.value)
        outputs = table.rows.map(\.output.value)
        linear = table.interpolation == .linear
    }

    /// ``Table/lookup(_:)`` with NaN for "outside the rows".
    @inline(__always)
    func lookup(_ input: Double, _ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>) -> Double {
        let n = x.count
        guard n > 0 else { return .nan }
        let tolerance = 1e-9 * max(1, abs(input))
        if input < x[0] - tolerance || input > x[n - 1] + tolerance { return .nan }
        var low = 0
        var high = n - 1
        while high - low > 1 {
            let mid = (low + high) / 2
            if x[mid] <= input { low = mid } else { high = mid }
        }
        let ax = x[low], bx = x[high], ay = y[low], by = y[high]
        if abs(input - ax) <= tolerance { return ay }
        if abs(input - bx) <= tolerance { return by }
        guard linear else { return ay }
        let span = bx - ax
        guard span > 0 else { return ay }
        let rise = by - ay
        if span.isFinite, rise.isFinite {
            return ay + (input - ax) / span * rise
        }
        let t = (input / 2 - ax / 2) / (bx / 2 - ax / 2)
        return ay * (1 - t) + by * t
    }

    /// The interpreter's table step over a column: a value with an uncertainty gives the hull of the
    /// outputs at its ends and middle; unknown (NaN) or outside the rows gives NaN.
    func apply(values: [Double], accuracies: [Double]?) -> (values: [Double], accuracies: [Double]?) {
        let count = values.count
        var outAccuracies: [Double]? = nil
        let outValues = [Double](unsafeUninitializedCapacity: count) { result, initialized in
            inputs.withUnsafeBufferPointer { x in
                outputs.withUnsafeBufferPointer { y in
                    values.withUnsafeBufferPointer { v in
                        for i in 0..<count {
                            let input = v[i]
                            result[i] = input.isNaN ? .nan : lookup(input, x, y)
                        }
                        guard let accuracies else { return }
                        var spread = [Double](repeating: 0, count: count)
                        for i in 0..<count {
                            let e = accuracies[i], value = result[i]
                            guard e != 0, !value.isNaN else { continue }
                            let low = lookup(v[i] - e, x, y), high = lookup(v[i] + e, x, y)
                            if low.isNaN || high.isNaN {
                                result[i] = .nan
                                continue
                            }
                            let lo = Swift.min(Swift.min(low, high), value), hi = Swift.max(Swift.max(low, high), value)
                            result[i] = (lo + hi) / 2
                            spread[i] = (hi - lo) / 2
                        }
                        outAccuracies = spread
                    }
                }
            }
            initialized = count
        }
        return (outValues, outAccuracies)
    }
}
