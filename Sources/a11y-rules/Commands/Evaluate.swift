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

    /// `--findings`: which findings the report lists (counts, verdicts and scores are always complete).
    enum Listing: String, ExpressibleByArgument, CaseIterable {
        case none, failed, undecided, all
        var selection: FindingSelection {
            switch self {
            case .none: return .none
            case .failed: return .failed
            case .undecided: return .undecided
            case .all: return .all
            }
        }
    }

    enum Threshold: String, ExpressibleByArgument, CaseIterable {
        case error, warning, note
        var severity: Severity { Severity(rawValue: rawValue) ?? .error }
    }

    @Argument(help: ArgumentHelp("Subject files (YAML, JSON, or JSON Lines) or folders of them.", valueName: "subject"))
    var subjects: [String]

    @OptionGroup var catalog: CatalogOptions

    @Option(name: .customLong("scorecard"), help: ArgumentHelp("Score only this scorecard (repeatable) and list only the findings it counts (see --all-findings); default: every scorecard for the subject's kind.", valueName: "id"))
    var scorecards: [String] = []

    @Option(help: ArgumentHelp(Format.help))
    var format: Format = .text

    @Option(help: ArgumentHelp(
        "Findings to list: none, failed, undecided (failed, cannot tell and untested: what needs action) or all. Outcome counts, clause verdicts and scores are the same whatever is listed.",
        valueName: "which"))
    var findings: Listing = .all

    @Option(name: .customLong("standard"), help: ArgumentHelp("List only the findings of this standard's clauses (repeatable); scores are unchanged.", valueName: "id"))
    var standards: [String] = []

    @Flag(name: .customLong("all-findings"), help: "With --scorecard: list every finding, not only those the chosen scorecards count (--findings and --standard still apply).")
    var allFindings = false

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

    @Option(help: ArgumentHelp("The assessing person or organisation, named as the report's author (OpenACR).", valueName: "name"))
    var assessor: String?

    @Option(name: .customLong("assessor-email"), help: ArgumentHelp("The assessor's contact e-mail (OpenACR author email; needs --assessor).", valueName: "address"))
    var assessorEmail: String?

    func validate() throws {
        try NumericOption.check(blockSize, "block-size", atLeast: 1, atMost: 1_000_000)
        if let assessor, assessor.allSatisfy(\.isWhitespace) {
            throw ValidationError("--assessor is empty: give the assessing person or organisation")
        }
        if assessorEmail != nil && assessor == nil {
            throw ValidationError("--assessor-email needs --assessor (the name the address belongs to)")
        }
        if let assessorEmail, !assessorEmail.contains("@") || assessorEmail.contains(where: \.isWhitespace) {
            throw ValidationError("--assessor-email '\(assessorEmail)' is not an e-mail address (expected name@domain)")
        }
    }

    func run() throws {
        let streamed = subjects.filter(SubjectStream.isJSONLines)
        let documents = subjects.filter { !SubjectStream.isJSONLines($0) }
        // Evaluating never runs the rules' examples: they are left out of the load (`test` and `lint` check them).
        // Kept for the process's life below, once the catalog files' bytes are let go.
        var workspace = try catalog.workspace(subjects: documents, examples: .skip, keptForLife: false)
        if workspace.load.hasErrors {
            workspace.renderDiagnostics { Output.error($0, newline: false) }
            Output.error("the files have errors; nothing was evaluated")
            throw ExitStatus.invalidInput
        }
        if !workspace.load.diagnostics.isEmpty { workspace.renderDiagnostics { Output.error($0, newline: false) } }
        do {
            try UnknownScorecard.check(scorecards, in: workspace.catalog)
        } catch {
            throw ValidationError(error.description)
        }
        for id in standards where workspace.catalog.standard(id) == nil {
            let suggestion = Suggestion.closest(to: id, in: workspace.catalog.standards.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
            throw ValidationError("unknown standard '\(id)'\(suggestion)")
        }
        if workspace.load.subjects.isEmpty && streamed.isEmpty {
            throw ValidationError("no subject found in \(subjects.joined(separator: ", ")) (a subject file's top-level key is 'subject')")
        }
        // The evaluator (every rule compiled and laid out for the columnar engine, one core's work) is made
        // on another core while the catalogs' SHA-256 is worked out here for the report's header; then their
        // bytes go (32 MB at 100,000 rules), before the compile reaches its peak.
        workspace.compileEvaluatorInBackground()
        let generator = ReportContext.Generator(workspace: workspace)
        workspace.releaseCatalogSources()
        ProcessLifetime.keep(workspace)
        let sink = try ReportFile.open(output)
        do {
            try writeReport(to: sink, workspace: workspace, generator: generator, streamed: streamed)
            try sink.close()
        } catch let error as OutputError {
            try ReportFile.fail(error)
        }
    }

    private func writeReport(to sink: FileOutput, workspace: Workspace, generator: ReportContext.Generator, streamed: [String]) throws {
        // `workspace.evaluator` (compiling since `run`) is waited for where it is first needed below.
        var writer = ResultWriter(format: format, language: lang, verbose: verbose, workspace: workspace, generator: generator,
                                  assessor: assessor.map { ReportContext.Assessor(name: $0, email: assessorEmail ?? "") }, sink: sink)
        var failed = false
        let chosen = scorecards.isEmpty ? nil : scorecards
        // A format that writes no findings (summary, csv-summary) asks for none: the engine's bytes are counted.
        // --scorecard lists what those scorecards count (scores are the same either way), unless --all-findings.
        let listing = writer.writesFindings
            ? findings.selection.limited(to: standards.isEmpty ? nil : Set(standards))
                .limited(toScorecards: chosen == nil || allFindings ? nil : Set(scorecards))
            : .none
        // --fail-on needs every failed finding, listed or not: evaluate with them, list the selection.
        let evaluated = failOn == nil || listing.isAll ? listing : FindingSelection(outcomes: listing.outcomes.union([.failed]))
        let evaluator = workspace.evaluator
        func emit(_ results: [SubjectResult]) throws {
            var results = results
            for index in results.indices {
                failed = failed || reachesThreshold(results[index])
                if results[index].selection != listing { evaluator.select(listing, in: &results[index]) }
            }
            try writer.write(results)
        }
        try writer.begin()
        try emit(evaluateWithEvidence(workspace, scorecards: chosen, streamed: streamed))
        var skipped = 0
        for path in streamed {
            let stream: SubjectStream
            do {
                stream = try SubjectStream(path: path, catalog: workspace.catalog)
            } catch {
                Output.error(error.description)
                throw ExitStatus.unreadablePath
            }
            // Subjects make their facts and parts when a finding of theirs is listed: defer that only when none is.
            stream.defersDetails = evaluated == .none
            var progress = ProgressBar(total: stream.size, label: path)
            var parts = BatchParts(largest: min(blockSize, 64))
            while let block = stream.next(maxSubjects: blockSize) {
                if !block.diagnostics.isEmpty {
                    progress.clear()
                    Output.error(DiagnosticRenderer(files: [:]).render(block.diagnostics))
                    let rejected = SkippedInput.lines(of: block.diagnostics)
                    skipped += rejected.count
                    writer.record(rejected)
                }
                // Listed findings are held until written: evaluate a block in parts sized by the findings
                // they list, so that memory stays bounded by what one part writes (counts-only blocks run whole).
                if evaluated == .none {
                    try emit(evaluator.evaluate(block.subjects, scorecards: chosen, listing: evaluated))
                } else {
                    var start = 0
                    while start < block.subjects.count {
                        let part = Array(block.subjects[start..<min(block.subjects.count, start + parts.size)])
                        let results = evaluator.evaluate(part, scorecards: chosen, listing: evaluated)
                        parts.record(results)
                        try emit(results)
                        start += part.count
                    }
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
