import Foundation
import Testing

/// `explain` prints every label in the language asked for: Chinese by default, English with `--lang en`,
/// for standards, clauses, rules, vocabularies, part kinds, tables, scorecards and indicators. Golden files
/// (`Golden/expected/explain/NAME.LANG.txt`) pin the output on the shipped catalogs.
@Suite("explain speaks one language")
struct ExplainLanguageTests {
    static let root = ReportGoldenTests.root

    /// One id of each kind `explain` knows, with the golden file's name.
    static let ids: [(name: String, id: String)] = [
        ("standard", "GBT50642-2011"), ("clause", "GB55019-2021:2.3.1"), ("rule", "GB55019-2021:2.3.1#slope-short-rise-exception"),
        ("vocabulary", "app"), ("part", "facility.ramp"), ("attribute", "facility.ramp.slope"), ("table", "GB50763-2012:ramp-max-rise"),
        ("scorecard", "MIIT-evaluation-app"), ("indicator", "QY2022-hall:2.4.1-interpreters"),
    ]

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var id: String
        var lang: String
        var testDescription: String { "explain \(id) --lang \(lang)" }
    }

    static let cases: [Case] = ["zh", "en"].flatMap { lang in ids.map { Case(name: $0.name, id: $0.id, lang: lang) } }

    /// Labels `explain` printed in English before it spoke Chinese; none may start a line of a zh description.
    static let englishLabels = ["rule ", "for:", "when:", "check:", "message:", "title:", "example ", "obligation:", "standard:",
                                "type:", "status:", "vocabulary:", "note:", "read in:", "confidence:", "url:", "question", "subject:",
                                "grade ", "weights:", "lead:", "partners:", "includes", "defined at", "points", "input:", "attributes"]

    @Test(arguments: cases)
    func explainMatchesGoldenInOneLanguage(_ c: Case) throws {
        let run = try CLIRunner.run(["explain", c.id, "--lang", c.lang], in: Self.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try CLIRunner.expected("explain/\(c.name).\(c.lang).txt")), "regenerate with explain \(c.id) --lang \(c.lang) and read the diff")
        if c.lang == "zh" {
            let english = run.stdout.split(separator: "\n").map { $0.drop { $0 == " " } }
                .filter { line in Self.englishLabels.contains { line.hasPrefix($0) } }
            #expect(english.isEmpty, "English labels in a Chinese description: \(english.prefix(5))")
        } else {
            let catalogs = try LanguageTests.inputs([Self.root.appendingPathComponent("Standards")])
            let chinese = LanguageTests.chineseRuns(run.stdout).filter { !catalogs.contains($0) }.sorted()
            #expect(chinese.isEmpty, "Chinese the project wrote in an English description: \(chinese)")
        }
    }

    @Test func chineseIsTheDefault() throws {
        let run = try CLIRunner.run(["explain", "GB55019-2021:2.3.1"], in: Self.root)
        #expect(run.stdout == (try CLIRunner.expected("explain/clause.zh.txt")))
    }
}
