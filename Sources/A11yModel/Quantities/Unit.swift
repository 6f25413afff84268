/// A unit of measure: its symbol, its dimension and how many base units one of it is.
///
/// Base units: metre, square metre, degree, second, reference pixel, decibel, lux, newton, kilogram.
/// Font sizes: `px`, `dp`, `sp` and `pt` are all the same reference pixel. The MIIT age-friendly
/// specifications write sizes as "dp/pt", meaning Android's density-independent pixel and iOS's point,
/// which are the same size; CSS's `px` is that reference pixel too, and `sp` is `dp` at the default
/// text scale. (CSS's typographic point, 4/3 px, is not a unit here: convert it to px.)
public struct Unit: Sendable, Hashable, CustomStringConvertible {
    /// The symbol as written in files.
    public var symbol: String
    /// What it measures.
    public var dimension: Dimension
    /// How many base units one of this unit is.
    public var factor: Double

    /// Creates a unit.
    public init(_ symbol: String, _ dimension: Dimension, _ factor: Double) {
        self.symbol = symbol
        self.dimension = dimension
        self.factor = factor
    }

    public var description: String { symbol }

    /// Every unit this library knows.
    public static let all: [Unit] = [
        Unit("m", .length, 1), Unit("cm", .length, 0.01), Unit("mm", .length, 0.001), Unit("km", .length, 1000),
        Unit("m2", .area, 1), Unit("㎡", .area, 1), Unit("m²", .area, 1), Unit("cm2", .area, 1e-4), Unit("mm2", .area, 1e-6),
        Unit("deg", .angle, 1), Unit("°", .angle, 1),
        Unit("s", .duration, 1), Unit("ms", .duration, 0.001), Unit("min", .duration, 60), Unit("h", .duration, 3600),
        Unit("d", .duration, 86_400),
        Unit("px", .fontSize, 1), Unit("dp", .fontSize, 1), Unit("sp", .fontSize, 1), Unit("pt", .fontSize, 1),
        Unit("dB", .soundLevel, 1),
        Unit("lx", .illuminance, 1),
        Unit("N", .force, 1),
        Unit("kg", .mass, 1), Unit("g", .mass, 0.001),
    ]

    private static let bySymbol: [String: Unit] = {
        var table: [String: Unit] = [:]
        for unit in all { table[unit.symbol] = unit }
        return table
    }()

    /// The unit with this symbol.
    public static func named(_ symbol: String) -> Unit? { bySymbol[symbol] }

    /// Every symbol, for suggestions.
    public static var symbols: [String] { all.map(\.symbol) }
}
