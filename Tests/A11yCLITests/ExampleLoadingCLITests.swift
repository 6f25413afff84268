import Foundation
import Testing

/// `evaluate` does not read the rules' examples; `lint`, `test` and `explain` still report every bad
/// example with its file, line and column (CommandLine: "What gets loaded").
@Suite("a11y-rules, examples are read by lint and test, not by evaluate", .serialized)
struct ExampleLoadingCLITests {
    /// A catalog whose one rule has a misspelt attribute in its fail example, and a hall to evaluate.
    static func workspace() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("catalog"), withIntermediateDirectories: true)
        let files = [
            "catalog/vocabulary.yaml": """
            vocabulary:
              id: hall
              title: {zh: 测试大厅, en: Test hall}
              parts:
                ramp:
                  attributes:
                    clear_width: {type: length, unit: m}
            """,
            "catalog/standard.yaml": """
            standard:
              id: T-1
              title: {zh: 测试标准, en: Test standard}
              type: local
              vocabulary: hall
              clauses:
                - clause: "1"
                  obligation: shall
                  rules:
                    - id: width
                      for: ramp
                      check: clear_width >= 1.00 m
                      message: {zh: "宽度不足", en: "too narrow"}
                      examples:
                        pass: [{clear_width: 1.2 m}]
                        fail: [{clear_widht: 0.9 m}]
            """,
            "hall.yaml": """
            subject:
              id: h1
              kind: hall
              parts:
                ramp:
                  - {id: r1, clear_width: 0.9 m}
            """,
        ]
        for (path, text) in files { try (text + "\n").write(to: dir.appendingPathComponent(path), atomically: true, encoding: .utf8) }
        return dir
    }

    static let diagnostic = "catalog/standard.yaml:16:21: error: unknown attribute 'clear_widht' of part 'ramp' (did you mean 'clear_width'?)"

    @Test func lintTestAndExplainReportTheBadExampleWithItsPosition() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        for arguments in [["lint", "catalog"], ["test", "catalog"], ["explain", "T-1:1#width", "--catalog", "catalog"]] {
            let command = arguments[0]
            let run = try CLIRunner.run(arguments + ["--no-builtin"], in: dir)
            #expect(run.status == 2, "\(command): \(run.stderr)")
            #expect((run.stdout + run.stderr).contains(Self.diagnostic), "\(command): \(run.stdout)\(run.stderr)")
        }
    }

    @Test func evaluateDoesNotReadExamples() throws {
        let dir = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["evaluate", "hall.yaml", "--no-builtin", "--catalog", "catalog", "--format", "summary", "--lang", "en"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("clear_widht"))
        #expect(run.stdout.contains("h1\t-\t-\t-\t-\t-\t-\t-\t1\t0"))
    }
}
