import ArgumentParser
import A11yRules
import A11yAdapters
import Foundation

/// `a11y-rules evaluate SUBJECT...`: evaluates subjects and prints results.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate facilities and services against the catalogs and score them.",
        discussion: """
        Subjects are YAML or JSON files (or folders of them). Files ending in .jsonl or .ndjson hold one
        subject per line and are streamed in blocks, in bounded memory, with a progress bar when standard
        error is a terminal. The shipped catalogs are loaded unless --no-builtin.
        Exits 0; 1 when --fail-on is given and a failure at that severity or above is found; 2 when a file
        has errors (for a stream: the other subjects are still reported, and a summary says how many were skipped).
        """)

    enum Threshold: String, ExpressibleByArgument, CaseIterable {
        case error, warning, note
        var severity: Severity { Severity(rawValue: rawValue) ?? .error }
    }

    @Argument(help: ArgumentHelp("Subject files (YAML, JSON, or JSON Lines) or folders of them.", valueName: "subject"))
    var subjects: [String]

    @OptionGroup var catalog: CatalogOptions

    @Option(name: .customLong("scorecard"), help: ArgumentHelp("Score only this scorecard (repeatable); default: every scorecard for the subject's kind.", valueName: "id"))
    var scorecards: [String] = []

    @Option(help: ArgumentHelp(Format.help))
    var format: Format = .text

    @Option(help: "Language of the text report.")
    var lang: Language = .zh

    @Option(name: .customLong("fail-on"), help: "Exit 1 if a failed finding has this severity or higher.")
    var failOn: Threshold?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the report through this path instead of standard output ('-': standard output). A FIFO, device or symlink is written through, never replaced.", valueName: "file"))
    var output: String?

    @Flag(help: "List passed findings too (text format).")
    var verbose = false

    // `.unconditional`: `--block-size -1` is a value to reject, not a missing value followed by a flag.
    @Option(name: .customLong("block-size"), parsing: .unconditional, help: "Subjects decoded and evaluated together when streaming JSON Lines (1 to 1000000).")
    var blockSize = 512

    @Option(name: .customLong("evidence"), parsing: .upToNextOption, help: ArgumentHelp("axe-core or Lighthouse JSON to merge into the (one) subject before evaluating; the subject file is not changed.", valueName: "file"))
    var evidence: [String] = []

    func validate() throws {
        try NumericOption.check(blockSize, "block-size", atLeast: 1, atMost: 1_000_000)
    }

    func run() throws {
        let streamed = subjects.filter(SubjectStream.isJSONLines)
        let documents = subjects.filter { !SubjectStream.isJSONLines($0) }
        let workspace = try catalog.workspace(subjects: documents)
        if workspace.load.hasErrors {
            workspace.renderDiagnostics { Output.error($0, newline: false) }
            Output.error("the files have errors; nothing was evaluated")
            throw ExitStatus.invalidInput
        }
        if !workspace.load.diagnostics.isEmpty { workspace.renderDiagnostics { Output.error($0, newline: false) } }
        for id in scorecards where workspace.catalog.scorecard(id) == nil {
            let suggestion = Suggestion.closest(to: id, in: workspace.catalog.scorecards.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
            throw ValidationError("unknown scorecard '\(id)'\(suggestion)")
        }
        if workspace.load.subjects.isEmpty && streamed.isEmpty {
            throw ValidationError("no subject found in \(subjects.joined(separator: ", ")) (a subject file's top-level key is 'subject')")
        }
        let sink = try ReportFile.open(output)
        do {
            try writeReport(to: sink, workspace: workspace, streamed: streamed)
            try sink.close()
        } catch let error as OutputError {
            try ReportFile.fail(error)
        }
    }

    private func writeReport(to sink: FileOutput, workspace: Workspace, streamed: [String]) throws {
        var writer = ResultWriter(format: format, language: lang, verbose: verbose, catalog: workspace.catalog, sink: sink)
        var failed = false
        let chosen = scorecards.isEmpty ? nil : scorecards
        try writer.begin()
        for result in try evaluateWithEvidence(workspace, scorecards: chosen, streamed: streamed) {
            failed = failed || reachesThreshold(result)
            try writer.write(result)
        }
        var skipped = 0
        for path in streamed {
            let stream: SubjectStream
            do {
                stream = try SubjectStream(path: path, catalog: workspace.catalog)
            } catch {
                Output.error(error.description)
                throw ExitStatus.unreadablePath
            }
            var progress = ProgressBar(total: stream.size, label: path)
            while let block = stream.next(maxSubjects: blockSize) {
                if !block.diagnostics.isEmpty {
                    progress.clear()
                    Output.error(DiagnosticRenderer(files: [:]).render(block.diagnostics))
                    skipped += Set(block.diagnostics.filter { $0.severity == .error }.map(\.location.line)).count
                }
                let results = workspace.evaluator.evaluate(block.subjects, scorecards: chosen)
                for result in results {
                    failed = failed || reachesThreshold(result)
                    try writer.write(result)
                }
                progress.update(done: stream.bytesRead, count: stream.linesRead)
            }
            progress.finish()
        }
        try writer.end()
        try sink.close()
        if skipped > 0 {
            Output.error("\(skipped) subject line\(skipped == 1 ? "" : "s") had errors and \(skipped == 1 ? "was" : "were") not evaluated; the results are incomplete")
            throw ExitStatus.invalidInput
        }
        if failed { throw ExitStatus.findings }
    }

    private func reachesThreshold(_ result: SubjectResult) -> Bool {
        guard let failOn else { return false }
        return result.findings.contains { $0.outcome == .failed && $0.severity >= failOn.severity && !($0.waiver.map { !$0.isExpired } ?? false) }
    }
}

extension Language: ExpressibleByArgument {}
