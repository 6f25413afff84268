import Foundation
import Testing

/// The user guide's examples, run as written: every YAML block that starts with a `# path` comment is
/// saved at that path in a scratch folder (next to the package's Examples/), then every `a11y-rules`
/// command of the article's shell blocks is run there and must exit 0.
@Suite("DocC articles: the examples run as written", .serialized)
struct DocSnippetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let docc = root.appendingPathComponent("DocC/A11yRules.docc")

    /// The fenced blocks of one language in an article.
    static func blocks(_ article: String, language: String) throws -> [String] {
        let text = try String(contentsOf: docc.appendingPathComponent(article), encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```\(language)" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// Writes the articles' `# path` YAML blocks into a new scratch folder and returns it.
    static func scratch(for articles: String...) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Examples"), withDestinationURL: root.appendingPathComponent("Examples"))
        for block in try articles.flatMap({ try blocks($0, language: "yaml") }) {
            guard block.hasPrefix("# "), let end = block.firstIndex(of: "\n") else { continue }
            let path = String(block[block.index(block.startIndex, offsetBy: 2)..<end])
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try block.write(to: file, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// The `a11y-rules …` commands of the article's shell blocks, as argument lists.
    static func commands(_ article: String) throws -> [[String]] {
        try blocks(article, language: "sh").flatMap { $0.split(separator: "\n") }
            .filter { $0.hasPrefix("a11y-rules ") }
            .map { $0.split(separator: " ").dropFirst().map(String.init) }
    }

    @Test func writingCustomRulesRunsAsWritten() throws {
        let folder = try Self.scratch(for: "WritingCustomRules.md")
        defer { try? FileManager.default.removeItem(at: folder) }
        let commands = try Self.commands("WritingCustomRules.md")
        #expect(commands.count >= 6)
        for arguments in commands {
            let run = try CLIRunner.run(arguments, in: folder)
            #expect(run.status == 0, "a11y-rules \(arguments.joined(separator: " ")) exited \(run.status):\n\(run.stderr.prefix(2000))")
        }
        // The derived scorecard the article describes is what the loader builds.
        let explain = try CLIRunner.run(["explain", "SLS-QY-hall", "--catalog", "example-city-rules", "--lang", "en"], in: folder)
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("2.1.1-lift") && explain.stdout.contains("35 points") && !explain.stdout.contains("2.3.2-remote"))
    }

    @Test func rollingUpAProgrammeRunsAsWritten() throws {
        let folder = try Self.scratch(for: "RollingUpAProgramme.md")
        defer { try? FileManager.default.removeItem(at: folder) }
        let commands = try Self.commands("RollingUpAProgramme.md")
        #expect(commands.count >= 9)
        for arguments in commands {
            let run = try CLIRunner.run(arguments, in: folder)
            #expect(run.status == 0, "a11y-rules \(arguments.joined(separator: " ")) exited \(run.status):\n\(run.stderr.prefix(2000))")
        }
        let form = try String(contentsOf: folder.appendingPathComponent("progress-form.csv"), encoding: .utf8)
        #expect(form.contains("2022-12-28,佛冈县,二(一)1"))
    }

    @Test func gettingStartedRunsAsWritten() throws {
        let folder = try Self.scratch(for: "GettingStarted.md")
        defer { try? FileManager.default.removeItem(at: folder) }
        let commands = try Self.commands("GettingStarted.md")
        #expect(commands.count >= 3)
        let article = try String(contentsOf: Self.docc.appendingPathComponent("GettingStarted.md"), encoding: .utf8)
        for arguments in commands {
            let run = try CLIRunner.run(arguments, in: folder)
            #expect(run.status == 0, "a11y-rules \(arguments.joined(separator: " ")) exited \(run.status):\n\(run.stderr.prefix(2000))")
            // The summary the article quotes is the one lint prints.
            if arguments.first == "lint" { #expect(article.contains("`\(run.stdout.dropLast())`"), "\(run.stdout)") }
        }
    }

    /// TheRulesDSL and Scoring build one demo catalog between them (Scoring's scorecards score the
    /// DSL article's `demo-hall`): it lints without a warning, its examples pass, its subject evaluates.
    @Test func theRulesDSLAndScoringExamplesCheckCleanly() throws {
        let folder = try Self.scratch(for: "TheRulesDSL.md", "Scoring.md")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lint = try CLIRunner.run(["lint", "--strict", "--no-builtin", "demo", "demo-more", "subjects"], in: folder)
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(lint.stdout.contains("2 standards, 5 rules, 2 scorecards, 1 subject"), "\(lint.stdout)")
        let test = try CLIRunner.run(["test", "--no-builtin", "demo", "demo-more"], in: folder)
        #expect(test.status == 0, "\(test.stdout)")
        let evaluate = try CLIRunner.run(["evaluate", "--no-builtin", "--catalog", "demo", "--catalog", "demo-more", "subjects"], in: folder)
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
    }

    /// Every example id of TheRulesDSL's "Ids" table names something the shipped catalogs define.
    @Test func theIdsTableNamesRealIds() throws {
        let text = try String(contentsOf: Self.docc.appendingPathComponent("TheRulesDSL.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "### Ids\n").dropFirst().first?.components(separatedBy: "\n### ").first)
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Id ") }
        #expect(rows.count >= 8)
        for row in rows {
            let example = row.split(separator: "|").last ?? ""
            for id in example.split(separator: "`").enumerated().filter({ $0.offset % 2 == 1 }).map({ String($0.element) }) {
                let run = try CLIRunner.run(["explain", id], in: Self.root)
                #expect(run.status == 0, "explain \(id): \(run.stderr)")
            }
        }
    }

    /// The shipped examples lint clean, lint-only checks included (the Qingcheng lift waiver once
    /// covered every lift, passing ones too).
    @Test func shippedExamplesLintClean() throws {
        let run = try CLIRunner.run(["lint", "--strict", "Examples"], in: Self.root)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }
}
