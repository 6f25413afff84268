extension Value {
    /// The common scalars read straight from their UTF-8 bytes, with exactly the value
    /// ``parse(_:as:quoted:)`` gives for the same text when it succeeds: quantities, numbers and ratios
    /// written as ``QuantityLiteral/parseCommon(_:)`` reads them, whole counts, `true` and `false`, a
    /// value of an enumeration, any text. Nil for everything else (dates, other spellings, and every
    /// value that `parse` refuses), which `parse` then reads and explains.
    package static func parseCommon(utf8 bytes: UnsafeBufferPointer<UInt8>, as type: AttributeType, quoted: Bool) -> Value? {
        switch type {
        case .bool: return commonBool(bytes, quoted: quoted).map(Value.bool)
        case .count: return commonCount(bytes).map { .quantity(.number(Double($0))) }
        case .number, .ratio, .quantity: return commonQuantity(bytes, as: type).map(Value.quantity)
        case .enumeration(let values): return commonEnumerationValue(bytes, of: values).map(Value.text)
        case .text: return .text(String(decoding: bytes, as: UTF8.self))
        case .date: return nil
        }
    }

    /// `true` or `false`, unquoted.
    static func commonBool(_ bytes: UnsafeBufferPointer<UInt8>, quoted: Bool) -> Bool? {
        guard !quoted else { return nil }
        if equal(bytes, "true") { return true }
        if equal(bytes, "false") { return false }
        return nil
    }

    /// Digits only, at most 18 of them (so no overflow): the count `Int(text)` reads; nil for any other form.
    static func commonCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var count = 0
        for byte in bytes {
            guard byte &- 0x30 < 10 else { return nil }
            count = count * 10 + Int(byte &- 0x30)
        }
        return count
    }

    /// A number, ratio or quantity of `type` (one of those three) as ``parse(_:as:quoted:)`` types it.
    static func commonQuantity(_ bytes: UnsafeBufferPointer<UInt8>, as type: AttributeType) -> Quantity? {
        guard var quantity = QuantityLiteral.parseCommon(utf8: bytes) else { return nil }
        switch type {
        case .number:
            return quantity.dimension == .dimensionless ? quantity : nil
        case .ratio:
            guard quantity.dimension == .dimensionless, !(quantity.value < 0) else { return nil }
            if quantity.notation == .plain { quantity.notation = .ratio }
            return quantity
        case .quantity(let dimension):
            guard quantity.dimension == dimension, !(quantity.value < 0) || signedDimensions.contains(dimension) else { return nil }
            return quantity
        default:
            return nil
        }
    }

    /// The value of `values` spelled by exactly these bytes (a value spelled otherwise but equal as a
    /// string, in another normalisation, is left to `parse`).
    static func commonEnumerationValue(_ bytes: UnsafeBufferPointer<UInt8>, of values: [String]) -> String? {
        for value in values where value.utf8.count == bytes.count {
            var spelled = value
            if spelled.withUTF8({ $0.elementsEqual(bytes) }) { return value }
        }
        return nil
    }

    /// Whether `bytes` spell `word`.
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        word.utf8CodeUnitCount == bytes.count && word.withUTF8Buffer { $0.elementsEqual(bytes) }
    }
}
