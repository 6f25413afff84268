@testable import A11yEvaluation
import Testing

/// An indicator's failed and undecided check ids (``FirstSeenIDs``): each once, in the order first seen,
/// whether the list is scanned (short) or hashed (long), and across the switch from one to the other.
@Suite("First-seen ids")
struct FirstSeenIDsTests {
    /// The reference: a set beside the list from the first id.
    static func reference(_ ids: [String]) -> [String] {
        var seen: Set<String> = [], list: [String] = []
        for id in ids where seen.insert(id).inserted { list.append(id) }
        return list
    }

    @Test(arguments: [0, 1, 5, 15, 16, 17, 40, 400])
    func keepsEachIDOnceInFirstSeenOrder(distinct: Int) {
        var random = SystemRandomNumberGenerator()
        for repeatRate in [0, 2, 10] {
            // Ids that repeat, some right away, some after the list has passed the scan limit; equal ids made
            // apart (not one string shared) as well as shared.
            var ids: [String] = []
            for index in 0..<distinct {
                ids.append("STD:\(index % 7).\(index)#rule-\(index)")
                if repeatRate > 0, Int.random(in: 0..<repeatRate, using: &random) == 0 {
                    let earlier = Int.random(in: 0...index, using: &random)
                    ids.append(String("STD:\(earlier % 7).\(earlier)#rule-\(earlier)".utf8.map { Character(UnicodeScalar($0)) }))
                }
            }
            ids += ids.prefix(20)
            var first = FirstSeenIDs()
            for id in ids { first.insert(id) }
            #expect(first.list == Self.reference(ids), "\(distinct) ids, repeat 1/\(repeatRate)")
        }
    }

    /// Ids with keys (a rule's canonical index) mixed with ids without: keyed ones are compared by key,
    /// a keyed one with an unkeyed one by text, and the list is the reference's either way.
    @Test(arguments: [3, 15, 16, 17, 60])
    func keyedAndUnkeyedIDsAreKeptOnceInFirstSeenOrder(distinct: Int) {
        var random = SystemRandomNumberGenerator()
        let rules = (0..<distinct).map { "STD:\($0 % 5).\($0)#rule-\($0)" }
        for unkeyedRate in [0, 3, 1] {
            var inserts: [(String, Int32)] = []
            for _ in 0..<(3 * distinct) {
                let rule = Int.random(in: 0..<distinct, using: &random)
                // Unkeyed: the same text made apart, as a finding's rule id is.
                let unkeyed = unkeyedRate > 0 && Int.random(in: 0..<(unkeyedRate + 1), using: &random) == 0
                inserts.append(unkeyed ? (String(decoding: Array(rules[rule].utf8), as: UTF8.self), -1) : (rules[rule], Int32(rule)))
            }
            var first = FirstSeenIDs()
            for (id, key) in inserts { first.insert(id, key: key) }
            #expect(first.list == Self.reference(inserts.map(\.0)), "\(distinct) rules, unkeyed 1/\(unkeyedRate + 1)")
        }
    }

    /// A key decides for keyed ids: two different keys are two ids (the plan gives equal ids one key).
    @Test func keysDecideBetweenKeyedIDs() {
        var first = FirstSeenIDs()
        first.insert("a", key: 1)
        first.insert("b", key: 1)
        first.insert("a", key: 2)
        first.insert("a")
        #expect(first.list == ["a", "a"])
    }
}
