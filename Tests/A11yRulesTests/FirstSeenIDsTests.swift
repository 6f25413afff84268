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
}
