import A11yRules

/// A line of a JSON Lines input that was rejected and not evaluated, with why. The `json` format lists them
/// in a top-level `"skipped"` array, present only when a line was skipped, so that a partial result never
/// reads as complete.
public struct SkippedInput: Sendable, Hashable {
    /// The input file, as given.
    public var file: String
    /// The 1-based line that was not evaluated.
    public var line: Int
    /// The errors that rejected it: each diagnostic's id and message.
    public var reasons: [(id: String, message: String)]

    /// Creates a record.
    public init(file: String, line: Int, reasons: [(id: String, message: String)]) {
        self.file = file
        self.line = line
        self.reasons = reasons
    }

    /// One record per line with an error among `diagnostics`, in line order.
    public static func lines(of diagnostics: [Diagnostic]) -> [SkippedInput] {
        var byLine: [String: [Int: [(id: String, message: String)]]] = [:]
        var order: [(String, Int)] = []
        for diagnostic in diagnostics where diagnostic.severity == .error {
            let file = diagnostic.location.file, line = diagnostic.location.line
            if byLine[file]?[line] == nil { order.append((file, line)) }
            byLine[file, default: [:]][line, default: []].append((diagnostic.id, diagnostic.message))
        }
        return order.map { SkippedInput(file: $0.0, line: $0.1, reasons: byLine[$0.0]?[$0.1] ?? []) }
    }

    public static func == (lhs: SkippedInput, rhs: SkippedInput) -> Bool {
        lhs.file == rhs.file && lhs.line == rhs.line && lhs.reasons.map(\.id) == rhs.reasons.map(\.id)
            && lhs.reasons.map(\.message) == rhs.reasons.map(\.message)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        for reason in reasons { hasher.combine(reason.id); hasher.combine(reason.message) }
    }

    /// The JSON form: `{"file": …, "line": …, "reasons": [{"id": …, "message": …}]}`.
    var json: JSONValue {
        .object([
            ("file", .string(file)), ("line", .number(Double(line))),
            ("reasons", .array(reasons.map { .object([("id", .string($0.id)), ("message", .string($0.message))]) })),
        ])
    }
}

/// A reporter whose output records the input lines that were skipped.
public protocol SkippedInputRecording: Reporter {
    /// Notes a rejected line, to be written with the report (before ``Reporter/end(to:)`` is called).
    mutating func record(_ skipped: SkippedInput)
}

extension JSONStreamReporter: SkippedInputRecording {
    public mutating func record(_ skipped: SkippedInput) {
        self.skipped.append(skipped)
    }

    /// The `"skipped"` member of the document, when any line was skipped.
    func writeSkipped(to output: any ReportOutput) throws {
        guard !skipped.isEmpty else { return }
        try output.write(",\n  \"skipped\": ")
        var json = JSONStreamWriter(pretty: true, depth: 1, output: output)
        json.value(.array(skipped.map(\.json)))
        json.flush()
        try json.check()
    }
}
