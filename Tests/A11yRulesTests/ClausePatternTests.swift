import Testing
import A11yModel

/// An indicator's `includes` patterns (``ClausePattern``): `*` stands for any run of characters. ASCII
/// patterns and ids are matched on their bytes, others by characters; both must be what a plain
/// backtracking glob over characters says.
@Suite("Clause patterns")
struct ClausePatternTests {
    /// The reference: a backtracking glob over characters.
    static func glob(_ pattern: [Character], _ id: [Character]) -> Bool {
        guard let head = pattern.first else { return id.isEmpty }
        if head == "*" { return (0...id.count).contains { glob(Array(pattern.dropFirst()), Array(id.dropFirst($0))) } }
        guard let first = id.first, first == head else { return false }
        return glob(Array(pattern.dropFirst()), Array(id.dropFirst()))
    }

    @Test func patternsMatchWhatAGlobMatches() {
        var random = SystemRandomNumberGenerator()
        let patternAlphabet: [Character] = ["a", "b", ".", ":", "#", "*", "*"]
        let idAlphabet: [Character] = ["a", "b", ".", ":", "#"]
        for _ in 0..<4_000 {
            let pattern = String((0..<Int.random(in: 0...7, using: &random)).map { _ in patternAlphabet.randomElement(using: &random)! })
            let id = String((0..<Int.random(in: 0...9, using: &random)).map { _ in idAlphabet.randomElement(using: &random)! })
            #expect(ClausePattern(pattern).matches(id) == Self.glob(Array(pattern), Array(id)), "'\(pattern)' against '\(id)'")
        }
    }

    /// Non-ASCII patterns and ids (Chinese, a composed and a decomposed accent, CR LF) are matched by characters.
    @Test(arguments: [
        ("GB50763-2012:3.4.*", "GB50763-2012:3.4.4", true), ("GB50763-2012:3.4.*", "GB50763-2012:3.5.1", false),
        ("*#ramp-*", "GB50763-2012:3.4.4#ramp-slope", true), ("政务*大厅", "政务服务大厅", true), ("政务*大厅", "政务服务中心", false),
        ("*大厅", "hall-大厅", true), ("hall*", "hall-大厅", true), ("caf\u{E9}*", "cafe\u{301}-1", true), ("a*b", "a\r\nb", true),
        ("a\r*", "a\r\nb", false), ("*\n", "a\r\n", false), ("*", "", true), ("a*a", "a", false), ("**", "x", true),
        ("STD:1*#r*", "STD:1.2#r3", true), ("STD:1*#r*", "STD:2.1#r3", false),
    ])
    func patternsMatchByCharacters(pattern: String, id: String, expected: Bool) {
        #expect(ClausePattern(pattern).matches(id) == expected)
        #expect(Self.glob(Array(pattern), Array(id)) == expected)
    }
}
