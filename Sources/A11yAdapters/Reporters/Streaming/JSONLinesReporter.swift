import A11yRules

/// The `jsonl` format: one compact JSON object per subject and line, each versioned like the whole
/// document (`{"format": "a11y-rules/subject-result", "version": 1, …}`).
public struct JSONLinesReporter: Reporter {
    /// The `--format` name: `jsonl`.
    public static let identifier = "jsonl"

    /// Creates a reporter.
    public init() {}

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        var line = JSONReporter().subject(result)
        if case .object(let fields) = line {
            line = .object([("format", "a11y-rules/subject-result"), ("version", .number(Double(JSONReporter.version)))] + fields)
        }
        try output.write(JSONWriter.write(line, pretty: false) + "\n")
    }
}
