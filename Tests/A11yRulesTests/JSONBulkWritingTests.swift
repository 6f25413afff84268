import A11yAdapters
import A11yRules
import Foundation
import Testing

/// The bulk paths of JSON writing (strings escaped a word at a time, runs of encoded elements, clause
/// verdicts written from text worked out once) write the same bytes as writing value by value.
@Suite("JSON bulk writing")
struct JSONBulkWritingTests {
    /// Escapes the way the JSON text of DSL §6 does, character by character (the reference).
    static func reference(_ value: String) -> String {
        var out: [UInt8] = [0x22]
        for byte in value.utf8 {
            switch byte {
            case 0x22: out += Array(#"\""#.utf8)
            case 0x5C: out += Array(#"\\"#.utf8)
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x0D: out += Array(#"\r"#.utf8)
            case 0x09: out += Array(#"\t"#.utf8)
            case 0..<0x20: out += Array(String(format: "\\u%04x", Int(byte)).utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out + [0x22], as: UTF8.self)
    }

    static let strings: [String] = {
        var strings = ["", "a", "BENCH-1:1.10#r36", "GB50763-2012:3.4.2#ramp-width", "无障碍通道净宽不应小于1.20 m", "é"]
        // Each special byte at every position of a 20-byte string (inside and across the 8-byte words).
        for special in ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "\u{7F}", " "] {
            for position in 0..<20 {
                var characters = Array(repeating: Character("x"), count: 20)
                characters[position] = Character(special)
                strings.append(String(characters))
            }
        }
        strings.append(String(repeating: "ab\"c\\", count: 7))
        // Two escapes at every pair of positions of a 24-byte string: the scan resumes in bulk after each.
        for first in 0..<24 {
            for second in first..<24 {
                var characters = Array(repeating: Character("y"), count: 24)
                characters[first] = "\""
                characters[second] = second % 2 == 0 ? "\n" : "\\"
                strings.append(String(characters))
            }
        }
        // Long runs of Chinese text between quoted values, as in a filled message.
        strings.append("规则12未满足：要求 \"both-sides\"，实测 \"one-side\"（无障碍通道净宽不应小于1.20 m）")
        return strings
    }()

    @Test(arguments: strings)
    func stringsAreEscapedAsByTheReference(_ value: String) throws {
        var json = JSONStreamWriter(pretty: false)
        json.string(value)
        #expect(json.text == Self.reference(value))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes), options: .fragmentsAllowed) as? String)
        #expect(parsed == value)
    }

    /// A key written as a literal takes the static path (no escape pass), one given at run time is escaped:
    /// both write the bytes the reference escaping gives.
    @Test func literalAndRuntimeKeysWriteTheSameBytes() throws {
        for pretty in [false, true] {
            var literal = JSONStreamWriter(pretty: pretty), runtime = JSONStreamWriter(pretty: pretty)
            let names = ["rule", "clause", "quo\"te", "back\\slash", "line\nend", "名称"]
            literal.beginObject(); runtime.beginObject()
            literal.key("rule"); literal.integer(1)
            literal.key("clause"); literal.integer(2)
            // Literals that need an escape take the static overload too, and are escaped.
            literal.key("quo\"te"); literal.integer(3)
            literal.key("back\\slash"); literal.integer(4)
            literal.key("line\nend"); literal.integer(5)
            for (index, name) in names.enumerated() {
                if index >= 5 { literal.key(name); literal.integer(index + 1) }
                runtime.key(name); runtime.integer(index + 1)
            }
            literal.endObject(); runtime.endObject()
            #expect(literal.text == runtime.text)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(literal.bytes)) as? [String: Int])
            #expect(object.count == names.count && object["quo\"te"] == 3 && object["名称"] == 6)
            #expect(literal.text.contains(Self.reference("quo\"te") + (pretty ? ": " : ":")))
        }
    }

    /// Literal keys are checked once per writer and then copied with their separator: written again and
    /// again, first and later in objects, nested in arrays, an escaping one between plain ones, they still
    /// write what the same keys given at run time write.
    @Test(arguments: [false, true])
    func repeatedLiteralKeysWriteWhatRuntimeKeysWrite(pretty: Bool) throws {
        var literal = JSONStreamWriter(pretty: pretty), runtime = JSONStreamWriter(pretty: pretty)
        func both(_ body: (inout JSONStreamWriter, Bool) -> Void) { body(&literal, true); body(&runtime, false) }
        both { json, _ in json.beginArray() }
        for round in 0..<300 {
            both { json, isLiteral in
                json.beginObject()
                if isLiteral { json.key("rule") } else { json.key(String("rule")) }
                json.integer(round)
                if round % 3 == 0 {
                    if isLiteral { json.key("quo\"te") } else { json.key(String("quo\"te")) }
                    json.string("x")
                }
                if isLiteral { json.key("observed") } else { json.key(String("observed")) }
                json.beginObject()
                if round % 2 == 0 {
                    if isLiteral { json.key("line\nend") } else { json.key(String("line\nend")) }
                    json.null()
                }
                if isLiteral { json.key("名称") } else { json.key(String("名称")) }
                json.bool(round % 5 == 0)
                json.endObject()
                if isLiteral { json.key("observed_values") } else { json.key(String("observed_values")) }
                json.beginArray()
                for value in 0..<(round % 4) {
                    json.beginObject()
                    if isLiteral { json.key("value") } else { json.key(String("value")) }
                    json.integer(value)
                    json.endObject()
                }
                json.endArray()
                json.endObject()
            }
        }
        both { json, _ in json.endArray() }
        #expect(literal.text == runtime.text)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(literal.bytes)) as? [[String: Any]])
        #expect(parsed.count == 300 && parsed[3]["quo\"te"] as? String == "x")
    }

    @Test(arguments: [false, true])
    func encodedElementsWriteWhatStringListsWrite(pretty: Bool) {
        let lists: [([String], [String])] = [([], []), (["a"], []), ([], ["b\""]), (["a", "x\ny"], ["b", "c", "d"])]
        for (first, second) in lists {
            var direct = JSONStreamWriter(pretty: pretty, depth: 1)
            var bulk = JSONStreamWriter(pretty: pretty, depth: 1)
            for json in [0, 1] {
                var writer = json == 0 ? direct : bulk
                writer.beginObject()
                writer.key("k"); writer.integer(1)
                if json == 0 {
                    writer.key("both"); writer.strings(first, then: second)
                    writer.key("first"); writer.strings(first)
                } else {
                    let a = writer.encodedElements(first), b = writer.encodedElements(second)
                    writer.key("both"); writer.array(encodedElements: a, b)
                    writer.key("first"); writer.array(encodedElements: a)
                }
                writer.endObject()
                if json == 0 { direct = writer } else { bulk = writer }
            }
            #expect(bulk.text == direct.text, "\(first) then \(second)")
        }
    }

    /// More verdicts than the reporter writes field by field, every verdict, obligation and flag.
    static let verdicts: [ClauseVerdict] = Outcome.allCases.flatMap { outcome in
        ([nil] + Obligation.allCases.map(Optional.some)).flatMap { obligation in
            [false, true].map { ClauseVerdict(clause: "STD:\(outcome.rawValue).\"\(obligation?.rawValue ?? "-")\"", verdict: outcome,
                                              obligation: obligation, isMandatory: $0) }
        }
    }

    static func clausesArray(_ verdicts: [ClauseVerdict], pretty: Bool, depth: Int) -> String {
        var json = JSONStreamWriter(pretty: pretty, depth: depth)
        json.beginArray()
        for verdict in verdicts {
            json.beginObject()
            json.key("clause"); json.string(verdict.clause)
            json.key("verdict"); json.string(verdict.verdict.rawValue)
            json.key("obligation"); json.string(verdict.obligation?.rawValue)
            json.key("mandatory"); json.bool(verdict.isMandatory)
            json.endObject()
        }
        json.endArray()
        return json.text
    }

    @Test(arguments: [3, 9, 50])
    func clauseVerdictsAreWrittenAsFieldByField(count: Int) throws {
        let verdicts = Array(Self.verdicts.prefix(count))
        let result = SubjectResult(id: "s", kind: "hall", name: .init(zh: "厅"), source: "s.yaml", findings: [], clauses: verdicts, scorecards: [])
        // A document's subjects are at depth 2, so their clause lists are values at depth 3.
        let document = JSONReporter(pretty: true).report([result], catalog: Catalog())
        #expect(document.contains("\"clauses\": " + Self.clausesArray(verdicts, pretty: true, depth: 3) + ",\n"))
        var line = JSONStreamWriter(pretty: false)
        JSONReporter(pretty: false).writeLine(result, to: &line)
        #expect(line.text.contains("\"clauses\":" + Self.clausesArray(verdicts, pretty: false, depth: 0) + ","))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(line.bytes)) as? [String: Any])
        #expect((parsed["clauses"] as? [Any])?.count == count)
    }
}
