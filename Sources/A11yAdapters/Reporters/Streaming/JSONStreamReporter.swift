import A11yRules

/// The `json` format as a ``Reporter``: the document of ``JSONReporter``, written one subject at a time
/// as bytes (a subject's findings stream to the output as they are written, never held as one text).
public struct JSONStreamReporter: Reporter {
    /// The `--format` name: `json`.
    public static let identifier = JSONReporter.identifier

    private var count = 0
    /// Input lines rejected before evaluation (``SkippedInputRecording``), listed at the end of the document.
    var skipped: [SkippedInput] = []
    /// Subjects sit at this indentation level inside the document's `subjects` array.
    private static let depth = 2

    private let document: JSONReporter

    /// Creates a reporter; the document's `generator` names `generator`.
    public init(generator: ReportContext.Generator = .init()) {
        document = JSONReporter(generator: generator)
    }

    /// Creates a reporter for a report context (its generator).
    public init(context: ReportContext) {
        self.init(generator: context.generator)
    }

    public mutating func begin(to output: any ReportOutput) throws {
        // The document's head, up to the open `subjects` array; subjects and the close are written after.
        var json = JSONStreamWriter(pretty: true, output: output)
        document.beginDocument(&json)
        json.flush()
        try json.check()
    }

    public mutating func write(_ result: SubjectResult, to output: any ReportOutput) throws {
        try separate(output)
        var json = JSONStreamWriter(pretty: true, depth: Self.depth, output: output)
        document.writeSubject(result, to: &json)
        json.flush()
        try json.check()
    }

    public mutating func write(_ results: [SubjectResult], to output: any ReportOutput) throws {
        // Encoded a few at a time: at most a few subjects' text is held beyond what is written.
        for slice in JSONReporter.slices(of: results) {
            for encoded in document.encode(slice, lines: false, depth: Self.depth) {
                try separate(output)
                try output.write(bytes: encoded)
            }
        }
    }

    public mutating func end(to output: any ReportOutput) throws {
        try output.write(count > 0 ? "\n  ]" : "]")
        try writeSkipped(to: output)
        try output.write("\n}\n")
    }

    /// The comma and indentation before a subject.
    private mutating func separate(_ output: any ReportOutput) throws {
        try output.write(count > 0 ? ",\n    " : "\n    ")
        count += 1
    }
}
