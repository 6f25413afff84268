import Testing
import A11yAdapters
import A11yRules

@Suite("Evidence: mapping tool results to clauses")
struct EvidenceBuilderTests {
    private func criterion(_ clause: String, _ coverage: AxeMapping.Coverage, via: Bool = false) -> AxeMapping.Criterion {
        AxeMapping.Criterion(clause: clause, coverage: coverage, confidence: .primary, viaAttributes: via)
    }

    private var mapping: AxeMapping {
        AxeMapping(rules: [
            "partial-rule": .init(criteria: [criterion("WCAG20:2.4.2", .partial)], measure: nil, versions: ["4.12.1"]),
            "full-rule": .init(criteria: [criterion("WCAG20:3.1.1", .full)], measure: nil, versions: ["4.12.1"]),
            "contrast": .init(criteria: [criterion("WCAG20:1.4.3", .partial, via: true)], measure: .contrast, versions: ["4.12.1"]),
        ], checkedVersions: ["4.12.1"])
    }

    private func run(_ results: [RuleResult]) -> ToolRun {
        ToolRun(tool: "axe-core", version: "4.12.1", axeVersion: "4.12.1", url: "https://x.example/a/b.html", time: "2026-12-01T00:00:00Z",
                file: "x.json", path: "$", results: results)
    }

    private func outcome(_ clause: String, _ results: [RuleResult]) -> Outcome? {
        EvidenceBuilder(mapping: mapping).evidence(from: [run(results)]).pages.first?.entries.first { $0.clause == clause }?.outcome
    }

    @Test func aPassDecidesOnlyAFullyCoveredClause() {
        #expect(outcome("WCAG20:2.4.2", [RuleResult(rule: "partial-rule", outcome: .pass, path: "$.passes[0]")]) == .untested)
        #expect(outcome("WCAG20:3.1.1", [RuleResult(rule: "full-rule", outcome: .pass, path: "$.passes[0]")]) == .passed)
        #expect(outcome("WCAG20:3.1.1", [RuleResult(rule: "full-rule", outcome: .inapplicable, path: "$.inapplicable[0]")]) == .inapplicable)
        #expect(outcome("WCAG20:2.4.2", [RuleResult(rule: "partial-rule", outcome: .inapplicable, path: "$.inapplicable[0]")]) == .untested)
    }

    @Test func aViolationFailsAndNeedsReviewIsCantTell() {
        let node = NodeResult(selector: "#go", message: "Fix any of the following:\n  no name")
        #expect(outcome("WCAG20:2.4.2", [RuleResult(rule: "partial-rule", outcome: .violation, help: "Titles", nodes: [node], path: "$.violations[0]")]) == .failed)
        #expect(outcome("WCAG20:3.1.1", [RuleResult(rule: "full-rule", outcome: .incomplete, path: "$.incomplete[0]")]) == .cantTell)
        let entry = EvidenceBuilder(mapping: mapping).evidence(from: [run([RuleResult(rule: "partial-rule", outcome: .violation, help: "Titles", nodes: [node], path: "$.violations[0]")])]).pages[0].entries[0]
        #expect(entry.note == "partial-rule: Titles [#go — Fix any of the following: no name]")
        #expect(entry.source.selectors == ["#go"])
        #expect(entry.source.rules == ["partial-rule"])
        #expect(entry.source.url == "https://x.example/a/b.html")
    }

    @Test func contrastFailuresFillTheRatioAndAreNotCountedTwice() {
        let normal = NodeResult(selector: ".a", contrastRatio: 2.5, expectedRatio: 4.5, fontSize: "12.0pt (16px)")
        let lower = NodeResult(selector: ".b", contrastRatio: 2.14, expectedRatio: 4.5)
        let large = NodeResult(selector: "h1", contrastRatio: 2.9, expectedRatio: 3)
        let page = EvidenceBuilder(mapping: mapping).evidence(from: [run([RuleResult(rule: "contrast", outcome: .violation, nodes: [normal, lower, large], path: "$.violations[0]")])]).pages[0]
        #expect(page.attributes.map(\.name) == ["text_contrast", "large_text_contrast"])
        #expect(page.attributes.map(\.value) == ["2.14:1", "2.9:1"])
        #expect(page.entries.isEmpty)
        // Passes measure nothing; needs review leaves the attributes empty and says why.
        let passed = EvidenceBuilder(mapping: mapping).evidence(from: [run([RuleResult(rule: "contrast", outcome: .pass, nodes: [NodeResult(selector: "p", contrastRatio: 9, expectedRatio: 4.5)], path: "$.passes[0]")])]).pages[0]
        #expect(passed.attributes.isEmpty && passed.entries.isEmpty)
        let review = EvidenceBuilder(mapping: mapping).evidence(from: [run([RuleResult(rule: "contrast", outcome: .incomplete, nodes: [NodeResult(selector: "p")], path: "$.incomplete[0]")])]).pages[0]
        #expect(review.attributes.isEmpty)
        #expect(review.entries.map(\.outcome) == [.cantTell])
        #expect(review.entries.first?.attributes == ["text_contrast", "large_text_contrast"])
    }

