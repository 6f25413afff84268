import A11yRules
import A11yAdapters

/// Writes results as they come through the reporter the format names, so streams never hold more than
/// a block in memory.
struct ResultWriter {
    private var reporter: any Reporter
    let sink: ReportOutput

    /// A writer for `format`; `generator` names the tool and the catalogs' digest, taken before the
    /// workspace let its catalog files' bytes go.
    init(format: Evaluate.Format, language: Language, verbose: Bool, workspace: Workspace,
         generator: ReportContext.Generator, assessor: ReportContext.Assessor? = nil, sink: ReportOutput) {
        let context = ReportContext(catalog: workspace.catalog, language: language, verbose: verbose,
                                    generator: generator, assessor: assessor)
        // Format values are only made from registered names (Evaluate.Format.init(argument:)).
        reporter = ReporterRegistry.builtIn.reporter(format.name, context: context) ?? TextStreamReporter(context: context)
        self.sink = sink
    }

    /// Whether the format writes findings (if not, none need their details).
    var writesFindings: Bool { type(of: reporter).writesFindings }

    mutating func begin() throws {
        try reporter.begin(to: sink)
    }

    mutating func write(_ result: SubjectResult) throws {
        try reporter.write(result, to: sink)
    }

    /// Writes a block of results (the JSON formats encode it on all cores, then write it in order).
    mutating func write(_ results: [SubjectResult]) throws {
        try reporter.write(results, to: sink)
    }

    /// Notes rejected input lines in formats that record them (`json`); the others rely on the summary
    /// on standard error and the exit status.
    mutating func record(_ skipped: [SkippedInput]) {
        guard var recording = reporter as? any SkippedInputRecording else { return }
        for line in skipped { recording.record(line) }
        reporter = recording
    }

    mutating func end() throws {
        try reporter.end(to: sink)
    }
}
