import A11yBenchmarking
import Foundation
import A11yRules
import Testing

/// The part sizes `evaluate` uses when findings are listed (``BatchParts``).
@Suite("Batch parts")
struct BatchPartsTests {
    @Test func firstPartHasOneSubjectPerCore() {
        #expect(BatchParts(largest: 64, cores: 2).size == 2)
        #expect(BatchParts(largest: 64, cores: 8).size == 8)
        // Never more than the largest, never fewer than one.
        #expect(BatchParts(largest: 3, cores: 8).size == 3)
        #expect(BatchParts(largest: 0, cores: 0).size == 1)
    }

    @Test func partsFollowTheFindingsListed() {
        var parts = BatchParts(largest: 64, cores: 2)
        // Few findings a subject: the largest part.
        parts.record(subjects: 2, listedFindings: 200)
        #expect(parts.size == 64)
        // 27,000 a subject (10,000 rules, most failing): four subjects make 108,000 findings, five would pass the aim.
        parts.record(subjects: 64, listedFindings: 64 * 27_000)
        #expect(parts.size == BatchParts.findingsPerPart / 27_000)
        #expect(parts.size == 4)
        // More than the aim in one subject: one subject per core still.
        parts.record(subjects: 4, listedFindings: 4 * 500_000)
        #expect(parts.size == 2)
        // None listed: the largest part; an empty part changes nothing.
        parts.record(subjects: 2, listedFindings: 0)
        #expect(parts.size == 64)
        parts.record(subjects: 0, listedFindings: 10_000_000)
        #expect(parts.size == 64)
    }
}

/// The user guide's batch example (GettingStarted.md, "`BatchParts` sizes parts of a block"), run on a synthetic
/// catalog: parts change size as findings come, and together give what one call over every subject gives.
@Suite("Batch parts: the guide's loop")
struct BatchPartsGuideTests {
    @Test func guideLoopGivesTheResultsOfOneCall() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-parts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let workload = SyntheticWorkload(rules: 80, seed: 31)
        let workspace = Workspace(files: [
            SourceFile(path: "vocabulary.yaml", text: workload.vocabularyYAML()),
            SourceFile(path: "standard.yaml", text: workload.standardYAML()),
        ])
        #expect(!workspace.load.hasErrors)
        let path = folder.appendingPathComponent("halls.jsonl").path
        try (0..<40).map(workload.subjectJSON).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let evaluator = Evaluator(catalog: workspace.catalog)

        // The guide's loop, with `print` collecting instead.
        var collected: [SubjectResult] = []
        var sizes: [Int] = []
        let stream = try SubjectStream(path: path, catalog: workspace.catalog)
        var parts = BatchParts(largest: 64, cores: 2)
        while let block = stream.next(maxSubjects: 16) {
            var start = 0
            while start < block.subjects.count {
                let part = Array(block.subjects[start..<min(block.subjects.count, start + parts.size)])
                sizes.append(part.count)
                let results = evaluator.evaluate(part, listing: .failed)
                parts.record(results)
                collected += results
                start += part.count
            }
        }

        let all = try #require(SubjectStream(path: path, catalog: workspace.catalog).next(maxSubjects: 100))
        #expect(collected == evaluator.evaluate(all.subjects, listing: .failed))
        #expect(collected.count == 40 && collected.contains { !$0.findings.isEmpty })
        // A first part of one subject per core, then parts as large as the block allows (few findings each):
        // the rest of the first block of 16, the second block, the last 8 subjects.
        #expect(sizes == [2, 14, 16, 8])
    }
}
