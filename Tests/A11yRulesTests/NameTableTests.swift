import Testing
@testable import A11yCatalog

/// The JSON Lines reader's name tables (``NameTable``): a name's index by its bytes, the first of equal
/// names winning, as a linear search finds it; names short and long, sharing their first eight bytes or
/// their last, Chinese, empty.
@Suite("Name tables")
struct NameTableTests {
    static let names = [
        "a", "id", "floors", "width0", "slope1", "font11", "abcdefgh", "abcdefghi", "abcdefghij", "accessible_parking_spaces",
        "accessible_toilets", "accessible_parking_space", "xaccessible_parking_spaces", "parking_spaces", "坡道", "坡道宽度", "width0",
        "", "has_green_channel_window", "has_green_channel_windows", "0123456789abcdef", "1123456789abcdef", "0123456789abcdee",
    ]

    @Test func indexesAreTheFirstOfEqualNames() {
        let table = NameTable(Self.names)
        let probes = Self.names + ["b", "widt", "width", "width00", "abcdefg", "abcdefghk", "accessible_parking_spacez", "坡", "坡道宽",
                                   "has_green_channel_windo", "0123456789abcdeg", "ID", "floors\u{0}", "\u{0}"]
        for probe in probes {
            var bytes = probe
            let found = bytes.withUTF8 { table.index(of: $0) }
            #expect(found == Self.names.firstIndex(of: probe), "'\(probe)'")
        }
    }

    /// Many names in one table (its slots fill to half): every one found, none that is not there.
    @Test func largeTablesFindEveryNameAndNoOther() {
        let names = (0..<2_000).map { "attribute_\($0 % 37)_\($0)" }
        let table = NameTable(names)
        for (index, name) in names.enumerated() {
            var bytes = name
            #expect(bytes.withUTF8 { table.index(of: $0) } == index)
            var other = name + "x"
            #expect(other.withUTF8 { table.index(of: $0) } == nil)
        }
    }
}
