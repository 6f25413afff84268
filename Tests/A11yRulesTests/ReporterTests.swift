import A11yAdapters
import A11yRules
import A11yYAML
import Foundation
import Testing

/// Findings built by hand, one per outcome, for a subject of kind `kind`.
private func sample(kind: String = "website", clause: String = "WCAG20:1.4.3", outcomes: [Outcome] = Outcome.allCases,
                    id: String = "site", waived: Bool = false) -> SubjectResult {
    let location = SourceLocation(file: "site.yaml", line: 7, column: 5)
    let findings = outcomes.enumerated().map { index, outcome in
        Finding(rule: outcome == .untested ? nil : "\(clause)#check", clause: clause, part: "page", instance: "p\(index)",
                outcome: outcome, severity: .error, observed: [("contrast", "3:1")], expected: "contrast >= 4.5:1",
                missing: outcome == .cantTell ? ["contrast"] : [], reason: outcome == .cantTell ? LocalizedText(zh: "没有测量", en: "no measurement") : nil,
                message: LocalizedText(zh: "对比度不足", en: "Contrast too low"), location: location,
                waiver: waived && outcome == .failed
                    ? AppliedWaiver(waiver: Waiver(reason: "=cmd|' /C calc'!A0", until: Day("2030-01-01"), location: location), key: clause, isExpired: false)
                    : nil)
    }
    return SubjectResult(id: id, kind: kind, name: LocalizedText(zh: "网站", en: "Site"), source: "site.yaml",
                         region: ["清远市"], assessed: Day("2022-11-15"), findings: findings, clauses: [], scorecards: [])
}

private func render(_ format: String, _ results: [SubjectResult], language: Language = .en) throws -> String {
    let output = BufferOutput()
    var reporter = try #require(ReporterRegistry.builtIn.reporter(format, context: ReportContext(catalog: Catalog(), language: language)))
    try reporter.report(results, to: output)
    return output.text
}

@Suite("Reporters")
struct ReporterTests {
    @Test func csvQuotesRFC4180AndNeutralisesFormulas() {
        #expect(CSVWriter.record([.text("a,b"), .text("say \"hi\""), .text("line\nbreak")]) == "\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\"\r\n")
        #expect(CSVWriter.record([.text("=1+1"), .text("+SUM(A1)"), .text("-2"), .text("@x"), .text("\tx")]) == "'=1+1,'+SUM(A1),'-2,'@x,'\tx\r\n")
        #expect(CSVWriter.record([.number(-2.5), .number(6), .empty, .number(.infinity)]) == "-2.5,6,,\r\n")
        #expect(CSVWriter.field("清城区") == "清城区")
    }

    @Test func markupEscapesAndDropsWhatXMLForbids() {
        #expect(MarkupText.escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(MarkupText.escape("a\u{1}b\u{FFFE}") == "a\u{FFFD}b\u{FFFD}")
        #expect(MarkupText.attribute("a\nb\tc") == "a&#10;b&#9;c")
    }

    @Test(arguments: ["plain", "no", "1.10", "null", "a: b # c", "\"quoted\" \\ back", "line\nbreak\ttab", "\u{7F}\u{85}\u{2028}\u{FEFF}", "清城区 ～", "- dash", ""])
    func yamlScalarsReadBackUnchanged(_ text: String) throws {
        let document = try YAMLParser.parse("key: " + YAMLScalar.quoted(text) + "\n")
        guard case .mapping(let pairs) = document.root.content, case .scalar(let value, let style) = pairs.first?.value.content else {
            Issue.record("not a mapping with a scalar")
            return
        }
        #expect(value == text)
        #expect(style == .doubleQuoted)
    }

    @Test func uriReferencesArePercentEncoded() {
        #expect(URIReference.path("Examples/halls/清城 1.yaml") == "Examples/halls/%E6%B8%85%E5%9F%8E%201.yaml")
        #expect(URIReference.segment("a/b#c") == "a%2Fb%23c")
    }

    @Test func svgBarIsClampedAndHidden() {
        #expect(SVGBar(value: 12, maximum: 6).fraction == 1)
        #expect(SVGBar(value: -1, maximum: 6).fraction == 0)
        #expect(SVGBar(value: 3, maximum: 0).fraction == 0)
        #expect(SVGBar(value: 3, maximum: 6, width: 102).svg().contains("aria-hidden=\"true\""))
        #expect(SVGBar(value: 3, maximum: 6, width: 102).svg().contains("width=\"50\""))
    }

    @Test func registryHasEveryFormatAndTakesNewOnes() throws {
        #expect(ReporterRegistry.builtIn.identifiers == ["text", "json", "jsonl", "summary", "sarif", "junit", "csv", "csv-summary", "markdown", "html", "earl", "openacr"])
        struct Count: Reporter {
            static let identifier = "count"
            var failed = 0
            mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws { failed += result.counts[.failed] ?? 0 }
            mutating func end(to output: any ReportOutput) throws { try output.write("\(failed) failed\n") }
        }
        var registry = ReporterRegistry.builtIn
        registry.register(Count.identifier, summary: "failures counted") { _ in Count() }
        var reporter = try #require(registry.reporter("count", context: ReportContext(catalog: Catalog())))
        let output = BufferOutput()
        try reporter.report([sample(), sample()], to: output)
        #expect(output.text == "2 failed\n")
        #expect(registry.reporter("nope", context: ReportContext(catalog: Catalog())) == nil)
    }

