import Foundation
import Testing
import A11yRules
import A11yAdapters

/// What a Swift engineer meets first: errors that say what is wrong, and the stream as a sequence.
@Suite("Library API", .serialized)
final class LibraryAPITests {
    /// This test's own folder of fixtures, removed when the test ends.
    let folder: URL

    init() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-api-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try? Fixture.vocabulary.write(to: url.appendingPathComponent("vocabulary.yaml"), atomically: true, encoding: .utf8)
        try? Fixture.standard.write(to: url.appendingPathComponent("standard.yaml"), atomically: true, encoding: .utf8)
        let card = "scorecard:\n  id: CARD\n  subject: hall\n  indicators:\n    - {id: ramps, points: 10, scoring: share, includes: [\"T-1:3.4.*\"]}\n"
        try? card.write(to: url.appendingPathComponent("card.yaml"), atomically: true, encoding: .utf8)
        let lines = (1...5).map { #"{"subject": {"id": "h\#($0)", "kind": "hall", "parts": {"ramp": [{"id": "r", "clear_width": "1.2 m"}]}}}"# }
        try? (lines.joined(separator: "\n") + "\n").write(to: url.appendingPathComponent("halls.jsonl"), atomically: true, encoding: .utf8)
        try? "subject:\n  id: h\n  kind: hall\n".write(to: url.appendingPathComponent("hall.yaml"), atomically: true, encoding: .utf8)
        folder = url
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func workspace() throws -> Workspace {
        try Workspace.load(catalogs: [path("vocabulary.yaml"), path("standard.yaml"), path("card.yaml")],
                           subjects: [path("hall.yaml")], includeBuiltin: false)
    }

    @Test func anUnknownScorecardIsAnErrorWithASuggestion() throws {
        let workspace = try workspace()
        #expect(!workspace.load.hasErrors, "\(workspace.renderDiagnostics())")
        #expect(throws: UnknownScorecard(id: "CARDS", suggestion: "CARD", known: ["CARD"])) { try workspace.evaluate(scorecards: ["CARDS"]) }
        do {
            _ = try workspace.evaluate(scorecards: ["ELSEWHERE"])
            Issue.record("should throw")
        } catch {
            #expect(error.description == "unknown scorecard 'ELSEWHERE'; loaded scorecards: CARD")
            #expect((error as any Error).localizedDescription == error.description)
        }
        #expect(try workspace.evaluate(scorecards: ["CARD"]).first?.scorecards.map(\.id) == ["CARD"])
    }

    @Test func aJSONLinesPathIsRejectedClearly() {
        do {
            _ = try Workspace.load(subjects: [path("halls.jsonl")], includeBuiltin: false)
            Issue.record("should throw")
        } catch {
            #expect(error.path.hasSuffix("halls.jsonl"))
            #expect(error.reason.contains("SubjectStream"))
            #expect((error as any Error).localizedDescription == error.description)
        }
    }

    @Test func aSubjectStreamIsASequenceOfBlocks() throws {
        let workspace = try workspace()
        let stream = try SubjectStream(path: path("halls.jsonl"), catalog: workspace.catalog)
        stream.blockSize = 2
        var sizes: [Int] = []
        var ids: [String] = []
        for block in stream {
            sizes.append(block.subjects.count)
            ids += block.subjects.map(\.id)
            #expect(block.diagnostics.isEmpty)
        }
        #expect(sizes == [2, 2, 1])
        #expect(ids == ["h1", "h2", "h3", "h4", "h5"])
    }

    /// Every error a library call can hand back prints as words, not as a memberwise dump.
    @Test func errorsDescribeThemselves() throws {
        guard case .failure(let unit) = QuantityLiteral.parse("850 mmm") else { Issue.record("should fail"); return }
        #expect(unit.description == "unknown unit 'mmm' (did you mean 'mm'?)")
        guard case .failure(let csv) = CSVTable.parse("a,\"b\nc") else { Issue.record("should fail"); return }
        #expect(csv.description == "1:3: a quoted cell opened here is never closed")
        do {
            _ = try ResultDocument(json: Array("{".utf8))
            Issue.record("should fail")
        } catch {
            #expect((error as any Error).localizedDescription.hasPrefix("line 1: not valid JSON"))
        }
    }

    @Test func expressionFailuresDescribeThemselves() throws {
        let workspace = try workspace()
        let vocabulary = try #require(workspace.catalog.vocabularies["hall"])
        guard case .failure(let failure) = ExpressionChecker.check("rise <= 60 dBA", vocabulary: vocabulary, part: vocabulary.part("ramp"), tables: []) else {
            Issue.record("should fail")
            return
        }
        #expect(failure.description == "column 12: unknown unit 'dBA'; sound-level units are dB (did you mean 'dB'?)")
        #expect((failure as any Error).localizedDescription == failure.description)
    }
}
