import Foundation
import Testing

@Suite("a11y-rules, end to end", .serialized)
struct CLITests {
    let fixture = ["--no-builtin", "--catalog", "catalog"]

    @Test func lintCleanFilesExitsZero() throws {
        let run = try CLIRunner.run(["lint", "catalog", "--no-builtin"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "0 errors, 0 warnings (1 standards, 5 rules, 1 scorecards, 0 subjects)\n")
    }

    @Test func lintBrokenFilesPrintsCompilerStyleDiagnostics() throws {
        let run = try CLIRunner.run(["lint", "broken"] + fixture)
        #expect(run.status == 2)
        #expect(run.stderr == (try CLIRunner.expected("lint-broken.txt")))
    }

    @Test func testReportsMismatchesAtTheirLine() throws {
        let run = try CLIRunner.run(["test", "failing"] + fixture)
        #expect(run.status == 1)
        #expect(run.stdout == (try CLIRunner.expected("test-failing.txt")))
    }

    @Test func testPassesOnGoodExamples() throws {
        let run = try CLIRunner.run(["test", "catalog", "--no-builtin"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasSuffix("6 rules, 14 examples: 14 passed, 0 failed\n"))
    }

    @Test func evaluateTextInEnglish() throws {
        let run = try CLIRunner.run(["evaluate", "subjects/hall.yaml", "--lang", "en"] + fixture)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try CLIRunner.expected("evaluate-hall.en.txt")))
    }

    @Test func evaluateTextInChineseByDefault() throws {
        let run = try CLIRunner.run(["evaluate", "subjects/hall.yaml"] + fixture)
        #expect(run.status == 0)
        #expect(run.stdout == (try CLIRunner.expected("evaluate-hall.zh.txt")))
    }

    @Test(arguments: ["zh", "en"])
    func evaluateAnUnsurveyedHall(_ language: String) throws {
        let run = try CLIRunner.run(["evaluate", "subjects/sparse.yaml", "--lang", language] + fixture)
        #expect(run.stdout == (try CLIRunner.expected("evaluate-sparse.\(language).txt")), "\(run.stderr)")
    }

    @Test func evaluateJSONMatchesTheContract() throws {
        let run = try CLIRunner.run(["evaluate", "subjects/hall.yaml", "--format", "json"] + fixture)
        #expect(run.status == 0)
        #expect(run.stdout == (try CLIRunner.expected("evaluate-hall.json")))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "a11y-rules/results")
        #expect(object["version"] as? Int == 1)
        let subject = try #require((object["subjects"] as? [[String: Any]])?.first)
        let finding = try #require((subject["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "T-1:3.4.4#rise" && $0["instance"] as? String == "west" })
        #expect(finding["outcome"] as? String == "failed")
        #expect(finding["expected"] as? String == "rise <= 0.6 m")
        #expect((finding["observed"] as? [String: String])?["slope"] == "1:10")
        #expect(finding["clause"] as? String == "T-1:3.4.4")
        #expect(finding["part"] as? String == "ramp")
        let location = try #require(finding["location"] as? [String: Any])
        #expect(location["file"] as? String == "subjects/hall.yaml")
        #expect(location["line"] as? Int == 11)
    }

    @Test func failOnGivesExitOne() throws {
        let run = try CLIRunner.run(["evaluate", "subjects/hall.yaml", "--fail-on", "error", "--format", "json"] + fixture)
        #expect(run.status == 1)
    }

    @Test func explainShowsARule() throws {
        let run = try CLIRunner.run(["explain", "T-1:3.4.4#rise", "--lang", "en"] + fixture)
        #expect(run.status == 0)
        #expect(run.stdout.contains("check: rise <= ramp-max-rise(slope)"))
        #expect(run.stdout.contains("when: slope <= 1:8"))
        #expect(run.stdout.contains("example failed: {rise: 0.65 m, slope: 1:10}"))
    }

    @Test func unknownIdsSuggest() throws {
        let run = try CLIRunner.run(["explain", "T-1:3.4.4#rize"] + fixture)
        #expect(run.status == 64)
        #expect(run.stderr.contains("did you mean 'T-1:3.4.4#rise'?"))
    }

    @Test func missingPathExits66() throws {
        let run = try CLIRunner.run(["evaluate", "subjects/nowhere.yaml"] + fixture)
        #expect(run.status == 66)
        #expect(run.stderr == "subjects/nowhere.yaml: error: no such file or folder\n")
    }

    @Test func badSubjectExitsTwoAndEvaluatesNothing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "subject:\n  id: x\n  kind: hall\n  facts: {parking_spaces: lots}\n".write(to: dir.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["evaluate", dir.appendingPathComponent("x.yaml").path, "--no-builtin", "--catalog", CLIRunner.golden.appendingPathComponent("catalog").path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("x.yaml:4:27: error: fact 'parking_spaces': expected a count (a whole number ≥ 0), found 'lots'"))
    }

    @Test func builtinCatalogsLoadByDefault() throws {
        let run = try CLIRunner.run(["lint", "subjects"])
        // The shipped catalogs are loaded; the test subject's kind 'hall' is not among them.
        #expect(run.stderr.contains("unknown subject kind 'hall'"))
    }
}
