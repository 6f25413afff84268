import A11yRules

/// Writes evaluation results in one format, one subject at a time, to a byte output.
///
/// A report is written in three steps: ``begin(to:)`` once, ``write(_:to:)-(SubjectResult,_)`` for each subject result
/// as it is evaluated, and ``end(to:)`` once. A reporter keeps only what its format needs between
/// subjects (the rules referenced so far for SARIF, one counter per criterion for OpenACR), so a
/// JSON Lines input of any size is reported in bounded memory.
///
/// Every shipped format is a `Reporter` found through ``ReporterRegistry``; a program adds its own the
/// same way:
///
/// ```swift
/// struct CountReporter: Reporter {
///     static let identifier = "count"
///     var failed = 0
///     mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
///         failed += result.counts[.failed] ?? 0
///     }
///     mutating func end(to output: any ReportOutput) throws {
///         try output.write("\(failed) failed\n")
///     }
/// }
/// var registry = ReporterRegistry.builtIn
/// registry.register(CountReporter.identifier, summary: "failures counted") { _ in CountReporter() }
/// ```
public protocol Reporter {
    /// The format's name, as `evaluate --format` takes it.
    static var identifier: String { get }

    /// Whether the format writes findings. One that writes only scores and counts (`summary`,
    /// `csv-summary`) lets `evaluate` ask the engine for no finding details at all
    /// (``A11yModel/FindingSelection/none``): its output is the same, and a batch skips building findings.
    /// Default: true.
    static var writesFindings: Bool { get }

    /// Writes what comes before the first subject (a header row, an opening tag). Default: nothing.
    ///
    /// - Throws: ``OutputError`` when the output cannot be written.
    mutating func begin(to output: any ReportOutput) throws

    /// Writes one subject's result (or remembers what the format needs from it for ``end(to:)``).
    ///
    /// - Throws: ``OutputError`` when the output cannot be written.
    mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws

    /// Writes a block of results in order. Default: ``write(_:to:)`` for each; a format may encode
    /// the block on all cores first (the JSON formats do).
    ///
    /// - Throws: ``OutputError`` when the output cannot be written.
    mutating func write(_ results: [SubjectResult], to output: any ReportOutput) throws

    /// Writes what comes after the last subject (closing tags, tables gathered over all subjects).
    /// Default: nothing.
    ///
    /// - Throws: ``OutputError`` when the output cannot be written.
    mutating func end(to output: any ReportOutput) throws
}

extension Reporter {
    public static var writesFindings: Bool { true }

    public mutating func begin(to output: any ReportOutput) throws {}

    public mutating func write(_ results: [SubjectResult], to output: any ReportOutput) throws {
        for result in results { try write(result, to: output) }
    }

    public mutating func end(to output: any ReportOutput) throws {}

    /// Writes a whole report of `results`: ``begin(to:)``, every result in order, ``end(to:)``.
    ///
    /// - Throws: ``OutputError`` when the output cannot be written.
    public mutating func report(_ results: some Sequence<SubjectResult>, to output: any ReportOutput) throws {
        try begin(to: output)
        for result in results { try write(result, to: output) }
        try end(to: output)
    }
}
