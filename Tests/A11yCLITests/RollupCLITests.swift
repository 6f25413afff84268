import Foundation
import Testing

/// `a11y-rules rollup` over the example programme (Examples/programme), run from the repository root.
@Suite("a11y-rules rollup, end to end", .serialized)
struct RollupCLITests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    func run(_ arguments: [String]) throws -> CLIRunner.Run {
        try CLIRunner.run(["rollup"] + arguments, in: Self.root)
    }

    func temporary(_ name: String) -> String {
        NSTemporaryDirectory() + "rollup-\(UUID().uuidString)-\(name)"
    }

    @Test func theCityPictureInChineseByDefault() throws {
        let result = try run(["Examples/programme"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try CLIRunner.expected("rollup-programme.zh.txt")))
    }

    @Test func theCityPictureInEnglish() throws {
        let result = try run(["Examples/programme", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try CLIRunner.expected("rollup-programme.en.txt")))
    }

    @Test func theProgressFormAsExcelSafeCSV() throws {
        let result = try run(["Examples/programme", "--format", "csv", "--report-date", "2022-12-28"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\u{FEFF}报送,区划,方案事项"))
        let lines = result.stdout.components(separatedBy: "\r\n")
        #expect(lines.count == 1 + 9 * 12 + 1, "a heading, one row per division and item, and a final CRLF")
        #expect(!result.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // Foundation drops a leading byte-order mark when it reads the golden file back.
        #expect(result.stdout == "\u{FEFF}" + (try CLIRunner.expected("rollup-programme-2022-12-28.csv")).drop { $0 == "\u{FEFF}" })
    }

    @Test func shardsMergeToTheSameRollup() throws {
        let first = temporary("a.json"), second = temporary("b.json")
        defer { for path in [first, second] { try? FileManager.default.removeItem(atPath: path) } }
        let shardA = try run(["Examples/programme/city", "Examples/programme/fogang", "Examples/programme/yangshan", "--partial-out", first])
        #expect(shardA.status == 0, "\(shardA.stderr)")
        #expect(shardA.stdout.isEmpty)
        let shardB = try run(["Examples/programme/liannan", "Examples/programme/lianshan", "Examples/programme/lianzhou",
                              "Examples/programme/qingcheng", "Examples/programme/qingxin", "Examples/programme/yingde", "--partial-out", second])
        #expect(shardB.status == 0, "\(shardB.stderr)")
        let merged = try run(["--merge", first, second, "--format", "json"])
        let whole = try run(["Examples/programme", "--format", "json"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == whole.stdout)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "a11y-rules/rollup")
        #expect(object["version"] as? Int == 1)
        let reports = try #require(object["reports"] as? [[String: Any]])
        #expect(reports.map { $0["missing_divisions"] as? [String] ?? ["?"] } == [[], ["yangshan"], []])
    }

    @Test func savedJSONLinesResultsRollUpLikeTheSubjects() throws {
        let saved = temporary("results.jsonl")
        defer { try? FileManager.default.removeItem(atPath: saved) }
        let evaluate = try CLIRunner.run(["evaluate", "Examples/programme", "--format", "jsonl", "-o", saved], in: Self.root)
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        let fromResults = try run([saved, "--lang", "en"])
        #expect(fromResults.status == 0, "\(fromResults.stderr)")
        #expect(fromResults.stdout == (try CLIRunner.expected("rollup-programme.en.txt")))
    }

    @Test func theDashboardIsSelfContained() throws {
        let result = try run(["Examples/programme", "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.components(separatedBy: "<svg role=\"img\"").count == 3, "two charts")
        #expect(html.contains("<title id=\"chart1-title\">") && html.contains("<title id=\"chart2-title\">"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<details open>") && !html.contains("<details>"), "every table is open, so it prints")
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("<link"))
        #expect(html.contains("<caption>图表数据："), "each chart has its data as a table")
    }

    @Test func aBrokenProgrammeGetsPositionedDiagnostics() throws {
        let folder = temporary("broken")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try """
        programme:
          id: BROKEN
          scorecards: [QY2022-hal]
          reports: [2022-08-28]
          items: []
          divisions: [{id: x, subjects: []}]
        """.write(toFile: folder + "/programme.yaml", atomically: false, encoding: .utf8)
        let result = try run([folder + "/programme.yaml", "--programme", "BROKEN"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(folder)/programme.yaml:3:16: error: unknown scorecard 'QY2022-hal' (no scorecard with that id is loaded) (did you mean 'QY2022-hall'?)"))
        #expect(result.stderr.hasSuffix("the files have errors; nothing was rolled up\n"))
    }

    @Test func resultsThatCannotBePlacedMakeTheRollupUnclean() throws {
        let result = try run(["Examples/programme/yingde/2022-12-28", "Examples/online/yingde-website.yaml"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("Examples/online/yingde-website.yaml：对象 yingde-gov-mobile 不在方案所列对象中"))
        #expect(result.stderr.contains("the rollup is not clean"))
    }
}
