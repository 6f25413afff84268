import Foundation
import Testing

/// The two report fields with no source in a subject file: OpenACR's author (`--assessor`) and JUnit's
/// required timestamp for a subject with no assessed date (`SOURCE_DATE_EPOCH`).
@Suite("Report author and time")
struct ReportAuthorAndTimeTests {
    /// A subject without an `assessed` date, as JSON Lines in a fresh folder.
    static func undatedSubject() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-undated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let line = #"{"subject": {"id": "s1", "kind": "hall", "name": {"zh": "甲"}, "facts": {"parking_spaces": 10, "accessible_parking_spaces": 0}}}"#
        let input = dir.appendingPathComponent("subjects.jsonl")
        try (line + "\n").write(to: input, atomically: false, encoding: .utf8)
        return input
    }

    @Test func junitTimestampFollowsSourceDateEpoch() throws {
        let input = try Self.undatedSubject()
        defer { try? FileManager.default.removeItem(at: input.deletingLastPathComponent()) }
        let arguments = ["evaluate", input.path, "--format", "junit", "--no-builtin", "--catalog", "catalog"]
        let first = try CLIRunner.runShell("SOURCE_DATE_EPOCH=86400 exec \"$0\" \"$@\"", arguments: arguments)
        let second = try CLIRunner.runShell("SOURCE_DATE_EPOCH=86400 exec \"$0\" \"$@\"", arguments: arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("timestamp=\"1970-01-02T00:00:00\""), "\(first.stdout)")
        #expect(first.stdout == second.stdout)
    }

    @Test func junitTimestampIsTheAssessedDateWhenThereIsOne() throws {
        let run = try CLIRunner.runShell("SOURCE_DATE_EPOCH=86400 exec \"$0\" \"$@\"",
                                         arguments: ["evaluate", "subjects/hall.yaml", "--format", "junit", "--no-builtin", "--catalog", "catalog"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("timestamp=\"2022-11-15T00:00:00\""))
        #expect(!run.stdout.contains("1970-01-02"))
    }

    @Test func openACRNamesTheAssessorGiven() throws {
        let root = ReportGoldenTests.root
        let run = try CLIRunner.run(["evaluate", "Examples/online/yingde-website.yaml", "--format", "openacr",
                                     "--assessor", "清远市政务服务数据管理局", "--assessor-email", "audit@example.org"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("author:\n  name: \"清远市政务服务数据管理局\"\n  email: \"audit@example.org\"\n"), "\(run.stdout.prefix(600))")
        let unnamed = try CLIRunner.run(["evaluate", "Examples/online/yingde-website.yaml", "--format", "openacr"], in: root)
        #expect(unnamed.stdout.contains("author:\n  name: \"评估单位（请填写）\"\n  email: \"\"\n"))
    }

    @Test(arguments: [
        (["--assessor-email", "a@b.org"], "--assessor-email needs --assessor"),
        (["--assessor", "甲", "--assessor-email", "not-an-address"], "is not an e-mail address"),
        (["--assessor", "  "], "--assessor is empty"),
    ])
    func badAssessorOptionsAreUsageErrors(_ options: [String], _ message: String) throws {
        let run = try CLIRunner.run(["evaluate", "subjects/hall.yaml", "--format", "openacr", "--no-builtin", "--catalog", "catalog"] + options)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }
}
