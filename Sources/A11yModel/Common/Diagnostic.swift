/// A problem found in a file, with a stable id, where it is and what would fix it.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    /// A stable identifier such as `catalog.unknown-key`; tools may match on it.
    public var id: String
    /// How serious.
    public var severity: Severity
    /// What is wrong, quoting the user's token.
    public var message: String
    /// Where.
    public var location: SourceLocation
    /// How many columns the offending token spans (at least 1), for the caret line.
    public var length: Int
    /// Further positions and explanations.
    public var notes: [DiagnosticNote]
    /// A replacement the user probably meant ("did you mean …?").
    public var suggestion: String?

    /// Creates a diagnostic.
    public init(
        id: String, severity: Severity = .error, message: String, location: SourceLocation,
        length: Int = 1, notes: [DiagnosticNote] = [], suggestion: String? = nil
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.location = location
        self.length = max(1, length)
        self.notes = notes
        self.suggestion = suggestion
    }

    /// The one-line form: `file:line:column: error: message (did you mean 'x'?)`.
    public var description: String {
        var line = "\(location): \(severity.rawValue): \(message)"
        if let suggestion { line += " (did you mean '\(suggestion)'?)" }
        return line
    }
}

/// A secondary message attached to a ``Diagnostic``, optionally at its own position.
public struct DiagnosticNote: Sendable, Hashable {
    /// The explanation.
    public var message: String
    /// Where, if somewhere else.
    public var location: SourceLocation?

    /// Creates a note.
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }
}

extension Array where Element == Diagnostic {
    /// Whether any is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
