import Foundation
import Testing

/// Issue 9, defect 14: one file reached twice is one file; a subject given twice in a JSON Lines file is an
/// error at the second line; and the JSON result lists the lines it skipped, so it never reads as complete.
@Suite("Input identity and skipped lines", .serialized)
struct InputIdentityTests {
    let catalog = CLIRunner.golden.appendingPathComponent("catalog").path

    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-identity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func line(_ id: String, assessed: String = "2022-11-01") -> String {
        StreamingTests.goodLine.replacingOccurrences(of: #""id": "h1", "kind""#, with: #""id": "\#(id)", "assessed": "\#(assessed)", "kind""#)
    }

    @Test func aHardLinkToASubjectGivenAsCatalogIsNotADuplicateOfItself() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let subject = dir.appendingPathComponent("hall.yaml"), link = dir.appendingPathComponent("same-hall.yaml")
        try FileManager.default.copyItem(at: CLIRunner.golden.appendingPathComponent("subjects/hall.yaml"), to: subject)
        try FileManager.default.linkItem(at: subject, to: link)
        let run = try CLIRunner.run(["evaluate", subject.path, "--catalog", link.path, "--format", "json", "--no-builtin", "--catalog", catalog])
        #expect(!run.stderr.contains("given twice"), "\(run.stderr)")
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func aSubjectGivenTwiceInJSONLinesIsAnErrorAtTheSecondLineAndTheJSONSaysSo() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("halls.jsonl")
        // Line 3 repeats line 1; line 2 is the same hall on another day (a history, allowed); line 4 is broken.
        let text = [line("h1"), line("h1", assessed: "2022-12-01"), line("h1"), "{\"subject\": {", line("h2")].joined(separator: "\n") + "\n"
        try text.write(to: input, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["evaluate", input.path, "--format", "json", "--no-builtin", "--catalog", catalog])
        #expect(run.status == 2)
        #expect(run.stderr.contains("halls.jsonl:3:13: error: subject 'h1' assessed on 2022-11-01 is given twice (lines 1 and 3); this line is not evaluated"), "\(run.stderr)")
        #expect(run.stderr.contains("halls.jsonl:1:13: note: first given here"), "\(run.stderr)")
        #expect(run.stderr.contains("2 subject lines had errors"), "\(run.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((document["subjects"] as? [Any])?.count == 3)
        let skipped = try #require(document["skipped"] as? [[String: Any]])
        #expect(skipped.map { $0["line"] as? Int } == [3, 4])
        #expect(skipped.allSatisfy { $0["file"] as? String == input.path })
        let reasons = skipped.first?["reasons"] as? [[String: Any]]
        #expect(reasons?.first?["id"] as? String == "catalog.duplicate-id")
    }

    @Test func aCompleteJSONResultHasNoSkippedMember() throws {
        let run = try CLIRunner.run(["evaluate", "subjects/hall.yaml", "--format", "json", "--no-builtin", "--catalog", "catalog"])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\"skipped\""))
    }
}
