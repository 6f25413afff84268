import A11yRules

/// The `jsonl` format: one compact JSON object per subject and line, each versioned like the whole
/// document (`{"format": "a11y-rules/subject-result", "version": 1, …}`), written as bytes.
public struct JSONLinesReporter: Reporter {
    /// The `--format` name: `jsonl`.
    public static let identifier = "jsonl"

    private let lines: JSONReporter

    /// Creates a reporter; every line's `generator` names `generator`.
    public init(generator: ReportContext.Generator = .init()) {
        lines = JSONReporter(pretty: false, generator: generator)
    }

    /// Creates a reporter for a report context (its generator).
    public init(context: ReportContext) {
        self.init(generator: context.generator)
    }

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        var json = JSONStreamWriter(pretty: false, output: output)
        lines.writeLine(result, to: &json)
        json.flush()
        try json.check()
    }

    public mutating func write(_ results: [SubjectResult], to output: any ReportOutput) throws {
        // Encoded a few at a time: at most a few subjects' text is held beyond what is written.
        for slice in JSONReporter.slices(of: results) {
            for line in lines.encode(slice, lines: true) { try output.write(bytes: line) }
        }
    }
}
