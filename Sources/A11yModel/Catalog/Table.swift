/// A tabulated limit of a standard: output as a function of input, with interpolation between rows.
public struct Table: Sendable, Hashable {
    /// How values between rows are found.
    public enum Interpolation: String, Sendable, Hashable, CaseIterable {
        /// Straight line between the two neighbouring rows (插入法).
        case linear
        /// The output of the nearest row at or below the input.
        case step
    }

    /// The name rules call it by, e.g. `ramp-max-rise`.
    public var name: String
    /// The type of its argument: `count`, `number`, `ratio` or a quantity type.
    public var input: AttributeType
    /// The type of the values it gives.
    public var output: AttributeType
    /// How outputs between rows are found (`interpolate:`).
    public var interpolation: Interpolation
    /// The rows, sorted by input.
    public var rows: [(input: Quantity, output: Quantity)]
    /// Where the table is written in its standard's file.
    public var location: SourceLocation

    /// Creates a table; rows are sorted by input.
    public init(name: String, input: AttributeType, output: AttributeType, interpolation: Interpolation,
                rows: [(input: Quantity, output: Quantity)], location: SourceLocation) {
        self.name = name
        self.input = input
        self.output = output
        self.interpolation = interpolation
        self.rows = rows.sorted { $0.input.value < $1.input.value }
        self.location = location
    }

    /// The output for `input`, or nil when the input lies outside the rows.
    ///
    /// - Complexity: O(log n) in the number of rows.
    public func lookup(_ input: Double) -> Double? {
        guard let first = rows.first, let last = rows.last else { return nil }
        let tolerance = 1e-9 * max(1, abs(input))
        if input < first.input.value - tolerance || input > last.input.value + tolerance { return nil }
        var low = 0
        var high = rows.count - 1
        while high - low > 1 {
            let mid = (low + high) / 2
            if rows[mid].input.value <= input { low = mid } else { high = mid }
        }
        let a = rows[low], b = rows[high]
        if abs(input - a.input.value) <= tolerance { return a.output.value }
        if abs(input - b.input.value) <= tolerance { return b.output.value }
        switch interpolation {
        case .step:
            return a.output.value
        case .linear:
            let span = b.input.value - a.input.value
            guard span > 0 else { return a.output.value }
            let rise = b.output.value - a.output.value
            if span.isFinite, rise.isFinite {
                return a.output.value + (input - a.input.value) / span * rise
            }
            // Rows far apart (±1e308): the differences overflow, so work with halves and weights.
            let t = (input / 2 - a.input.value / 2) / (b.input.value / 2 - a.input.value / 2)
            return a.output.value * (1 - t) + b.output.value * t
        }
    }

    /// The input range the rows cover.
    public var domain: ClosedRange<Double>? {
        guard let first = rows.first, let last = rows.last else { return nil }
        return first.input.value...last.input.value
    }

    public static func == (lhs: Table, rhs: Table) -> Bool {
        lhs.name == rhs.name && lhs.input == rhs.input && lhs.output == rhs.output && lhs.interpolation == rhs.interpolation
            && lhs.rows.map(\.input) == rhs.rows.map(\.input) && lhs.rows.map(\.output) == rhs.rows.map(\.output)
            && lhs.location == rhs.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(location)
    }
}
