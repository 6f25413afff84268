import Testing
@testable import A11yYAML

/// Every collection the builder makes gets exactly its own elements, in order, at any nesting, with
/// duplicate keys found in small (scanned) and large (hashed) mappings alike, and merge keys applied to both.
@Suite("YAML builder: nested collections, duplicates and merges at every mapping size")
struct YAMLNestingTests {
    /// A mapping of `count` keys `k0`…, each with a nested sequence and mapping interleaved.
    static func nested(_ count: Int) -> String {
        (0..<count).map { "k\($0):\n  - [\($0), \($0 + 1)]\n  - {a: \($0), b: [x, {c: \($0)}]}\n  - s\($0)\n" }.joined()
    }

    @Test func nestedCollectionsKeepTheirOwnElements() throws {
        for count in [1, 11, 12, 13, 40] {
            let document = try YAMLParser.parse(Self.nested(count))
            #expect(document.problems.isEmpty)
            let pairs = try #require(document.root.pairs)
            #expect(pairs.map(\.key.scalar) == (0..<count).map { "k\($0)" })
            for (index, pair) in pairs.enumerated() {
                let items = try #require(pair.value.items)
                #expect(items.count == 3)
                #expect(items[0].items?.map(\.scalar) == ["\(index)", "\(index + 1)"])
                #expect(items[1].pairs?.map(\.key.scalar) == ["a", "b"])
                #expect(items[1].pairs?[1].value.items?[1].pairs?.first?.value.scalar == "\(index)")
                #expect(items[2].scalar == "s\(index)")
            }
        }
    }

    @Test func duplicatesAreFoundInSmallAndLargeMappings() throws {
        for count in [3, 11, 12, 13, 30] {
            let keys = (0..<count).map { "k\($0): \($0)" }
            let text = "outer:\n" + (keys + ["k\(count - 1): again"]).map { "  " + $0 }.joined(separator: "\n") + "\n"
            let document = try YAMLParser.parse(text)
            #expect(document.problems.count == 1, "\(count) keys")
            let problem = try #require(document.problems.first)
            #expect(problem.kind == .duplicateKey)
            #expect(problem.description == "\(count + 2):3: duplicate key 'k\(count - 1)' in this mapping")
            #expect(problem.note?.mark.line == count + 1)
            // The first value is kept, and the mapping has each key once.
            let outer = try #require(document.root.pairs?.first?.value.pairs)
            #expect(outer.count == count)
            #expect(outer.last?.value.scalar == "\(count - 1)")
        }
    }

    @Test func mergeKeysFillLargeMappingsWithoutOverriding() throws {
        let base = (0..<15).map { "m\($0): base" }.joined(separator: ", ")
        let own = (0..<14).map { "  m\($0 * 2): own" }.joined(separator: "\n")
        let document = try YAMLParser.parse("base: &b {\(base)}\nmerged:\n  <<: *b\n\(own)\n")
        #expect(document.problems.isEmpty)
        let merged = try #require(document.root.pairs?[1].value.pairs)
        let values = Dictionary(uniqueKeysWithValues: merged.map { ($0.key.scalar ?? "", $0.value.scalar ?? "") })
        #expect(merged.count == 15 + 14 - 8, "m0…m14 once each, and m16…m26 written only here")
        for index in 0..<15 { #expect(values["m\(index)"] == (index % 2 == 0 ? "own" : "base"), "m\(index)") }
    }
}
