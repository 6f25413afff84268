import Foundation
import Testing

/// Every report format on the shipped examples, in Chinese and English, against golden files
/// (`Golden/expected/reports/EXAMPLE.LANG.FORMAT`). Regenerate with
/// `Scripts/regenerate-report-goldens.sh`, then read the diff before accepting it.
@Suite("Report formats, golden files")
struct ReportGoldenTests {
    /// The repository root, where the examples are (the CLI runs there, so paths in reports are relative).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Case: CustomTestStringConvertible, Sendable {
        var example: String
        var format: String
        var lang: String
        var testDescription: String { "\(example) --format \(format) --lang \(lang)" }
        var golden: String { "reports/\((example as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: "")).\(lang).\(format)" }
    }

    /// The same list as Scripts/regenerate-report-goldens.sh: the facility formats on a hall, every format on a website.
    static let cases: [Case] = {
        let hall = ["text", "summary", "csv-summary", "markdown", "html"]
        let website = ["sarif", "junit", "csv", "csv-summary", "summary", "markdown", "html", "earl", "openacr"]
        return ["zh", "en"].flatMap { lang in
            hall.map { Case(example: "Examples/halls/qingcheng.yaml", format: $0, lang: lang) }
                + website.map { Case(example: "Examples/online/yingde-website.yaml", format: $0, lang: lang) }
        }
    }()

    /// A golden file's exact text (Foundation's `String(contentsOf:)` would drop a CSV's byte order mark).
    static func golden(_ name: String) throws -> String {
        let url = CLIRunner.golden.appendingPathComponent("expected").appendingPathComponent(name)
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    @Test(arguments: cases)
    func reportMatchesGolden(_ c: Case) throws {
        let run = try CLIRunner.run(["evaluate", c.example, "--format", c.format, "--lang", c.lang], in: Self.root)
        #expect(run.status == 0, "\(run.stderr)")
        let expected = try Self.golden(c.golden)
        #expect(run.stdout == expected, "differs from \(c.golden); run Scripts/regenerate-report-goldens.sh and read the diff")
    }

    @Test func chineseIsTheDefault() throws {
        let run = try CLIRunner.run(["evaluate", "Examples/halls/qingcheng.yaml", "--format", "html"], in: Self.root)
        #expect(run.stdout == (try Self.golden("reports/qingcheng.zh.html")))
        #expect(run.stdout.contains("<html lang=\"zh-CN\">"))
    }

    @Test func htmlReportWritesThroughDashO() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.html").path
        let run = try CLIRunner.run(["evaluate", "Examples/halls/qingcheng.yaml", "--format", "html", "-o", path], in: Self.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == (try Self.golden("reports/qingcheng.zh.html")))
    }

    @Test func csvStartsWithByteOrderMarkAndUsesCRLF() throws {
        let run = try CLIRunner.run(["evaluate", "Examples/online/yingde-website.yaml", "--format", "csv"], in: Self.root)
        let bytes = Array(run.stdout.utf8)
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        let records = run.stdout.components(separatedBy: "\r\n")
        #expect(records.first?.hasPrefix("\u{FEFF}对象编号,对象名称,标准,条款") == true)
        #expect(!run.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    }

    @Test func unknownFormatListsTheFormats() throws {
        let run = try CLIRunner.run(["evaluate", "Examples/halls/qingcheng.yaml", "--format", "pdf"], in: Self.root)
        #expect(run.status == 64)
        #expect(run.stderr.contains("'pdf'"))
        for format in ["text", "json", "jsonl", "summary", "sarif", "junit", "csv", "csv-summary", "markdown", "html", "earl", "openacr"] {
            #expect(run.stderr.contains(format), "\(format) not listed in: \(run.stderr)")
        }
    }

    @Test func everyFormatStreamsJSONLines() throws {
        // Subjects from a JSON Lines file go through every reporter like documents do.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("a11y-jsonl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let line = #"{"subject": {"id": "S", "kind": "hall", "name": {"zh": "甲"}, "facts": {"parking_spaces": 10, "accessible_parking_spaces": 0}}}"#
        let input = dir.appendingPathComponent("subjects.jsonl")
        try (0..<5).map { line.replacingOccurrences(of: "\"S\"", with: "\"s\($0)\"") }.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        for format in ["summary", "csv", "junit", "csv-summary", "sarif", "earl", "markdown", "html", "openacr"] {
            let run = try CLIRunner.run(["evaluate", input.path, "--format", format, "--no-builtin", "--catalog", "catalog"])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            if format == "summary" { #expect(run.stdout.split(separator: "\n").count == 6) }
            if format == "csv" { #expect(run.stdout.contains("s4,甲,T-1")) }
        }
    }
}
