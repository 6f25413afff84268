import Foundation
import Testing
import A11yRules
import A11yAdapters

/// The JSON result contract end to end: what `evaluate --format json|jsonl` writes reads back into the
/// library's results, says what produced it, and `--scorecard` lists what that scorecard counts.
@Suite("JSON results, end to end")
struct ResultContractTests {
    static let root = ReportGoldenTests.root
    /// Absolute, so that the CLI and the library name the same files.
    static let examples = ["Examples/halls", "Examples/online"].map { root.appendingPathComponent($0).path }

    static let inMemory: [SubjectResult] = {
        (try? Workspace.load(subjects: examples).evaluate()) ?? []
    }()

    @Test(arguments: ["zh", "en"], ["json", "jsonl"])
    func writtenResultsReadBackEqual(_ lang: String, _ format: String) throws {
        let run = try CLIRunner.run(["evaluate"] + Self.examples + ["--format", format, "--lang", lang], in: Self.root)
        #expect(run.status == 0, "\(run.stderr)")
        let bytes = Array(run.stdout.utf8)
        let document = format == "json" ? try ResultDocument(json: bytes) : try ResultDocument(jsonLines: bytes)
        #expect(Self.inMemory.count == 7)
        #expect(document.subjects.count == Self.inMemory.count)
        for (read, evaluated) in zip(document.subjects, Self.inMemory) {
            #expect(read == evaluated, "\(evaluated.id) (\(lang), \(format)) reads back different")
        }
        // Titles are there in both languages, whatever --lang says: the contract is language-neutral.
        let card = try #require(document.subjects.first?.scorecards.first)
        #expect(card.title.zh != nil && card.title.en != nil)
        #expect(card.indicators.allSatisfy { $0.title.zh != nil && $0.title.en != nil })
    }

    @Test func jsonIsTheSameInBothLanguages() throws {
        let zh = try CLIRunner.run(["evaluate", "Examples/halls/qingcheng.yaml", "--format", "json"], in: Self.root)
        let en = try CLIRunner.run(["evaluate", "Examples/halls/qingcheng.yaml", "--format", "json", "--lang", "en"], in: Self.root)
        #expect(zh.status == 0 && zh.stdout == en.stdout)
    }

    /// `generator` names the tool and version (`--version` prints the same) and the digest of the
    /// catalogs loaded, which `sha256sum` reproduces from the catalog files.
    @Test func generatorSaysWhatProducedTheResults() throws {
        let run = try CLIRunner.run(["evaluate", "subjects/hall.yaml", "--format", "jsonl", "--no-builtin", "--catalog", "catalog"])
        let generator = try #require(try ResultDocument(jsonLines: Array(run.stdout.utf8)).generator)
        #expect(generator.name == "a11y-rules")
        #expect(generator.version == PackageVersion.current)
        let version = try CLIRunner.run(["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == PackageVersion.current)
        let catalogs = try #require(generator.catalogs)
        #expect(catalogs.files == 3)
        let shell = try CLIRunner.runShell("find catalog -type f | xargs sha256sum | cut -c1-64 | LC_ALL=C sort | sha256sum | cut -c1-64", arguments: [])
        #expect(catalogs.digest == "sha256:" + shell.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        // The shipped catalogs' digest is the library's, over the bundle's files.
        let shipped = try CLIRunner.run(["evaluate", "Examples/halls/qingcheng.yaml", "--format", "jsonl"], in: Self.root)
        let digest = try ResultDocument(jsonLines: Array(shipped.stdout.utf8)).generator?.catalogs?.digest
        #expect(digest == CatalogDigest(load: try Workspace.load().load).value)
    }

    /// `--scorecard` lists only what the scorecard counts (a manual clause QY2022-hall does not count
    /// is left out); scores and counts are unchanged; `--all-findings` lists everything again.
    @Test func scorecardLimitsTheListedFindings() throws {
        let hall = "Examples/halls/qingcheng.yaml"
        let all = try CLIRunner.run(["evaluate", hall, "--lang", "en"], in: Self.root)
        let limited = try CLIRunner.run(["evaluate", hall, "--lang", "en", "--scorecard", "QY2022-hall"], in: Self.root)
        let everything = try CLIRunner.run(["evaluate", hall, "--lang", "en", "--scorecard", "QY2022-hall", "--all-findings"], in: Self.root)
        #expect(all.status == 0 && limited.status == 0 && everything.status == 0)
        let uncounted = "GB55019-2021:5.0.1"
        #expect(all.stdout.contains(uncounted))
        #expect(!limited.stdout.contains(uncounted))
        #expect(everything.stdout == all.stdout)
        // The score lines are the same.
        func scoreLine(_ text: String) -> String? { text.split(separator: "\n").first { $0.contains("QY2022-hall") }.map(String.init) }
        #expect(scoreLine(limited.stdout) != nil && scoreLine(limited.stdout) == scoreLine(all.stdout))

        let json = try CLIRunner.run(["evaluate", hall, "--format", "json", "--scorecard", "QY2022-hall"], in: Self.root)
        let full = try CLIRunner.run(["evaluate", hall, "--format", "json"], in: Self.root)
        let read = try #require(try ResultDocument(json: Array(json.stdout.utf8)).subjects.first)
        let unlimited = try #require(try ResultDocument(json: Array(full.stdout.utf8)).subjects.first)
        #expect(read.selection.scorecards == ["QY2022-hall"])
        #expect(read.counts == unlimited.counts && read.scorecards == unlimited.scorecards && read.clauses == unlimited.clauses)
        #expect(read.findings.count < unlimited.findings.count)
        let card = try #require(Workspace.load().catalog.scorecard("QY2022-hall"))
        #expect(read.findings.allSatisfy { Scorer.counts($0, on: card) })
        #expect(unlimited.findings.contains { !Scorer.counts($0, on: card) })
    }
}
