import ArgumentParser
import A11yRules
import A11yAdapters
import Foundation

/// `a11y-rules evaluate SUBJECT...`: evaluates subjects and prints results.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate facilities and services against the catalogs and score them.",
        discussion: "The shipped catalogs are loaded unless --no-builtin. Exits 0, or 1 when --fail-on is given and a failure at that severity or above is found, or 2 when a file has errors.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    enum Threshold: String, ExpressibleByArgument, CaseIterable {
        case error, warning, note
        var severity: Severity { Severity(rawValue: rawValue) ?? .error }
    }

    @Argument(help: ArgumentHelp("Subject files (YAML or JSON) or folders of them.", valueName: "subject"))
    var subjects: [String]

    @OptionGroup var catalog: CatalogOptions

    @Option(name: .customLong("scorecard"), help: ArgumentHelp("Score only this scorecard (repeatable); default: every scorecard for the subject's kind.", valueName: "id"))
    var scorecards: [String] = []

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(help: "Language of the text report.")
    var lang: Language = .zh

    @Option(name: .customLong("fail-on"), help: "Exit 1 if a failed finding has this severity or higher.")
    var failOn: Threshold?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "List passed findings too (text format).")
    var verbose = false

    func run() throws {
        let workspace = try catalog.workspace(subjects: subjects)
        if workspace.load.hasErrors {
            Output.error(workspace.renderDiagnostics())
            Output.error("the files have errors; nothing was evaluated")
            throw ExitStatus.invalidInput
        }
        if !workspace.load.diagnostics.isEmpty { Output.error(workspace.renderDiagnostics()) }
        for id in scorecards where workspace.catalog.scorecard(id) == nil {
            let suggestion = Suggestion.closest(to: id, in: workspace.catalog.scorecards.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
            throw ValidationError("unknown scorecard '\(id)'\(suggestion)")
        }
        if workspace.load.subjects.isEmpty {
            throw ValidationError("no subject found in \(subjects.joined(separator: ", ")) (a subject file's top-level key is 'subject')")
        }
        let results = workspace.evaluate(scorecards: scorecards.isEmpty ? nil : scorecards)
        let report: String
        switch format {
        case .text: report = TextReporter(language: lang, verbose: verbose).report(results, catalog: workspace.catalog)
        case .json: report = JSONReporter().report(results, catalog: workspace.catalog)
        }
        if let output {
            do {
                try report.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                Output.error("\(output): error: cannot write the report: \(error.localizedDescription)")
                throw ExitStatus.unreadablePath
            }
        } else {
            Output.print(report)
        }
        if let failOn, results.contains(where: { result in
            result.findings.contains { $0.outcome == .failed && $0.severity >= failOn.severity && !($0.waiver.map { !$0.isExpired } ?? false) }
        }) {
            throw ExitStatus.findings
        }
    }
}

extension Language: ExpressibleByArgument {}
