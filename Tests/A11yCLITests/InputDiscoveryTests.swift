import Foundation
import Testing

/// Issue 9, defects 8, 9 and 14: no silent skips while finding the files, numeric options checked,
/// and a file reached twice read once.
@Suite("Finding the input files", .serialized)
struct InputDiscoveryTests {
    let fixture = ["--no-builtin", "--catalog", "catalog"]

    /// A fresh folder under the temporary directory, holding a copy of the golden catalog.
    func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-discovery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.golden.appendingPathComponent("catalog"), to: folder.appendingPathComponent("real"))
        return folder
    }

    @Test func aSymlinkedCatalogFolderIsFollowedAndALoopEnteredOnce() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("linked").path, withDestinationPath: folder.appendingPathComponent("real").path)
        // A link inside the tree back to its own top: must not loop, must not load anything twice.
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("real/loop").path, withDestinationPath: folder.appendingPathComponent("real").path)
        let run = try CLIRunner.run(["lint", folder.appendingPathComponent("linked").path, "--no-builtin"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "0 errors, 0 warnings (1 standard, 5 rules, 1 scorecard, 0 subjects)\n")
    }

    @Test func aDanglingYAMLSymlinkIsAnUnreadablePath() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("real/gone.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.appendingPathComponent("nowhere.yaml").path)
        let run = try CLIRunner.run(["lint", folder.appendingPathComponent("real").path, "--no-builtin"])
        #expect(run.status == 66)
        #expect(run.stderr == "\(link): error: a symbolic link to nothing (its target does not exist)\n")
    }

    @Test(.enabled(if: getuid() != 0, "root reads every folder"))
    func anUnreadableSubfolderIsAnUnreadablePath() throws {
        let folder = try scratch()
        defer {
            chmod(folder.appendingPathComponent("real/locked").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let locked = folder.appendingPathComponent("real/locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0)
        let run = try CLIRunner.run(["lint", folder.appendingPathComponent("real").path, "--no-builtin"])
        #expect(run.status == 66)
        #expect(run.stderr.contains("\(locked.path): error: cannot"))
    }

    @Test func aFolderWithNoRuleFileIsAWarningAndAnErrorUnderStrict() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lint = try CLIRunner.run(["lint", folder.path, "--no-builtin"])
        #expect(lint.status == 0)
        #expect(lint.stderr == "\(folder.path): warning: no rule file (.yaml or .yml) found here\n")
        #expect(lint.stdout.hasPrefix("0 errors, 1 warning"))
        let strict = try CLIRunner.run(["lint", folder.path, "--no-builtin", "--strict"])
        #expect(strict.status == 2)
        #expect(strict.stderr == "\(folder.path): error: no rule file (.yaml or .yml) found here\n")
        let test = try CLIRunner.run(["test", folder.path, "--no-builtin", "--strict"])
        #expect(test.status == 2)
    }

    @Test(arguments: [
        (["--block-size", "0"], "--block-size must be at least 1, not 0"),
        (["--block-size", "-1"], "--block-size must be at least 1, not -1"),
        (["--block-size", "99999999"], "--block-size must be at most 1000000, not 99999999"),
    ])
    func numericOptionsAreChecked(option: [String], message: String) throws {
        let run = try CLIRunner.run(["evaluate", "subjects/hall.yaml"] + option + fixture)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func benchOptionsAreChecked() throws {
        let run = try CLIRunner.run(["bench", "generate", "--rules", "0", "-o", "/nonexistent"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--rules must be at least 1, not 0"), "\(run.stderr)")
        let rate = try CLIRunner.run(["bench", "generate", "--uncertainty", "nan", "-o", "/nonexistent"])
        #expect(rate.status == 64)
    }

    @Test func aFileGivenAsCatalogAndAsSubjectIsNotADuplicateOfItself() throws {
        let run = try CLIRunner.run(["evaluate", "subjects/hall.yaml", "--catalog", "subjects/hall.yaml", "--format", "json"] + fixture)
        #expect(!run.stderr.contains("given twice"), "\(run.stderr)")
        #expect(run.status == 0, "\(run.stderr)")
    }
}

/// Issue 9, defect 15: `lint` and `test` give their diagnostics as a versioned JSON document.
@Suite("Diagnostics as JSON", .serialized)
struct DiagnosticsJSONTests {
    let fixture = ["--no-builtin", "--catalog", "catalog"]

    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func lintGivesEveryDiagnosticWithItsPosition() throws {
        let run = try CLIRunner.run(["lint", "broken", "--format", "json"] + fixture)
        #expect(run.status == 2)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let document = try object(run.stdout)
        #expect(document["format"] as? String == "a11y-rules/diagnostics")
        #expect(document["version"] as? Int == 1)
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(!diagnostics.isEmpty)
        let first = try #require(diagnostics.first)
        #expect(first["severity"] as? String == "error")
        let location = try #require(first["location"] as? [String: Any])
        #expect((location["line"] as? Int ?? 0) >= 1)
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == diagnostics.filter { $0["severity"] as? String == "error" }.count)
    }

    /// Defect 15, SARIF: the same diagnostics as the JSON document, as SARIF 2.1.0 results (the schema itself
    /// is checked by Scripts/validate-outputs.sh).
    @Test(arguments: [(["lint", "broken"], Int32(2)), (["test", "failing"], Int32(1))])
    func lintAndTestGiveSARIF(command: [String], status: Int32) throws {
        let sarif = try CLIRunner.run(command + ["--format", "sarif"] + fixture)
        let json = try CLIRunner.run(command + ["--format", "json"] + fixture)
        #expect(sarif.status == status)
        let log = try object(sarif.stdout)
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let diagnostics = try #require(try object(json.stdout)["diagnostics"] as? [[String: Any]])
        #expect(!results.isEmpty && results.count == diagnostics.count)
        for (result, diagnostic) in zip(results, diagnostics) {
            #expect(result["ruleId"] as? String == diagnostic["id"] as? String)
            #expect(result["level"] as? String == diagnostic["severity"] as? String)
            let place = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let region = place?["region"] as? [String: Any]
            let location = diagnostic["location"] as? [String: Any]
            #expect(region?["startLine"] as? Int == location?["line"] as? Int)
            #expect(region?["startColumn"] as? Int == location?["column"] as? Int)
        }
    }

    @Test func testGivesEachMismatchAndTheCounts() throws {
        let run = try CLIRunner.run(["test", "failing", "--format", "json"] + fixture)
        #expect(run.status == 1)
        let document = try object(run.stdout)
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0["id"] as? String == "test.example-failed" })
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["failed"] as? Int == diagnostics.count)
    }
}
