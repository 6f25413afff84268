import Foundation
import Testing

@Suite("a11y-rules evaluate, streaming JSON Lines", .serialized)
struct StreamingTests {
    let catalog = CLIRunner.golden.appendingPathComponent("catalog").path

    func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static let goodLine = #"{"subject": {"id": "h1", "kind": "hall", "facts": {"parking_spaces": 50, "accessible_parking_spaces": 1}, "parts": {"ramp": [{"id": "r", "clear_width": "1.1 m", "slope": "1:12", "rise": "0.5 m", "handrails": "both-sides"}], "counter": []}}}"#

    @Test func jsonLinesInJSONLinesOut() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("halls.jsonl")
        let second = Self.goodLine.replacingOccurrences(of: "\"h1\"", with: "\"h2\"").replacingOccurrences(of: "1.1 m", with: "0.9 m")
        try (Self.goodLine + "\n\n" + second + "\n").write(to: input, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["evaluate", input.path, "--format", "jsonl", "--no-builtin", "--catalog", catalog])
        #expect(run.status == 0, "\(run.stderr)")
        // Piped: no progress bar, nothing extra on standard error.
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["format"] as? String == "a11y-rules/subject-result")
        #expect(first["version"] as? Int == 1)
        #expect(first["id"] as? String == "h1")
        let findings = try #require(first["findings"] as? [[String: Any]])
        let location = try #require(findings.first?["location"] as? [String: Any])
        #expect(location["line"] as? Int == 1)
        let secondObject = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        let failed = (secondObject["findings"] as? [[String: Any]])?.filter { $0["outcome"] as? String == "failed" }.compactMap { $0["rule"] as? String }
        #expect(failed == ["T-1:3.4.2#width"])
        let secondLocation = (secondObject["findings"] as? [[String: Any]])?.first?["location"] as? [String: Any]
        #expect(secondLocation?["line"] as? Int == 3)
    }

    @Test func badLinesAreReportedAndTheRunSaysItIsIncomplete() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("halls.jsonl")
        let bad = #"{"subject": {"id": "h9", "kind": "hall", "facts": {"parking_spaces": "many"}}}"#
        try (Self.goodLine + "\n" + bad + "\n{not json\n").write(to: input, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["evaluate", input.path, "--format", "jsonl", "--no-builtin", "--catalog", catalog])
        #expect(run.status == 2)
        #expect(run.stdout.split(separator: "\n").count == 1)
        #expect(run.stderr.contains("halls.jsonl:2:71: error: fact 'parking_spaces': expected a count (a whole number ≥ 0), found 'many'"))
        #expect(run.stderr.contains("halls.jsonl:3:10: error: a mapping written { … } is not closed with '}', or two entries are not separated by ','"))
        #expect(run.stderr.contains("2 subject lines had errors and were not evaluated; the results are incomplete"))
    }

    @Test func jsonDocumentFromAStreamIsOneValidDocument() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("halls.jsonl")
        try (Self.goodLine + "\n").write(to: input, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["evaluate", input.path, "subjects/hall.yaml", "--format", "json", "--no-builtin", "--catalog", catalog])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((object["subjects"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["test-hall", "h1"])
    }

    @Test func foldersOfJSONSubjectsLoad() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.goodLine.write(to: dir.appendingPathComponent("h1.json"), atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["evaluate", dir.path, "--format", "jsonl", "--no-builtin", "--catalog", catalog])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 1)
    }

    /// Listed findings are evaluated in parts sized by how many each subject lists (``BatchParts``): however a
    /// stream is cut into blocks and parts, the output is the same.
    @Test func partsAndBlocksDoNotChangeTheOutput() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let generate = try CLIRunner.run(["bench", "generate", "--rules", "60", "--subjects", "12", "--out", dir.path])
        #expect(generate.status == 0, "\(generate.stderr)")
        let subjects = dir.appendingPathComponent("subjects.jsonl").path, rules = dir.appendingPathComponent("catalog").path
        for findings in ["failed", "all"] {
            var outputs: [String] = []
            for blockSize in [nil, "1", "5"] {
                let run = try CLIRunner.run(["evaluate", subjects, "--no-builtin", "--catalog", rules, "--findings", findings,
                                             "--format", "jsonl"] + (blockSize.map { ["--block-size", $0] } ?? []))
                #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
                #expect(run.stdout.split(separator: "\n").count == 12)
                outputs.append(run.stdout)
            }
            #expect(Set(outputs).count == 1, "--findings \(findings)")
            #expect(outputs[0].contains("\"outcome\":\"failed\""))
        }
    }

    @Test func benchGenerateAndRunAgree() throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let generate = try CLIRunner.run(["bench", "generate", "--rules", "60", "--subjects", "12", "--out", dir.path])
        #expect(generate.status == 0, "\(generate.stderr)")
        let lint = try CLIRunner.run(["test", dir.appendingPathComponent("catalog").path, "--no-builtin"])
        #expect(lint.status == 0, "\(lint.stdout)")
        let run = try CLIRunner.run(["bench", "run", dir.path, "--repetitions", "1"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("outcomes of both paths agree: true"))
    }
}

@Suite("Folder discovery")
struct FolderDiscoveryTests {
    @Test func hiddenFoldersAreSkipped() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-hidden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(".build"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "not: [a, catalog".write(to: dir.appendingPathComponent(".build/debug.yaml"), atomically: true, encoding: .utf8)
        try "vocabulary: {id: x}\n".write(to: dir.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["lint", dir.path, "--no-builtin"])
        #expect(run.status == 0, "\(run.stderr)")
    }
}
