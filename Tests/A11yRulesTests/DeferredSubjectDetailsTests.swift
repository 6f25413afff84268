import Dispatch
import Testing
import A11yRules
import A11yYAML
import A11yBenchmarking
@testable import A11yCatalog
@testable import A11yEvaluation
@testable import A11yModel

/// A subject read from JSON Lines defers its facts and parts (decoded from the kept line on first use).
/// It must be indistinguishable from the subject decoded at once: every field and location, equality
/// and hash, after mutation, across copies read on several threads, and for the same lines accepted.
@Suite("Deferred subject details equal the details decoded at once")
struct DeferredSubjectDetailsTests {
    static let catalog = Repository.standards.catalog

    /// The line decoded at once and deferred (either nil when the direct decoder leaves it to the reference).
    static func both(_ text: String, catalog: Catalog = catalog, line: Int = 1) -> (eager: Subject?, deferred: Subject?) {
        let decoder = JSONSubjectDecoder(vocabularies: catalog.vocabularies, knownIDs: CatalogIDs(catalog))
        let bytes = Array(text.utf8)
        let eager = bytes.withUnsafeBufferPointer { decoder.decode($0, path: "s.jsonl", lineOffset: line - 1) }
        return (eager, decoder.decode(deferring: bytes, path: "s.jsonl", lineOffset: line - 1))
    }

    /// Checks every field of `deferred` against `eager`, the slotted copy and the layout included.
    static func expectEqual(_ deferred: Subject, _ eager: Subject, _ context: String) {
        #expect(deferred.id == eager.id && deferred.kind == eager.kind && deferred.name == eager.name, "\(context)")
        #expect(deferred.region == eager.region && deferred.assessed == eager.assessed && deferred.note == eager.note, "\(context)")
        #expect(deferred.answers == eager.answers && deferred.waivers == eager.waivers && deferred.evidence == eager.evidence, "\(context)")
        #expect(deferred.location == eager.location, "\(context)")
        #expect(deferred.slotted?.values == eager.slotted?.values, "\(context)")
        #expect(deferred.slotted?.instanceIDs == eager.slotted?.instanceIDs, "\(context)")
        #expect(deferred.slotted.map { $0.kinds.map(\.start) } == eager.slotted.map { $0.kinds.map(\.start) }, "\(context)")
        #expect(deferred.slotted.map { $0.kinds.map(\.count) } == eager.slotted.map { $0.kinds.map(\.count) }, "\(context)")
        if let vocabulary = Self.vocabulary(of: eager) {
            let layout = SlotLayout(vocabulary)
            let a = SubjectRows(deferred, layout: layout), b = SubjectRows(eager, layout: layout)
            #expect(a.facts == b.facts && a.parts == b.parts && a.instanceIDs == b.instanceIDs, "\(context)")
        }
        // The details themselves, with every observation's text and location.
        #expect(deferred.facts == eager.facts, "\(context)")
        #expect(deferred.parts == eager.parts, "\(context)")
        for (kind, instances) in eager.parts {
            let other = deferred.parts[kind] ?? []
            #expect(other.map(\.location) == instances.map(\.location), "\(context)")
            #expect(other.map { $0.attributes.mapValues(\.location) } == instances.map { $0.attributes.mapValues(\.location) }, "\(context)")
        }
        #expect(deferred.facts.mapValues(\.text) == eager.facts.mapValues(\.text), "\(context)")
        #expect(deferred == eager, "\(context)")
        #expect(deferred.hashValue == eager.hashValue, "\(context)")
    }

    static func vocabulary(of subject: Subject) -> Vocabulary? { catalog.vocabularies[subject.kind] }

    /// Synthetic catalogs with missing data and uncertainty (every value uncertain in the last), their subjects as lines.
    static func workloads() -> [(Catalog, [String])] {
        [(UInt64(7), 0.1, 0.2), (11, 0.0, 0.0), (2022, 0.03, 0.05), (5, 0.5, 1.0)].map { seed, missing, uncertainty in
            let workload = SyntheticWorkload(rules: 50, instancesPerKind: 3, missingRate: missing, uncertaintyRate: uncertainty, seed: seed)
            let load = CatalogLoader.load([
                SourceFile(path: "vocabulary.yaml", bytes: Array(workload.vocabularyYAML().utf8)),
                SourceFile(path: "standard.yaml", bytes: Array(workload.standardYAML().utf8)),
            ])
            return (load.catalog, (0..<20).map(workload.subjectJSON))
        }
    }

