import Foundation
import Testing
import A11yRules
import A11yYAML
import A11yBenchmarking
import A11yAdapters
@testable import A11yCatalog
@testable import A11yModel

/// The direct JSON subject decoder (bytes to `Subject`, no nodes) must give exactly the reference
/// path's subject (nodes, then `SubjectDecoder`) whenever it accepts a line, and accept nothing the
/// reference would report: then the reference runs and its diagnostics are the ones users see.
@Suite("Direct JSON subject decoding equals the reference")
struct DirectSubjectDecodingTests {
    static let catalog = Repository.standards.catalog

    /// The direct decoder's subject for `text`, or nil if it leaves the line to the reference.
    static func direct(_ text: String, catalog: Catalog = catalog, line: Int = 1) -> Subject? {
        let decoder = JSONSubjectDecoder(vocabularies: catalog.vocabularies, knownIDs: CatalogIDs(catalog))
        return Array(text.utf8).withUnsafeBufferPointer { decoder.decode($0, path: "s.jsonl", lineOffset: line - 1) }
    }

    /// Checks that the direct decoder either leaves `text` to the reference or gives the reference's subject; returns whether it decoded it.
    @discardableResult
    static func expectSameAsReference(_ text: String, catalog: Catalog = catalog, line: Int = 1) -> Bool {
        let reference = SubjectReader(catalog: catalog).referenceRead(Array(text.utf8), path: "s.jsonl", line: line)
        guard let subject = direct(text, catalog: catalog, line: line) else { return false }
        #expect(reference.diagnostics.isEmpty, "accepted a line the reference reports: \(text)\n\(reference.diagnostics)")
        #expect(subject == reference.subject, "\(text)")
        return true
    }

