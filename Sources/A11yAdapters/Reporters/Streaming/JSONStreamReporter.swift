import A11yRules

/// The `json` format as a ``Reporter``: the document of ``JSONReporter``, written one subject at a time.
public struct JSONStreamReporter: Reporter {
    /// The `--format` name: `json`.
    public static let identifier = JSONReporter.identifier

    private var count = 0

    /// Creates a reporter.
    public init() {}

    public mutating func begin(to output: any ReportOutput) throws {
        try output.write("{\n  \"format\": \"a11y-rules/results\",\n  \"version\": \(JSONReporter.version),\n  \"subjects\": [")
    }

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        // Indent the pretty-printed subject to sit inside the "subjects" array.
        let object = JSONWriter.write(JSONReporter().subject(result), pretty: true)
        var indented = object.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        while indented.hasSuffix("\n") { indented.removeLast() }
        try output.write((count > 0 ? "," : "") + "\n" + indented)
        count += 1
    }

    public mutating func end(to output: any ReportOutput) throws {
        try output.write(count > 0 ? "\n  ]\n}\n" : "]\n}\n")
    }
}
