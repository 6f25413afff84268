/// Reads quantities as they are written in rule and subject files: `1.20 m`, `850mm`, `1:12`,
/// `4.5:1`, `8.33%`, `42`, and measurements with uncertainty `1.19 m ± 0.02 m` (or `+/-`).
public enum QuantityLiteral {
    /// Why a text is not a quantity.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// What was expected and what was found.
        public var message: String
        /// Offset (in Unicode scalars) of the offending part inside the text.
        public var offset: Int
        /// A unit the author probably meant.
        public var suggestion: String?

        /// The message, with the suggestion: `unknown unit 'mmm' (did you mean 'mm'?)`.
        public var description: String {
            suggestion.map { "\(message) (did you mean '\($0)'?)" } ?? message
        }
    }

    /// Parses a quantity with an optional uncertainty.
    public static func parse(_ text: String) -> Result<Quantity, Failure> {
        if let common = parseCommon(text) { return .success(common) }
        return parseScalars(text)
    }

    /// ``parse(_:)`` scalar by scalar: the reference the byte-level reading of common literals
    /// (``parseCommon(_:)``) must agree with, and the reader of everything else, with its explanations.
    static func parseScalars(_ text: String) -> Result<Quantity, Failure> {
        let scalars = Array(text.unicodeScalars)
        if let split = uncertaintySplit(scalars) {
            let valueText = String(String.UnicodeScalarView(scalars[..<split.lowerBound]))
            let accuracyText = String(String.UnicodeScalarView(scalars[split.upperBound...]))
            let value: Quantity
            switch parseExact(valueText) {
            case .success(let q): value = q
            case .failure(let f): return .failure(f)
            }
            var accuracy: Quantity
            switch parseExact(accuracyText) {
            case .success(let q): accuracy = q
            case .failure(var f):
                f.offset += split.upperBound
                return .failure(f)
            }
            if accuracy.dimension == .dimensionless, case .plain = accuracy.notation, case .unit(let unit) = value.notation {
                accuracy = Quantity(accuracy.value, unit)
            }
            guard accuracy.dimension == value.dimension else {
                return .failure(Failure(
                    message: "the uncertainty '\(accuracyText.trimmed)' is \(accuracy.dimension.phrase), but the value is \(value.dimension.phrase)",
                    offset: split.upperBound))
            }
            guard accuracy.value >= 0 else {
                return .failure(Failure(message: "an uncertainty cannot be negative", offset: split.upperBound))
            }
            var result = value
            result.accuracy = accuracy.value
            return .success(result)
        }
        return parseExact(text)
    }

    /// `quantity`, or a failure when its value in base units is not a finite number (`1e308 km`,
    /// `1:1e-320`): an infinite value would pass every `<=` check.
    private static func finite(_ quantity: Quantity, _ text: String) -> Result<Quantity, Failure> {
        guard quantity.value.isFinite, quantity.accuracy.isFinite else {
            return .failure(Failure(message: "'\(text.trimmed)' is too large to compute with (at most about 1.8e308 in base units)", offset: 0))
        }
        return .success(quantity)
    }

    /// Parses a quantity without uncertainty.
    public static func parseExact(_ text: String) -> Result<Quantity, Failure> {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, scalars[index] == " " { index += 1 }
        let leading = index
        guard let (first, afterFirst) = number(scalars, from: index) else {
            return .failure(Failure(message: "expected a number, found '\(text.trimmed)'", offset: leading))
        }
        index = afterFirst
        if index < scalars.count, scalars[index] == ":" {
            guard let (second, afterSecond) = number(scalars, from: index + 1) else {
                return .failure(Failure(message: "expected a ratio like 1:12 or 4.5:1, found '\(text.trimmed)'", offset: index + 1))
            }
            guard second != 0 else {
                return .failure(Failure(message: "a ratio's second term cannot be zero", offset: index + 1))
            }
            guard trailingBlank(scalars, from: afterSecond) else {
                return .failure(Failure(message: "unexpected text after the ratio '\(text.trimmed)'", offset: afterSecond))
            }
            return finite(.ratio(first, second), text)
        }
        var unitStart = index
        while unitStart < scalars.count, scalars[unitStart] == " " { unitStart += 1 }
        var unitEnd = scalars.count
        while unitEnd > unitStart, scalars[unitEnd - 1] == " " { unitEnd -= 1 }
        let unitText = String(String.UnicodeScalarView(scalars[unitStart..<unitEnd]))
        if unitText.isEmpty { return .success(.number(first)) }
        if unitText == "%" { return finite(Quantity(first / 100, .dimensionless, notation: .percent), text) }
        guard let unit = Unit.named(unitText) else {
            return .failure(Failure(
                message: "unknown unit '\(unitText)'",
                offset: unitStart,
                suggestion: Suggestion.closest(to: unitText, in: Unit.symbols)))
        }
        return finite(Quantity(first, unit), text)
    }

    /// The range of the `±` or `+/-` separator, if any.
    private static func uncertaintySplit(_ scalars: [Unicode.Scalar]) -> Range<Int>? {
        for i in scalars.indices {
            if scalars[i] == "±" { return i..<(i + 1) }
            if scalars[i] == "+", i + 2 < scalars.count, scalars[i + 1] == "/", scalars[i + 2] == "-" { return i..<(i + 3) }
        }
        return nil
    }

    private static func trailingBlank(_ scalars: [Unicode.Scalar], from index: Int) -> Bool {
        scalars[index...].allSatisfy { $0 == " " }
    }

    /// Reads a decimal number (optional sign, digits, optional fraction, optional exponent) at `start`.
    ///
    /// - Returns: The number and the index just after it, or nil if no number starts there.
    public static func number(_ scalars: [Unicode.Scalar], from start: Int) -> (Double, Int)? {
        var index = start
        if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" { index += 1 }
        let digitsStart = index
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        var sawDigits = index > digitsStart
        if index < scalars.count, scalars[index] == "." {
            index += 1
            let fractionStart = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            sawDigits = sawDigits || index > fractionStart
        }
        guard sawDigits else { return nil }
        if index + 1 < scalars.count, scalars[index] == "e" || scalars[index] == "E",
           ("0"..."9").contains(scalars[index + 1]) || scalars[index + 1] == "-" || scalars[index + 1] == "+" {
            var exponentEnd = index + 1
            if scalars[exponentEnd] == "-" || scalars[exponentEnd] == "+" { exponentEnd += 1 }
            let exponentDigits = exponentEnd
            while exponentEnd < scalars.count, ("0"..."9").contains(scalars[exponentEnd]) { exponentEnd += 1 }
            if exponentEnd > exponentDigits { index = exponentEnd }
        }
        let text = String(scalars: scalars[start..<index])
        guard let value = Double(text), value.isFinite else { return nil }
        return (value, index)
    }
}

extension String {
    /// The text without leading and trailing spaces.
    var trimmed: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