    @Test func syntheticSubjectsDecodeDirectlyToTheReferenceSubject() throws {
        for (seed, missing, uncertainty) in [(UInt64(7), 0.1, 0.2), (11, 0.0, 0.0), (2022, 0.03, 0.05), (5, 0.5, 1.0)] {
            let workload = SyntheticWorkload(rules: 50, instancesPerKind: 3, missingRate: missing, uncertaintyRate: uncertainty, seed: seed)
            let load = CatalogLoader.load([
                SourceFile(path: "vocabulary.yaml", bytes: Array(workload.vocabularyYAML().utf8)),
                SourceFile(path: "standard.yaml", bytes: Array(workload.standardYAML().utf8)),
            ])
            #expect(!load.hasErrors)
            for index in 0..<30 {
                #expect(Self.expectSameAsReference(workload.subjectJSON(index), catalog: load.catalog, line: index + 4),
                        "seed \(seed), subject \(index) should decode directly")
            }
        }
    }

    /// The example halls and online services (YAML), written as one JSON line each.
    @Test func shippedExamplesAsJSONDecodeToTheReferenceSubject() throws {
        let files = try SourceDiscovery.files(at: [Repository.root + "/Examples/halls", Repository.root + "/Examples/online"])
        var direct = 0
        for file in files {
            let document = try YAMLParser.parse(file.bytes)
            let line = JSONLine.write(document.root)
            if Self.expectSameAsReference(line) { direct += 1 }
        }
        #expect(files.count >= 6)
        // Examples with {value, accuracy} mappings or plain YAML words (`yes`) are left to the reference.
        #expect(direct >= 2, "only \(direct) of \(files.count) examples were decoded directly")
    }

    @Test(arguments: [
        // Answers, waivers and evidence (read by the reference decoder from their nodes), names, regions, nulls.
        #"{"subject": {"id": "h", "kind": "facility", "name": {"zh": "清城", "en": "Qingcheng"}, "region": ["清远市", "清城区"], "note": "备注 \"引号\" \u00e9", "facts": {"floors": 2, "parking_spaces": null}, "parts": {"ramp": [{"name": "西坡道", "note": "old", "slope": "1:10", "clear_width": "1.19 m ± 0.02 m"}, {"id": "east", "slope": "8.33%"}], "elevator": null}, "answers": {"GB50763-2012:3.16.2": {"outcome": "passed", "note": "ok"}}}}"#,
        #"{"subject": {"facts": {"floors": 3}, "parts": {"ramp": []}, "id": "late-kind", "kind": "facility", "region": "清远市", "assessed": "2022-11-15"}}"#,
        #"  {"subject":{"id":"compact","kind":"facility","name":"大厅","parts":{"ramp":[{"slope":"1:12"},{"slope":"1:20","clear_width":"1500mm"}]}}}"#,
    ])
    func handWrittenSubjectsDecodeDirectly(text: String) {
        let reference = SubjectReader(catalog: Self.catalog).referenceRead(Array(text.utf8), path: "s.jsonl", line: 9)
        #expect(Self.expectSameAsReference(text, line: 9), "\(text) should decode directly; the reference says \(reference.diagnostics)")
    }

    /// Every line the reference reports (or reads differently) is left to it: the diagnostics users see keep their line and column.
    @Test(arguments: [
        #"{"subject": {"id": "h", "kind": "facility", "facts": {"floors": 2, "floors": 3}}}"#,            // duplicate fact
        #"{"subject": {"id": "h", "kind": "facility", "parts": {"ramp": [], "ramp": []}}}"#,             // duplicate part kind
        #"{"subject": {"id": "h", "kind": "facility", "parts": {"ramp": [{"slope": "1:12", "slope": "1:10"}]}}}"#, // duplicate attribute
        #"{"subject": {"id": "h", "kind": "facility", "parts": {"ramp": [{"id": "a"}, {"id": "a"}]}}}"#, // duplicate instance
        #"{"subject": {"id": "h", "kind": "facility", "parts": {"ramp": [{"slope": "1:0"}]}}}"#,         // bad value
        #"{"subject": {"id": "h", "kind": "facility", "parts": {"ramp": [{"slop": "1:12"}]}}}"#,         // unknown attribute
        #"{"subject": {"id": "h", "kind": "facility", "parts": {"rmp": []}}}"#,                          // unknown part kind
        #"{"subject": {"id": "h", "kind": "facility", "facts": {"floor": 2}}}"#,                         // unknown fact
        #"{"subject": {"id": "h", "kind": "facilty"}}"#,                                                 // unknown kind
        #"{"subject": {"id": "h h", "kind": "facility"}}"#,                                              // id with a space
        #"{"subject": {"id": "", "kind": "facility"}}"#,                                                 // empty id
        #"{"subject": {"kind": "facility"}}"#,                                                           // missing id
        #"{"subject": {"id": "h", "kind": "facility", "assessed": "2022-13-01"}}"#,                      // bad date
        #"{"subject": {"id": "h", "kind": "facility", "colour": "red"}}"#,                               // unknown key
        #"{"subject": {"id": "h", "kind": "facility", "name": {"zh": ""}}}"#,                            // empty name
        #"{"subject": {"id": "h", "kind": "facility", "parts": {"ramp": [{"clear_width": {"value": "1.2 m", "accuracy": "0.02 m"}}]}}}"#, // mapping form
        #"{"subject": {"id": "h", "kind": "facility", "answers": {"no-such-clause": {"outcome": "passed"}}}}"#,
        #"{"subject": {"id": "h", "kind": "facility"}, "other": 1}"#,
        #"{"subject": {"id": "h", "kind": "facility"}} x"#,
        "{\"subject\": {\"id\": \"h\",\t\"kind\": \"facility\"}}",
        #"{"subject": {"id": "h", "kind": "facility", "parts": {"ramp": [{"note": {"a": 1, "a": 2}}]}}}"#,
    ])
    func anythingTheReferenceReportsIsLeftToIt(text: String) {
        #expect(Self.direct(text) == nil, "\(text)")
        let read = SubjectReader(catalog: Self.catalog).read(Array(text.utf8), path: "s.jsonl", line: 5)
        let reference = SubjectReader(catalog: Self.catalog).referenceRead(Array(text.utf8), path: "s.jsonl", line: 5)
        #expect(read.diagnostics == reference.diagnostics)
        #expect(read.subject == reference.subject)
    }

    @Test func subjectsPastTheInstanceLimitAreLeftToTheReference() {
        func line(_ count: Int) -> String {
            let ramps = (0..<count).map { #"{"slope": "1:\#(12 + $0 % 8)"}"# }.joined(separator: ", ")
            return #"{"subject": {"id": "h", "kind": "facility", "parts": {"ramp": [\#(ramps)]}}}"#
        }
        #expect(Self.expectSameAsReference(line(3)))
        #expect(Self.direct(line(CatalogLoader.maxInstancesPerSubject + 1)) == nil)
    }

    @Test func commonQuantityLiteralsReadFromBytesEqualTheScalarParser() {
        let texts = ["1.2 m", "850mm", "42", "8.33%", "1:12", "4.5:1", "  1:20  ", "1.19 m ± 0.02 m", "1.19 m +/- 0.02", "500 mm ± 5 mm",
                     "1:12 ± 0.01", "-3 dB", "+5 s", "1e3 mm", "30 dp", "0.5 lx"]
        for text in texts {
            guard let common = QuantityLiteral.parseCommon(text) else {
                Issue.record("'\(text)' should be read from bytes")
                continue
            }
            #expect(QuantityLiteral.parseScalars(text) == .success(common), "\(text)")
        }
        // Decimals of up to 15 digits are computed from their digits: the same doubles as `Double(text)`.
        var random = SplitMix64(seed: 99)
        for _ in 0..<5_000 {
            let digits = String(random.next() % 1_000_000_000_000_000)
            let point = Int(random.next() % UInt64(digits.count + 1))
            let sign = ["", "-", "+"][Int(random.next() % 3)]
            let text = sign + String(digits.prefix(point)) + (point < digits.count ? "." + digits.dropFirst(point) : "") + " mm"
            #expect(QuantityLiteral.parseCommon(text) == (try? QuantityLiteral.parseScalars(text).get()), "\(text)")
        }
        // Left to the scalar parser, which explains them.
        for text in ["1:0", "1 : 12", "1:12x", "5 mm ± 1 s", "5 mm ± -1 mm", "1e400 m", "abc", "5 furlongs", "1.2 m ±", ""] {
            #expect(QuantityLiteral.parseCommon(text) == nil, "\(text)")
        }
    }
}

/// Writes a YAML node tree as one line of JSON: plain scalars that JSON reads as numbers, booleans or
/// null stay bare, every other scalar becomes a string.
enum JSONLine {
    static func write(_ node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let text, let style):
            if style == .plain, text == "true" || text == "false" || text == "null" || isNumber(text) { return text }
            return quoted(text)
        case .sequence(let items):
            return "[" + items.map(write).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { quoted($0.key.scalar ?? "") + ": " + write($0.value) }.joined(separator: ", ") + "}"
        }
    }

    static func isNumber(_ text: String) -> Bool {
        text.range(of: #"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"#, options: .regularExpression) != nil
    }

    /// A JSON string: YAML's double-quoted escapes (`\"`, `\\`, `\n`, `\uXXXX`) are JSON's too.
    static func quoted(_ text: String) -> String { YAMLScalar.quoted(text) }
}
