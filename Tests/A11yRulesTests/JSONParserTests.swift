import Foundation
import Testing
import A11yRules
import A11yYAML
import A11yBenchmarking

/// The JSON reader must build exactly libyaml's tree (text, style, marks) for every input it accepts,
/// and leave to libyaml every input it does not read the same way.
@Suite("JSON reader equals libyaml on JSON")
struct JSONParserTests {
    /// A readable difference between two trees, or nil.
    static func difference(_ a: YAMLNode, _ b: YAMLNode, path: String = "$") -> String? {
        if a.start != b.start || a.end != b.end || a.start.offset != b.start.offset || a.end.offset != b.end.offset {
            return "\(path): marks \(a.start)–\(a.end) vs \(b.start)–\(b.end)"
        }
        switch (a.content, b.content) {
        case (.scalar(let x, let s), .scalar(let y, let t)):
            return x == y && s == t ? nil : "\(path): \(x) (\(s)) vs \(y) (\(t))"
        case (.sequence(let xs), .sequence(let ys)):
            guard xs.count == ys.count else { return "\(path): \(xs.count) vs \(ys.count) items" }
            for (k, (x, y)) in zip(xs, ys).enumerated() { if let d = difference(x, y, path: "\(path)[\(k)]") { return d } }
            return nil
        case (.mapping(let xs), .mapping(let ys)):
            guard xs.count == ys.count else { return "\(path): \(xs.count) vs \(ys.count) pairs" }
            for (x, y) in zip(xs, ys) {
                if let d = difference(x.key, y.key, path: "\(path).key") ?? difference(x.value, y.value, path: "\(path).\(x.key.scalar ?? "?")") { return d }
            }
            return nil
        default:
            return "\(path): \(a.kindDescription) vs \(b.kindDescription)"
        }
    }

    static func assertSameAsLibyaml(_ text: String) throws {
        let bytes = Array(text.utf8)
        let fast = try #require(JSONParser.parse(bytes), "the JSON reader should accept \(text)")
        let reference = try YAMLParser.parse(bytes)
        #expect(reference.problems.isEmpty)
        if let d = difference(fast.root, reference.root) { Issue.record("\(text): \(d)") }
    }

    @Test func syntheticSubjectsGiveLibyamlsTree() throws {
        let workload = SyntheticWorkload(rules: 200, instancesPerKind: 3, missingRate: 0.1, uncertaintyRate: 0.2, seed: 7)
        for index in 0..<40 { try Self.assertSameAsLibyaml(workload.subjectJSON(index)) }
    }

    @Test(arguments: [
        #"{}"#, #"[]"#, #"{"a":1}"#, #"{ "a" : [ 1 , -2.5e+3 , 0 , true , false , null ] }"#,
        #"{"名称": "东区政务服务中心", "x": "a\"b\\c\/d\n\t\u00e9\u4e2d"}"#,
        "{\n  \"multi\": {\n    \"line\": [1,\n 2]\n  },\n  \"e\": \"\"\n}",
        #"{"deep": [[[[{"k": [{}]}]]]], "n": -0.0, "z": 0e0}"#,
    ])
    func handWrittenDocumentsGiveLibyamlsTree(text: String) throws {
        try Self.assertSameAsLibyaml(text)
    }

    @Test(arguments: [
        #"{"a": 1, "a": 2}"#,              // duplicate key: libyaml's builder reports it
        #"{"a": 1,}"#, #"{"a" 1}"#, #"{a: 1}"#, #"[1 2]"#, #"{"a": 01}"#, #"{"a": .5}"#, #"{"a": tru}"#,
        "{\"a\":\t1}", "{\"a\": 1}\r", #"{"a": "\ud83d\ude00"}"#, #"{"a": "\u0000"}"#, "{\"a\": \"\u{85}\u{80}\"}",
        #"{"a": 1} {"b": 2}"#, #"{"a": "unterminated}"#, "",
    ])
    func anythingElseIsLeftToLibyaml(text: String) {
        #expect(JSONParser.parse(Array(text.utf8)) == nil, "\(text)")
    }

    @Test func nestingPastTheLimitIsLeftToLibyaml() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(JSONParser.parse(Array(deep.utf8)) == nil)
        let allowed = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(JSONParser.parse(Array(allowed.utf8)) != nil)
    }

    @Test func subjectsReadTheSameThroughEitherParser() {
        // A JSON line, and the same subject in YAML flow syntax (unquoted keys) that only libyaml reads.
        let reader = SubjectReader(catalog: Repository.standards.catalog)
        let json = #"{"subject": {"id": "h", "kind": "facility", "assessed": "2022-11-15", "facts": {"floors": 3, "parking_spaces": 120, "floor": 2}, "parts": {}}}"#
        let flow = #"{subject: {id: h, kind: facility, assessed: 2022-11-15, facts: {floors: 3, parking_spaces: 120, floor: 2}, parts: {}}}"#
        let a = reader.read(Array(json.utf8), path: "s.jsonl", line: 3)
        let b = reader.read(Array(flow.utf8), path: "s.jsonl", line: 3)
        #expect(a.subject == nil && b.subject == nil, "the unknown fact 'floor' is an error either way")
        #expect(a.diagnostics.map(\.message) == b.diagnostics.map(\.message))
        #expect(a.diagnostics.first?.location.line == 3)
        #expect(a.diagnostics.first?.location.column == 117)
        let fixed = reader.read(Array(json.replacingOccurrences(of: #", "floor": 2"#, with: "").utf8), path: "s.jsonl", line: 3)
        #expect(fixed.subject?.facts["parking_spaces"]?.text == "120", "\(fixed.diagnostics)")
    }
}
