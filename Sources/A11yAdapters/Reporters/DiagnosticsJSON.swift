import A11yRules

/// Diagnostics as JSON, for `lint --format json` and `test --format json`: a versioned document
/// (`"format": "a11y-rules/diagnostics"`, `"version": 1`) that tools can read instead of parsing
/// the compiler-style text.
///
/// ```json
/// {"format": "a11y-rules/diagnostics", "version": 1,
///  "diagnostics": [{"id": "catalog.unknown-key", "severity": "error", "message": "…",
///                   "location": {"file": "x.yaml", "line": 3, "column": 5}, "length": 4,
///                   "suggestion": "title", "notes": [{"message": "…", "location": null}]}],
///  "summary": {"errors": 1, "warnings": 0}}
/// ```
public enum DiagnosticsJSON {
    /// The `format` field.
    public static let format = "a11y-rules/diagnostics"
    /// The `version` field; raised only when a field changes meaning or disappears.
    public static let version = 1

    /// The whole document: `diagnostics`, then `summary` with the counts the command gives
    /// (`errors`, `warnings`, and for `test` the examples).
    public static func document(_ diagnostics: [Diagnostic], extra: [JSONValue] = [], summary: [(String, JSONValue)]) -> JSONValue {
        .object([
            ("format", .string(format)),
            ("version", .number(Double(version))),
            ("diagnostics", .array(diagnostics.map(diagnostic) + extra)),
            ("summary", .object(summary)),
        ])
    }

    /// One diagnostic.
    public static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("id", .string(diagnostic.id)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("location", location(diagnostic.location)),
            ("length", .number(Double(diagnostic.length))),
            ("suggestion", .optional(diagnostic.suggestion)),
            ("notes", .array(diagnostic.notes.map { note in
                .object([("message", .string(note.message)), ("location", note.location.map(location) ?? .null)])
            })),
        ])
    }

    /// A diagnostic about a path as a whole (a folder with no rule file): its location has no line.
    public static func pathDiagnostic(id: String, severity: Severity, message: String, path: String) -> JSONValue {
        .object([
            ("id", .string(id)), ("severity", .string(severity.rawValue)), ("message", .string(message)),
            ("location", .object([("file", .string(path)), ("line", .null), ("column", .null)])),
            ("length", .number(1)), ("suggestion", .null), ("notes", .array([])),
        ])
    }

    private static func location(_ location: SourceLocation) -> JSONValue {
        .object([("file", .string(location.file)), ("line", .number(Double(location.line))), ("column", .number(Double(location.column)))])
    }
}
