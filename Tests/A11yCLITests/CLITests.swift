import Foundation
import Testing

@Suite("a11y-rules, end to end", .serialized)
struct CLITests {
    let fixture = ["--no-builtin", "--catalog", "catalog"]

    @Test func lintCleanFilesExitsZero() throws {
        let run = try CLIRunner.run(["lint", "catalog", "--no-builtin"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout == "0 errors, 0 warnings (1 standard, 5 rules, 1 scorecard, 0 subjects)\n")
    }

    @Test func lintBrokenFilesPrintsCompilerStyleDiagnostics() throws {
        let run = try CLIRunner.run(["lint", "broken"] + fixture)
        #expect(run.status == 2)
        #expect(run.stderr == (try CLIRunner.expected("lint-broken.txt")))
        #expect(run.stdout == "3 errors, 0 warnings (2 standards, 5 rules, 1 scorecard, 0 subjects)\n")
    }

    /// A file that does not parse is reported first, in plain words, with its line and a caret; the
    /// error it causes elsewhere (a standard naming the vocabulary the broken file defines) is held back.
    @Test func yamlSyntaxErrorsComeFirstAndTheirConsequencesAreHeldBack() throws {
        let run = try CLIRunner.run(["lint", "syntax", "--no-builtin"])
        #expect(run.status == 2)
        #expect(run.stderr == (try CLIRunner.expected("lint-syntax.txt")))
        #expect(run.stdout == "2 errors, 0 warnings (0 standards, 0 rules, 0 scorecards, 0 subjects)\n")
    }

    /// What lint catches beyond names and types: rules and a question in one clause, a reversed range,
    /// a placeholder the rule never fills (at its own line), unknown units, functions and unquoted enum
    /// values, an unreachable grade, an unknown `extends` (at its value), an expired waiver.
    @Test func lintCatchesMistakesThatCheckCleanlyElsewhere() throws {
        let run = try CLIRunner.run(["lint", "lint"] + fixture)
        #expect(run.status == 2)
        #expect(run.stderr == (try CLIRunner.expected("lint-mistakes.txt")))
        #expect(run.stdout == "7 errors, 3 warnings (2 standards, 6 rules, 2 scorecards, 1 subject)\n")
    }

    /// A waiver with no `instance` that also covers passing instances is worth a warning: it would
    /// waive their later failures too. The expired waiver of the hall fixture is reported as well.
    @Test func lintWarnsOfWaiversWiderThanTheirFailures() throws {
        let run = try CLIRunner.run(["lint", "waivers", "subjects"] + fixture)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == """
            subjects/hall.yaml:17:5: warning: the waiver of 'T-1:3.15.2#height' ran until 2022-10-31, before this subject was assessed (2022-11-15), so it waives nothing; renew its 'until' or remove it
                "T-1:3.15.2#height": {reason: counter to be replaced, until: 2022-10-31}
                ^~~~~~~~~~~~~~~~~
            waivers/broad-waiver.yaml:10:5: warning: the waiver of 'T-1:3.4.2#width' names no instance, so it covers all 2 findings of the rule, including passing east; add 'instance: ID' for the one it is meant for
                "T-1:3.4.2#width": {reason: west ramp to be rebuilt, until: 2023-06-30}
                ^~~~~~~~~~~~~~~

            """)
        #expect(try CLIRunner.run(["lint", "--strict", "waivers"] + fixture).status == 2)
    }

    @Test func testAndLintPrintTheirSummariesToTheSameStream() throws {
        let lint = try CLIRunner.run(["lint", "catalog", "--no-builtin"])
        let test = try CLIRunner.run(["test", "catalog", "--no-builtin"])
        #expect(lint.stdout.hasSuffix("0 subjects)\n") && test.stdout.hasSuffix("14 examples: 14 passed, 0 failed\n"))
        #expect(lint.stderr.isEmpty && test.stderr.isEmpty)
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
