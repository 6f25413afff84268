import ArgumentParser
import A11yRules
import A11yRollup
import A11yAdapters
import Foundation

/// `a11y-rules rollup PATH...`: rolls the results of a programme's subjects up by division, plan
/// item, indicator and reporting date.
struct RollupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup",
        abstract: "Roll a programme's results up by division, plan item, indicator and reporting date.",
        discussion: """
        PATHs are subject files or folders (evaluated against the programme's scorecards), JSON Lines of
        subjects, or saved results (evaluate --format json documents, --format jsonl files). Results are
        placed at the first reporting date on or after their assessed date, under the division that
        expects their subject. --partial-out writes the partial state instead of a report; --merge reads
        partial states of shards. Exits 0; 2 when a file has errors, a result cannot be placed, or a
        subject is reported twice for one date (the report is still written, and says so).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, markdown, json, html
    }

    @Argument(help: ArgumentHelp("Subjects, subject JSON Lines, or saved results (files or folders).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var catalog: CatalogOptions

    @Option(help: ArgumentHelp("The programme to roll up (default: the only one loaded).", valueName: "id"))
    var programme: String?

    @Option(help: "Output format: text, csv (the progress form), markdown, json, html (the dashboard).")
    var format: Format = .text

    @Option(help: "Language of the report.")
    var lang: Language = .zh

    @Option(name: .customLong("report-date"), help: ArgumentHelp("CSV: only this reporting date's rows (YYYY-MM-DD).", valueName: "date"))
    var reportDate: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("partial-out"), help: ArgumentHelp("Write the partial state to this file (for merging shards) instead of a report.", valueName: "file"))
    var partialOut: String?

    @Option(name: .customLong("merge"), parsing: .upToNextOption, help: ArgumentHelp("Partial states of shards to merge (files written by --partial-out).", valueName: "partial"))
    var partials: [String] = []

    @Option(name: .customLong("block-size"), help: "Subjects decoded and evaluated together when streaming JSON Lines of subjects.")
    var blockSize = 512

    func run() throws {
        if paths.isEmpty && partials.isEmpty { throw ValidationError("give subjects or results to roll up, or partial states to --merge") }
        let inputs = try RollupInputs.classify(paths)
        let workspace = try catalog.workspace(subjects: inputs.documents)
        if workspace.load.hasErrors {
            Output.error(workspace.renderDiagnostics())
            Output.error("the files have errors; nothing was rolled up")
            throw ExitStatus.invalidInput
        }
        if !workspace.load.diagnostics.isEmpty { Output.error(workspace.renderDiagnostics()) }
        let chosen = try chooseProgramme(workspace.catalog)
        var accumulator = RollupAccumulator(programme: chosen)
        var unreadable = 0

        for path in partials {
            do {
                try accumulator.merge(try RollupStateCodec.decode(contentsOf: path, programme: chosen))
            } catch let problem as RollupStateCodec.Problem {
                Output.error(problem.description)
                throw ExitStatus.invalidInput
            }
        }
        let evaluator = workspace.evaluator
        for subject in workspace.load.subjects {
            accumulator.add(RollupRecord(evaluator.evaluate(subject, scorecards: chosen.scorecards)))
        }
        for path in inputs.subjectStreams {
            let stream: SubjectStream
            do { stream = try SubjectStream(path: path, catalog: workspace.catalog) } catch {
                Output.error(error.description)
                throw ExitStatus.unreadablePath
            }
            while let block = stream.next(maxSubjects: blockSize) {
                if !block.diagnostics.isEmpty {
                    Output.error(DiagnosticRenderer(files: [:]).render(block.diagnostics))
                    unreadable += Set(block.diagnostics.filter { $0.severity == .error }.map(\.location.line)).count
                }
                for result in evaluator.evaluate(block.subjects, scorecards: chosen.scorecards) {
                    accumulator.add(RollupRecord(result, source: "\(path) (\(result.id))"))
                }
            }
        }
        for path in inputs.results {
            do {
                let problems = try ResultsReader.read(path) { accumulator.add($0) }
                for problem in problems { Output.error(problem.description) }
                unreadable += problems.count
            } catch {
                Output.error(error.description)
                throw ExitStatus.unreadablePath
            }
        }

        let state = accumulator.state
        let text: String
        if partialOut != nil {
            text = RollupStateCodec.encode(state, programme: chosen)
        } else {
            let rollup = Rollup(programme: chosen, scorecards: workspace.catalog.scorecards, state: state)
            text = try reporter(chosen).report(rollup, catalog: workspace.catalog)
        }
        let sink = try ReportFile.open(partialOut ?? output)
        do {
            try sink.write(text)
            try sink.close()
        } catch let error as OutputError {
            try ReportFile.fail(error)
        }
        if unreadable > 0 {
            Output.error("\(unreadable) input\(unreadable == 1 ? "" : "s") could not be read and \(unreadable == 1 ? "is" : "are") not in the rollup; it is incomplete")
            throw ExitStatus.invalidInput
        }
        if !state.isClean {
            Output.error("\(state.problems.count) result\(state.problems.count == 1 ? "" : "s") could not be placed and \(state.duplicates.count) subject\(state.duplicates.count == 1 ? " was" : "s were") reported twice for one date (listed in the report); the rollup is not clean")
            throw ExitStatus.invalidInput
        }
    }

    private func chooseProgramme(_ catalog: Catalog) throws -> Programme {
        let ids = catalog.programmes.map(\.id)
        if let programme {
            guard let found = catalog.programme(programme) else {
                let suggestion = Suggestion.closest(to: programme, in: ids).map { " (did you mean '\($0)'?)" } ?? ""
                throw ValidationError("unknown programme '\(programme)'\(suggestion)")
            }
            return found
        }
        guard catalog.programmes.count == 1, let only = catalog.programmes.first else {
            throw ValidationError(ids.isEmpty ? "no programme is loaded (a programme file's top-level key is 'programme')"
                                              : "several programmes are loaded (\(ids.joined(separator: ", "))); choose one with --programme")
        }
        return only
    }

    private func reporter(_ programme: Programme) throws -> any RollupReporter {
        switch format {
        case .text: return RollupTextReporter(language: lang)
        case .markdown: return RollupMarkdownReporter(language: lang)
        case .json: return RollupJSONReporter()
        case .html: return RollupHTMLReporter(language: lang)
        case .csv:
            guard let reportDate else { return RollupCSVReporter(language: lang) }
            guard let day = Day(reportDate), let index = programme.reports.firstIndex(where: { $0.date == day }) else {
                throw ValidationError("--report-date \(reportDate) is not a reporting date of \(programme.id) (\(programme.reports.map(\.date.description).joined(separator: ", ")))")
            }
            return RollupCSVReporter(language: lang, report: index)
        }
    }
}

/// Sorts rollup inputs: saved results, JSON Lines of subjects, and subject documents for the loader.
enum RollupInputs {
    static func classify(_ paths: [String]) throws -> (documents: [String], subjectStreams: [String], results: [String]) {
        var documents: [String] = [], streams: [String] = [], results: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                Output.error("\(path): error: no such file or folder")
                throw ExitStatus.unreadablePath
            }
            let files = isDirectory.boolValue ? listing(path) : [path]
            for file in files {
                let ext = (file as NSString).pathExtension.lowercased()
                if SubjectStream.isJSONLines(file) {
                    if ResultsReader.holdsResults(file) { results.append(file) } else { streams.append(file) }
                } else if ext == "json" && ResultsReader.holdsResults(file) {
                    results.append(file)
                } else if !isDirectory.boolValue || ["yaml", "yml", "json"].contains(ext) {
                    documents.append(file)
                }
            }
        }
        return (documents, streams, results)
    }

    /// The files under a folder in path order, hidden folders skipped.
    private static func listing(_ folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let full = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue { files.append(full) }
        }
        return files.sorted()
    }
}
