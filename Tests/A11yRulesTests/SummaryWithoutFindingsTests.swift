import Testing
import A11yRules
import A11yAdapters

/// `summary` and `csv-summary` write no findings, so `evaluate` asks the engine for none
/// (`FindingSelection.none`); their output must be byte for byte what it is with every finding.
@Suite("Summary formats need no findings")
struct SummaryWithoutFindingsTests {
    static func render(_ format: String, _ results: [SubjectResult], catalog: Catalog, language: Language) throws -> String {
        let output = BufferOutput()
        var reporter = try #require(ReporterRegistry.builtIn.reporter(format, context: ReportContext(catalog: catalog, language: language)))
        try reporter.report(results, to: output)
        return output.text
    }

    static func assertSameOutput(_ evaluator: Evaluator, _ subjects: [Subject]) throws {
        let all = evaluator.evaluate(subjects, listing: .all)
        for format in ["summary", "csv-summary"] {
            #expect(ReporterRegistry.builtIn.reporter(format, context: ReportContext(catalog: evaluator.catalog)).map { type(of: $0).writesFindings } == false)
            for language in [Language.zh, .en] {
                let expected = try render(format, all, catalog: evaluator.catalog, language: language)
                for selection in [FindingSelection.none, .failed, .undecided] {
                    let actual = try render(format, evaluator.evaluate(subjects, listing: selection), catalog: evaluator.catalog, language: language)
                    #expect(actual == expected, "\(format) \(language) \(selection.outcomes)")
                }
                // A result narrowed after the fact (as `evaluate` does for the documents it reads whole).
                var narrowed = all
                for index in narrowed.indices { evaluator.select(.none, in: &narrowed[index]) }
                #expect(try render(format, narrowed, catalog: evaluator.catalog, language: language) == expected)
            }
        }
    }

    /// A tab, a line feed, a carriage return or CR LF in a field becomes one space, so a subject stays on one line;
    /// other text (Chinese, combining marks after a letter) is written as it is.
    @Test func fieldsKeepOneSubjectOnOneLine() throws {
        let load = Repository.load(["Standards", "Examples"])
        let result = SubjectResult(id: "hall\tone", kind: "facility", name: LocalizedText(zh: "大厅"), source: "x.yaml",
                                   region: ["清远市\r\n清城区", "e\u{301}\nx\ry"], findings: [], clauses: [], scorecards: [])
        let text = try Self.render("summary", [result], catalog: load.catalog, language: .zh)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "")
        #expect(lines.dropLast().last?.hasPrefix("hall one\t清远市 清城区/e\u{301} x y\t") == true, "\(text)")
    }

    @Test func shippedExamples() throws {
        let load = Repository.load(["Standards", "Examples"])
        try Self.assertSameOutput(Evaluator(catalog: load.catalog), load.subjects)
    }

    /// No scorecard: the summary counts failures itself, leaving out those a waiver in force covers.
    @Test func waivedFailuresWithoutAScorecard() throws {
        let subjects = [
            "subject: {id: a, kind: hall, assessed: 2023-01-01, parts: {ramp: [{id: r, clear_width: 0.9 m}, {id: q, clear_width: 0.8 m}]}, waivers: {\"T-1:3.4.2#width\": {reason: heritage, until: 2023-12-31}}}",
            "subject: {id: b, kind: hall, assessed: 2023-01-01, parts: {ramp: [{id: r, clear_width: 0.9 m}, {id: q, clear_width: 0.8 m}]}, waivers: {\"T-1:3.4.2#width\": {reason: heritage, instance: q}}}",
            "subject: {id: c, kind: hall, assessed: 2023-01-01, parts: {ramp: [{id: r, clear_width: 0.9 m}]}, waivers: {\"T-1:3.4.2\": {reason: heritage, until: 2022-06-30}}}",
            "subject: {id: d, kind: hall, parts: {ramp: [{id: r, clear_width: 0.9 m}]}}",
        ]
        var files = [SourceFile(path: "vocabulary.yaml", text: Fixture.vocabulary), SourceFile(path: "standard.yaml", text: Fixture.standard)]
        for (index, subject) in subjects.enumerated() { files.append(SourceFile(path: "s\(index).yaml", text: subject)) }
        let load = CatalogLoader.load(files)
        #expect(!load.hasErrors, "\(load.diagnostics.prefix(3))")
        let evaluator = Evaluator(catalog: load.catalog)
        #expect(load.catalog.scorecards(forSubjectKind: "hall").isEmpty)
        try Self.assertSameOutput(evaluator, load.subjects)
        let results = evaluator.evaluate(load.subjects, listing: .none)
        let failed = results.map { $0.counts[.failed] ?? 0 }
        #expect(zip(results.map(\.countedFailures), failed).map { $1 - $0 } == [2, 1, 0, 0], "waived failures are left out")
    }
}
