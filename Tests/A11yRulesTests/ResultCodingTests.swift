import Foundation
import Testing
import A11yRules
import A11yAdapters

/// Results read back what was written: the JSON and JSON Lines of every shipped example decode into
/// results equal to those in memory, and `JSONEncoder` writes the same fields the reporter does.
@Suite("Results are Codable")
struct ResultCodingTests {
    /// Every shipped example evaluated with every finding, and with a selection (which carries `listed`
    /// and totals).
    static let evaluated: [(String, [SubjectResult])] = {
        let load = Repository.load(["Standards", "Examples/halls", "Examples/online"])
        let evaluator = Evaluator(catalog: load.catalog)
        return [
            ("all findings", evaluator.evaluate(load.subjects)),
            ("failed findings", evaluator.evaluate(load.subjects, listing: .failed)),
            ("one scorecard's", evaluator.evaluate(load.subjects, scorecards: ["QY2022-hall"],
                                                   listing: FindingSelection.all.limited(toScorecards: ["QY2022-hall"]))),
        ]
    }()

    @Test(arguments: 0..<3) func jsonDocumentReadsBackEqual(_ index: Int) throws {
        let (label, results) = Self.evaluated[index]
        #expect(results.count == 7, "\(label)")
        let output = BufferOutput()
        var reporter = JSONStreamReporter()
        try reporter.report(results, to: output)
        let document = try ResultDocument(json: output.bytes)
        #expect(document.subjects.count == results.count)
        for (read, written) in zip(document.subjects, results) {
            #expect(read == written, "\(label): \(written.id) reads back different")
        }
        #expect(document.generator?.version == PackageVersion.current)
    }

    @Test(arguments: 0..<3) func jsonLinesReadBackEqual(_ index: Int) throws {
        let (label, results) = Self.evaluated[index]
        let output = BufferOutput()
        var reporter = JSONLinesReporter()
        try reporter.report(results, to: output)
        let document = try ResultDocument(jsonLines: output.bytes)
        #expect(document.subjects == results, "\(label)")
    }

    /// What `JSONEncoder` writes is what the streaming reporter writes, field for field (a reader of
    /// either gets the same document), and it decodes back equal too.
    @Test func encoderWritesTheReportersFields() throws {
        let (_, results) = Self.evaluated[1]
        for result in results {
            var line = JSONStreamWriter(pretty: false)
            JSONReporter(pretty: false).writeSubject(result, to: &line)
            let written = try JSONSerialization.jsonObject(with: Data(line.bytes))
            let encoded = try JSONEncoder().encode(result)
            let fromEncoder = try JSONSerialization.jsonObject(with: encoded)
            #expect(Self.same(written, fromEncoder), "\(result.id): JSONEncoder and the reporter differ")
            #expect(try JSONDecoder().decode(SubjectResult.self, from: encoded) == result)
        }
    }

    /// Observed values keep their type and unit: 850 mm reads back as 850 mm, a ratio, a percentage,
    /// a bool and a date as themselves.
    @Test func observedValuesKeepTypeAndUnit() throws {
        let values = [
            ObservedValue(name: "clear_width", text: "850 mm", value: .quantity(Quantity(850, Unit.named("mm")!))),
            ObservedValue(name: "rise", text: "1.19 m ± 0.02 m", value: .quantity(Quantity(1.19, Unit.named("m")!, accuracy: 0.02))),
            ObservedValue(name: "slope", text: "1:12", value: .quantity(.ratio(1, 12))),
            ObservedValue(name: "share", text: "8.33%", value: .quantity(Quantity(8.33 / 100, .dimensionless, notation: .percent))),
            ObservedValue(name: "spaces", text: "3", value: .quantity(.number(3))),
            ObservedValue(name: "has_lift", text: "true", value: .bool(true)),
            ObservedValue(name: "opened", text: "2024-05-01", value: .date(Day("2024-05-01")!)),
            ObservedValue(name: "handrails", text: "both-sides", value: .text("both-sides"),
                          location: SourceLocation(file: "halls/h.yaml", line: 12, column: 20)),
        ]
        #expect(values.map(\.kind) == ["quantity", "quantity", "ratio", "percent", "number", "bool", "date", "text"])
        #expect(values[0].amount == 850 && values[0].unit == "mm")
        #expect(values[1].amount == 1.19 && values[1].accuracy == 0.02)
        #expect(values[3].amount == 8.33 && values[3].unit == "%")
        let decoded = try JSONDecoder().decode([ObservedValue].self, from: JSONEncoder().encode(values))
        #expect(decoded == values)
        var finding = Finding(rule: "T:1#r", clause: "T:1", part: "door", instance: "door-1", outcome: .failed, severity: .error)
        finding.observedValues = values
        // The text view of before stays: names and texts, in order.
        #expect(finding.observed.map(\.name) == values.map(\.name))
        #expect(finding.observed.map(\.value) == values.map(\.text))
        var line = JSONStreamWriter(pretty: false)
        JSONReporter(pretty: false).writeSubject(
            SubjectResult(id: "s", kind: "hall", name: .init(), source: "s.yaml", findings: [finding], clauses: [], scorecards: []), to: &line)
        #expect(line.text.contains(#"{"name":"clear_width","text":"850 mm","type":"quantity","value":850,"unit":"mm","accuracy":0,"dimension":"length","file":null,"line":null,"column":null}"#))
        #expect(line.text.contains(#"{"name":"slope","text":"1:12","type":"ratio","value":0.08333333333333333,"unit":null,"accuracy":0,"dimension":"dimensionless","file":null,"line":null,"column":null}"#))
        #expect(try JSONDecoder().decode(SubjectResult.self, from: Data(line.bytes)).findings == [finding])
    }

