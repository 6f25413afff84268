extension QuantityLiteral {
    /// The common literals (`1.2 m`, `850mm`, `42`, `8.33%`) read straight from the UTF-8 bytes, with
    /// exactly the result of ``parseExact(_:)``; nil for anything else (ratios, uncertainties, errors),
    /// which the scalar-by-scalar parser then reads and explains.
    static func parseCommon(_ text: String) -> Quantity? {
        var text = text
        return text.withUTF8 { bytes -> Quantity? in
            var index = 0
            let count = bytes.count
            // Ratios and uncertainties (`:`, `±`, `+/-`) take the full parser.
            for byte in bytes where byte == 0x3A || byte == 0xC2 || byte == 0x2F { return nil }
            while index < count, bytes[index] == 0x20 { index += 1 }
            let start = index
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
}