    /// Streaming formats write each subject during `write`, so nothing grows with the number of subjects.
    @Test(arguments: ["jsonl", "csv", "junit", "summary", "text", "json", "sarif", "earl", "markdown", "html", "csv-summary"])
    func eachSubjectIsWrittenWhenItArrives(_ format: String) throws {
        let output = BufferOutput()
        var reporter = try #require(ReporterRegistry.builtIn.reporter(format, context: ReportContext(catalog: Catalog())))
        try reporter.begin(to: output)
        var sizes: [Int] = []
        for index in 0..<3 {
            try reporter.write(sample(id: "site-\(index)"), to: output)
            sizes.append(output.bytes.count)
            #expect(output.text.contains("site-\(index)") || format == "csv-summary", "\(format): subject \(index) not written yet")
        }
        #expect(sizes[0] < sizes[1] && sizes[1] < sizes[2] || format == "csv-summary")
        try reporter.end(to: output)
    }

    @Test func sarifKindAndLevelFollowTheOutcome() throws {
        let text = try render("sarif", [sample(waived: true)])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["kind"] as? String } == ["pass", "fail", "notApplicable", "review", "review"])
        #expect(results.map { $0["level"] as? String } == ["none", "error", "none", "none", "none"])
        let suppression = try #require((results[1]["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["status"] as? String == "accepted")
        #expect(suppression["justification"] as? String == "=cmd|' /C calc'!A0")
        let region = (((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region?["startLine"] as? Int == 7)
        #expect(region?["startColumn"] as? Int == 5)
    }

    @Test func junitNeverPassesWhatIsUndecided() throws {
        let text = try render("junit", [sample(waived: false)])
        #expect(text.components(separatedBy: "<failure ").count - 1 == 1)
        #expect(text.components(separatedBy: "<skipped ").count - 1 == 3)
        #expect(text.contains("tests=\"5\" failures=\"1\" errors=\"0\" skipped=\"3\""))
        let waived = try render("junit", [sample(waived: true)])
        #expect(waived.components(separatedBy: "<failure ").count - 1 == 0)
        #expect(waived.contains("skipped message=\"waived: =cmd|&#39; /C calc&#39;!A0, until 2030-01-01\""))
    }

    @Test func csvNeutralisesAWaiverReason() throws {
        let text = try render("csv", [sample(waived: true)])
        #expect(text.contains(",'=cmd|' /C calc'!A0,2030-01-01,in force\r\n"))
    }

    @Test func earlUsesTheEARLOutcomesAndModes() throws {
        let text = try render("earl", [sample()])
        for outcome in ["earl:passed", "earl:failed", "earl:inapplicable", "earl:cantTell", "earl:untested"] {
            #expect(text.contains("\"outcome\":\"\(outcome)\""), "\(outcome) missing")
        }
        #expect(text.contains("\"mode\":\"earl:automatic\""))
        #expect(text.contains("\"mode\":\"earl:manual\""))
        #expect(text.contains("\"@context\": \"https://act-rules.github.io/earl-context.json\""))
    }

    /// The documented adherence rule, one case per term.
    @Test(arguments: [
        ([Outcome.passed, .failed], "partially-supports"),
        ([.failed, .cantTell], "does-not-support"),
        ([.passed, .cantTell], "not-evaluated"),
        ([.untested], "not-evaluated"),
        ([.passed, .inapplicable], "supports"),
        ([.inapplicable], "not-applicable"),
    ])
    func openACRAdherenceFollowsTheFindings(_ outcomes: [Outcome], _ term: String) throws {
        let text = try render("openacr", [sample(outcomes: outcomes), sample(kind: "facility", id: "hall")])
        let block = try #require(text.components(separatedBy: "- num: \"1.4.3\"").dropFirst().first)
        #expect(block.contains("level: \"\(term)\""), "\(outcomes) → \(block.prefix(200))")
        #expect(text.components(separatedBy: "- num: ").count - 1 == 61)
        #expect(text.contains("Subjects left out (not websites or apps): hall"))
        // A criterion with no finding is never claimed.
        let other = try #require(text.components(separatedBy: "- num: \"1.1.1\"").dropFirst().first)
        #expect(other.contains("level: \"not-evaluated\""))
        if outcomes.contains(.failed) { #expect(block.contains("site page p")) }
    }

    @Test func htmlIsInTheReportLanguage() throws {
        let zh = try render("html", [sample()], language: .zh)
        #expect(zh.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(zh.contains("不通过：先改这些（1 项）"))
        let en = try render("html", [sample()], language: .en)
        #expect(en.contains("<html lang=\"en\">"))
        #expect(en.contains("Failures: fix these first (1)"))
        #expect(!en.contains("http://") && !en.contains("https://"))
    }
}
