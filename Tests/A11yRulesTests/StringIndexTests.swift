import Testing
import A11yModel

/// ``StringIndex`` stands in for dictionaries of ids (the catalog's rule and clause indexes, the result
/// plan's rules by id): it must find what a dictionary filled in the same order finds, every position of
/// a repeated key in order, and nothing for a key that is not there.
@Suite("String index against a dictionary")
struct StringIndexTests {
    /// Keys with repeats, short (inline) and long (allocated) strings, Chinese and an empty one.
    static func keys(count: Int, distinct: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return (0..<count).map { _ in
            let n = Int(next() % UInt64(distinct))
            switch n % 4 {
            case 0: return "r\(n)"
            case 1: return "BENCH-1:\(n).1#rule-with-a-long-id-\(n)"
            case 2: return "第\(n)条"
            default: return n == 3 ? "" : "GB50763-2012:\(n)"
            }
        }
    }

    @Test(arguments: [(0, 1), (1, 1), (7, 3), (100, 100), (1000, 50), (5000, 5000), (20000, 3000)])
    func findsWhatADictionaryFinds(count: Int, distinct: Int) {
        let keys = Self.keys(count: count, distinct: distinct, seed: UInt64(count * 31 + distinct))
        let index = StringIndex(keys)
        var last: [String: Int] = [:]
        var all: [String: [Int]] = [:]
        for (position, key) in keys.enumerated() {
            last[key] = position
            all[key, default: []].append(position)
        }
        #expect(index.count == last.count)
        for (key, positions) in all {
            #expect(index.first(of: key) { keys[$0] } == positions.first)
            #expect(index.last(of: key) { keys[$0] } == positions.last)
            #expect(Array(index.positions(of: key) { keys[$0] }) == positions)
        }
        #expect(Set(index.firstPositions) == Set(all.values.map { $0[0] }))
        #expect(index.firstPositions.count == all.count)
        for missing in ["r-missing", "BENCH-1:0.1#rule-with-a-long-id-x", "第条", "r\(distinct + 1)"] where all[missing] == nil {
            #expect(index.first(of: missing) { keys[$0] } == nil)
            #expect(index.last(of: missing) { keys[$0] } == nil)
            #expect(Array(index.positions(of: missing) { keys[$0] }).isEmpty)
        }
    }

    @Test func leavesOutThePositionsItIsToldTo() {
        let keys = ["a", "b", "a", "c", "a", "b"]
        let index = StringIndex(positions: keys.count, including: { $0 % 2 == 0 }) { keys[$0] }
        #expect(Array(index.positions(of: "a") { keys[$0] }) == [0, 2, 4])
        #expect(Array(index.positions(of: "b") { keys[$0] }).isEmpty)
        #expect(index.first(of: "c") { keys[$0] } == nil)
        #expect(index.count == 1)
    }

    @Test func anEmptyIndexFindsNothing() {
        let index = StringIndex()
        #expect(index.count == 0)
        #expect(index.first(of: "") { _ in "" } == nil)
        #expect(index.firstPositions.isEmpty)
    }
}
