/// Shows numbers the way people write them: no trailing `.0`, no binary noise (`0.1 + 0.2`).
public enum QuantityFormat {
    /// Formats a base-unit value in a notation.
    public static func format(_ value: Double, _ notation: Quantity.Notation) -> String {
        switch notation {
        case .plain:
            return number(value)
        case .unit(let unit):
            return number(value / unit.factor) + (unit.symbol == "°" ? "" : " ") + unit.symbol
        case .percent:
            return number(value * 100) + "%"
        case .ratio:
            guard value > 0, value.isFinite else { return number(value) }
            return value < 1 ? "1:" + number(1 / value) : number(value) + ":1"
        }
    }

    /// A number with at most 6 significant decimals and no trailing zeros.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        // Beyond 1e302 the scaled value would overflow to infinity (and print as `inf`); such a
        // number has no decimals to round anyway.
        let scaled = value * 1_000_000
        let rounded = scaled.isFinite ? scaled.rounded() / 1_000_000 : value
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            return String(Int64(rounded))
        }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