    @Test func unknownRulesAreWarningsWithASuggestion() {
        let built = EvidenceBuilder(mapping: mapping).evidence(from: [run([RuleResult(rule: "full-rules", outcome: .violation, nodes: [NodeResult(selector: "x")], path: "$.violations[2]")])])
        #expect(built.pages[0].entries.isEmpty)
        #expect(built.diagnostics.map(\.id) == ["evidence.unknown-rule"])
        #expect(built.diagnostics.first?.severity == .warning)
        #expect(built.diagnostics.first?.suggestion == "full-rule")
    }

    @Test(arguments: [
        ("https://www.example.gov.cn/", "home"), ("https://www.example.gov.cn/tzgg/notice-31.html", "tzgg-notice-31"),
        ("https://x.cn/a/index.html?x=1#top", "a"), ("file:///tmp/pages/good.html", "good"), ("https://x.cn/办事/指南.htm", "办事-指南"),
    ])
    func pageIDsComeFromTheURLPath(url: String, id: String) {
        #expect(PageID.make(from: url) == id)
    }

    @Test func pagesAreMatchedByURLUpToAFragmentOrTrailingSlash() {
        #expect(EvidenceMerger.sameURL("https://x.cn", "https://x.cn/"))
        #expect(EvidenceMerger.sameURL("https://x.cn/a.html#top", "https://x.cn/a.html"))
        #expect(!EvidenceMerger.sameURL("https://x.cn/a.html", "https://x.cn/b.html"))
    }

    @Test func pageIDsAreMadeUnique() {
        #expect(PageID.make(from: "https://x.cn/", avoiding: ["home", "home-2"]) == "home-3")
    }

    @Test func theShippedMappingCoversAxesRules() throws {
        let shipped = try AxeMapping.shipped()
        #expect(shipped.rules.count == 105)
        #expect(shipped.rules["color-contrast"]?.criteria.map(\.clause) == ["WCAG20:1.4.3"])
        #expect(shipped.rules["label"]?.criteria.map(\.clause) == ["WCAG20:4.1.2", "MIIT-website-2021:4.1", "GBT37668-2019:3.2.1.3"])
        #expect(shipped.rules["region"]?.criteria.isEmpty == true)
        #expect(shipped.rules.values.allSatisfy { $0.criteria.allSatisfy { $0.coverage == .partial } })
        // every clause the mapping names exists in the shipped catalogs
        let workspace = try Workspace.load()
        let clauses = Set(shipped.rules.values.flatMap { $0.criteria.map(\.clause) })
        #expect(clauses.filter { workspace.catalog.clause($0) == nil }.isEmpty, "\(clauses.filter { workspace.catalog.clause($0) == nil })")
    }

    @Test func csvQuotesLineBreaksAndByteOrderMark() throws {
        let text = "\u{FEFF}a,\"b,c\",\"d\"\"e\"\r\n\"multi\nline\",x\r\n\r\n"
        let table = try CSVTable.parse(text).get()
        #expect(table.rows.map(\.cells) == [["a", "b,c", "d\"e"], ["multi\nline", "x"]])
        #expect(table.rows.map(\.line) == [1, 2])
        #expect(table.rows[0].offsets == [1, 3, 9])
        #expect(CSVTable.write([["a", "b,c", "=1+1"]]) == "\u{FEFF}a,\"b,c\",'=1+1\r\n")
        #expect(CSVTable.columnName(8) == "H" && CSVTable.columnName(28) == "AB")
    }
}
