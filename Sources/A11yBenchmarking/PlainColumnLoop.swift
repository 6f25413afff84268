import A11yRules
/// The in-run baseline for evaluation: a hand-written loop comparing columns of doubles with
/// thresholds, with no tolerance, no missing-data logic and no rule machinery, over a matrix of a
/// given shape. Compiled with optimisation it is the same machine code as the C loop of the
/// benchmark package (`Benchmarks/Sources/CBaselines`) at `-O2`; ``VectorisedColumnLoop`` is the same C
/// loop compiled with `-O3 -march=native`.
public struct PlainColumnLoop: Sendable {
    /// Rows per column.
    public let rows: Int
    private let values: [Double]
    private let columns: [Int32]
    private let thresholds: [Double]
    /// 0 `<=`, 1 `>=`, 2 `<`, 3 `>` (the C baseline's codes).
    private let ops: [Int32]

    /// A matrix of `columnCount` columns of `rows` values, and `rules` comparisons on random columns.
    public init(rules: Int, rows: Int, columnCount: Int = 96, seed: UInt64 = 7) {
        var random = SplitMix64(seed: seed)
        self.rows = rows
        values = (0..<(columnCount * rows)).map { _ in 0.5 + Double(random.next() % 1000) / 1000 }
        columns = (0..<rules).map { _ in Int32(random.next() % UInt64(columnCount)) }
        thresholds = (0..<rules).map { _ in 0.7 + Double(random.next() % 600) / 1000 }
        ops = (0..<rules).map { _ in Int32(random.next() % 4) }
    }

    /// How many comparisons (columns tested) one run makes per row.
    public var rules: Int { columns.count }

    /// How many comparisons one run makes.
    public var checks: Int { columns.count * rows }

    /// Runs every comparison into `out` (rules × rows bytes: 2 true, 0 false, 1 NaN).
    public func run(into out: inout [UInt8]) {
        if out.count != checks { out = [UInt8](repeating: 0, count: checks) }
        values.withUnsafeBufferPointer { v in
            out.withUnsafeMutableBufferPointer { o in
                for r in 0..<columns.count {
                    let base = Int(columns[r]) * rows, c = thresholds[r], start = r * rows
                    switch ops[r] {
                    case 0: for i in 0..<rows { let x = v[base + i]; o[start + i] = x <= c ? 2 : (x > c ? 0 : 1) }
                    case 1: for i in 0..<rows { let x = v[base + i]; o[start + i] = x >= c ? 2 : (x < c ? 0 : 1) }
                    case 2: for i in 0..<rows { let x = v[base + i]; o[start + i] = x < c ? 2 : (x >= c ? 0 : 1) }
                    default: for i in 0..<rows { let x = v[base + i]; o[start + i] = x > c ? 2 : (x <= c ? 0 : 1) }
                    }
                }
            }
        }
    }

    /// The matrix, for a baseline written in another language over the same data: column-major values
    /// (`rows` per column), each rule's column, threshold and operator code.
    public func withMatrix<R>(
        _ body: (_ values: UnsafeBufferPointer<Double>, _ rows: Int, _ columns: UnsafeBufferPointer<Int32>,
                 _ thresholds: UnsafeBufferPointer<Double>, _ ops: UnsafeBufferPointer<Int32>) -> R
    ) -> R {
        values.withUnsafeBufferPointer { v in
            columns.withUnsafeBufferPointer { c in
                thresholds.withUnsafeBufferPointer { t in
                    ops.withUnsafeBufferPointer { o in body(v, rows, c, t, o) }
                }
            }
        }
    }
}
