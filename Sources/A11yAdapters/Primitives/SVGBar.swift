import A11yRules

/// A horizontal bar in inline SVG, for a score out of a maximum.
///
/// The bar is decoration beside a text equivalent that the page shows (`4.5 / 5`): it is hidden from
/// assistive technology (`aria-hidden`), and its track has an outline of at least 3:1 contrast
/// against white so that an empty bar is still visible in print.
public struct SVGBar: Sendable, Hashable {
    /// The value shown.
    public var value: Double
    /// The value of a full bar.
    public var maximum: Double
    /// The bar's width in CSS pixels.
    public var width: Int
    /// The bar's height in CSS pixels.
    public var height: Int

    /// Creates a bar; values outside `0...maximum` are clamped.
    public init(value: Double, maximum: Double, width: Int = 160, height: Int = 14) {
        self.value = value
        self.maximum = maximum
        self.width = width
        self.height = height
    }

    /// The share of the bar that is filled, from 0 to 1.
    public var fraction: Double {
        guard maximum > 0, value.isFinite, maximum.isFinite else { return 0 }
        return min(1, max(0, value / maximum))
    }

    /// The `<svg>` element. `fill` is the bar's colour (default: a green with 7:1 contrast on white).
    public func svg(fill: String = "#1b5e20") -> String {
        let filled = QuantityFormat.number((fraction * Double(width - 2) * 10).rounded() / 10)
        return "<svg class=\"bar\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" aria-hidden=\"true\" focusable=\"false\">"
            + "<rect x=\"0.5\" y=\"0.5\" width=\"\(width - 1)\" height=\"\(height - 1)\" fill=\"#ffffff\" stroke=\"#6b6b6b\"/>"
            + "<rect x=\"1\" y=\"1\" width=\"\(filled)\" height=\"\(height - 2)\" fill=\"\(MarkupText.attribute(fill))\"/></svg>"
    }
}
