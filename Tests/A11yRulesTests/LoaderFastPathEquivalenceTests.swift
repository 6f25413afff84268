import Testing
import A11yRules
import A11yModel
@testable import A11yYAML
@testable import A11yCatalog

/// The loader's cheaper paths give what the ones they replaced gave: mapping fields looked up by a scan
/// (not a dictionary), names and numbers of expressions written from ASCII bytes (not appended scalar by
/// scalar), and the YAML builder changing its frames in place.
@Suite("Loader fast paths")
struct LoaderFastPathEquivalenceTests {
    // MARK: Mapping fields

    private func scalar(_ text: String, line: Int = 1) -> YAMLNode {
        YAMLNode(.scalar(text, .plain), start: YAMLMark(line: line, column: 1), end: YAMLMark(line: line, column: 1 + text.count))
    }

    /// A dictionary built the old way, for comparison.
    private func reference(_ pairs: [YAMLNode.Pair], allowed: [String]) -> [String: YAMLNode] {
        var result: [String: YAMLNode] = [:]
        for pair in pairs { if let key = pair.key.scalar, allowed.contains(key) { result[key] = pair.value } }
        return result
    }

    @Test func fieldsAgreeWithADictionaryOnUnknownComplexAndRepeatedKeys() {
        let complexKey = YAMLNode(.sequence([scalar("a")]), start: YAMLMark(line: 9, column: 1), end: YAMLMark(line: 9, column: 4))
        let pairs: [YAMLNode.Pair] = [
            .init(key: scalar("id", line: 1), value: scalar("r1", line: 1)),
            .init(key: scalar("bogus", line: 2), value: scalar("x", line: 2)),
            .init(key: complexKey, value: scalar("y", line: 3)),
            .init(key: scalar("check", line: 4), value: scalar("a > 1", line: 4)),
            // Parsers drop a repeated key; if one came through, the last value wins, as in a dictionary.
            .init(key: scalar("id", line: 5), value: scalar("r2", line: 5)),
        ]
        let node = YAMLNode(.mapping(pairs), start: YAMLMark(line: 1, column: 1), end: YAMLMark(line: 6, column: 1))
        let allowed = ["id", "check", "when"]
        let log = DiagnosticLog()
        let reader = NodeReader(file: "x.yaml", log: log)
        guard let fields = reader.fields(node, "a rule", allowed: allowed, required: ["id", "when"]) else {
            Issue.record("a mapping gives fields")
            return
        }
        let expected = reference(pairs, allowed: allowed)
        for key in allowed + ["bogus", "a", ""] {
            #expect(fields[key]?.scalar == expected[key]?.scalar, "\(key)")
            #expect(fields[key]?.start == expected[key]?.start, "\(key)")
        }
        #expect(log.diagnostics.map(\.description) == [
            "x.yaml:2:1: error: unknown key 'bogus' in a rule (expected id, check, when)",
            "x.yaml:1:1: error: a rule needs 'when'",
        ])
    }

    @Test func fieldsOfAMappingWithOnlyAllowedKeysAndAnEmptyOne() {
        let reader = NodeReader(file: "x.yaml", log: DiagnosticLog())
        let node = YAMLNode(.mapping([.init(key: scalar("zh"), value: scalar("甲")), .init(key: scalar("en"), value: scalar("A"))]),
                            start: YAMLMark(line: 1, column: 1), end: YAMLMark(line: 1, column: 9))
        let fields = reader.fields(node, "a title", allowed: ["zh", "en"])
        #expect(fields?["zh"]?.scalar == "甲")
        #expect(fields?["en"]?.scalar == "A")
        #expect(fields?["fr"] == nil)
        let empty = reader.fields(YAMLNode(.mapping([]), start: YAMLMark(line: 1, column: 1), end: YAMLMark(line: 1, column: 3)), "a title", allowed: ["zh"])
        #expect(empty?["zh"] == nil)
        #expect(reader.fields(scalar("text"), "a title", allowed: ["zh"]) == nil)
    }

    @Test func aRuleWithUnknownKeysStillDecodesTheOthersWithTheSameDiagnostics() {
        let text = """
        standard:
          id: X
          title: x
          vocabulary: hall
          clauses:
            - clause: "1"
              obligation: shall
              rules:
                - id: r1
                  colour: red
                  for: door
                  check: clear_width >= 800 mm
                  ? [odd, key]
                  : value
        """
        let result = Fixture.load([("x.yaml", text)])
        #expect(result.diagnostics.map(\.description) == [
            "x.yaml:13:13: error: a mapping key must be a scalar, not a sequence",
            "x.yaml:10:11: error: unknown key 'colour' in a rule (expected id, for, when, check, message, examples, title, note, default, same_as)",
        ])
        let rule = result.catalog.standards.first { $0.id == "X" }?.clauses.first?.rules.first
        #expect(rule?.check.source == "clear_width >= 800 mm")
    }

    // MARK: Expression names and numbers

    /// The old way: the token's scalars appended to a view.
    private func appended(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    @Test(arguments: [
        "width >= 800 mm and not automatic_door", "ramp-max-rise(slope) <= 1.20 m", "宽度 >= 0.8 m", "a_b2 == 'x' or ÅngströmX > 1",
        "slope in 1:20..1:12", "x in 1.5e3 mm..2e-1 m", "level >= 8.33%", "n == 3 and m != .5", "count(parts where width < 700 mm) == 0",
        "dB_level < 1e3 dB", "x >= 1.", "y == 12.5e2", "z in 1..2",
    ])
    func tokensAreTheScalarsOfTheirRange(expression: String) throws {
        var lexer = Lexer(expression)
        let scalars = Array(expression.unicodeScalars)
        let tokens = try lexer.tokens()
        for token in tokens {
            switch token.kind {
            case .identifier(let name):
                #expect(name == appended(scalars, token.range))
                #expect(name.unicodeScalars.count == token.range.count)
            default:
                break
            }
        }
    }

    @Test func numbersBeforeARangeLoseTheirTrailingDot() throws {
        var range = Lexer("z in 1..2")
        #expect(try range.tokens().map(\.kind) == [.identifier("z"), .identifier("in"), .quantity(.number(1)), .symbol(".."), .quantity(.number(2)), .end])
        var ratios = Lexer("slope in 1:20..1:12")
        #expect(try ratios.tokens().map(\.kind) == [
            .identifier("slope"), .identifier("in"), .quantity(.ratio(1, 20)), .symbol(".."), .quantity(.ratio(1, 12)), .end,
        ])
        var unit = Lexer("x >= 1.5e3 mm")
        #expect(try unit.tokens().map(\.kind) == [.identifier("x"), .symbol(">="), .quantity(Quantity(1.5e3, Unit.named("mm")!)), .end])
    }

    /// `QuantityLiteral.number` as it was before it wrote its ASCII scalars as bytes.
    private func referenceNumber(_ scalars: [Unicode.Scalar], from start: Int) -> (Double, Int)? {
        var index = start
        if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" { index += 1 }
        let digitsStart = index
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        var sawDigits = index > digitsStart
        if index < scalars.count, scalars[index] == "." {
            index += 1
            let fractionStart = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            sawDigits = sawDigits || index > fractionStart
        }
        guard sawDigits else { return nil }
        if index + 1 < scalars.count, scalars[index] == "e" || scalars[index] == "E",
           ("0"..."9").contains(scalars[index + 1]) || scalars[index + 1] == "-" || scalars[index + 1] == "+" {
            var exponentEnd = index + 1
            if scalars[exponentEnd] == "-" || scalars[exponentEnd] == "+" { exponentEnd += 1 }
            let exponentDigits = exponentEnd
            while exponentEnd < scalars.count, ("0"..."9").contains(scalars[exponentEnd]) { exponentEnd += 1 }
            if exponentEnd > exponentDigits { index = exponentEnd }
        }
        guard let value = Double(appended(scalars, start..<index)), value.isFinite else { return nil }
        return (value, index)
    }

    @Test func numbersReadAsBefore() {
        let long = String(repeating: "9", count: 400)
        for text in ["0", "12", "-3.25", "+.5", "1e3", "2.5E-2", "7e", "1.", "1.2.3", "12mm", "3:4", "-", ".", "1e+", "1e999", long, "x1", "٣", "1e-400", "  2"] {
            let scalars = Array(text.unicodeScalars)
            for start in 0..<max(1, scalars.count) {
                let read = QuantityLiteral.number(scalars, from: start)
                let expected = referenceNumber(scalars, from: start)
                #expect(read?.0 == expected?.0 && read?.1 == expected?.1, "\(text) from \(start)")
            }
        }
    }
}
