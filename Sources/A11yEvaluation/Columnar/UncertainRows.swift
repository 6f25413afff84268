internal import CColumnKernels

/// The rows of one column whose value carries an uncertainty, in order, with those rows' values and
/// accuracies copied next to each other: the leaf-rule redo (``LeafKernel``) reads them as vectors,
/// eight rows at a time, instead of gathering each row from the whole column.
struct UncertainRows: Sendable {
    /// The rows, ascending.
    let rows: [Int32]
    /// The value of each row in ``rows``.
    let values: [Double]
    /// The accuracy of each row in ``rows`` (never zero).
    let accuracies: [Double]

    /// No row has an uncertainty.
    static let none = UncertainRows(rows: [], values: [], accuracies: [])

    init(rows: [Int32], values: [Double], accuracies: [Double]) {
        self.rows = rows
        self.values = values
        self.accuracies = accuracies
    }

    /// The rows of `values` whose accuracy is not zero (none without accuracies).
    init(values: [Double], accuracies: [Double]?) {
        guard let accuracies else {
            self = .none
            return
        }
        var rows: [Int32] = [], packed: [Double] = [], packedAccuracies: [Double] = []
        for (i, e) in accuracies.enumerated() where e != 0 {
            rows.append(Int32(i))
            packed.append(values[i])
            packedAccuracies.append(e)
        }
        self.init(rows: rows, values: packed, accuracies: packedAccuracies)
    }

    /// Runs `body` with these rows as the C kernels take them (valid only inside `body`).
    @inline(__always)
    func withC<R>(_ body: (UnsafePointer<a11y_uncertain_rows>) -> R) -> R {
        rows.withUnsafeBufferPointer { r in
            values.withUnsafeBufferPointer { v in
                accuracies.withUnsafeBufferPointer { e in
                    var c = a11y_uncertain_rows(rows: r.baseAddress, values: v.baseAddress, accuracies: e.baseAddress, count: r.count)
                    return withUnsafePointer(to: &c) { body($0) }
                }
            }
        }
    }
}
