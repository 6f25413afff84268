import Foundation
import Testing
import A11yRules

/// `SubjectStream` in blocks of any sizes (changing from call to call) gives the same subjects,
/// diagnostics (with their lines and columns), duplicate checks and progress as reading every line on
/// its own: the contract any faster stream (read-ahead, parallel hand-off) must keep.
@Suite("SubjectStream in blocks of any size")
final class SubjectStreamBlockTests {
    /// 300 lines: blank lines, a line with a bad value, one that is not JSON, a duplicate of an earlier subject.
    static let text: String = {
        var lines: [String] = []
        for index in 1...300 {
            switch index {
            case 5, 150: lines.append("")
            case 77: lines.append(#"{"subject": {"id": "bad", "kind": "hall", "parts": {"ramp": [{"clear_width": "wide"}]}}}"#)
            case 140: lines.append(#"{"subject": {"id": "h1", "kind": "hall"}}"#)
            case 201: lines.append(#"{"subject": {"id": "broken""#)
            default:
                lines.append(#"{"subject": {"id": "h\#(index)", "kind": "hall", "name": {"zh": "大厅\u5385\#(index)"}, "parts": {"ramp": [{"id": "r", "clear_width": "\#(index) mm"}, {"clear_width": "1.\#(index) m ± 0.02 m"}]}}}"#)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// The lines in a file of this test's own, removed when the test ends.
    let file: String

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-stream-\(UUID().uuidString).jsonl")
        try Self.text.write(to: url, atomically: true, encoding: .utf8)
        file = url.path
    }

    deinit { try? FileManager.default.removeItem(atPath: file) }

    func catalog() throws -> Catalog {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-stream-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let vocabulary = folder.appendingPathComponent("vocabulary.yaml"), standard = folder.appendingPathComponent("standard.yaml")
        try Fixture.vocabulary.write(to: vocabulary, atomically: true, encoding: .utf8)
        try Fixture.standard.write(to: standard, atomically: true, encoding: .utf8)
        return try Workspace.load(catalogs: [vocabulary.path, standard.path], includeBuiltin: false).catalog
    }

    /// Reads the whole file in blocks of the given sizes (the last size repeats); `keep` holds every block.
    func read(_ sizes: [Int], catalog: Catalog, keep: Bool) throws -> (subjects: [Subject], diagnostics: [String], firstLines: [Int], stream: SubjectStream) {
        let stream = try SubjectStream(path: file, catalog: catalog)
        var subjects: [Subject] = [], diagnostics: [String] = [], firstLines: [Int] = [], kept: [SubjectStream.Block] = []
        var round = 0
        while let block = stream.next(maxSubjects: sizes[min(round, sizes.count - 1)]) {
            round += 1
            subjects += block.subjects
            diagnostics += block.diagnostics.map { "\($0.id) \($0.location.line):\($0.location.column)" }
            firstLines.append(block.firstLine)
            if keep { kept.append(block) }
        }
        #expect(stream.next(maxSubjects: 10) == nil)
        #expect(kept.isEmpty || kept.flatMap(\.subjects) == subjects)
        return (subjects, diagnostics, firstLines, stream)
    }

    @Test func blocksOfAnySizeReadTheSameAsLineByLine() throws {
        let catalog = try catalog()
        // The reference: every line read on its own, duplicates checked by hand.
        let reader = SubjectReader(catalog: catalog)
        var expected: [Subject] = [], expectedDiagnostics: [String] = []
        for (index, line) in Self.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let read = reader.read(Array(line.utf8), path: file, line: index + 1)
            expectedDiagnostics += read.diagnostics.map { "\($0.id) \($0.location.line):\($0.location.column)" }
            guard let subject = read.subject else { continue }
            if expected.contains(where: { $0.id == subject.id }) {
                expectedDiagnostics.append("catalog.duplicate-id \(subject.location.line):\(subject.location.column)")
            } else {
                expected.append(subject)
            }
        }
        #expect(expected.count == 295)
        #expect(expectedDiagnostics.contains { $0.hasPrefix("catalog.duplicate-id 140:") })
        #expect(expectedDiagnostics.contains { $0.contains(" 77:") })
        let size = Self.text.utf8.count
        for (sizes, keep) in [([1_000], false), ([64], false), ([100, 7, 150, 1, 64], false), ([70, 3], true), ([1], false)] {
            let read = try read(sizes, catalog: catalog, keep: keep)
            #expect(read.subjects == expected, "blocks of \(sizes)")
            #expect(read.subjects.map(\.location) == expected.map(\.location))
            #expect(read.diagnostics == expectedDiagnostics, "blocks of \(sizes)")
            #expect(read.firstLines.first == 1)
            #expect(read.stream.linesRead == 300 && read.stream.bytesRead == size, "blocks of \(sizes)")
        }
    }

    @Test func progressCountsOnlyTheLinesHandedOut() throws {
        let stream = try SubjectStream(path: file, catalog: try catalog())
        let first = try #require(stream.next(maxSubjects: 10))
        #expect(first.subjects.count == 10)
        // Lines 1...11 (line 5 is blank): a stream that reads ahead must not count what it has not handed out.
        #expect(stream.linesRead == 11)
        let second = try #require(stream.next(maxSubjects: 10))
        #expect(second.firstLine == 12)
        #expect(stream.linesRead == 21)
    }
}
