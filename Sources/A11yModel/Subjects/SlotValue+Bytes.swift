extension SlotValue {
    /// The slot value of ``A11yModel/Value/parseCommon(utf8:as:quoted:)``'s value, when it gives one,
    /// without making the value: a JSON Lines batch types nearly every value here.
    package static func parseCommon(utf8 bytes: UnsafeBufferPointer<UInt8>, as type: AttributeType, quoted: Bool) -> SlotValue? {
        switch type {
        case .bool: return Value.commonBool(bytes, quoted: quoted).map(SlotValue.bool)
        case .count: return Value.commonCount(bytes).map { .number(Double($0), accuracy: 0) }
        case .number, .ratio, .quantity: return Value.commonQuantity(bytes, as: type).map { .number($0.value, accuracy: $0.accuracy) }
        case .enumeration(let values): return Value.commonEnumerationValue(bytes, of: values).map(SlotValue.text)
        case .text: return .text(String(decoding: bytes, as: UTF8.self))
        case .date: return nil
        }
    }
}
