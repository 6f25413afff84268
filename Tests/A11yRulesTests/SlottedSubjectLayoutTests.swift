import Testing
import A11yBenchmarking
@testable import A11yCatalog
@testable import A11yEvaluation
@testable import A11yModel

/// The JSON Lines reader keeps each subject's values in slot order so that laying it out is a copy; the
/// copy must lay out exactly as the dictionaries do, be used only for its own vocabulary, and vanish
/// when the dictionaries change.
@Suite("Slotted subject values lay out as the dictionaries do")
struct SlottedSubjectLayoutTests {
    /// A synthetic catalog and subject lines decoded directly (with their slotted values).
    static func workload(seed: UInt64, missing: Double, uncertainty: Double) throws -> (Catalog, [Subject]) {
        let workload = SyntheticWorkload(rules: 40, instancesPerKind: 3, missingRate: missing, uncertaintyRate: uncertainty, seed: seed)
        let load = CatalogLoader.load([
            SourceFile(path: "vocabulary.yaml", bytes: Array(workload.vocabularyYAML().utf8)),
            SourceFile(path: "standard.yaml", bytes: Array(workload.standardYAML().utf8)),
        ])
        #expect(!load.hasErrors)
        let subjects = try (0..<24).map { index in
            try #require(DirectSubjectDecodingTests.direct(workload.subjectJSON(index), catalog: load.catalog, line: index + 1))
        }
        return (load.catalog, subjects)
    }

    /// The subject without its slotted values (laid out by name lookups).
    static func unslotted(_ subject: Subject) -> Subject {
        var plain = subject
        plain.slotted = nil
        return plain
    }

    /// A decoded subject keeps its slots at about their size, not the reserve decoding needed
    /// (a kept file of subjects grew by half when it did).
    @Test(arguments: [(UInt64(5), 0.0, 0.0), (9, 0.6, 0.5)])
    func slotsAreKeptAtTheirSize(seed: UInt64, missing: Double, uncertainty: Double) throws {
        let (_, subjects) = try Self.workload(seed: seed, missing: missing, uncertainty: uncertainty)
        for subject in subjects {
            let values = try #require(subject.slotted?.values)
            #expect(values.capacity - values.count <= values.count / 8, "\(values.count) slots in \(values.capacity)")
            let spans = try #require(subject.slotted?.kinds)
            let filled = spans.map { $0.count < 0 ? 0 : $0.count }.reduce(0, +)
            #expect(filled == subject.parts.values.map(\.count).reduce(0, +))
        }
    }

    @Test(arguments: [(UInt64(3), 0.1, 0.2), (17, 0.0, 0.0), (40, 0.5, 1.0)])
    func slottedRowsEqualRowsLookedUpByName(seed: UInt64, missing: Double, uncertainty: Double) throws {
        let (catalog, subjects) = try Self.workload(seed: seed, missing: missing, uncertainty: uncertainty)
        for subject in subjects {
            let vocabulary = try #require(catalog.vocabularies[subject.kind])
            let layout = SlotLayout(vocabulary)
            let slotted = try #require(subject.slotted, "the direct decoder keeps slotted values")
            #expect(slotted.order == layout.order, "the layout would not copy them")
            let copied = SubjectRows(subject, layout: layout)
            let looked = SubjectRows(Self.unslotted(subject), layout: layout)
            #expect(copied.facts == looked.facts)
            #expect(copied.parts == looked.parts)
            #expect(copied.instanceIDs == looked.instanceIDs)
        }
    }

    /// Hand-written lines with nulls, an empty kind, a kind given as null, facts after parts and the kind last.
    @Test(arguments: [
        #"{"subject": {"id": "h", "kind": "facility", "facts": {"floors": 2, "parking_spaces": null}, "parts": {"ramp": [{"slope": "1:10", "clear_width": "1.19 m ± 0.02 m"}, {"id": "east", "slope": "8.33%"}], "elevator": null}}}"#,
        #"{"subject": {"parts": {"ramp": []}, "facts": {"floors": 3}, "id": "late-kind", "kind": "facility"}}"#,
        #"{"subject": {"id": "bare", "kind": "facility"}}"#,
    ])
    func handWrittenLinesLayOutTheSame(text: String) throws {
        let catalog = DirectSubjectDecodingTests.catalog
        let subject = try #require(DirectSubjectDecodingTests.direct(text, catalog: catalog))
        let layout = SlotLayout(try #require(catalog.vocabularies[subject.kind]))
        #expect(subject.slotted?.order == layout.order)
        let copied = SubjectRows(subject, layout: layout)
        let looked = SubjectRows(Self.unslotted(subject), layout: layout)
        #expect(copied.facts == looked.facts)
        #expect(copied.parts == looked.parts)
        #expect(copied.instanceIDs == looked.instanceIDs)
    }

    @Test func changingFactsOrPartsDropsTheSlottedValues() throws {
        let (_, subjects) = try Self.workload(seed: 5, missing: 0.03, uncertainty: 0.05)
        var facts = subjects[0]
        #expect(facts.slotted != nil)
        facts.facts = [:]
        #expect(facts.slotted == nil)
        var parts = subjects[1]
        let kind = try #require(parts.parts.keys.sorted().first)
        parts.parts[kind]?[0].attributes = [:]
        #expect(parts.slotted == nil)
        var other = subjects[2]
        other.answers = [:]
        #expect(other.slotted != nil, "only facts and parts are mirrored")
        // Equality ignores the slotted copy.
        #expect(Self.unslotted(subjects[3]) == subjects[3])
        #expect(Self.unslotted(subjects[3]).hashValue == subjects[3].hashValue)
    }

    /// Slotted values of another vocabulary are never copied: the layout looks names up instead.
    @Test func anotherVocabularysOrderIsNotCopied() throws {
        let (catalog, subjects) = try Self.workload(seed: 9, missing: 0.1, uncertainty: 0.1)
        var vocabulary = try #require(catalog.vocabularies[subjects[0].kind])
        vocabulary.parts.reverse()
        let layout = SlotLayout(vocabulary)
        #expect(subjects[0].slotted?.order != layout.order)
        let rows = SubjectRows(subjects[0], layout: layout)
        let looked = SubjectRows(Self.unslotted(subjects[0]), layout: layout)
        #expect(rows.parts == looked.parts)
        #expect(rows.facts == looked.facts)
    }

    /// Batch results (columnar engine) from slotted subjects equal those of the same subjects without them.
    @Test func batchResultsAreUnchanged() throws {
        let (catalog, subjects) = try Self.workload(seed: 2022, missing: 0.03, uncertainty: 0.05)
        let evaluator = Evaluator(catalog: catalog)
        let slotted = evaluator.evaluate(subjects, listing: .all)
        let plain = evaluator.evaluate(subjects.map(Self.unslotted), listing: .all)
        #expect(slotted == plain)
        #expect(slotted.count == subjects.count)
    }
}
