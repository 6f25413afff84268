import A11yRules

/// The `jsonl` format: one compact JSON object per subject and line, each versioned like the whole
/// document (`{"format": "a11y-rules/subject-result", "version": 1, …}`), written as bytes.
public struct JSONLinesReporter: Reporter {
    /// The `--format` name: `jsonl`.
    public static let identifier = "jsonl"

    /// Creates a reporter.
    public init() {}

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        var json = JSONStreamWriter(pretty: false, output: output)
        JSONReporter(pretty: false).writeLine(result, to: &json)
        json.flush()
        try json.check()
    }

    public mutating func write(_ results: [SubjectResult], to output: any ReportOutput) throws {
        // Encoded a few at a time: at most a few subjects' text is held beyond what is written.
        for slice in JSONReporter.slices(of: results) {
            for line in JSONReporter(pretty: false).encode(slice, lines: true) { try output.write(bytes: line) }
        }
    }
}
