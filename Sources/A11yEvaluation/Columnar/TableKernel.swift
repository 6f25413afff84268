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

    /// A table from its rows' inputs (ascending) and outputs, for tests of the loops on extreme rows.
    init(inputs: [Double], outputs: [Double], linear: Bool) {
        (self.inputs, self.outputs, self.linear) = (inputs, outputs, linear)
    }

    /// ``Table/lookup(_:)`` with NaN for "outside the rows" (`input` is not NaN).
    @inline(__always)
    func lookup(_ input: Double, _ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>) -> Double {
        Self.lookup(input, x, y, linear: linear)
    }

    @inline(__always)
    static func lookup(_ input: Double, _ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>, linear: Bool) -> Double {
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
        return interpolate(input, tolerance, x[low], x[high], y[low], y[high], linear: linear)
    }

    @inline(__always)
    private static func interpolate(_ input: Double, _ tolerance: Double, _ ax: Double, _ bx: Double, _ ay: Double, _ by: Double,
                                    linear: Bool) -> Double {
        if abs(input - ax) <= tolerance { return ay }
        if abs(input - bx) <= tolerance { return by }
        guard linear else { return ay }
        let span = bx - ax
        guard span > 0 else { return ay }
        let rise = by - ay
        if span.isFinite, rise.isFinite {
            return ay + (input - ax) / span * rise
        }
        // Rows far apart (±1e308): the model works with halves and weights.
        let t = (input / 2 - ax / 2) / (bx / 2 - ax / 2)
        return ay * (1 - t) + by * t
    }

    /// The table's rows and a small cache of lookups, for one loop over a column.
    struct Lookup {
        let linear: Bool
        let x: UnsafeBufferPointer<Double>
        let y: UnsafeBufferPointer<Double>
        let cache: UnsafeMutableBufferPointer<(bits: UInt64, output: Double)>

        /// The table's value at `input` (not NaN): NaN outside the rows. Inputs repeat (a handful of
        /// slopes, widths in whole millimetres), so a small cache by bit pattern answers most rows with
        /// the same double a lookup gives: 64 sets of two entries (the newer first), found by a hash of
        /// every bit (1:6, 1:12 and 1:24 differ only in the exponent); empty entries hold a NaN pattern,
        /// which no input has.
        @inline(__always)
        func cached(_ input: Double) -> Double {
            let bits = input.bitPattern
            let set = Int(truncatingIfNeeded: ((bits ^ (bits >> 32)) &* 0x9E37_79B9_7F4A_7C15) >> 58) &<< 1
            if cache[set].bits == bits { return cache[set].output }
            if cache[set &+ 1].bits == bits { return cache[set &+ 1].output }
            let output = TableKernel.lookup(input, x, y, linear: linear)
            cache[set &+ 1] = cache[set]
            cache[set] = (bits, output)
            return output
        }

        /// The interpreter's value for an input with the uncertainty `accuracy` (not 0) whose exact value
        /// is `value` (not NaN): the hull of the outputs at its ends and middle; NaN if an end is outside.
        @inline(__always)
        func widened(_ input: Double, _ accuracy: Double, _ value: Double) -> (value: Double, accuracy: Double) {
            let low = TableKernel.lookup(input - accuracy, x, y, linear: linear)
            let high = TableKernel.lookup(input + accuracy, x, y, linear: linear)
            if low.isNaN || high.isNaN { return (.nan, 0) }
            let lo = Swift.min(Swift.min(low, high), value), hi = Swift.max(Swift.max(low, high), value)
            return ((lo + hi) / 2, (hi - lo) / 2)
        }
    }

    /// Runs `body` with a ``Lookup`` over this table.
    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        inputs.withUnsafeBufferPointer { x in
            outputs.withUnsafeBufferPointer { y in
                withUnsafeTemporaryAllocation(of: (bits: UInt64, output: Double).self, capacity: 128) { cache in
                    cache.initialize(repeating: (Double.nan.bitPattern, 0))
                    return body(Lookup(linear: linear, x: x, y: y, cache: cache))
                }
            }
        }
    }

    /// The interpreter's table step over a column: a value with an uncertainty gives the hull of the
    /// outputs at its ends and middle; unknown (NaN) or outside the rows gives NaN.
    func apply(values: [Double], accuracies: [Double]?) -> (values: [Double], accuracies: [Double]?) {
        let count = values.count
        var outAccuracies: [Double]? = nil
        let outValues = [Double](unsafeUninitializedCapacity: count) { result, initialized in
            withLookup { lookup in
                values.withUnsafeBufferPointer { v in
                    for i in 0..<count {
                        let input = v[i]
                        result[i] = input.isNaN ? .nan : lookup.cached(input)
                    }
                    guard let accuracies else { return }
                    var spread = [Double](repeating: 0, count: count)
                    for i in 0..<count {
                        let e = accuracies[i], value = result[i]
                        guard e != 0, !value.isNaN else { continue }
                        (result[i], spread[i]) = lookup.widened(v[i], e, value)
                    }
                    outAccuracies = spread
                }
            }
            initialized = count
        }
        return (outValues, outAccuracies)
    }
}
