extension QuantityLiteral {
    /// The common literals (`1.2 m`, `850mm`, `42`, `8.33%`, `1:12`, `1.19 m ± 0.02 m`) read straight
    /// from the UTF-8 bytes, with exactly the result of ``parse(_:)``; nil for anything else (errors,
    /// unknown units, overflow), which the scalar-by-scalar parser then reads and explains.
    static func parseCommon(_ text: String) -> Quantity? {
        var text = text
        return text.withUTF8(parseCommon(utf8:))
    }

    /// ``parseCommon(_:)`` of the text whose UTF-8 bytes are `bytes`.
    static func parseCommon(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Quantity? {
        guard let split = uncertaintySplit(bytes) else { return commonExact(bytes) }
        guard let value = commonExact(UnsafeBufferPointer(rebasing: bytes[..<split.lowerBound])),
              var accuracy = commonExact(UnsafeBufferPointer(rebasing: bytes[split.upperBound...])) else { return nil }
        if accuracy.dimension == .dimensionless, case .plain = accuracy.notation, case .unit(let unit) = value.notation {
            accuracy = Quantity(accuracy.value, unit)
        }
        guard accuracy.dimension == value.dimension, accuracy.value >= 0 else { return nil }
        var result = value
        result.accuracy = accuracy.value
        return result
    }

    /// The byte range of the first `±` or `+/-`, as ``parse(_:)`` splits a measurement.
    private static func uncertaintySplit(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xB1 { return index..<(index + 2) }
            if bytes[index] == 0x2B, index + 2 < bytes.count, bytes[index + 1] == 0x2F, bytes[index + 2] == 0x2D { return index..<(index + 3) }
            index += 1
        }
        return nil
    }

    /// A number at `index` (optional sign, digits, optional fraction, optional exponent), as
    /// ``number(_:from:)`` reads it: its value and the index after it.
    private static func commonNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Double, Int)? {
        let count = bytes.count
        var index = start
        if index < count, bytes[index] == 0x2D || bytes[index] == 0x2B { index += 1 }
        let digitsStart = index
        while index < count, bytes[index] &- 0x30 < 10 { index += 1 }
        var sawDigits = index > digitsStart
        if index < count, bytes[index] == 0x2E {
            index += 1
            let fractionStart = index
            while index < count, bytes[index] &- 0x30 < 10 { index += 1 }
            sawDigits = sawDigits || index > fractionStart
        }
        guard sawDigits else { return nil }
        if index + 1 < count, bytes[index] | 0x20 == 0x65,
           bytes[index + 1] &- 0x30 < 10 || bytes[index + 1] == 0x2D || bytes[index + 1] == 0x2B {
            var exponentEnd = index + 1
            if bytes[exponentEnd] == 0x2D || bytes[exponentEnd] == 0x2B { exponentEnd += 1 }
            let exponentDigits = exponentEnd
            while exponentEnd < count, bytes[exponentEnd] &- 0x30 < 10 { exponentEnd += 1 }
            if exponentEnd > exponentDigits { index = exponentEnd }
        }
        if let value = exactDecimal(UnsafeBufferPointer(rebasing: bytes[start..<index])) { return (value, index) }
        let numberText = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(numberText), value.isFinite else { return nil }
        return (value, index)
    }

    /// Powers of ten that are exact in a `Double`.
    private static let exactPowersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

    /// A decimal without exponent and with at most 15 digits (`-12.5`, `850`), as `Double(text)` reads it:
    /// digits and power of ten are both exact, so one correctly rounded division gives the nearest
    /// double, which is what `Double(text)` returns. Nil for any other form.
    private static func exactDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == 0x2D || bytes[index] == 0x2B {
            negative = bytes[index] == 0x2D
            index += 1
        }
        var digits: UInt64 = 0
        var count = 0
        var fraction = -1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x2E, fraction < 0 {
                fraction = 0
            } else if byte &- 0x30 < 10 {
                digits = digits &* 10 &+ UInt64(byte &- 0x30)
                count += 1
                if fraction >= 0 { fraction += 1 }
            } else {
                return nil
            }
            index += 1
        }
        guard count > 0, count <= 15 else { return nil }
        let value = Double(digits) / exactPowersOfTen[max(0, fraction)]
        return negative ? -value : value
    }

    /// A literal without uncertainty, with exactly the result of ``parseExact(_:)`` when it succeeds.
    private static func commonExact(_ bytes: UnsafeBufferPointer<UInt8>) -> Quantity? {
        let count = bytes.count
        var index = 0
        while index < count, bytes[index] == 0x20 { index += 1 }
        guard let (value, afterNumber) = commonNumber(bytes, from: index) else { return nil }
        index = afterNumber
        if index < count, bytes[index] == 0x3A {
            guard let (second, afterSecond) = commonNumber(bytes, from: index + 1), second != 0 else { return nil }
            var end = afterSecond
            while end < count, bytes[end] == 0x20 { end += 1 }
            guard end == count else { return nil }
            let ratio = Quantity.ratio(value, second)
            return ratio.value.isFinite ? ratio : nil
        }
        var unitStart = index
        while unitStart < count, bytes[unitStart] == 0x20 { unitStart += 1 }
        var unitEnd = count
        while unitEnd > unitStart, bytes[unitEnd - 1] == 0x20 { unitEnd -= 1 }
        if unitStart == unitEnd { return .number(value) }
        let quantity: Quantity
        if unitEnd - unitStart == 1, bytes[unitStart] == 0x25 {
            quantity = Quantity(value / 100, .dimensionless, notation: .percent)
        } else {
            guard let unit = Unit.named(utf8: UnsafeBufferPointer(rebasing: bytes[unitStart..<unitEnd])) else { return nil }
            quantity = Quantity(value, unit)
        }
        // A value that overflows in base units is an error the full parser explains.
        return quantity.value.isFinite ? quantity : nil
    }
}
