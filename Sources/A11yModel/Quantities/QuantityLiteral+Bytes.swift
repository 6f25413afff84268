extension QuantityLiteral {
    /// The common literals (`1.2 m`, `850mm`, `42`, `8.33%`, `1:12`, `1.19 m ± 0.02 m`) read straight
    /// from the UTF-8 bytes, with exactly the result of ``parse(_:)``; nil for anything else (errors,
    /// unknown units, overflow), which the scalar-by-scalar parser then reads and explains.
    static func parseCommon(_ text: String) -> Quantity? {
        var text = text
        return text.withUTF8 { bytes -> Quantity? in
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
        let numberText = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(numberText), value.isFinite else { return nil }
        return (value, index)
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
            let unitText = String(decoding: UnsafeBufferPointer(rebasing: bytes[unitStart..<unitEnd]), as: UTF8.self)
            guard let unit = Unit.named(unitText) else { return nil }
            quantity = Quantity(value, unit)
        }
        // A value that overflows in base units is an error the full parser explains.
        return quantity.value.isFinite ? quantity : nil
    }
}