    /// Evaluated findings carry the typed value the subject file gave.
    @Test func evaluatedFindingsCarryTypedValues() throws {
        let (_, results) = Self.evaluated[0]
        let values = results.flatMap(\.findings).flatMap(\.observedValues)
        #expect(!values.isEmpty)
        #expect(values.contains { if case .quantity(let q) = $0.value, case .unit = q.notation { return true } else { return false } })
        #expect(values.contains { $0.kind == "ratio" })
        #expect(values.contains { $0.kind == "bool" })
        // Each keeps the line of the measurement in the subject file.
        #expect(values.allSatisfy { $0.location.map { $0.line > 1 && $0.file.hasSuffix(".yaml") } ?? false })
        // None is left as text when the vocabulary types it.
        #expect(values.filter { $0.kind == "text" }.allSatisfy { Double($0.text.split(separator: " ").first ?? "") == nil })
    }

    @Test func aDocumentOfAnotherFormatOrNewerVersionIsRefused() {
        #expect(throws: ResultDocument.Failure.self) { try ResultDocument(json: Array(#"{"format":"a11y-rules/rollup","version":1,"subjects":[]}"#.utf8)) }
        do {
            _ = try ResultDocument(json: Array(#"{"format":"a11y-rules/results","version":2,"subjects":[]}"#.utf8))
            Issue.record("a newer version was read")
        } catch {
            #expect(error.description == "line 1: results version 2 is newer than this library reads (1)")
        }
        do {
            _ = try ResultDocument(jsonLines: Array("\n{\"format\":\"a11y-rules/subject-result\",\"version\":1,\"id\":\"x\"}\n".utf8))
            Issue.record("a line without a kind was read")
        } catch {
            #expect(error.description == "line 2: missing 'kind' at the top level")
        }
    }

    /// Two JSON values are the same, numbers within the six decimals the reporter writes (bools arrive
    /// as numbers too; their types are checked by decoding).
    static func same(_ a: Any, _ b: Any) -> Bool {
        switch (a, b) {
        case let (x as [String: Any], y as [String: Any]):
            return Set(x.keys) == Set(y.keys) && x.allSatisfy { key, value in y[key].map { same(value, $0) } ?? false }
        case let (x as [Any], y as [Any]):
            return x.count == y.count && zip(x, y).allSatisfy(same)
        case let (x as NSNumber, y as NSNumber):
            return abs(x.doubleValue - y.doubleValue) <= 1e-6 * max(1, abs(x.doubleValue))
        case let (x as String, y as String):
            return x == y
        case (is NSNull, is NSNull):
            return true
        default:
            return false
        }
    }
}

@Suite("Catalog digest")
struct CatalogDigestTests {
    /// The FIPS 180-4 examples, and a million `a`s.
    @Test func sha256MatchesTheStandardsVectors() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // Fed in pieces that straddle blocks, the digest is the same.
        var hash = SHA256()
        let text = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        for start in stride(from: 0, to: text.count, by: 7) { hash.update(text[start..<min(text.count, start + 7)]) }
        #expect(hash.finalize() == SHA256.hash(text))
        // A sequence without contiguous storage (read through a copy) gives the digest of its bytes, and
        // so do pieces of every length from 1 to 130 fed one after the other over a million bytes.
        #expect(SHA256.hex(text.lazy.map { $0 }) == SHA256.hex(text))
        let million = [UInt8](repeating: 0x61, count: 1_000_000)
        var pieces = SHA256(), start = 0, length = 1
        while start < million.count {
            pieces.update(million[start..<min(million.count, start + length)])
            start += length
            length = length % 130 + 1
        }
        #expect(pieces.finalize() == SHA256.hash(million))
    }

    /// The digest depends on the files' bytes only: not on their paths, nor on the order they load in.
    @Test func digestIgnoresPathsAndOrder() {
        let a = SourceFile(path: "a.yaml", text: "vocabulary: {id: a}\n"), b = SourceFile(path: "b.yaml", text: "vocabulary: {id: b}\n")
        let moved = SourceFile(path: "/elsewhere/x.yaml", text: "vocabulary: {id: a}\n")
        #expect(CatalogDigest(files: [a, b]) == CatalogDigest(files: [b, moved]))
        #expect(CatalogDigest(files: [a, b]).fileCount == 2)
        #expect(CatalogDigest(files: [a, b]) != CatalogDigest(files: [a]))
        #expect(CatalogDigest(files: [a]).value.hasPrefix("sha256:") && CatalogDigest(files: [a]).value.count == 71)
    }

    /// Only catalog documents count: subjects loaded with them do not change the digest, a replaced
    /// shipped document is not counted.
    @Test func digestCoversCatalogFilesOnly() {
        let catalog = Repository.load(["Standards"])
        let withSubjects = Repository.load(["Standards", "Examples/halls"])
        #expect(CatalogDigest(load: catalog) == CatalogDigest(load: withSubjects))
        #expect(CatalogDigest(load: catalog).fileCount == catalog.catalogPaths.count)
        // Standards/ holds catalog documents only; the examples add subjects, which are not counted.
        #expect(catalog.catalogPaths.count == catalog.files.count)
        #expect(withSubjects.catalogPaths == catalog.catalogPaths && withSubjects.files.count > catalog.files.count)
    }
}
