import Testing
@testable import A11yModel
@testable import A11yYAML

/// The JSON Lines reader types values from their bytes (``Value/parseCommon(utf8:as:quoted:)``, the
/// slot value's twin, ``Unit/named(utf8:)``) and finds a string's end eight bytes at a time
/// (`JSONCursor.plainRunEnd(_:from:nonASCII:)`). Each must agree with the reference it stands in for:
/// whatever it accepts, the reference accepts with the same result, and the rest is left to it.
@Suite("Byte-level typing equals the reference")
struct ByteLevelTypingTests {
    static let types: [AttributeType] = [
        .bool, .count, .number, .ratio, .quantity(.length), .quantity(.area), .quantity(.angle), .quantity(.duration),
        .quantity(.fontSize), .quantity(.soundLevel), .quantity(.illuminance), .quantity(.force), .quantity(.mass),
        .enumeration(["one-side", "both-sides", "none", "单侧"]), .text, .date,
    ]

    static let texts = [
        "1.2 m", "850mm", "850 mm", "-850 mm", "-0 mm", "42", "0", "007", "-3", "+3", "3.0", "1e3", "1e3 mm", "8.33%", "-5%", "1:12",
        "4.5:1", "-1:12", "1:0", "  1:20  ", "1.19 m ± 0.02 m", "1.19 m +/- 0.02", "500 mm ± 5 mm", "5 mm ± 1 s", "1:12 ± 0.01",
        "-3 dB", "+5 s", "30 dp", "12 sp", "0.5 lx", "300 lx", "2 N", "3 kg", "500 g", "20 m2", "20 ㎡", "20 m²", "15 deg", "15°",
        "-15°", "10 min", "2 h", "1 d", "250 ms", "5 km", "5 furlongs", "abc", "", " ", "true", "false", "True", "yes",
        "one-side", "both-sides", "none", "None", "单侧", "2022-11-15", "999999999999999999", "9999999999999999999",
        "123456789012345678901", "1e400 m", "0.1 mm", "12.500 mm", "1.2.3 m", "m", "5 m m", "5 M", "5 mM",
    ]

    @Test func valuesTypedFromBytesAreTheReferenceValues() {
        var typed = 0
        for type in Self.types {
            for text in Self.texts {
                for quoted in [true, false] {
                    var bytes = text
                    let reference = Value.parse(text, as: type, quoted: quoted)
                    let value = bytes.withUTF8 { Value.parseCommon(utf8: $0, as: type, quoted: quoted) }
                    let slot = bytes.withUTF8 { SlotValue.parseCommon(utf8: $0, as: type, quoted: quoted) }
                    #expect((value == nil) == (slot == nil), "'\(text)' as \(type)")
                    guard let value else { continue }
                    typed += 1
                    #expect(reference == .success(value), "'\(text)' as \(type), quoted: \(quoted)")
                    #expect(slot == SlotValue(value), "'\(text)' as \(type), quoted: \(quoted)")
                }
            }
        }
        // Most of the common spellings are typed from bytes, not left to the reference.
        #expect(typed > 250, "only \(typed) values typed from bytes")
    }

    @Test func theCommonSpellingsAreTypedFromBytes() {
        let common: [(String, AttributeType, Bool)] = [
            ("850 mm", .quantity(.length), true), ("1:12", .ratio, true), ("8.33%", .ratio, true), ("42", .count, false),
            ("3", .number, false), ("true", .bool, false), ("none", .enumeration(["one-side", "none"]), true), ("备注", .text, true),
            ("500 mm ± 5 mm", .quantity(.length), true), ("-3 dB", .quantity(.soundLevel), true), ("30 dp", .quantity(.fontSize), true),
        ]
        for (text, type, quoted) in common {
            var bytes = text
            #expect(bytes.withUTF8 { Value.parseCommon(utf8: $0, as: type, quoted: quoted) } != nil, "'\(text)' as \(type)")
        }
    }

    @Test func unitsFoundByTheirBytesAreTheUnitsFoundByName() {
        for unit in Unit.all {
            #expect(unit.symbol.utf8.count <= 7, "\(unit.symbol) is too long to be found by its bytes")
            var symbol = unit.symbol
            #expect(symbol.withUTF8(Unit.named(utf8:)) == unit, "\(unit.symbol)")
            #expect(Unit.named(unit.symbol) == unit)
        }
        for text in ["", "M", "MM", "mmm", "m ", " m", "kgs", "123456789", "m\u{0}", "\u{0}m", "\u{0}", "mm\u{0}\u{0}", "dp/pt", "12345678", "µm"] {
            var bytes = text
            #expect(bytes.withUTF8(Unit.named(utf8:)) == Unit.named(text), "'\(text)'")
        }
        // Not UTF-8: no unit.
        #expect([UInt8]([0xFF, 0x6D]).withUnsafeBufferPointer(Unit.named(utf8:)) == nil)
    }

    /// A string's end, found eight bytes at a time, is where a byte-by-byte scan stops (or short of it only
    /// within the last seven bytes, which the reader reads one at a time): a quote, a backslash or a control
    /// character at every offset of strings of every length around a word, with non-ASCII text before,
    /// after and nowhere.
    @Test func stringEndsFoundByWordsAreTheEndsFoundByBytes() {
        let stops: [UInt8] = [0x22, 0x5C, 0x00, 0x0A, 0x1F]
        let fillers: [[UInt8]] = [Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8), Array("清城区大厅坡道扶手".utf8), [0x20, 0x7E, 0x7F, 0x21, 0x23, 0x5B, 0x5D]]
        for filler in fillers {
            for length in 0..<40 {
                for stop in stops + [nil] {
                    for position in 0...length where stop != nil || position == length {
                        var bytes = (0..<length).map { filler[$0 % filler.count] }
                        if let stop { bytes.insert(stop, at: position) }
                        bytes.withUnsafeBufferPointer { buffer in
                            for start in 0...min(3, buffer.count) {
                                var nonASCII = false
                                let end = JSONCursor.plainRunEnd(buffer, from: start, nonASCII: &nonASCII)
                                let stop = buffer[start...].firstIndex { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 } ?? buffer.count
                                // At the first stop, or short of it only within the last 7 bytes (read one at a time).
                                #expect(end == stop || (end < stop && end > buffer.count - 8), "\(Array(buffer)) from \(start)")
                                #expect(nonASCII == buffer[start..<min(end, stop)].contains { $0 >= 0x80 }, "\(Array(buffer)) from \(start)")
                            }
                        }
                    }
                }
            }
        }
    }
}
