import Foundation
import Testing
import A11yRules

/// The shipped catalogs (`Standards/`) and examples (`Examples/`), read from the working tree so that
/// edits are tested without a rebuild of the resource bundle.
enum Repository {
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path
    }()

    static let standards = load(["Standards"])

    static func load(_ relative: [String]) -> CatalogLoader.Result {
        let files = (try? SourceDiscovery.files(at: relative.map { root + "/" + $0 })) ?? []
        let prefix = root + "/"
        return CatalogLoader.load(files.map { file in
            var copy = file
            if copy.path.hasPrefix(prefix) { copy.path = String(copy.path.dropFirst(prefix.count)) }
            return copy
        })
    }

    /// Every rule example of the shipped catalogs, plus a result for each rule lacking a pass or fail example.
    static let examples: [RuleTests.Result] = RuleTests.run(standards.catalog)
}

@Suite("Shipped catalogs")
struct ShippedCatalogTests {
    @Test func loadWithoutErrors() {
        let errors = Repository.standards.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(DiagnosticRenderer(files: Repository.standards.files).render(errors))")
        #expect(!Repository.standards.catalog.standards.isEmpty)
    }

    /// Reports name facts, part kinds and attributes by the vocabulary's names (falling back to the id),
    /// so every shipped vocabulary entry names itself in both languages.
    @Test func everyVocabularyEntryHasChineseAndEnglishNames() {
        var unnamed: [String] = []
        func check(_ title: LocalizedText, _ path: String) {
            if title.zh?.isEmpty ?? true { unnamed.append("\(path) (zh)") }
            if title.en?.isEmpty ?? true { unnamed.append("\(path) (en)") }
        }
        let vocabularies = Repository.standards.catalog.vocabularies.values
        #expect(vocabularies.count >= 4)
        for vocabulary in vocabularies {
            check(vocabulary.title, vocabulary.id)
            for fact in vocabulary.facts { check(fact.title, "\(vocabulary.id).\(fact.name)") }
            for part in vocabulary.parts {
                check(part.title, "\(vocabulary.id).\(part.name)")
                for attribute in part.attributes { check(attribute.title, "\(vocabulary.id).\(part.name).\(attribute.name)") }
            }
        }
        #expect(unnamed.isEmpty, "vocabulary entries without a name: \(unnamed)")
    }

    /// An indicator's own rule has no clause to name it in reports, so each shipped one has a title in both languages.
    @Test func everyIndicatorRuleHasATitle() {
        let rules = Repository.standards.catalog.scorecards.flatMap { $0.indicators.flatMap(\.rules) }
        #expect(rules.count >= 70)
        let untitled = rules.filter { ($0.title.zh?.isEmpty ?? true) || ($0.title.en?.isEmpty ?? true) }.map(\.fullID)
        #expect(untitled.isEmpty, "indicator rules without a zh and en title: \(untitled)")
    }

    /// Warnings in shipped files are defects too (an unread message placeholder printed `{units}` raw).
    @Test func loadWithoutWarnings() {
        let warnings = Repository.standards.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.isEmpty, "\(DiagnosticRenderer(files: Repository.standards.files).render(warnings))")
    }

    /// No finding of the examples shows a placeholder as written (`{slope}` of an entrance whose slope
    /// is not given; `{units}`, which the rule never read).
    @Test func findingMessagesHaveNoRawPlaceholders() {
        let load = Repository.load(["Standards", "Examples"])
        let evaluator = Evaluator(catalog: load.catalog)
        for subject in load.subjects {
            for finding in evaluator.evaluate(subject).findings {
                for text in [finding.message?.zh, finding.message?.en].compactMap({ $0 }) {
                    let raw = text.split(separator: "{", omittingEmptySubsequences: false).dropFirst().contains { $0.contains("}") }
                    #expect(!raw, "\(subject.id) \(finding.rule ?? finding.clause) \(finding.instance): \(text)")
                }
            }
        }
    }

    /// Package.swift lists the folders of Standards/ as resources; a folder missing there would not ship.
    @Test func everyFolderIsBundled() throws {
        let manifest = try String(contentsOfFile: Repository.root + "/Package.swift", encoding: .utf8)
        let folders = try FileManager.default.contentsOfDirectory(atPath: Repository.root + "/Standards").filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: Repository.root + "/Standards/" + name, isDirectory: &isDirectory)
                && isDirectory.boolValue && !name.hasPrefix(".")
        }
        #expect(!folders.isEmpty)
        for folder in folders {
            #expect(manifest.contains(".copy(\"\(folder)\")"), "Standards/\(folder) is not listed in Package.swift's A11yStandards resources")
        }
    }

    @Test func everyRuleHasExamples() {
        let rules = Repository.standards.catalog.standardRules
        #expect(!rules.isEmpty)
        for rule in rules {
            #expect(rule.examples.contains { $0.expected == .passed }, "\(rule.fullID) at \(rule.location) has no pass example")
            #expect(rule.examples.contains { $0.expected == .failed }, "\(rule.fullID) at \(rule.location) has no fail example")
        }
    }

    /// Each example of each shipped rule gives the outcome it is filed under; a mismatch is recorded
    /// at the example's YAML line.
    @Test(arguments: Repository.examples)
    func example(_ result: RuleTests.Result) {
        guard let detail = result.detail else { return }
        Issue.record(
            "\(result.rule): \(detail)",
            sourceLocation: Testing.SourceLocation(
                fileID: "A11yRules/\(result.location.file)", filePath: Repository.root + "/" + result.location.file,
                line: result.location.line, column: result.location.column))
    }

    @Test func examplesLoadAndEvaluate() {
        let load = Repository.load(["Standards", "Examples"])
        let errors = load.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(DiagnosticRenderer(files: load.files).render(errors))")
        #expect(!load.subjects.isEmpty)
        let evaluator = Evaluator(catalog: load.catalog)
        for subject in load.subjects {
            let result = evaluator.evaluate(subject)
            #expect(!result.findings.isEmpty, "\(subject.id) produced no findings")
        }
    }
}

extension RuleTests.Result: CustomTestStringConvertible {
    public var testDescription: String { "\(rule) \(expected?.rawValue ?? "") @\(location.line)" }
}