    @Test func syntheticSubjectsDeferTheSameDetails() throws {
        for (catalog, lines) in Self.workloads() {
            for (index, text) in lines.enumerated() {
                let (eager, deferred) = Self.both(text, catalog: catalog, line: index + 3)
                let e = try #require(eager), d = try #require(deferred)
                #expect(d.defersDetails)
                let layout = SlotLayout(try #require(catalog.vocabularies[e.kind]))
                let a = SubjectRows(d, layout: layout), b = SubjectRows(e, layout: layout)
                #expect(a.facts == b.facts && a.parts == b.parts && a.instanceIDs == b.instanceIDs)
                #expect(d.defersDetails, "laying a subject out reads no details")
                #expect(d.facts == e.facts && d.parts == e.parts && d == e && d.hashValue == e.hashValue)
                #expect(!d.defersDetails)
            }
        }
    }

    /// Accepted and refused lines of the shipped vocabulary: nulls, empty and null kinds, names, answers,
    /// extreme and odd numbers, and what the reference reports (refused by both ways alike).
    @Test(arguments: [
        #"{"subject": {"id": "h", "kind": "facility", "name": {"zh": "清城", "en": "Qingcheng"}, "region": ["清远市", "清城区"], "note": "备注 \"引号\" \u00e9", "facts": {"floors": 2, "parking_spaces": null}, "parts": {"ramp": [{"name": "西坡道", "note": "old", "slope": "1:10", "clear_width": "1.19 m ± 0.02 m"}, {"id": "east", "slope": "8.33%"}], "elevator": null}, "answers": {"GB50763-2012:3.16.2": {"outcome": "passed", "note": "ok"}}}}"#,
        #"{"subject": {"facts": {"floors": 3}, "parts": {"ramp": []}, "id": "late-kind", "kind": "facility", "region": "清远市", "assessed": "2022-11-15"}}"#,
        #"  {"subject":{"id":"compact","kind":"facility","name":"大厅","parts":{"ramp":[{"slope":"1:12"},{"slope":"1:20","clear_width":"1500mm"}]}}}"#,
        #"{"subject": {"id": "x", "kind": "facility", "facts": {"floors": 1e308}, "parts": {"ramp": [{"clear_width": "1e-300 m ± 1e300 m"}, {"clear_width": "-0 mm", "slope": "1:1e-9"}]}}}"#,
        #"{"subject": {"id": "bare", "kind": "facility"}}"#,
        #"{"subject": {"id": "far", "kind": "facility", "parts": {"ramp": [{"clear_width": "1e-300 m ± 1e300 m"}, {"clear_width": "0 mm"}, {"clear_width": "1e300 m", "slope": "1:1000000"}]}}}"#,
        #"{"subject": {"id": "h", "kind": "facility", "parts": {"ramp": [{"id": "a"}, {"id": "a"}]}}}"#,
        #"{"subject": {"id": "h", "kind": "facility", "parts": {"ramp": [{"slope": "1:0"}]}}}"#,
        #"{"subject": {"id": "h", "kind": "facility", "facts": {"floors": 2, "floors": 3}}}"#,
        #"{"subject": {"id": "h", "kind": "facility", "parts": {"ramp": [{"slop": "1:12"}]}}}"#,
        #"{"subject": {"id": "h", "kind": "facility", "answers": {"no-such-clause": {"outcome": "passed"}}}}"#,
        #"{"subject": {"id": "h", "kind": "facility"}} x"#,
    ])
    func handWrittenLinesDeferTheSameDetails(text: String) throws {
        let (eager, deferred) = Self.both(text, line: 12)
        #expect((eager == nil) == (deferred == nil), "one way accepted what the other refused: \(text)")
        guard let eager, let deferred else { return }
        Self.expectEqual(deferred, eager, text)
    }

    /// The shipped examples (YAML) as one JSON line each.
    @Test func shippedExamplesDeferTheSameDetails() throws {
        let files = try SourceDiscovery.files(at: [Repository.root + "/Examples/halls", Repository.root + "/Examples/online"])
        var deferredCount = 0
        for file in files {
            let line = JSONLine.write(try YAMLParser.parse(file.bytes).root)
            let (eager, deferred) = Self.both(line, line: 2)
            #expect((eager == nil) == (deferred == nil), "\(file.path)")
            guard let eager, let deferred else { continue }
            deferredCount += 1
            Self.expectEqual(deferred, eager, file.path)
        }
        #expect(deferredCount >= 2)
    }

    /// Mutations give what the same mutations of the eager subject give; earlier copies keep the old details.
    @Test func mutationsMaterialiseAndLeaveCopiesAlone() throws {
        let (catalog, lines) = try #require(Self.workloads().first)
        let (eager, deferred) = Self.both(lines[3], catalog: catalog)
        let e = try #require(eager), d = try #require(deferred)
        let kind = try #require(e.parts.keys.sorted().first)
        let fact = try #require(e.facts.keys.sorted().first)

        var (e1, d1) = (e, d)
        e1.facts[fact] = nil
        d1.facts[fact] = nil
        #expect(d1.slotted == nil && d1 == e1 && d1.hashValue == e1.hashValue)
        #expect(d.facts == e.facts && d == e, "the copy before is unchanged")

        var (e2, d2) = (e, d)
        e2.parts[kind]?[0].attributes = [:]
        d2.parts[kind]?[0].attributes = [:]
        #expect(d2.slotted == nil && d2 == e2 && d2.parts[kind]?[0].attributes.isEmpty == true)
        #expect(d2.facts == e.facts, "the facts survive a change of the parts")

        var (e3, d3) = (e, d)
        e3.parts = [:]
        d3.parts = [:]
        #expect(d3 == e3 && d3.facts == e.facts)
        var d4 = try #require(Self.both(lines[3], catalog: catalog).deferred)
        d4.answers = [:]
        d4.name = LocalizedText(zh: "改", en: "changed")
        d4.region = ["清远市"]
        #expect(d4.slotted != nil && d4.defersDetails, "other fields leave the details deferred")
        #expect(d4.facts == e.facts && d4.parts == e.parts)
        #expect(d == e && d.parts == e.parts, "the original after all of it")
    }

    /// Copies of one deferred subject read on many threads at once all see the same details, made once.
    @Test func copiesReadOnManyThreadsAgree() throws {
        let (catalog, lines) = try #require(Self.workloads().last)
        for text in lines.prefix(4) {
            let (eager, deferred) = Self.both(text, catalog: catalog)
            let e = try #require(eager), d = try #require(deferred)
            let copies = [Subject](repeating: d, count: 64)
            let results = Results(count: copies.count)
            DispatchQueue.concurrentPerform(iterations: copies.count) { index in
                let subject = copies[index]
                results.set(index, subject.facts == e.facts && subject.parts == e.parts && subject == e)
            }
            #expect(results.all, "every copy read the same details")
            #expect(!d.defersDetails)
        }
    }

    /// What the batch evaluation gives is the same with deferred subjects, and results without listed
    /// findings never make their details.
    @Test func batchResultsAreTheSameAndSummariesMakeNoDetails() throws {
        for (catalog, lines) in Self.workloads() {
            let pairs = lines.enumerated().map { Self.both($1, catalog: catalog, line: $0 + 1) }
            let eager = pairs.compactMap(\.eager), deferred = pairs.compactMap(\.deferred)
            #expect(eager.count == lines.count && deferred.count == lines.count)
            let evaluator = Evaluator(catalog: catalog)
            #expect(evaluator.evaluate(deferred, listing: .none) == evaluator.evaluate(eager, listing: .none))
            #expect(deferred.allSatisfy { $0.defersDetails }, "results without findings read no details")
            #expect(evaluator.evaluate(deferred, listing: .all) == evaluator.evaluate(eager, listing: .all))
        }
    }

    /// `SubjectReader.read` defers; its subject equals the reference path's.
    @Test func readerDefersAndEqualsTheReference() throws {
        let (catalog, lines) = try #require(Self.workloads().dropFirst().first)
        let reader = SubjectReader(catalog: catalog)
        for (index, text) in lines.enumerated() {
            let read = reader.read(Array(text.utf8), path: "w.jsonl", line: index + 1)
            let reference = reader.referenceRead(Array(text.utf8), path: "w.jsonl", line: index + 1)
            let subject = try #require(read.subject)
            #expect(subject.defersDetails)
            #expect(read.diagnostics == reference.diagnostics)
            #expect(subject == reference.subject)
        }
        var eager = reader
        eager.defersDetails = false
        for (index, text) in lines.enumerated() {
            let now = try #require(eager.read(Array(text.utf8), path: "w.jsonl", line: index + 1).subject)
            let later = try #require(reader.read(Array(text.utf8), path: "w.jsonl", line: index + 1).subject)
            #expect(!now.defersDetails && later.defersDetails)
            Self.expectEqual(later, now, "line \(index + 1)")
        }
    }
}

/// Booleans written from several threads (one slot each).
private final class Results: @unchecked Sendable {
    private let values: UnsafeMutableBufferPointer<Bool>

    init(count: Int) { values = .allocate(capacity: count); values.initialize(repeating: false) }
    deinit { values.deallocate() }
    func set(_ index: Int, _ value: Bool) { values[index] = value }
    var all: Bool { values.allSatisfy { $0 } }
}
