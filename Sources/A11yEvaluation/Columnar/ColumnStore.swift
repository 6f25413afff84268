import A11yModel

/// Attribute values of many instances laid out by column: one contiguous `[Double]` per slot (missing
/// values are NaN; bools are 0/1; enum values their index), plus an uncertainty column only for
/// slots where some value has one, with the list of those rows.
struct ColumnStore: Sendable {
    /// Number of rows.
    let count: Int
    /// Values by slot.
    let values: [[Double]]
    /// Accuracies by slot; nil where every value is exact.
    let accuracies: [[Double]?]
    /// By slot, the rows whose value carries an uncertainty, in order, with their values and accuracies
    /// (none where every value is exact): kernels run the exact loop over the whole column and patch these
    /// rows afterwards.
    let uncertain: [UncertainRows]

    /// Builds columns from rows of data.
    ///
    /// - Parameters:
    ///   - rows: One array of slots per row; a nil row stands for "not surveyed" and is all NaN.
    ///   - slots: How many slots a row has.
    ///   - enumValues: For enum slots, their values (to code text as an index).
    init(rows: [[Datum]?], slots: Int, enumValues: [[String]?]) {
        count = rows.count
        var values = [[Double]](repeating: [Double](repeating: .nan, count: rows.count), count: slots)
        var accuracies = [[Double]?](repeating: nil, count: slots)
        var uncertainRows = [[Int32]](repeating: [], count: slots)
        for (r, row) in rows.enumerated() {
            guard let row else { continue }
            for slot in 0..<min(slots, row.count) {
                switch row[slot] {
                case .unknown:
                    break
                case .bool(let b):
                    values[slot][r] = b ? 1 : 0
                case .number(let v, let e):
                    values[slot][r] = v
                    if e != 0 {
                        if accuracies[slot] == nil { accuracies[slot] = [Double](repeating: 0, count: rows.count) }
                        accuracies[slot]?[r] = e
                        uncertainRows[slot].append(Int32(r))
                    }
                case .text(let s):
                    if let index = enumValues[slot]?.firstIndex(of: s) { values[slot][r] = Double(index) }
                case .date(let ordinal):
                    values[slot][r] = Double(ordinal)
                }
            }
        }
        self.values = values
        self.accuracies = accuracies
        uncertain = uncertainRows.indices.map { slot in
            let rows = uncertainRows[slot]
            guard let accuracy = accuracies[slot] else { return .none }
            return UncertainRows(rows: rows, values: rows.map { values[slot][Int($0)] }, accuracies: rows.map { accuracy[Int($0)] })
        }
    }
}

/// One column as the kernels read it: values (NaN: unknown), accuracies (nil: all exact) and the rows
/// with an uncertainty.
struct Column {
    let values: [Double]
    let accuracies: [Double]?
    let uncertain: UncertainRows

    /// The rows with an uncertainty, in order.
    var uncertainRows: [Int32] { uncertain.rows }

    /// The column of `slot` in `store`.
    init(_ store: ColumnStore, slot: Int) {
        values = store.values[slot]
        accuracies = store.accuracies[slot]
        uncertain = store.uncertain[slot]
    }

    init(values: [Double], accuracies: [Double]?) {
        self.values = values
        self.accuracies = accuracies
        uncertain = UncertainRows(values: values, accuracies: accuracies)
    }
}

extension Column {
    /// Runs `body` with the base address of `array`, or nil when there is no array (or it is empty).
    @inline(__always)
    static func withOptionalBuffer<R>(_ array: [Double]?, _ body: (UnsafePointer<Double>?) -> R) -> R {
        guard let array, !array.isEmpty else { return body(nil) }
        return array.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
